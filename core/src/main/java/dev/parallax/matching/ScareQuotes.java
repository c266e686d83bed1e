package dev.parallax.matching;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Quotations;
import java.util.ArrayList;
import java.util.List;

/**
 * The scare quotes of one analysed text, read sentence by sentence in text order: the short
 * quotations a {@code scare-quote} shape rule may tag. A short quotation is someone's words, not
 * the writer's doubt, when its words end in a comma, "?" or "!" before the closing mark (as
 * typewritten news writes {@code "hilarious, ''}), or when a quotation that reports speech stands
 * in its sentence or in the sentence before or after it within its paragraph: news quotes its
 * sources in fragments next to their full quotes ({@code The minister called it "a disgrace".
 * "We will not accept this," she said.}). Built per text; not shared.
 */
public final class ScareQuotes {
  private final AnalyzedText t;
  private final List<CharSpan> quotations;
  private final List<CharSpan> sentences;
  private List<CharSpan> speech; // made when first needed
  private int next; // the first quotation that may still start inside a sentence
  private int sentence; // the index of the sentence asked for last, or the one before it

  ScareQuotes(AnalyzedText t) {
    this.t = t;
    this.quotations = t.quotations();
    this.sentences = t.sentences();
  }

  /**
   * The short quotations of {@code t} that are no scare quotes by their context alone (see the
   * class comment): partial quotations of someone who is quoted nearby. Words inside them are
   * that speaker's, not the writer's.
   */
  public static List<CharSpan> partialQuotes(AnalyzedText t) {
    ScareQuotes s = new ScareQuotes(t);
    List<CharSpan> out = new ArrayList<>();
    for (CharSpan sentence : t.sentences()) {
      s.collect(sentence, out, true);
    }
    return out;
  }

  /**
   * Quotations inside {@code sentence} that do not open it, do not report speech, are no title
   * and are no partial quotation of a speaker quoted nearby: a quotation whose every word but its
   * stop words starts with a capital names a work, a thing or a person ("the show "Friends"",
   * "the film "The Hunger Games"", "the "Ring of Fire""). Ask for the sentences in text order.
   */
  List<CharSpan> in(CharSpan sentence) {
    List<CharSpan> out = new ArrayList<>(0);
    collect(sentence, out, false);
    return out.isEmpty() ? List.of() : out;
  }

  /**
   * Adds the short quotations of {@code sentence} to {@code out}: the scare quotes, or (when
   * {@code partial}) the partial quotations.
   */
  private void collect(CharSpan sentence, List<CharSpan> out, boolean partial) {
    // sentences come in text order, and so do quotations: skip once those that start too early
    while (next < quotations.size() && quotations.get(next).start() <= sentence.start()) {
      next++;
    }
    for (int i = next; i < quotations.size() && quotations.get(i).start() < sentence.end();
        i++) {
      CharSpan q = quotations.get(i);
      if (q.end() <= sentence.end() && Quotations.words(t, q) >= 1 && !Quotations.isSpeech(t, q)
          && !title(t, q) && !beforeItsNoun(q) && partialQuote(q, sentence) == partial) {
        out.add(q);
      }
    }
  }

  /**
   * Whether quotation {@code q} stands before the noun it names a kind of, as a term does (the
   * "zero day" flaw, a "fresh" rating, the "surround and drown" strategy): the next word follows
   * after white space alone, starts in lower case and is neither a stop word nor a word in -ed,
   * and the quotation does not end in a plural: a plural in quotation marks is the head of its
   * phrase, and the word after it a verb (the "experts" disagree, the agency's "reforms" cut).
   */
  private boolean beforeItsNoun(CharSpan q) {
    int w = t.wordsBefore(q.end());
    if (w >= t.wordCount() || t.isStopWord(w) || t.isNumber(w)) {
      return false;
    }
    String between = t.text().substring(q.end(), t.start(w));
    String word = t.word(w);
    String last = t.word(w - 1); // the quotation's last word
    return between.isBlank() && !between.contains("\n") && !word.isEmpty()
        && Character.isLowerCase(word.codePointAt(0)) && !word.endsWith("ed")
        && !last.endsWith("s");
  }

  /** Whether short quotation {@code q} of {@code s} is someone's words by its context. */
  private boolean partialQuote(CharSpan q, CharSpan s) {
    return endsLikeSpeech(q) || speechNear(s);
  }

  /** Whether the words of {@code q} end in a comma, "?" or "!" before its closing mark. */
  private boolean endsLikeSpeech(CharSpan q) {
    String text = t.text();
    int i = q.end() - 1; // the closing mark
    if (i > q.start() && text.charAt(i) == '\'' && text.charAt(i - 1) == '\'') {
      i--; // the typewritten closer ''
    }
    i--;
    while (i > q.start() && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    char last = text.charAt(i);
    return i > q.start() && (last == ',' || last == '?' || last == '!');
  }

  /**
   * Whether a quotation that reports speech overlaps {@code s}, or the sentence before or after
   * it when no line break stands between them.
   */
  private boolean speechNear(CharSpan s) {
    if (speech == null) {
      speech = Quotations.speech(t);
      if (speech.isEmpty()) {
        return false;
      }
    } else if (speech.isEmpty()) {
      return false;
    }
    while (sentence + 1 < sentences.size() && sentences.get(sentence).start() < s.start()) {
      sentence++;
    }
    int from = s.start();
    int to = s.end();
    if (sentences.get(sentence).equals(s)) { // its neighbours in its paragraph count too
      if (sentence > 0 && !lineBreakBetween(sentences.get(sentence - 1).end(), s.start())) {
        from = sentences.get(sentence - 1).start();
      }
      if (sentence + 1 < sentences.size()
          && !lineBreakBetween(s.end(), sentences.get(sentence + 1).start())) {
        to = sentences.get(sentence + 1).end();
      }
    }
    for (CharSpan q : speech) {
      if (q.start() < to && from < q.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean lineBreakBetween(int from, int to) {
    return from < to && t.text().substring(from, to).indexOf('\n') >= 0;
  }

  /**
   * Whether quotation {@code q} is written as a title or a name: every word starts with a
   * capital letter but the stop words and numbers ("Ring of Fire", "Sammy the Bull", "the
   * Oddfather", "Ekawat Nava 5"), and one at least does.
   */
  private static boolean title(AnalyzedText t, CharSpan q) {
    int from = t.wordsBefore(q.start());
    int to = t.wordsBefore(q.end());
    boolean capital = false;
    for (int w = from; w < to; w++) {
      String word = t.word(w);
      boolean upper = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
      if (!upper && !t.isStopWord(w) && !t.isNumber(w)) {
        return false;
      }
      capital |= upper;
    }
    return capital;
  }
}
