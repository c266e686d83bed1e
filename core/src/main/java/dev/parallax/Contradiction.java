package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Two claims of different articles that cannot both be true, with the words on each side that
 * disagree, the values read from them, a sentence that explains the clash and how sure Parallax
 * is. {@code left} belongs to the article that comes first in the comparison.
 *
 * <pre>{@code
 * Contradiction[ORDINAL "the first known defection" (wire 1:227)
 *     vs "only the second known case via direct land crossing" (opinion 8:50)]
 * }</pre>
 *
 * <p>Agreement that only looks different ("248 kilometers (155 miles)" and "approximately 248
 * kilometers"; "about 34,000" and "an estimated 34,000") is never a contradiction.
 *
 * @param kind what disagrees
 * @param left the claim of the earlier article
 * @param right the claim of the later article
 * @param leftEvidence the words of {@code left} that disagree ("12 people", "Sunday", "the first
 *     known defection", "not injured during the crossing")
 * @param rightEvidence the words of {@code right} that disagree
 * @param leftValue what {@code leftEvidence} states, normalised: a quantity ({@code 12 people},
 *     {@code about 34000}, {@code 248 km}), a TIMEX3 date ({@code 2025-10-19}), a count in a window
 *     ({@code 1 defection from 2024-08}, {@code 2 case in 2025}) or a stance ({@code asserted},
 *     {@code denied})
 * @param rightValue what {@code rightEvidence} states, normalised the same way
 * @param explanation one sentence for people that says why the two cannot both hold
 * @param confidence how sure Parallax is, from 0 to 1
 */
public record Contradiction(
    Kind kind,
    Claim left,
    Claim right,
    TextSpan leftEvidence,
    TextSpan rightEvidence,
    String leftValue,
    String rightValue,
    String explanation,
    double confidence) {

  /** What disagrees. */
  public enum Kind {
    /** Two amounts of the same thing that no rounding or approximation reconciles. */
    NUMERIC,
    /** Two dates of the same event that do not overlap ("on Sunday" and "on Monday"). */
    TEMPORAL,
    /**
     * Two counts of the same kind of event whose windows nest, with more events in the inner
     * window than in the outer one ("the first since August 2024" and "the second this year").
     */
    ORDINAL,
    /**
     * The same statement asserted by one article and denied by the other, or one thing put in
     * two states that exclude each other ("intact" and "destroyed").
     */
    POLARITY,
    /** Quantifier or frequency words that exclude each other ("never" and "often"). */
    QUANTIFIER,
    /**
     * The same slot of one fact filled differently: a place ("east of Aden" and "west of Aden"),
     * a role ("district attorney" and "assistant district attorney") or the speaker of one quote.
     */
    ATTRIBUTE
  }

  /**
   * Checks the arguments.
   *
   * @throws IllegalArgumentException when both claims belong to one article, evidence belongs to
   *     another article than its claim, a value or the explanation is blank, or the confidence is
   *     not within [0, 1]
   */
  public Contradiction {
    requireNonNull(kind, "kind");
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    requireNonNull(leftEvidence, "leftEvidence");
    requireNonNull(rightEvidence, "rightEvidence");
    requireNonNull(leftValue, "leftValue");
    requireNonNull(rightValue, "rightValue");
    requireNonNull(explanation, "explanation");
    if (left.article().equals(right.article())) {
      throw new IllegalArgumentException(
          "a contradiction needs claims of two articles, both are of '" + left.article() + "'");
    }
    if (!leftEvidence.article().equals(left.article())) {
      throw new IllegalArgumentException("left evidence " + leftEvidence
          + " is not in the left claim's article '" + left.article() + "'");
    }
    if (!rightEvidence.article().equals(right.article())) {
      throw new IllegalArgumentException("right evidence " + rightEvidence
          + " is not in the right claim's article '" + right.article() + "'");
    }
    if (leftValue.isBlank() || rightValue.isBlank()) {
      throw new IllegalArgumentException(
          "values must not be blank: '" + leftValue + "', '" + rightValue + "'");
    }
    if (explanation.isBlank()) {
      throw new IllegalArgumentException("explanation must not be blank");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
    }
  }

  /**
   * The same contradiction seen from the other side: claims, evidence and values swapped; the
   * explanation and the confidence are kept.
   */
  public Contradiction swapped() {
    return new Contradiction(kind, right, left, rightEvidence, leftEvidence, rightValue,
        leftValue, explanation, confidence);
  }

  /**
   * {@code Contradiction[ORDINAL "the first known defection" (wire 1:227) vs "only the second
   * known case ..." (opinion 8:50)]}.
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Contradiction[%s %s vs %s]", kind,
        evidence(leftEvidence), evidence(rightEvidence));
  }

  private static String evidence(TextSpan s) {
    return '"' + TextSpan.shorten(s.text(), 60) + "\" (" + s.article() + ' ' + s.line() + ':'
        + s.column() + ')';
  }
}
