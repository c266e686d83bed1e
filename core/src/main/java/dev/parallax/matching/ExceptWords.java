package dev.parallax.matching;

import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule's {@code except} phrases, indexed by their words, to tell whether one covers a match
 * without trying every phrase at every place: a phrase that covers a match holds the match's first
 * word, so the places where a phrase may cover it are found by one lookup of that word's stem and
 * one of its term (the commonest cues, "said" say, have a dozen except phrases of several words).
 * A phrase with a word matched as written (a case-sensitive rule's) or a step of another kind is
 * not indexed: it is tried at every place, as before. Immutable.
 */
final class ExceptWords {
  private static final ExceptWords NONE = new ExceptWords(List.of());

  /** Word {@code index} of except phrase {@code phrase}. */
  private record Place(Step[] phrase, int index) {}

  private final Set<String> stems;
  private final Set<String> terms;
  private final String firstChars; // of the words matched as written
  private final boolean filters; // false: every match is checked phrase by phrase
  private final Map<String, Place[]> byStem; // the places of each stem of the indexed phrases
  private final Map<String, Place[]> byTerm; // the places of each term of the indexed phrases
  private final List<Step[]> tried; // the phrases not indexed, tried at every place
  // for a rule whose matches all start with one stem (or one term): its places, looked up once
  private final boolean stemFixed;
  private final Place[] stemFixedPlaces;
  private final boolean termFixed;
  private final Place[] termFixedPlaces;

  private ExceptWords(List<Step[]> excepts) {
    Set<String> allStems = new HashSet<>();
    Set<String> allTerms = new HashSet<>();
    StringBuilder chars = new StringBuilder();
    boolean filtering = true;
    Map<String, List<Place>> stemPlaces = new HashMap<>();
    Map<String, List<Place>> termPlaces = new HashMap<>();
    List<Step[]> others = new ArrayList<>();
    for (Step[] phrase : excepts) {
      boolean indexed = true;
      for (Step step : phrase) {
        if (step.kind() != Step.Kind.WORD) {
          filtering = false;
          indexed = false;
          continue;
        }
        allStems.addAll(step.stems());
        allTerms.addAll(step.terms());
        for (String surface : step.surfaces()) {
          indexed = false;
          if (surface.isEmpty()) {
            filtering = false;
          } else if (chars.indexOf(surface.substring(0, 1)) < 0) {
            chars.append(surface.charAt(0));
          }
        }
      }
      if (!indexed) {
        others.add(phrase);
        continue;
      }
      for (int k = 0; k < phrase.length; k++) {
        Place place = new Place(phrase, k);
        for (String s : phrase[k].stems()) {
          stemPlaces.computeIfAbsent(s, x -> new ArrayList<>()).add(place);
        }
        for (String s : phrase[k].terms()) {
          termPlaces.computeIfAbsent(s, x -> new ArrayList<>()).add(place);
        }
      }
    }
    this.filters = filtering;
    this.stems = filtering ? Set.copyOf(allStems) : Set.of();
    this.terms = filtering ? Set.copyOf(allTerms) : Set.of();
    this.firstChars = filtering ? chars.toString() : "";
    this.byStem = stemPlaces.isEmpty() ? null : frozen(stemPlaces);
    this.byTerm = termPlaces.isEmpty() ? null : frozen(termPlaces);
    this.tried = List.copyOf(others);
    this.stemFixed = false;
    this.stemFixedPlaces = null;
    this.termFixed = false;
    this.termFixedPlaces = null;
  }

  private ExceptWords(ExceptWords of, String stem, String term) {
    this.stems = of.stems;
    this.terms = of.terms;
    this.firstChars = of.firstChars;
    this.filters = of.filters;
    this.byStem = of.byStem;
    this.byTerm = of.byTerm;
    this.tried = of.tried;
    this.stemFixed = stem != null;
    this.stemFixedPlaces = stem != null && byStem != null ? byStem.get(stem) : null;
    this.termFixed = term != null;
    this.termFixedPlaces = term != null && byTerm != null ? byTerm.get(term) : null;
  }

  /**
   * These phrases for a rule whose every match starts with a word of stem {@code stem}, or of
   * term {@code term} (the other null, or both): what {@link #covers} would look up for that word
   * is looked up once, here.
   */
  ExceptWords forFirstWord(String stem, String term) {
    return this == NONE || stem == null && term == null ? this : new ExceptWords(this, stem, term);
  }

  private static Map<String, Place[]> frozen(Map<String, List<Place>> places) {
    Map<String, Place[]> out = new HashMap<>();
    places.forEach((word, list) -> out.put(word, list.toArray(Place[]::new)));
    return out;
  }

  /** The words of {@code excepts}, the steps of a rule's except phrases. */
  static ExceptWords of(List<Step[]> excepts) {
    return excepts.isEmpty() ? NONE : new ExceptWords(excepts);
  }

  /**
   * Whether an except phrase may cover a match whose first word is word {@code w} of {@code t}:
   * false when no phrase holds its stem or term (nor, for a word matched as written, its first
   * char), and no phrase has a step of another kind.
   */
  boolean mayCover(AnalyzedText t, int w) {
    return !filters || stems.contains(t.stem(w)) || terms.contains(t.term(w))
        || !firstChars.isEmpty() && firstChars.indexOf(t.text().charAt(t.start(w))) >= 0;
  }

  /**
   * Whether one of the except phrases stands on words that cover a match on words {@code [first,
   * last]}, within the sentence's words {@code [from, to)}.
   */
  boolean covers(AnalyzedText t, int first, int last, int from, int to) {
    if (this == NONE) {
      return false; // most rules: no except phrase
    }
    if (byStem != null && coversAt(stemFixed ? stemFixedPlaces : byStem.get(t.stem(first)), t,
        first, last, from, to)) {
      return true;
    }
    if (byTerm != null && coversAt(termFixed ? termFixedPlaces : byTerm.get(t.term(first)), t,
        first, last, from, to)) {
      return true;
    }
    for (int i = 0; i < tried.size(); i++) {
      Step[] ex = tried.get(i);
      int len = ex.length;
      for (int q = Math.max(from, last - len + 1); q <= first; q++) {
        if (q + len <= to && Step.phraseAt(t, ex, q)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a phrase stands with its word {@code place.index} at word {@code first}. */
  private static boolean coversAt(Place[] places, AnalyzedText t, int first, int last, int from,
      int to) {
    if (places == null) {
      return false;
    }
    for (Place p : places) {
      int len = p.phrase().length;
      int q = first - p.index();
      if (q >= from && q >= last - len + 1 && q + len <= to && Step.phraseAt(t, p.phrase(), q)) {
        return true;
      }
    }
    return false;
  }
}
