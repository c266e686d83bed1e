package dev.parallax.facts;

import dev.parallax.text.AnalyzedText;

/**
 * What every reader of one sentence's quantities starts from: the sentence with its cues, and at
 * hand its lexicon, its text and its words, from the sentence's first word to the word after its
 * last. The readers of a sentence are built on one {@link QuantitySentence} and hold nothing that
 * changes, except {@link NumberWords}, which reads one number and is then dropped, and {@link
 * PhraseReading}, which reads one phrase at a time, each from a fresh start.
 */
abstract class SentenceReader {

  final QuantitySentence sentence;
  final QuantityLexicon lex;
  final AnalyzedText t;
  final String text;
  final int from;
  final int to;

  SentenceReader(QuantitySentence sentence) {
    this.sentence = sentence;
    this.lex = sentence.lex;
    this.t = sentence.t;
    this.text = sentence.text;
    this.from = sentence.from;
    this.to = sentence.to;
  }
}
