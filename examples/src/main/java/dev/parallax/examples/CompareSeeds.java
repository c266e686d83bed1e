package dev.parallax.examples;

import dev.parallax.Article;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The main job: compares the two bundled sample articles about one event, a wire report and an
 * opinion piece, and prints the report. Run it with {@code mvn -q -pl examples -am compile
 * exec:java}.
 */
public final class CompareSeeds {
  private static final String SAMPLES = "/dev/parallax/examples/samples/";
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 20);

  private CompareSeeds() {}

  /** Prints the comparison of the two samples. */
  public static void main(String[] args) {
    System.out.print(compare().report());
  }

  /** The comparison of the wire report (left) with the opinion piece (right). */
  public static Comparison compare() {
    Article wire =
        Article.builder()
            .id("wire")
            .outlet("Wire report")
            .published(PUBLISHED)
            .text(sample("wire-report.txt"))
            .build();
    String opinionText = sample("opinion-analysis.txt");
    Article opinion =
        Article.builder()
            .id("opinion")
            .outlet("Opinion analysis")
            .published(PUBLISHED)
            .title(firstLine(opinionText)) // the headline; the text stays the whole file
            .text(opinionText)
            .build();
    return Parallax.standard().compare(wire, opinion);
  }

  /** The text of a bundled sample, from the class path. */
  static String sample(String name) {
    try (InputStream in = CompareSeeds.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IllegalStateException("sample not on the class path: " + SAMPLES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + name, e);
    }
  }

  private static String firstLine(String text) {
    return text.lines().findFirst().orElse("").strip();
  }
}
