package dev.parallax.matching;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Quotations;
import java.util.ArrayList;
import java.util.List;

/**
 * The scare quotes of one analysed text, read sentence by sentence in text order: the short
 * quotations a {@code scare-quote} shape rule may tag. Built per text; not shared.
 */
final class ScareQuotes {
  private final AnalyzedText t;
  private final List<CharSpan> quotations;
  private int next; // the first quotation that may still start inside a sentence

  ScareQuotes(AnalyzedText t) {
    this.t = t;
    this.quotations = t.quotations();
  }

  /**
   * Quotations inside {@code sentence} that do not open it, do not report speech and are no
   * title: a quotation whose every word but its stop words starts with a capital names a work, a
   * thing or a person ("the show "Friends"", "the film "The Hunger Games"", "the "Ring of
   * Fire""). Ask for the sentences in text order.
   */
  List<CharSpan> in(CharSpan sentence) {
    // sentences come in text order, and so do quotations: skip once those that start too early
    while (next < quotations.size() && quotations.get(next).start() <= sentence.start()) {
      next++;
    }
    List<CharSpan> out = List.of(); // most sentences: none, and no list made
    for (int i = next; i < quotations.size() && quotations.get(i).start() < sentence.end();
        i++) {
      CharSpan q = quotations.get(i);
      if (q.end() <= sentence.end() && Quotations.words(t, q) >= 1 && !Quotations.isSpeech(t, q)
          && !title(t, q)) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(q);
      }
    }
    return out;
  }

  /**
   * Whether quotation {@code q} is written as a title or a name: every word starts with a
   * capital letter but the stop words ("Ring of Fire", "Sammy the Bull", "the Oddfather"), and
   * one at least does.
   */
  private static boolean title(AnalyzedText t, CharSpan q) {
    int from = t.wordsBefore(q.start());
    int to = t.wordsBefore(q.end());
    boolean capital = false;
    for (int w = from; w < to; w++) {
      String word = t.word(w);
      boolean upper = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
      if (!upper && !t.isStopWord(w)) {
        return false;
      }
      capital |= upper;
    }
    return capital;
  }
}
