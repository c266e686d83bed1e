package dev.parallax.text;

import static dev.parallax.text.CleanerChars.isAsciiLetterOrDigit;

import java.util.HashMap;
import java.util.Map;

/**
 * The character references that {@link TextCleaner} decodes: the named ones of the resource {@code
 * cleaner-entities.txt} ({@code &lt; &gt; &amp; &quot; &apos; &nbsp;} and a few more; names matched
 * case-sensitively, at most {@value #ENTITY_NAME_MAX} chars) and numeric ones, decimal or hex ({@code
 * &#39; &#x27;}), of any code point but NUL and the surrogates. A reference needs its closing {@code
 * ;}; one that does not decode is kept as text. Immutable.
 */
final class HtmlEntities {

  private static final int ENTITY_NAME_MAX = 12;

  private final Map<String, String> named;

  private HtmlEntities(Map<String, String> named) {
    this.named = Map.copyOf(named);
  }

  /** Loads the named references of {@code resource}: one {@code NAME HEX-CODE-POINT} a line. */
  static HtmlEntities load(String resource) {
    Map<String, String> out = new HashMap<>();
    for (String line : SentenceLexicon.readEntries(resource)) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException(resource + ": bad line: " + line);
      }
      out.put(parts[0], new String(Character.toChars(Integer.parseInt(parts[1], 16))));
    }
    return new HtmlEntities(out);
  }

  /** End (after ';') of a decodable character reference starting at {@code i}, or -1. */
  int referenceEnd(String s, int i) {
    int n = s.length();
    int limit = Math.min(n, i + 2 + ENTITY_NAME_MAX);
    for (int j = i + 1; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        return j > i + 1 && decode(s.substring(i + 1, j)) != null ? j + 1 : -1;
      }
      if (!isAsciiLetterOrDigit(c) && !(c == '#' && j == i + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /** The decoded text of a reference body ("lt", "#39", "#x27"), or null. */
  String decode(String body) {
    if (body.charAt(0) != '#') {
      return named.get(body);
    }
    int cp = -1;
    try {
      if (body.length() > 2 && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
        cp = body.length() <= 8 ? Integer.parseInt(body.substring(2), 16) : -1;
      } else if (body.length() > 1) {
        cp = body.length() <= 8 ? Integer.parseInt(body.substring(1)) : -1;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return null;
    }
    return new String(Character.toChars(cp));
  }
}
