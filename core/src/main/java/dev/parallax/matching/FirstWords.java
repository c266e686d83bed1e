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

  /**
   * What starts at a word whose stem, or whose term, is one string.
   *
   * @param asStem what starts at a word of that stem, or null
   * @param asTerm what starts at a word of that term, or null
   */
  record Both<E, C>(Start<E, C> asStem, Start<E, C> asTerm) {}

  // one map for stems and terms: a word whose term is its stem (most words) is looked up once
  private final Map<String, Both<E, C>> byWord;

  /** The first words of {@code trie}'s phrases and of the candidates by stem and by term. */
  FirstWords(PhraseTrie<E> trie, Map<String, List<C>> candidatesByStem,
      Map<String, List<C>> candidatesByTerm) {
    Map<String, Start<E, C>> byStem = merge(trie.firstWords(true), candidatesByStem);
    Map<String, Start<E, C>> byTerm = merge(trie.firstWords(false), candidatesByTerm);
    Map<String, Both<E, C>> both = new HashMap<>();
    byStem.forEach((word, start) -> both.put(word, new Both<>(start, byTerm.get(word))));
    byTerm.forEach((word, start) -> both.putIfAbsent(word, new Both<>(null, start)));
    this.byWord = both;
  }

  private static <E, C> Map<String, Start<E, C>> merge(Map<String, PhraseTrie.Node<E>> phrases,
      Map<String, List<C>> candidates) {
    Map<String, Start<E, C>> out = new HashMap<>();
    phrases.forEach((word, after) -> out.put(word, new Start<>(after, candidates.get(word))));
    candidates.forEach((word, list) -> out.putIfAbsent(word, new Start<>(null, list)));
    return out;
  }

  /**
   * What starts at a word whose stem or term is {@code word}, or null when nothing does: read
   * {@link Both#asStem} for its stem, {@link Both#asTerm} for its term.
   */
  Both<E, C> of(String word) {
    return byWord.get(word);
  }

  /** What starts at a word of stem {@code stem}, or null when nothing does. */
  Start<E, C> byStem(String stem) {
    Both<E, C> b = byWord.get(stem);
    return b == null ? null : b.asStem();
  }

  /** What starts at a word of term {@code term}, or null when nothing does. */
  Start<E, C> byTerm(String term) {
    Both<E, C> b = byWord.get(term);
    return b == null ? null : b.asTerm();
  }
}
