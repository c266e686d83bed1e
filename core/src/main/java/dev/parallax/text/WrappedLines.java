package dev.parallax.text;

import static dev.parallax.text.CleanerChars.isHorizontal;
import static dev.parallax.text.CleanerChars.isLineBreak;

import java.util.List;

/**
 * The last pass of {@link TextCleaner}: a line break that only wraps a sentence stands for a space.
 * Text wrapped at a fixed width, flowed text and text extracted from PDF break sentences across
 * lines ({@code It was a long \nday at the office.}); the sentence read aloud has one space there.
 * The sentences are those of {@link SentenceSplitter}, which already reads such a break as a wrap
 * and not as a sentence end, so the pass replaces each single line break inside a sentence,
 * together with the horizontal space around it, by one space ({@code It was a long day at the
 * office.}). Line breaks between sentences (after a headline, a list item, a sentence-final mark)
 * and blank lines stay. The pass must not move a sentence boundary: the joined text is split again,
 * and if its sentences do not start where the wrapped text's did, nothing is joined. Pure.
 */
final class WrappedLines {

  private WrappedLines() {}

  /** The pass over {@code s}, or null when it changes nothing. */
  static EditPass join(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return null; // one line: nothing wraps
    }
    SentenceSplitter splitter = SentenceSplitter.english();
    List<CharSpan> sentences = splitter.split(s);
    EditPass p = new EditPass(s);
    for (CharSpan sentence : sentences) {
      joinWithin(s, sentence.start(), sentence.end(), p);
    }
    EditPass joined = p.result();
    if (joined == null) {
      return null;
    }
    List<CharSpan> again = splitter.split(joined.text());
    if (again.size() != sentences.size()) {
      return null;
    }
    for (int k = 0; k < again.size(); k++) {
      if (joined.from(again.get(k).start()) != sentences.get(k).start()) {
        return null;
      }
    }
    return joined;
  }

  /** Replaces each single line break in {@code [a, e)} of {@code s}, with its spaces, by one space. */
  private static void joinWithin(String s, int a, int e, EditPass p) {
    for (int k = a; k < e; k++) {
      if (!isLineBreak(s.charAt(k))) {
        continue;
      }
      int from = k;
      while (from > a && isHorizontal(s.charAt(from - 1))) {
        from--;
      }
      int to = k + (s.charAt(k) == '\r' && k + 1 < e && s.charAt(k + 1) == '\n' ? 2 : 1);
      while (to < e && isHorizontal(s.charAt(to))) {
        to++;
      }
      if (to < e && !isLineBreak(s.charAt(to))) {
        p.replace(from, to, " ");
      }
      k = to - 1;
    }
  }
}
