package dev.parallax.text;

import static dev.parallax.text.CleanerChars.isAsciiLetter;
import static dev.parallax.text.CleanerChars.isAsciiLetterOrDigit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML tags and comments that {@link TextCleaner} removes. A comment is {@code <!-- ... -->} of at
 * most {@value #COMMENT_MAX} chars. A tag is a start, end or empty tag of an element named in the
 * resource {@code cleaner-html-tags.txt} (a name of at most {@value #TAG_NAME_MAX} ASCII letters and
 * digits, in any case), with attributes of at most {@value #TAG_ATTR_MAX} chars without {@code <}
 * that hold a {@code name=value} pair unless there are none: {@code <b and c>} in prose is not a tag.
 * The list also tells which elements are blocks ({@code p, br, div, li, h1...}), whose tags stand for
 * a line break. Immutable.
 */
final class HtmlTags {

  private static final int COMMENT_MAX = 4096;
  private static final int TAG_NAME_MAX = 16;
  private static final int TAG_ATTR_MAX = 512;

  /** Tag name (lower case) to whether it is a block element. */
  private final Map<String, Boolean> tags;

  private HtmlTags(Map<String, Boolean> tags) {
    this.tags = Map.copyOf(tags);
  }

  /** Loads the element names of {@code resource}: one name a line, {@code block} after a block's. */
  static HtmlTags load(String resource) {
    Map<String, Boolean> out = new HashMap<>();
    for (String line : SentenceLexicon.readEntries(resource)) {
      String[] parts = line.split("\\s+");
      boolean block = parts.length == 2 && parts[1].equals("block");
      if (parts.length > 2 || (parts.length == 2 && !block)) {
        throw new IllegalStateException(resource + ": bad line: " + line);
      }
      out.put(parts[0].toLowerCase(Locale.ROOT), block);
    }
    return new HtmlTags(out);
  }

  /** End of a comment starting at {@code i}, or -1. */
  static int commentEnd(String s, int i) {
    if (!s.startsWith("<!--", i)) {
      return -1;
    }
    int limit = Math.min(s.length(), i + COMMENT_MAX);
    for (int j = i + 4; j + 3 <= limit; j++) {
      if (s.charAt(j) == '-' && s.startsWith("-->", j)) {
        return j + 3;
      }
    }
    return -1;
  }

  /** End of a tag of a known element starting at {@code i}, or -1. */
  int tagEnd(String s, int i) {
    int n = s.length();
    int j = i + 1;
    if (j < n && s.charAt(j) == '/') {
      j++;
    }
    int nameStart = j;
    while (j < n && j - nameStart <= TAG_NAME_MAX && isAsciiLetterOrDigit(s.charAt(j))) {
      j++;
    }
    if (j == nameStart || !isAsciiLetter(s.charAt(nameStart)) || j >= n) {
      return -1;
    }
    String name = s.substring(nameStart, j).toLowerCase(Locale.ROOT);
    if (!tags.containsKey(name)) {
      return -1;
    }
    char c = s.charAt(j);
    if (c == '>') {
      return j + 1;
    }
    if (c == '/') {
      return j + 1 < n && s.charAt(j + 1) == '>' ? j + 2 : -1;
    }
    if (!Character.isWhitespace(c)) {
      return -1;
    }
    return attributesEnd(s, j, Math.min(n, j + TAG_ATTR_MAX));
  }

  /** End (after {@code >}) of the attributes of a tag from {@code j}, read before {@code limit}. */
  private static int attributesEnd(String s, int j, int limit) {
    char quote = 0;
    boolean words = false;
    boolean equals = false;
    for (int k = j; k < limit; k++) {
      char a = s.charAt(k);
      if (quote != 0) {
        if (a == quote) {
          quote = 0;
        }
      } else if (a == '"' || a == '\'') {
        quote = a;
      } else if (a == '>') {
        // Attributes need a name=value pair: "<b and c>" in prose is not a tag.
        return !words || equals ? k + 1 : -1;
      } else if (a == '<') {
        return -1;
      } else if (a == '=') {
        equals = true;
      } else if (!Character.isWhitespace(a) && a != '/') {
        words = true;
      }
    }
    return -1;
  }

  /** Whether the tag that {@link #tagEnd} found at {@code i} is of a block element. */
  boolean isBlockTag(String s, int i) {
    int j = s.charAt(i + 1) == '/' ? i + 2 : i + 1;
    int k = j;
    while (k < s.length() && isAsciiLetterOrDigit(s.charAt(k))) {
      k++;
    }
    return Boolean.TRUE.equals(tags.get(s.substring(j, k).toLowerCase(Locale.ROOT)));
  }
}
