package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the flag a vessel sails under: a people's word joined to a word of flagging ("the
 * Liberian-flagged bulk carrier", "the Panamanian-registered ship", facet {@code flag-joined}),
 * or before "flag" after a word of sailing ("sailing under the Liberian flag", "which flies the
 * Liberian flag", facet {@code flag-verb}). One vessel has one flag. A flag is given to the
 * vessel named right after it ("the Panamanian-flagged Nordic Ardent", past up to {@value
 * #MAX_NOUNS} lower-case nouns); two flags of one name clash. A flag that names no vessel is
 * compared only when each article gives one flag and no other (a report of two ships gives each
 * its flag). Either way neither article may name the other's country anywhere else. A finding
 * stands at {@value #BASE}, plus a tenth of the claims' alignment score, 0.1 less when either
 * claim is hedged.
 */
final class ShipFlags {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.5;
  /** The most lower-case nouns between a flag and the vessel's name ("bulk carrier"). */
  static final int MAX_NOUNS = 2;
  /** The most words between a word of sailing and "flag" ("flying under the Liberian flag"). */
  static final int MAX_TO_FLAG = 4;

  private final Map<String, String> countries;
  private final Set<String> joined;
  private final Set<String> verbs;

  ShipFlags(AttributeWords words) {
    this.countries = words.nationalities();
    this.joined = words.flagJoined();
    this.verbs = words.flagVerbs();
  }

  /** One flag as one claim gives it, with the vessel's name if the claim gives one. */
  private record Flag(ClaimView view, String country, String vessel, TextSpan evidence) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Flag> left = flags(pair.left());
    List<Flag> right = flags(pair.right());
    boolean single = countries(left).size() == 1 && countries(right).size() == 1;
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Flag a : left) {
      for (Flag b : right) {
        boolean oneVessel = a.vessel() != null && a.vessel().equals(b.vessel())
            || single && (a.vessel() == null || b.vessel() == null);
        if (!oneVessel || a.country().equals(b.country())
            || names(pair.left(), b.country()) || names(pair.right(), a.country())) {
          continue;
        }
        double conf = BASE
            + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0)
            - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(),
            a.evidence(), b.evidence(), a.evidence().text(), b.evidence().text(), "flag",
            List.of("Both give the flag of one vessel."), conf);
        AttributeCheck.keep(best, a.vessel() == null ? "flag" : a.vessel(), f);
      }
    }
    out.addAll(best.values());
  }

  private static Set<String> countries(List<Flag> flags) {
    Set<String> out = new LinkedHashSet<>();
    flags.forEach(f -> out.add(f.country()));
    return out;
  }

  /**
   * Whether {@code side} writes a word of {@code country} outside its flags: a flag of the
   * article's own is the value compared, not a mention.
   */
  private boolean names(ArticlePair.Side side, String country) {
    List<Flag> own = flags(side);
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        if (!w.isCapitalised(i) || !country.equals(countries.get(w.lower(i)))) {
          continue;
        }
        int at = w.start(i);
        boolean flag = own.stream().anyMatch(f -> f.view() == c
            && f.evidence().start() <= at && at < f.evidence().end());
        if (!flag) {
          return true;
        }
      }
    }
    return false;
  }

  private List<Flag> flags(ArticlePair.Side side) {
    return side.memo(this, "flags", s -> List.copyOf(readFlags(s)));
  }

  private List<Flag> readFlags(ArticlePair.Side side) {
    List<Flag> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i + 1 < w.size(); i++) {
        String country = w.isCapitalised(i) ? countries.get(w.lower(i)) : null;
        if (country == null) {
          continue;
        }
        Flag f = null;
        if (w.between(w.end(i), w.start(i + 1)).equals("-") && joined.contains(w.lower(i + 1))) {
          // "the Liberian-flagged bulk carrier Nordic Ardent"
          f = new Flag(c, country, vesselAfter(w, i + 2), w.span(w.start(i), w.end(i + 1)));
        } else if (w.lower(i + 1).equals("flag") && w.gapIsSpace(w.end(i), w.start(i + 1))
            && sailing(w, i)) {
          f = new Flag(c, country, null, w.span(w.start(i), w.end(i + 1)));
        }
        if (f != null && !c.negated(f.evidence())) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** Whether a word of sailing stands a few words before word {@code i} ("flies the"). */
  private boolean sailing(ClaimWords w, int i) {
    for (int k = i - 1; k >= 0 && i - k <= MAX_TO_FLAG; k--) {
      if (verbs.contains(w.lower(k))) {
        return true;
      }
      if (!w.gapIsSpace(w.end(k), w.start(k + 1))) {
        return false;
      }
    }
    return false;
  }

  /**
   * The name of the vessel from word {@code k}, past up to {@value #MAX_NOUNS} lower-case nouns
   * ("bulk carrier Nordic Ardent"), lower case; null when no capitalised name follows.
   */
  private static String vesselAfter(ClaimWords w, int k) {
    int n = k;
    while (n < w.size() && n - k < MAX_NOUNS && !w.isCapitalised(n) && w.isContent(n)
        && w.gapIsSpace(w.end(n - 1), w.start(n))) {
      n++;
    }
    if (n >= w.size() || !PersonName.capitalised(w, n)
        || !w.gapIsSpace(w.end(n - 1), w.start(n))) {
      return null;
    }
    int[] run = PersonName.runFrom(w, n);
    if (run == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int i = run[0]; i <= run[1]; i++) {
      b.append(i > run[0] ? " " : "").append(PersonName.plain(w, i));
    }
    return b.toString();
  }
}
