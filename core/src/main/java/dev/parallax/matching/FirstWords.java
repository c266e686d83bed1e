package dev.parallax.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What may start at a word, found by one lookup of its stem and one of its term: the phrases of a
 * {@link PhraseTrie} that start with it and the candidates (rules tried word by word) indexed by
 * their first word, so that a scan does not look a word up in the trie and in the candidates apart.
 * Immutable once built.
 *
 * @param <E> what a phrase of the trie stands for
 * @param <C> a candidate
 */
final class FirstWords<E, C> {

  /**
   * What starts at a word of one stem or term.
   *
   * @param after where the trie goes on after the word, or null when no phrase starts with it
   * @param candidates the candidates that start with it, or null when none does
   */
  record Start<E, C>(PhraseTrie.Node<E> after, List<C> candidates) {}

  private final Map<String, Start<E, C>> byStem;
  private final Map<String, Start<E, C>> byTerm;

  /** The first words of {@code trie}'s phrases and of the candidates by stem and by term. */
  FirstWords(PhraseTrie<E> trie, Map<String, List<C>> candidatesByStem,
      Map<String, List<C>> candidatesByTerm) {
    this.byStem = merge(trie.firstWords(true), candidatesByStem);
    this.byTerm = merge(trie.firstWords(false), candidatesByTerm);
  }

  private static <E, C> Map<String, Start<E, C>> merge(Map<String, PhraseTrie.Node<E>> phrases,
      Map<String, List<C>> candidates) {
    Map<String, Start<E, C>> out = new HashMap<>();
    phrases.forEach((word, after) -> out.put(word, new Start<>(after, candidates.get(word))));
    candidates.forEach((word, list) -> out.putIfAbsent(word, new Start<>(null, list)));
    return out;
  }

  /** What starts at a word of stem {@code stem}, or null when nothing does. */
  Start<E, C> byStem(String stem) {
    return byStem.get(stem);
  }

  /** What starts at a word of term {@code term}, or null when nothing does. */
  Start<E, C> byTerm(String term) {
    return byTerm.get(term);
  }
}
