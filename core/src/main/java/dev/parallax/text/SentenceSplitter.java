package dev.parallax.text;

import java.util.List;
import java.util.Objects;

/**
 * Splits text into sentences, as character spans of the original string. Built for news prose:
 * abbreviations, initials, numbers, ellipses, quotations, list items, footnote marks, headlines and
 * standfirsts without final punctuation, and text wrapped at fixed line widths.
 *
 * <p>Instances are immutable and thread-safe; {@link #english()} returns a shared instance whose
 * word lists are loaded once. {@link #split} never rewrites the text: each span is an exact
 * substring, trimmed of white space and of the junk described below.
 *
 * <h2>How it decides</h2>
 *
 * <ol>
 *   <li><b>Terminal punctuation.</b> A run of {@code . ! ? …} (or spaced dots {@code . . .}),
 *       followed by closing quotes, brackets or footnote marks ({@code [1]}, {@code .11 12}) and then
 *       white space, is a candidate. Full-width {@code 。．！？} need no following space.
 *   <li><b>The word before and the word after.</b> After a period the candidate is accepted when the
 *       next word starts with a capital letter or a digit, except after a known abbreviation. Word
 *       lists in {@code dev/parallax/text/*.txt} sort abbreviations into those that never end a
 *       sentence ({@code Mr.}, {@code Sgt.}, {@code e.g.}), those that precede numbers ({@code No.},
 *       {@code p.}), clock times ({@code a.m.}: a sentence end unless a day, month or time zone
 *       follows), and those that may end one ({@code U.S.}, {@code Inc.}, {@code Jan.}, and any dotted
 *       acronym): these end a sentence only before a word that commonly starts sentences
 *       ({@code The}, {@code He}, {@code However}, listed in {@code sentence_starters.txt}). A single
 *       capital letter is an initial; {@code I} is the pronoun. A lowercase next word never starts a
 *       sentence after a period, {@code ?} or {@code !}. An ellipsis ends a sentence before a capital
 *       only when it is attached to the preceding word. Two sentences run together without a space
 *       ({@code all day.Then}, {@code 2,500.That}) part at a period, {@code ?} or {@code !} set
 *       between a whole lowercase word or a number and a capitalised word, but not inside an
 *       acronym, an address or a decimal ({@code U.S.A}, {@code jane.Doe@x.org}, {@code 4.5}).
 *   <li><b>Quotations and brackets.</b> No boundary is placed inside a matched pair of quotation
 *       marks (in one paragraph, and not past a line that ends in sentence-final punctuation: text
 *       set one sentence per line quotes line by line) or brackets (of bounded length); the
 *       sentence may end right after the closing mark. Typewriter quotes of tokenised text pair
 *       {@code ``} with {@code ''}, and a spaced {@code ''} after the punctuation closes the
 *       sentence it follows.
 *   <li><b>Lists.</b> A list marker ({@code 1.}, {@code 1.)}, {@code a)}, {@code (iv)}) or a bullet at
 *       the start of a line, and each marker of an inline run of consecutive markers ({@code 1. ... 2.
 *       ... 3. ...}), starts a sentence; the marker's own period does not end one.
 *   <li><b>Lines.</b> A blank line (or a paragraph separator, or a block-level HTML tag) always ends
 *       a sentence. A single line break after a line without final punctuation ends a sentence
 *       (a headline, a standfirst, a list item) unless the text looks wrapped: the next line starts
 *       in lowercase after a long line or after a line that ends in a space (flowed text), or the
 *       line fills a fixed-width block and ends in a lowercase word.
 *   <li><b>Junk.</b> Markup tags ({@code <p>}, {@code &lt;b&gt;}), runs of four or more
 *       {@code / \ = _ * # ~ + -}, and table-of-contents dot leaders (five or more dots with the page
 *       number up to the end of the line) are not sentence text: they are left out at the edges of
 *       spans and, if a sentence holds nothing else, it is dropped.
 * </ol>
 *
 * <p>Every pass is linear in the length of the text and all look-arounds are bounded, so any input
 * is split in time proportional to its length.
 */
public final class SentenceSplitter {

  private final SentenceLexicon lexicon;

  private SentenceSplitter(SentenceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Holds the English splitter; its word lists load on first use. */
  private static final class English {
    static final SentenceSplitter INSTANCE = new SentenceSplitter(SentenceLexicon.loadEnglish());
  }

  /**
   * English rules; loads its word lists once; immutable and thread-safe.
   *
   * @return the shared English splitter
   * @throws java.io.UncheckedIOException if a bundled word list is missing or unreadable
   */
  public static SentenceSplitter english() {
    return English.INSTANCE;
  }

  /**
   * Sentence spans of text, in order, each trimmed of surrounding white space, never empty, never
   * overlapping; offsets index the original String exactly (UTF-16). Never throws on any non-null
   * String.
   *
   * @param text the text to split
   * @return the sentence spans, an immutable list (empty for blank text)
   * @throws NullPointerException if {@code text} is null
   */
  public List<CharSpan> split(String text) {
    Objects.requireNonNull(text, "text to split must not be null");
    return split(text, text.toCharArray());
  }

  /** {@link #split(String)} with the chars of {@code text} copied already ({@code chars}). */
  List<CharSpan> split(String text, char[] chars) {
    return new SentenceScanner(text, chars, lexicon).run();
  }
}
