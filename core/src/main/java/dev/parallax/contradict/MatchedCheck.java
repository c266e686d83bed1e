package dev.parallax.contradict;

import java.util.List;

/**
 * A check that matches mentions of two articles through a same-fact model: it reads the mentions
 * of each side ({@link #holders}), scores every candidate pair ({@link #pairs}), keeps the pairs
 * that are each other's best match (no equally likely rival of either agrees with it), and
 * judges each of those ({@link #judge}). {@link NumericCheck} (amounts) and {@link TemporalCheck}
 * (dates and clock times) are such checks.
 *
 * @param <H> a mention with its claim
 */
abstract class MatchedCheck<H> implements Check {

  @Override
  public final void inspect(ArticlePair pair, List<Finding> out) {
    List<H> left = pair.left().memo(this, "holders", side -> List.copyOf(holders(side)));
    List<H> right = pair.right().memo(this, "holders", side -> List.copyOf(holders(side)));
    for (SameFact.Pair<H> p : BestMatch.mutual(left, right, pairs(pair, left, right),
        this::agree, this::repeats)) {
      judge(pair, p, left, right, out);
    }
  }

  /**
   * Every candidate pair of the two articles, with the model's features and log-odds, as the fit
   * and the probe read them.
   */
  final List<SameFact.Pair<H>> pairs(ArticlePair pair) {
    return pairs(pair, holders(pair.left()), holders(pair.right()));
  }

  /** The mentions of one article that this check compares. */
  abstract List<H> holders(ArticlePair.Side side);

  /** The candidate pairs of a left and a right mention, scored. */
  abstract List<SameFact.Pair<H>> pairs(ArticlePair pair, List<H> left, List<H> right);

  /**
   * Whether two mentions of one article repeat one fact: an agreeing candidate that repeats the
   * best one does not make the match unsure ({@link BestMatch}). None do unless a check says so.
   */
  boolean repeats(H a, H b) {
    return false;
  }

  /** Whether two mentions can state one value: a rival that agrees makes a match unsure. */
  abstract boolean agree(H a, H b);

  /**
   * Adds the finding, if any, of a mutual best match.
   *
   * @param pair the two articles
   * @param match the two mentions, with the model's features and log-odds
   * @param left every mention of the left article
   * @param right every mention of the right article
   * @param out where findings go
   */
  abstract void judge(ArticlePair pair, SameFact.Pair<H> match, List<H> left, List<H> right,
      List<Finding> out);
}
