package dev.parallax.text;

import static dev.parallax.text.CleanerChars.isAsciiLetter;

/**
 * The first pass of {@link TextCleaner}: one left-to-right scan that removes inline formatting groups
 * {@code {x^ ... x^}} (one ASCII letter and a caret, at most {@value #MARKUP_MAX} chars without braces
 * or line breaks, the same letter and a caret), removes HTML comments and the tags of {@link
 * HtmlTags} (a block element's tag becomes one line break), and decodes the references of {@link
 * HtmlEntities}. What a step writes is not scanned again, so {@code &lt;em&gt;} becomes the text
 * {@code <em>}, not a tag. Immutable.
 */
final class MarkupPass {

  private static final int MARKUP_MAX = 64;

  private final HtmlTags tags;
  private final HtmlEntities entities;

  MarkupPass(HtmlTags tags, HtmlEntities entities) {
    this.tags = tags;
    this.entities = entities;
  }

  /** The pass over {@code s}, or null when it changes nothing. */
  EditPass apply(String s) {
    EditPass p = new EditPass(s);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char ch = s.charAt(i);
      int end;
      if (ch == '{' && (end = markupEnd(s, i)) > 0) {
        p.replace(i, end, "");
        i = end;
      } else if (ch == '<' && (end = HtmlTags.commentEnd(s, i)) > 0) {
        p.replace(i, end, "");
        i = end;
      } else if (ch == '<' && (end = tags.tagEnd(s, i)) > 0) {
        p.replace(i, end, tags.isBlockTag(s, i) ? "\n" : "");
        i = end;
      } else if (ch == '&' && (end = entities.referenceEnd(s, i)) > 0) {
        p.replace(i, end, entities.decode(s.substring(i + 1, end - 1)));
        i = end;
      } else {
        i++;
      }
    }
    return p.result();
  }

  /** End of a {@code {x^ ... x^}} group starting at {@code i}, or -1. */
  private static int markupEnd(String s, int i) {
    int n = s.length();
    if (i + 5 > n || !isAsciiLetter(s.charAt(i + 1)) || s.charAt(i + 2) != '^') {
      return -1;
    }
    char letter = s.charAt(i + 1);
    int limit = Math.min(n, i + 3 + MARKUP_MAX + 3);
    for (int j = i + 3; j < limit; j++) {
      char c = s.charAt(j);
      if (c == '{' || c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '}') {
        return j >= i + 5 && s.charAt(j - 1) == '^' && s.charAt(j - 2) == letter && j - 2 >= i + 3
            ? j + 1
            : -1;
      }
    }
    return -1;
  }
}
