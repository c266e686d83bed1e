package dev.parallax.bench;

import dev.parallax.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds benchmark corpora of English news prose from the seed articles in
 * {@code core/src/test/resources/dev/parallax/seeds/} (every {@code *.txt} there except
 * {@code expected-*.txt}, which is a report, not an article).
 *
 * <p>The seeds are split into sentences (headline lines and paragraphs kept apart) with the JDK's
 * {@link BreakIterator}, deliberately not with Parallax's own splitter, so that the corpus does not
 * depend on the code under test. Each generated article is a seeded shuffle of those sentences,
 * grouped into paragraphs of two to four sentences separated by blank lines, cut at a sentence
 * boundary once it reaches the target size. About half of the sentences are lightly reworded (a
 * word dropped, two neighbours swapped, a number changed, a word taken from another sentence), so
 * the articles read as different reports of one event rather than copies: a realistic case for
 * {@code compare}, where most sentences have near matches and few have exact ones.
 *
 * <p>Everything is deterministic for a given seed directory, seed and size.
 */
public final class Corpus {

  /** The default seed directory, relative to the repository root (run the jar from there). */
  public static final String DEFAULT_SEEDS = "core/src/test/resources/dev/parallax/seeds";

  private final List<String> sentences;

  private Corpus(List<String> sentences) {
    if (sentences.size() < 10) {
      throw new IllegalStateException("too few seed sentences: " + sentences.size());
    }
    this.sentences = List.copyOf(sentences);
  }

  /** Reads and splits the seed articles of {@code dir}. */
  public static Corpus fromSeeds(String dir) {
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(
          "seed directory " + root.toAbsolutePath() + " not found: run from the repository root"
              + " or pass -p seedDir=PATH");
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".txt") && !name.startsWith("expected")) {
          out.addAll(sentences(Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read seeds in " + root, e);
    }
    return new Corpus(out);
  }

  /** The seed sentences, in seed order. */
  public List<String> sentences() {
    return sentences;
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (String line : text.split("\\R")) {
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      it.setText(line);
      int start = it.first();
      for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
        String s = line.substring(start, end).strip();
        if (!s.isEmpty()) {
          // A headline or standfirst line without final punctuation gets a period, so that the
          // reshuffled text does not run it into the next sentence.
          char last = s.charAt(s.length() - 1);
          out.add(".!?\"”’)".indexOf(last) >= 0 ? s : s + ".");
        }
      }
    }
    return out;
  }

  /**
   * {@code count} distinct articles of about {@code targetChars} chars each, ids {@code a0, a1,
   * ...}, all dated 2025-10-20.
   */
  public List<Article> articles(int count, int targetChars, long seed) {
    Random rnd = new Random(seed);
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(Article.builder()
          .id("a" + i)
          .outlet("Outlet " + i)
          .published("2025-10-20")
          .text(article(rnd, targetChars))
          .build());
    }
    return out;
  }

  /** Articles whose texts add up to at least {@code totalChars}. */
  public List<Article> articlesOfTotal(long totalChars, int targetChars, long seed) {
    int count = (int) Math.max(1, (totalChars + targetChars - 1) / targetChars);
    List<Article> out = new ArrayList<>(articles(count, targetChars, seed));
    long sum = out.stream().mapToLong(a -> a.text().length()).sum();
    Random rnd = new Random(seed + 1);
    while (sum < totalChars) {
      Article a = Article.builder().id("a" + out.size()).outlet("Outlet " + out.size())
          .published("2025-10-20").text(article(rnd, targetChars)).build();
      out.add(a);
      sum += a.text().length();
    }
    return out;
  }

  private String article(Random rnd, int targetChars) {
    StringBuilder sb = new StringBuilder(targetChars + 512);
    while (sb.length() < targetChars) {
      List<String> order = new ArrayList<>(sentences);
      Collections.shuffle(order, rnd);
      int inParagraph = 0;
      int paragraph = 2 + rnd.nextInt(3);
      for (String s : order) {
        if (sb.length() >= targetChars) {
          break;
        }
        if (sb.length() > 0) {
          if (inParagraph >= paragraph) {
            sb.append("\n\n");
            inParagraph = 0;
            paragraph = 2 + rnd.nextInt(3);
          } else {
            sb.append(' ');
          }
        }
        sb.append(rnd.nextBoolean() ? reword(s, rnd) : s);
        inParagraph++;
      }
    }
    return sb.toString();
  }

  /** One light rewording of a sentence; its first and last words are kept. */
  private String reword(String s, Random rnd) {
    String[] w = s.split(" ");
    if (w.length < 5) {
      return s;
    }
    List<String> words = new ArrayList<>(List.of(w));
    int i = 1 + rnd.nextInt(words.size() - 2);
    switch (rnd.nextInt(4)) {
      case 0 -> words.remove(i);
      case 1 -> Collections.swap(words, i, i + 1 < words.size() - 1 ? i + 1 : i - 1);
      case 2 -> {
        for (int k = 0; k < words.size() - 1; k++) {
          if (words.get(k).chars().allMatch(Character::isDigit)) {
            words.set(k, Integer.toString(1 + rnd.nextInt(400)));
            return String.join(" ", words);
          }
        }
        words.remove(i);
      }
      default -> {
        String[] other = sentences.get(rnd.nextInt(sentences.size())).split(" ");
        String word = other[rnd.nextInt(other.length)].replaceAll("[^\\p{L}\\p{N}'’-]", "");
        if (!word.isEmpty()) {
          words.set(i, word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return String.join(" ", words);
  }

  /** Total chars of the articles' texts. */
  static long chars(List<Article> articles) {
    return articles.stream().mapToLong(a -> a.text().length()).sum();
  }

  /** Total UTF-8 bytes of the articles' texts. */
  static long utf8Bytes(List<Article> articles) {
    return articles.stream()
        .mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length)
        .sum();
  }
}
