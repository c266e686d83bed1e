package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.contradict.QuantifierCheck.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The counted numbers of the claims of one article as {@link QuantifierCheck} sets them against
 * vague counts ("dozens of families" against "more than 200 families") and against "all" ("four
 * of its nine centres" against "all nine of its centres"): each with the values its words allow,
 * the words it counts, its frame, places and acts, read as {@link QuantifierReader} reads those
 * of quantifier words. Read once per article.
 */
final class CountedNumbers {
  /**
   * A count of one article: a vague count or a counted number, with its claim, and what befalls
   * what it counts as the clause goes on ({@link Predicate}).
   */
  record Count(ClaimView view, TextSpan evidence, Set<String> noun, Set<String> frame,
      Set<String> core, Set<String> places, Set<String> acts, String verb, double low,
      double high, String shown, Mention vague, double whole, Predicate predicate) {}

  /** Words between a part and its whole ("four of its nine centres"). */
  private final Set<String> partitives;
  /** Reads the frames, places and acts of the counted numbers as it does those of mentions. */
  private final QuantifierReader quantifierReader;
  private final Frames frames;
  /** The word lists the predicates of counts are read with. */
  private final Lexicon lexicon;
  /** Relative pronouns for persons: the whole before one counts people ("the three who"). */
  private final Set<String> personRelatives;

  CountedNumbers(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.partitives = lexicon.partitives();
    this.personRelatives = lexicon.amountWords().personRelatives();
    this.frames = new Frames(lexicon);
    this.quantifierReader = new QuantifierReader(lexicon);
  }

  /**
   * The counted numbers of one article that count a noun of their own ("12 people", not "one"
   * of "12 people" before it), as the values their words allow: a bound is open on its far side.
   */
  List<Count> numbers(ArticlePair.Side side) {
    return side.memo(this, "numbers", s -> counts(s, false));
  }

  /** The counts of one article that count a part of a whole they state ("four of its nine"). */
  List<Count> parts(ArticlePair.Side side) {
    return side.memo(this, "parts", s -> counts(s, true));
  }

  /**
   * The percentages of one article that give a share of the words after them ("38% of the
   * county's voters"): each a part of a whole of 100, counting those words.
   */
  List<Count> percents(ArticlePair.Side side) {
    return side.memo(this, "percents", this::percentsOf);
  }

  private List<Count> percentsOf(ArticlePair.Side side) {
    List<Count> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      if (w.size() > QuantifierReader.MAX_CLAIM_WORDS) {
        continue;
      }
      for (Amount a : c.amounts()) {
        if (!a.measure().equals("ratio") || a.derived() || c.negated(a.evidence())) {
          continue;
        }
        int of = w.firstWordFrom(a.evidence().end()); // "38% of", "38 percent of"
        int[] head = quantifierReader.ofHead(w, of);
        if (head == null || !w.gapIsSpace(a.evidence().end(), w.start(of))) {
          continue;
        }
        Set<String> noun = new java.util.LinkedHashSet<>();
        for (int i = head[0]; i < head[1]; i++) {
          noun.add(w.stem(i));
        }
        TextSpan evidence = w.span(a.evidence().start(), w.end(quantifierReader.shownEnd(w, head)
            - 1));
        List<TextSpan> others = new ArrayList<>();
        for (QuantityFacet q : c.claim().facets(QuantityFacet.class)) {
          if (!Spans.overlap(q.span(), evidence)) {
            others.add(q.span());
          }
        }
        List<String> acts = quantifierReader.acts(w, head[0], head[1],
            w.firstWordFrom(a.evidence().start()));
        double h = a.step() / 2;
        double lo = a.approximation() == QuantityFacet.Approximation.EXACT ? a.value() - h
            : Math.min(a.low(), a.value() - h);
        double hi = a.approximation() == QuantityFacet.Approximation.EXACT ? a.value() + h
            : Math.max(a.high(), a.value() + h);
        Stops stops = new Stops(others, List.of());
        out.add(new Count(c, evidence, quantifierReader.persons(noun),
            quantifierReader.withPredicate(w, evidence, frames.frame(w, evidence, stops)),
            quantifierReader.withPredicate(w, evidence, frames.core(w, evidence, stops)),
            quantifierReader.places(w, evidence), Set.copyOf(acts),
            acts.isEmpty() ? "" : acts.get(0), 100 * lo, 100 * hi,
            NumberWords.plain(100 * a.value()) + "%",
            null, 100, Predicate.read(lexicon, w, head[1])));
      }
    }
    return out;
  }

  private List<Count> counts(ArticlePair.Side side, boolean parts) {
    List<Count> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      if (c.words().size() > QuantifierReader.MAX_CLAIM_WORDS) {
        continue;
      }
      for (Amount a : c.amounts()) {
        ClaimWords w = c.words();
        int first = w.lastWordBefore(a.evidence().end());
        int partitive = parts ? -1 : partitiveNoun(w, a, first);
        if (!a.measure().equals("count") && partitive < 0 || a.derived() || a.value() < 1
            || c.negated(a.evidence()) || (parts ? Double.isNaN(whole(w, a))
                : !quantifierReader.ownNoun(a) && partitive < 0)) {
          continue;
        }
        List<String> noun = a.noun();
        if (partitive >= 0) {
          first = partitive; // "two of the hostages": a count of hostages, the whole unstated
          noun = List.of(w.stem(partitive));
        }
        if (parts) {
          // "four of its nine centres": the counted words are the whole's
          int last = first;
          for (int k = first + 1; k < w.size() && k <= first + 2 * QuantityAmounts.PARTITIVE_WORDS;
              k++) {
            if (!a.noun().isEmpty() && w.stem(k).equals(a.noun().get(0))) {
              last = k;
              break;
            }
            if (k + 1 < w.size() && !w.isStopWord(k)
                && personRelatives.contains(w.lower(k + 1))) {
              last = k; // "two of the three who died": the whole counts people, unnamed
              break;
            }
          }
          first = last;
        }
        List<String> acts = quantifierReader.acts(w, first,
            Math.min(w.size(), first + noun.size()), w.firstWordFrom(a.evidence().start()));
        // a part is shown with its whole: "four of its nine centres", "4 of 9"; its frame is read
        // around both, so that "Four of the nine centres will close" keeps its verb
        TextSpan evidence = parts || partitive >= 0 ? w.span(a.evidence().start(), w.end(first))
            : a.evidence();
        List<TextSpan> others = new ArrayList<>();
        for (QuantityFacet q : c.claim().facets(QuantityFacet.class)) {
          if (!Spans.overlap(q.span(), evidence)) {
            others.add(q.span());
          }
        }
        double h = a.step() / 2;
        double v = a.value();
        double[] b = switch (a.approximation()) {
          case MORE_THAN, AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
          case AT_MOST, LESS_THAN -> new double[] {Math.min(a.low(), v), v};
          case ABOUT, RANGE -> new double[] {Math.min(a.low(), v - h), a.high() + h};
          default -> new double[] {v - h, v + h};
        };
        double whole = whole(w, a);
        String shown = parts ? NumberWords.plain(a.value()) + " of " + NumberWords.plain(whole)
            : partitive >= 0 ? NumberWords.plain(a.value()) + " " + w.lower(partitive)
            : a.shown();
        Stops stops = new Stops(others, List.of());
        out.add(new Count(c, evidence, quantifierReader.persons(Set.copyOf(noun)),
            quantifierReader.withPredicate(w, evidence, frames.frame(w, evidence, stops)),
            quantifierReader.withPredicate(w, evidence, frames.core(w, evidence, stops)),
            quantifierReader.places(w, evidence), Set.copyOf(acts),
            acts.isEmpty() ? "" : acts.get(0), b[0], b[1], shown, null, whole,
            Predicate.read(lexicon, w, w.lastWordBefore(evidence.end()) + 1)));
      }
    }
    return out;
  }

  /**
   * The word of the noun a bare number of two or more counts across a partitive with no whole
   * ("two of the hostages were hurt", "three of its largest stores"), not a vague plural ("dozens
   * of families", read as a vague count): after the partitive right
   * after the number, past determiners, the last of one or two content words in a row that ends
   * before a stop word, punctuation or the claim's end; -1 when there is none or the count states
   * its whole ("two of the three hostages") or lends its noun elsewhere ("two of them").
   */
  private int partitiveNoun(ClaimWords w, Amount a, int last) {
    if (a.value() < 2 || a.approximation() == QuantityFacet.Approximation.RANGE
        || last + 1 >= w.size() || !partitives.contains(w.lower(last + 1))
        || !Double.isNaN(whole(w, a)) || !w.gapIsSpace(w.end(last), w.start(last + 1))) {
      return -1;
    }
    int k = last + 2;
    while (k < w.size() && k <= last + QuantityAmounts.PARTITIVE_WORDS && w.isStopWord(k)
        && !w.isNumber(k) && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k++;
    }
    int head = -1;
    for (int n = 0; k < w.size() && n < 2 && w.isContent(k) && !w.isCapitalised(k)
        && w.gapIsSpace(w.end(k - 1), w.start(k)); k++, n++) {
      head = k;
    }
    return head >= 0 && (k >= w.size() || !w.isContent(k)) ? head : -1;
  }

  /**
   * The whole that the count {@code a} is a part of, when a word of the pack facet {@code
   * partitive} follows it and a number within {@value QuantityAmounts#PARTITIVE_WORDS} words
   * ("four of its nine centres": 9); NaN otherwise.
   */
  private double whole(ClaimWords w, Amount a) {
    QuantityFacet whole = Partitives.wholeAfter(w, a.evidence().end(), partitives);
    return whole == null ? Double.NaN : whole.value();
  }

}
