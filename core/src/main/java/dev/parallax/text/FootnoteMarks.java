package dev.parallax.text;

import static dev.parallax.text.SentenceChars.isSpace;

/**
 * Footnote marks right after sentence-final punctuation, which belong to the sentence they follow:
 * bracketed numbers ("martyr.[1] The", "[2, 3]", "[4-6]"), and, after a single period that follows a
 * word or a closing bracket, up to four space-separated groups of one to three digits when a capital
 * follows them ("consultation.11 12 Take"). Stateless apart from the text it reads.
 */
final class FootnoteMarks {

  private final String s;
  private final char[] chars; // the chars of s
  private final int n;
  private final JunkRanges junk;

  FootnoteMarks(String text, JunkRanges junk) {
    this.s = text;
    this.chars = junk.chars();
    this.n = text.length();
    this.junk = junk;
  }

  /**
   * Where a candidate boundary ends once the footnote marks after it are taken in: {@code t} is where
   * the punctuation starts, {@code r} where it ends, {@code b} where the closing quotes and brackets
   * after it end; {@code singlePeriod} tells whether the punctuation is one period. Returns {@code b}
   * when no mark follows.
   */
  int end(int t, int r, int b, boolean singlePeriod) {
    int k = b;
    boolean found = false;
    while (k < n && chars[k] == '[') {
      int e = k + 1;
      while (e < n && e - k <= 12 && (Character.isDigit(chars[e]) || ",-\u2013 ".indexOf(chars[e]) >= 0)) {
        e++;
      }
      if (e < n && e > k + 1 && chars[e] == ']') {
        k = e + 1;
        found = true;
      } else {
        break;
      }
    }
    if (found) {
      return k;
    }
    if (!singlePeriod || b != r || k >= n || !Character.isDigit(chars[k]) || t == 0) {
      return b;
    }
    char before = chars[t - 1];
    if (!Character.isLetter(before) && before != ')' && before != ']') {
      return b;
    }
    int e = k;
    int good = k;
    for (int group = 0; group < 4; group++) {
      int d = e;
      while (d < n && d - e < 4 && Character.isDigit(chars[d])) {
        d++;
      }
      if (d == e || d - e > 3 || d < n && Character.isDigit(chars[d])) {
        break;
      }
      good = d;
      if (d + 1 < n && chars[d] == ' ' && Character.isDigit(chars[d + 1])) {
        e = d + 1;
      } else {
        break;
      }
    }
    e = good;
    if (e == k || e < n && !isSpace(chars[e])) {
      return b;
    }
    NextWord nx = NextWord.after(s, junk, e);
    return nx.type == NextWord.Type.UPPER ? e : b;
  }
}
