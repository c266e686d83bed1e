package dev.parallax.contradict;

import java.util.ArrayList;
import java.util.List;

/**
 * Places in a ranking told with a verb and no scale: "Harwell &amp; Pryce, which ranks second
 * among the nation's department-store chains", "Norlander ranks first among the state's banks".
 * The verb (pack facet {@code rank-verb}) is followed at once by the place (an ordinal word of {@code
 * rank-ordinal}, a word of {@code rank-verb-first}, or "2nd"), and its subject is a name right
 * before it, or before a comma and "which" ("Harwell &amp; Pryce, which will rank"), with at most
 * two stop words between; "among", a possessive and a run of nouns after the place say whose
 * ranking of what it is ("among the nation's department-store chains", "among Europe's road
 * tunnels"), and must be said: "ranks second in the state" does not say among what, nor by what.
 * Such a place meets a superlative's place of the same name and noun ({@link RankCheck}'s ranks
 * of one named thing): its scale is any ({@link RankCheck#ANY_SCALE}), or the superlative's
 * before the nouns ("ranks fourth among Europe's longest road tunnels"). Immutable and
 * thread-safe.
 */
final class VerbRanks {
  /** The most stop words between the subject's name and the verb ("which will"). */
  private static final int BETWEEN = 2;

  private final RankingWords words;

  VerbRanks(RankingWords words) {
    this.words = words;
  }

  /** The places a claim gives named things with a verb of ranking. */
  List<RankCheck.Rank> ranks(ClaimWords w) {
    List<RankCheck.Rank> out = new ArrayList<>();
    for (int v = 1; v + 1 < w.size(); v++) {
      if (!words.verbs().contains(w.lower(v))) {
        continue;
      }
      int k = v + 1;
      Integer place = words.verbFirsts().contains(w.lower(k)) ? Integer.valueOf(1)
          : words.place(w.lower(k));
      String named = subject(w, v);
      if (place == null || named.isEmpty() || !w.gapIsSpace(w.end(v), w.start(k))) {
        continue;
      }
      int end = k;
      String scale = RankCheck.ANY_SCALE;
      int ownerIndex = -1;
      String owner = "";
      List<String> nouns = new ArrayList<>();
      int j = k + 1;
      if (j + 1 < w.size() && w.lower(j).equals("among")) {
        j++;
        if (j < w.size() && w.lower(j).equals("the")) {
          j++;
        }
        if (j < w.size() && PersonName.possessive(w, j)) {
          ownerIndex = j; // "among the nation's chains", "among Europe's tunnels"
          owner = w.lower(j);
          j++;
        }
        if (j + 1 < w.size() && words.superlatives().containsKey(w.lower(j))
            && w.gapIsSpace(w.end(j), w.start(j + 1))) {
          scale = words.superlatives().get(w.lower(j)); // "among Europe's longest tunnels"
          j++;
        }
        while (j < w.size() && nouns.size() < RankCheck.RUN && w.isContent(j)
            && !w.isCapitalised(j) && !w.isNumber(j)
            && (w.gapIsSpace(w.end(j - 1), w.start(j))
                || w.between(w.end(j - 1), w.start(j)).equals("-"))) {
          nouns.add(w.stem(j));
          end = j++;
        }
      }
      if (nouns.isEmpty()) {
        continue; // "ranks second in the state" says not by what or among what
      }
      out.add(new RankCheck.Rank(w.span(w.start(v), w.end(end)), place, scale,
          List.copyOf(nouns), RankDomain.read(w, end + 1, ownerIndex, words), owner, false,
          named));
    }
    return out;
  }

  /**
   * The first word of the name that is the subject of the verb at word {@code v}, lower case:
   * right before it, or before a comma and the relative pronoun after it, with at most {@value
   * #BETWEEN} stop words between; empty when none.
   */
  private static String subject(ClaimWords w, int v) {
    int k = v - 1;
    int skipped = 0;
    while (k >= 0 && skipped < BETWEEN && !w.isCapitalised(k) && w.isStopWord(k)
        && w.gapIsSpace(w.end(k), w.start(k + 1))) {
      k--;
      skipped++;
    }
    if (k < 0) {
      return "";
    }
    if (k + 1 <= v - 1 && w.between(w.end(k), w.start(k + 1)).equals(", ")
        && w.isCapitalised(k)) {
      // "Harwell & Pryce, which ranks": k is the name's last word
      int[] run = PersonName.runTo(w, k);
      return run == null ? "" : w.lower(run[0]);
    }
    if (!w.isCapitalised(k) || !w.gapIsSpace(w.end(k), w.start(k + 1)) && k != v - 1) {
      return "";
    }
    int[] run = PersonName.runTo(w, k);
    return run == null || run[0] == 0 && run[1] == k && w.isStopWord(run[0]) ? ""
        : w.lower(run[0]);
  }
}
