package dev.parallax;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.parallax.rules.Category;
import java.util.Locale;
import java.util.Map;

/**
 * How much loaded and opinion language an article uses, in the reporter's own voice and in
 * direct quotations apart, so that articles of different lengths compare.
 *
 * @param article the article's id
 * @param words its number of words
 * @param sentences its number of sentences
 * @param opinionSentences sentences with at least one tag in the reporter's own voice
 * @param reporter tags in the reporter's own voice, by category (categories without tags absent)
 * @param quoted tags in someone else's words (quotations, reported clauses), by category
 */
public record LanguageProfile(
    String article,
    int words,
    int sentences,
    int opinionSentences,
    Map<Category, Integer> reporter,
    Map<Category, Integer> quoted) {

  /** Checks and copies the arguments (maps in category order). */
  public LanguageProfile {
    requireNonNull(article, "article");
    reporter = ImmutableSortedMap.copyOf(reporter);
    quoted = ImmutableSortedMap.copyOf(quoted);
    if (words < 0 || sentences < 0 || opinionSentences < 0 || opinionSentences > sentences) {
      throw new IllegalArgumentException("inconsistent counts: " + words + " words, " + sentences
          + " sentences, " + opinionSentences + " with opinion");
    }
  }

  /** Tags in the reporter's own voice. */
  public int reporterTags() {
    return reporter.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Tags inside direct quotations. */
  public int quotedTags() {
    return quoted.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Tags in the reporter's own voice per 100 words. */
  public double per100Words() {
    return words == 0 ? 0 : 100.0 * reporterTags() / words;
  }

  /** Tags of one category in the reporter's own voice per 100 words. */
  public double per100Words(Category category) {
    return words == 0 ? 0 : 100.0 * reporter.getOrDefault(category, 0) / words;
  }

  /** The share of sentences (0 to 1) with opinion language in the reporter's own voice. */
  public double opinionShare() {
    return sentences == 0 ? 0 : (double) opinionSentences / sentences;
  }

  /** {@code LanguageProfile[opinion: 4.1 tags/100 words, 45% of sentences, 2 quoted]}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "LanguageProfile[%s: %.1f tags/100 words, %.0f%% of"
        + " sentences, %d quoted]", article, per100Words(), 100 * opinionShare(), quotedTags());
  }
}
