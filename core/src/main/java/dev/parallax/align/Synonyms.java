package dev.parallax.align;

import com.google.common.collect.ImmutableMap;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Groups of near-synonyms ("middle, central"; "part, portion, section, area"), read from a word
 * list and stemmed through the same analysis as article text. Maps each stem to the stem of its
 * group's first word. Immutable and thread-safe.
 */
public final class Synonyms {
  private final Map<String, String> canonical;

  private Synonyms(Map<String, String> canonical) {
    this.canonical = ImmutableMap.copyOf(canonical);
  }

  /**
   * The bundled English groups ({@code synonyms-en.txt}).
   *
   * @throws UncheckedIOException when the bundled list is missing
   * @throws IllegalArgumentException naming the line when a word stands in two groups
   */
  public static Synonyms english(TextAnalyzer analyzer) {
    String name = "synonyms-en.txt";
    try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(
            new FileNotFoundException("bundled word list " + name + " is missing"));
      }
      return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          analyzer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled word list " + name, e);
    }
  }

  /** Reads groups: one per line, words separated by commas, {@code #} comments. */
  static Synonyms parse(String source, BufferedReader in, TextAnalyzer analyzer)
      throws IOException {
    Map<String, String> canonical = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    String line;
    int no = 0;
    while ((line = in.readLine()) != null) {
      no++;
      int hash = line.indexOf('#');
      String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (body.isEmpty()) {
        continue;
      }
      String head = null;
      for (String word : body.split(",")) {
        String stem = stem(analyzer, word.strip(), source, no);
        if (head == null) {
          head = stem;
        }
        Integer before = lineOf.putIfAbsent(stem, no);
        if (before != null && before != no) {
          throw new IllegalArgumentException(
              source + ":" + no + ": '" + word.strip() + "' already stands in the group of line "
                  + before);
        }
        canonical.put(stem, head);
      }
    }
    return new Synonyms(canonical);
  }

  private static String stem(TextAnalyzer analyzer, String word, String source, int line) {
    AnalyzedText t = analyzer.analyze(word.isEmpty() ? " " : word);
    if (t.wordCount() != 1) {
      throw new IllegalArgumentException(
          source + ":" + line + ": a synonym must be one word: '" + word + "'");
    }
    return t.stem(0);
  }

  /** The stem that stands for {@code stem}'s group, or {@code stem} itself. */
  public String canonical(String stem) {
    return canonical.getOrDefault(stem, stem);
  }

  @Override
  public String toString() {
    return "Synonyms[" + canonical.size() + " words]";
  }
}
