package dev.parallax.align;

import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Acronyms that a text defines, found the way Schwartz and Hearst (2003) do: a short run of capital
 * letters in parentheses right after words that hold its letters in order, the first at the start
 * of a word, as in "the Demilitarized Zone (DMZ)" or "Korean People's Army (KPA)", or the other way
 * round, "DMZ (Demilitarized Zone)". Once defined in any text of a comparison, an acronym stands for its expansion in all of
 * them, so "the DMZ" shares words with "the demilitarized zone". Stateless.
 */
final class Acronyms {
  private static final int MIN_LETTERS = 2;
  private static final int MAX_LETTERS = 8;

  private Acronyms() {}

  /** Adds the acronyms {@code t} defines to {@code out}: acronym stem → stems of its expansion. */
  static void collect(AnalyzedText t, Map<String, List<String>> out) {
    String text = t.text();
    for (int w = 0; w < t.wordCount(); w++) {
      String word = t.word(w);
      if (!isAcronym(word)) {
        continue;
      }
      boolean inParens = w > 0 && between(text, t.end(w - 1), t.start(w), '(')
          && closes(text, t.end(w));
      if (inParens) {
        int from = Math.max(0, w - 1 - 2 * word.length());
        List<String> expansion = expansion(t, from, w - 1, word);
        if (expansion != null) {
          out.putIfAbsent(t.stem(w), expansion);
          continue;
        }
      }
      // "DMZ (Demilitarized Zone)": the expansion follows in parentheses
      if (w + 1 < t.wordCount() && between(text, t.end(w), t.start(w + 1), '(')) {
        int last = w + 1;
        while (last + 1 < t.wordCount() && !closes(text, t.end(last))) {
          last++;
        }
        if (closes(text, t.end(last)) && last - w <= 2 * word.length()) {
          List<String> expansion = expansion(t, w + 1, last, word);
          if (expansion != null) {
            out.putIfAbsent(t.stem(w), expansion);
          }
        }
      }
    }
  }

  /**
   * The Schwartz–Hearst match: the letters of {@code acronym}, right to left, each found in the
   * words {@code from} to {@code last} (right to left, in order), the first letter at the start of
   * a word. Returns the content stems of the words from that word to {@code last}, or null when
   * the letters cannot all be found.
   */
  private static List<String> expansion(AnalyzedText t, int from, int last, String acronym) {
    String text = t.text();
    int base = t.start(from);
    String longForm = text.substring(base, t.end(last)).toLowerCase(Locale.ROOT);
    String shortForm = acronym.toLowerCase(Locale.ROOT);
    int l = longForm.length() - 1;
    for (int s = shortForm.length() - 1; s >= 0; s--) {
      char c = shortForm.charAt(s);
      while (l >= 0
          && (longForm.charAt(l) != c
              || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return null;
      }
      l--;
    }
    int startChar = base + l + 1;
    int first = last;
    while (first > from && t.start(first) > startChar) {
      first--;
    }
    List<String> stems = new ArrayList<>();
    for (int w = first; w <= last; w++) {
      if (t.word(w).equalsIgnoreCase(acronym)) {
        return null; // "the UN envoy (UN)": an expansion never holds its acronym
      }
      if (!t.isStopWord(w)) {
        stems.add(t.stem(w));
      }
    }
    return stems.size() < 2 ? null : stems;
  }

  private static boolean isAcronym(String word) {
    if (word.length() < MIN_LETTERS || word.length() > MAX_LETTERS) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Whether the chars between {@code from} and {@code to} are space and exactly one {@code c}. */
  private static boolean between(String text, int from, int to, char c) {
    int seen = 0;
    for (int i = Math.max(0, from); i < to; i++) {
      char x = text.charAt(i);
      if (x == c) {
        seen++;
      } else if (!Character.isWhitespace(x)) {
        return false;
      }
    }
    return seen == 1;
  }

  private static boolean closes(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ')';
  }

  /** The acronyms all of {@code texts} define; the first definition of an acronym wins. */
  static Map<String, List<String>> of(List<AnalyzedText> texts) {
    Map<String, List<String>> out = new HashMap<>();
    texts.forEach(t -> collect(t, out));
    return out;
  }
}
