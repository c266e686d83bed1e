package dev.parallax.matching;

import dev.parallax.text.AnalyzedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a rule's {@code except} phrases, gathered to tell at once that none of the phrases
 * can cover a match: a phrase that covers it holds its first word, so a first word whose stem and
 * term are in none of the phrases ends the check with two lookups (the commonest cues, "said" say,
 * have a dozen except phrases of several words, none with that word). A word matched as written
 * (a case-sensitive rule's) counts by its first char: a word that starts with none of theirs is
 * none of them. A rule whose except phrases have a step of another kind is always checked phrase
 * by phrase. Immutable.
 */
final class ExceptWords {
  private static final ExceptWords NONE = new ExceptWords(Set.of(), Set.of(), "", true);

  private final Set<String> stems;
  private final Set<String> terms;
  private final String firstChars; // of the words matched as written
  private final boolean filters; // false: every match is checked phrase by phrase

  private ExceptWords(Set<String> stems, Set<String> terms, String firstChars, boolean filters) {
    this.stems = stems;
    this.terms = terms;
    this.firstChars = firstChars;
    this.filters = filters;
  }

  /** The words of {@code excepts}, the steps of a rule's except phrases. */
  static ExceptWords of(List<Step[]> excepts) {
    if (excepts.isEmpty()) {
      return NONE;
    }
    Set<String> stems = new HashSet<>();
    Set<String> terms = new HashSet<>();
    StringBuilder firstChars = new StringBuilder();
    for (Step[] phrase : excepts) {
      for (Step step : phrase) {
        if (step.kind() != Step.Kind.WORD) {
          return new ExceptWords(Set.of(), Set.of(), "", false);
        }
        stems.addAll(step.stems());
        terms.addAll(step.terms());
        for (String surface : step.surfaces()) {
          if (surface.isEmpty()) {
            return new ExceptWords(Set.of(), Set.of(), "", false);
          }
          if (firstChars.indexOf(surface.substring(0, 1)) < 0) {
            firstChars.append(surface.charAt(0));
          }
        }
      }
    }
    return new ExceptWords(Set.copyOf(stems), Set.copyOf(terms), firstChars.toString(), true);
  }

  /** Whether an except phrase may cover a match whose first word is word {@code w} of {@code t}. */
  boolean mayCover(AnalyzedText t, int w) {
    return !filters || stems.contains(t.stem(w)) || terms.contains(t.term(w))
        || !firstChars.isEmpty() && firstChars.indexOf(t.text().charAt(t.start(w))) >= 0;
  }
}
