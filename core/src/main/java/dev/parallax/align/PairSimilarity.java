package dev.parallax.align;

/**
 * How alike two sentences are, from the weights of their stems: a stem weighs its idf squared
 * over the sentences of the two texts of the pair (at least {@link #MIN_SENTENCES} of them), more
 * when it holds a digit, and a pair scores the geometric mean of the overlap and the cosine of the
 * weight the two sentences share. Symmetric: the score of (a, b) equals that of (b, a). Stateless.
 */
final class PairSimilarity {
  /**
   * The fewest sentences the idf of a pair of texts is counted over: about two news articles of
   * ordinary length. Shorter pairs count the missing sentences as ones that hold none of their
   * stems.
   */
  static final int MIN_SENTENCES = 60;

  private PairSimilarity() {}

  /**
   * The weight of a stem in the scoring of a pair of texts that hold {@code sentences} sentences
   * together, {@code df} of them holding the stem: its idf squared, the idf counted over at least
   * {@link #MIN_SENTENCES} sentences; times {@code numberWeight} when the stem holds a digit.
   */
  static double weight(int df, int sentences, boolean digit, double numberWeight) {
    int n = Math.max(sentences, MIN_SENTENCES);
    double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    double w = idf * idf;
    return digit ? w * numberWeight : w;
  }

  /**
   * The geometric mean of the overlap {@code shared / min(a, b)} and the cosine
   * {@code shared / √(a·b)}, at most 1.
   */
  static double similarity(double shared, double a, double b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    double overlap = shared / Math.min(a, b);
    double cosine = shared / Math.sqrt(a * b);
    return Math.min(1.0, Math.sqrt(overlap * cosine));
  }
}
