package dev.parallax.text;

import static dev.parallax.text.CleanerChars.isLineBreak;
import static dev.parallax.text.CleanerChars.skipHorizontal;

/**
 * Two passes of {@link TextCleaner} that repair punctuation within a line. Backticks: a single
 * backtick (not part of a run of backticks) with a letter or digit on at least one side becomes an
 * apostrophe ({@code `Yes,' he said} becomes {@code 'Yes,' he said}). Dot runs: a run of {@value
 * #LEADER_MIN} or more dots directly between two letters becomes one space ({@code wait.......what}
 * becomes {@code wait what}); three dots are an ellipsis and stay, as do runs next to a space; a dot
 * leader, such a run followed on its line only by a page number of at most {@value #PAGE_DIGITS_MAX}
 * digits, is removed with the number. Each pass is one scan; the methods are pure.
 */
final class PunctuationRepairs {

  private static final int LEADER_MIN = 4;
  private static final int PAGE_DIGITS_MAX = 5;

  private PunctuationRepairs() {}

  /** The backtick pass over {@code s}, or null when it changes nothing. */
  static EditPass backticks(String s) {
    EditPass p = new EditPass(s);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != '`') {
        continue;
      }
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      char next = i + 1 < n ? s.charAt(i + 1) : ' ';
      if (prev == '`' || next == '`') {
        continue;
      }
      if (Character.isLetterOrDigit(prev) || Character.isLetterOrDigit(next)) {
        p.replace(i, i + 1, "'");
      }
    }
    return p.result();
  }

  /** The dot-run pass over {@code s}, or null when it changes nothing. */
  static EditPass dots(String s) {
    EditPass p = new EditPass(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (s.charAt(i) != '.') {
        i++;
        continue;
      }
      int j = i;
      while (j < n && s.charAt(j) == '.') {
        j++;
      }
      if (j - i >= LEADER_MIN) {
        if (i > 0 && j < n && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(j))) {
          p.replace(i, j, " ");
        } else {
          int leaderEnd = pageNumberEnd(s, j);
          if (leaderEnd > 0) {
            p.replace(i, leaderEnd, "");
            j = leaderEnd;
          }
        }
      }
      i = j;
    }
    return p.result();
  }

  /** After a dot leader ending at {@code j}: end of "spaces digits spaces" before a line end, or -1. */
  private static int pageNumberEnd(String s, int j) {
    int n = s.length();
    int k = skipHorizontal(s, j);
    int d = k;
    while (k < n && k - d < PAGE_DIGITS_MAX + 1 && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    int digits = k - d;
    if (digits == 0 || digits > PAGE_DIGITS_MAX) {
      return -1;
    }
    int e = skipHorizontal(s, k);
    return e == n || isLineBreak(s.charAt(e)) ? k : -1;
  }
}
