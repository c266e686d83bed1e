package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * POLARITY, one of two alternatives chosen the other way round: "a straight-line wind gust, not
 * lightning, brought the structure down" against "a lightning strike, rather than wind, toppled
 * the roof". A word of the pack facet {@code alternative-exclusion} ("rather than", "instead of";
 * "not" only after a comma) parts what a claim holds ("a straight-line wind gust": the content
 * words back to an article, at most {@value #PHRASE_WORDS}, not past punctuation) from what it
 * rules out ("lightning": the words after it up to punctuation, at most {@value #PHRASE_WORDS}).
 * Two related claims of two articles clash when each rules out a word that the other holds: the
 * writer of each chose, in words, the alternative the other set aside. One direction alone ("wind,
 * not lightning" against "a lightning strike") is left out: the second report may tell of
 * another strike. Confidence {@value #CONFIDENCE}, 0.1 less when either claim is hedged.
 *
 * <p>Immutable and thread-safe.
 */
final class Alternatives implements Check {
  /** The most content words of either alternative. */
  static final int PHRASE_WORDS = 4;
  /** The confidence of a finding. */
  static final double CONFIDENCE = 0.75;

  private final Set<List<String>> exclusions;
  private final Set<String> articles;

  /**
   * A check.
   *
   * @param exclusions words that rule out what follows them in favour of what precedes them
   *     (pack facet {@code alternative-exclusion}), lower case
   * @param articles the articles that open a noun phrase (pack facet {@code role-article}), lower
   *     case
   */
  Alternatives(Set<String> exclusions, Set<String> articles) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (String e : exclusions) {
      out.add(List.of(e.split("\\s+")));
    }
    this.exclusions = Set.copyOf(out);
    this.articles = Set.copyOf(articles);
  }

  /** What a claim holds and what it rules out, with the words that say so. */
  private record Choice(Set<String> held, Set<String> ruledOut, TextSpan evidence) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      Choice a = choice(rel.left());
      Choice b = a == null ? null : choice(rel.right());
      if (b == null || Collections.disjoint(a.ruledOut(), b.held())
          || Collections.disjoint(b.ruledOut(), a.held())) {
        continue;
      }
      double conf = CONFIDENCE - (rel.left().hedged() || rel.right().hedged() ? 0.1 : 0);
      out.add(new Finding(Kind.POLARITY, rel.left().claim(), rel.right().claim(), a.evidence(),
          b.evidence(), a.evidence().text(), b.evidence().text(), "alternative",
          List.of("Each report rules out the alternative the other gives."), conf));
    }
  }

  /** The one choice between alternatives a claim states, or null. */
  private Choice choice(ClaimView c) {
    ClaimWords w = c.words();
    Choice found = null;
    for (int i = 1; i < w.size(); i++) {
      int n = exclusion(w, i);
      if (n == 0) {
        continue;
      }
      Set<String> held = new LinkedHashSet<>();
      int from = i;
      for (int k = i - 1; k >= 0 && held.size() < PHRASE_WORDS; k--) {
        if (k < i - 1 && !w.gapIsSpace(w.end(k), w.start(k + 1))
            && !w.between(w.end(k), w.start(k + 1)).equals("-")
            || articles.contains(w.lower(k))) {
          break;
        }
        if (w.isContent(k)) {
          held.add(w.stem(k));
          from = k;
        }
      }
      Set<String> ruledOut = new LinkedHashSet<>();
      int to = i + n - 1;
      for (int k = i + n; k < w.size() && ruledOut.size() < PHRASE_WORDS; k++) {
        if (k > i + n && !w.gapIsSpace(w.end(k - 1), w.start(k))
            && !w.between(w.end(k - 1), w.start(k)).equals("-")) {
          break;
        }
        if (w.isContent(k)) {
          ruledOut.add(w.stem(k));
          to = k;
        }
      }
      if (held.isEmpty() || ruledOut.isEmpty() || found != null) {
        return null; // nothing chosen, or two choices in one claim
      }
      found = new Choice(held, ruledOut, w.span(w.start(from), w.end(to)));
    }
    return found;
  }

  /**
   * How many words of an exclusion start at word {@code i}, or 0; "not" counts only after a
   * comma ("a wind gust, not lightning,").
   */
  private int exclusion(ClaimWords w, int i) {
    for (List<String> e : exclusions) {
      boolean all = i + e.size() <= w.size();
      for (int k = 0; all && k < e.size(); k++) {
        all = w.lower(i + k).equals(e.get(k));
      }
      if (all && (e.size() > 1 || w.between(w.end(i - 1), w.start(i)).strip().equals(","))) {
        return e.size();
      }
    }
    return 0;
  }
}
