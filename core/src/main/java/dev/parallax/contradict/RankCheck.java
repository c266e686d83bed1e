package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ORDINAL by rank: one thing given two places in one ranking, "the largest acquisition in its
 * history" against "the second-biggest purchase the company has ever made". A rank is a
 * superlative of the pack facet {@code superlative} before a noun, first unless an ordinal word of
 * {@code rank-ordinal} stands right before it ("second-biggest", "third deadliest"). Two ranks
 * are compared when their superlatives name one scale (the cue's value: "largest" and "biggest"
 * are one), their nouns are one word or synonyms, neither stands after "one of" ("one of the
 * biggest" ranks nothing), neither claim is denied, and the claims restate each other (as
 * {@link RenumberCheck} asks: shared wording and two shared words besides the noun). A ranking
 * over a stretch of time or a place ("the deadliest attack since 2001", "the largest bank in
 * Europe") is one over that stretch: two rankings are compared only when neither names one or
 * both name the same words for it.
 *
 * <p>Confidence as {@link RenumberCheck}'s.
 */
final class RankCheck implements Check {
  /** The aspect of a finding of this check. */
  static final String RANKING = "place in the ranking";

  private final RankingWords words;

  RankCheck(RankingWords words) {
    this.words = words;
  }

  /**
   * A place in a ranking.
   *
   * @param evidence from the ordinal word (or the superlative) to the noun
   * @param rank the place, 1 for a bare superlative
   * @param scale the scale the superlative names
   * @param noun the stem of the noun ranked
   * @param stretch the words of the stretch of time it holds over, empty when none
   */
  record Rank(dev.parallax.TextSpan evidence, int rank, String scale, String noun,
      String stretch) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    Map<ClaimView, List<Rank>> left = ranks(pair.left());
    Map<ClaimView, List<Rank>> right = ranks(pair.right());
    for (ArticlePair.Related rel : pair.related()) {
      if (rel.overlap() < RenumberCheck.MIN_OVERLAP || rel.left().denied()
          || rel.right().denied()) {
        continue;
      }
      for (Rank a : left.getOrDefault(rel.left(), List.of())) {
        for (Rank b : right.getOrDefault(rel.right(), List.of())) {
          if (a.rank() == b.rank() || !a.scale().equals(b.scale()) || !a.noun().equals(b.noun())
              || !a.stretch().equals(b.stretch())) {
            continue;
          }
          Set<String> shared = new LinkedHashSet<>(rel.shared());
          shared.remove(a.noun());
          if (shared.size() < 2) {
            continue;
          }
          double conf = RenumberCheck.BASE + RenumberCheck.WORDING
              * Math.min(1, rel.overlap() / RenumberCheck.FULL_OVERLAP);
          if (rel.left().hedged() || rel.right().hedged()) {
            conf -= 0.1;
          }
          out.add(new Finding(Kind.ORDINAL, rel.left().claim(), rel.right().claim(),
              a.evidence(), b.evidence(), place(a), place(b), RANKING, List.of(), conf));
        }
      }
    }
  }

  /** How a reader writes a place in a ranking: "1st by size". */
  private static String place(Rank r) {
    int n = r.rank();
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix + " by " + r.scale();
  }

  /** The ranks of the claims of one article that rank something (read once per article). */
  private Map<ClaimView, List<Rank>> ranks(ArticlePair.Side side) {
    return side.memo(this, "ranks", s -> {
      Map<ClaimView, List<Rank>> out = new IdentityHashMap<>();
      for (ClaimView c : s.claims()) {
        List<Rank> r = ranks(c.words());
        if (!r.isEmpty()) {
          out.put(c, r);
        }
      }
      return out;
    });
  }

  /** The ranks of a claim. */
  List<Rank> ranks(ClaimWords w) {
    List<Rank> out = new ArrayList<>();
    for (int s = 0; s + 1 < w.size(); s++) {
      String scale = words.superlatives().get(w.lower(s));
      if (scale == null || !w.gapIsSpace(w.end(s), w.start(s + 1))) {
        continue;
      }
      int first = s;
      int rank = 1;
      if (s >= 1) {
        String gap = w.between(w.end(s - 1), w.start(s));
        Integer ord = words.ordinals().get(w.lower(s - 1));
        if (ord != null && (gap.equals(" ") || gap.equals("-"))) {
          rank = ord;
          first = s - 1;
        }
      }
      if (oneOf(w, first)) {
        continue; // "one of the biggest": no place at all
      }
      int n = s + 1;
      if (!w.isContent(n) || w.isNumber(n) || w.isCapitalised(n)) {
        continue;
      }
      out.add(new Rank(w.span(w.start(first), w.end(n)), rank, scale, w.stem(n),
          stretch(w, n + 1)));
    }
    return out;
  }

  /** Whether "one of" (and a determiner) stands right before word {@code first}. */
  private static boolean oneOf(ClaimWords w, int first) {
    int k = first - 1;
    if (k >= 0 && (w.lower(k).equals("the") || w.lower(k).endsWith("'s")
        || w.lower(k).equals("its") || w.lower(k).equals("their"))) {
      k--;
    }
    return k >= 1 && w.lower(k).equals("of") && w.lower(k - 1).equals("one");
  }

  /**
   * The words of a stretch of time or a place right after the noun that the ranking holds over,
   * opened by a word of the pack facet {@code ranking-stretch} ("since 2001", "this year", "in
   * Europe"), empty for all time ("in its history": a word of {@code ranking-all-time}).
   */
  private String stretch(ClaimWords w, int k) {
    if (k >= w.size() || !words.stretches().contains(w.lower(k))) {
      return "";
    }
    StringBuilder b = new StringBuilder(w.lower(k));
    for (int i = k + 1; i < w.size() && i <= k + 3; i++) {
      if (!w.gapIsSpace(w.end(i - 1), w.start(i))) {
        break;
      }
      if (words.allTime().contains(w.lower(i))) {
        return ""; // "in its history", "on record": all the time there is
      }
      b.append(' ').append(w.lower(i).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }
}
