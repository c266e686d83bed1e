package dev.parallax.matching;

import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases whose every word is one stem or one lower-cased term, compiled into a trie over a
 * sentence's words: reading the words from one word on finds every phrase that starts there, with
 * at most two hash lookups per word read (its stem and its term), however many phrases share
 * their first words. Immutable once built; used by {@link PackMatcher}.
 *
 * @param <E> what a phrase stands for
 */
final class PhraseTrie<E> {

  /**
   * What the trie found: the words of each of {@code entries} (the phrases that end at one place of
   * the trie, in the order added; never empty, not to be changed) stand at words {@code [first,
   * last]}. Given all at once, so that what they share (their span) is read once, not per entry.
   */
  interface Sink<E> {
    void found(List<E> entries, int first, int last);
  }

  private final Node<E> root = new Node<>();
  private int size;

  /**
   * Adds a phrase: word {@code i} is matched on its stem when {@code stems[i]} is not null, else on
   * its term {@code terms[i]}.
   */
  void add(String[] stems, String[] terms, E entry) {
    Node<E> n = root;
    for (int i = 0; i < stems.length; i++) {
      n = stems[i] != null ? n.child(true, stems[i]) : n.child(false, terms[i]);
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    n.entries.add(entry);
    size++;
  }

  /** The phrases added. */
  int size() {
    return size;
  }

  /**
   * The phrases whose first word is matched on its stem ({@code stem} true) or on its term: each
   * first word with where the trie goes on after it.
   */
  Map<String, Node<E>> firstWords(boolean stem) {
    Map<String, Node<E>> m = stem ? root.byStem : root.byTerm;
    return m == null ? Map.of() : m;
  }

  /**
   * Reports every phrase whose words stand at {@code w} and on, before word {@code to}, for a word
   * {@code w} already known to be a first word: {@code after} is where the trie goes on after it
   * (from {@link #firstWords}).
   */
  void findAfter(Node<E> after, AnalyzedText t, int w, int to, Sink<E> sink) {
    reached(after, t, w, w, to, sink);
  }

  private static <E> void next(Node<E> n, AnalyzedText t, int first, int k, int to,
      Sink<E> sink) {
    if (k >= to) {
      return;
    }
    if (n.byStem != null) {
      Node<E> c = n.byStem.get(t.stem(k));
      if (c != null) {
        reached(c, t, first, k, to, sink);
      }
    }
    if (n.byTerm != null) {
      Node<E> c = n.byTerm.get(t.term(k));
      if (c != null) {
        reached(c, t, first, k, to, sink);
      }
    }
  }

  private static <E> void reached(Node<E> n, AnalyzedText t, int first, int k, int to,
      Sink<E> sink) {
    if (n.entries != null) {
      sink.found(n.entries, first, k);
    }
    next(n, t, first, k + 1, to, sink);
  }

  /** A place in the trie: the phrases that end there, and the words that go on from there. */
  static final class Node<E> {
    Map<String, Node<E>> byStem;
    Map<String, Node<E>> byTerm;
    List<E> entries;

    Node<E> child(boolean stem, String key) {
      if (stem && byStem == null) {
        byStem = new HashMap<>();
      } else if (!stem && byTerm == null) {
        byTerm = new HashMap<>();
      }
      return (stem ? byStem : byTerm).computeIfAbsent(key, k -> new Node<>());
    }
  }
}
