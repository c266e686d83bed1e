package dev.parallax.contradict;

import dev.parallax.Claim;
import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import dev.parallax.OrdinalFacet;
import java.util.List;
import java.util.Optional;

/**
 * What a check found, before it is worded: two claims of two articles, the words on each side,
 * the values read from them, how sure the check is and what the explanation must say.
 *
 * @param kind what disagrees
 * @param left a claim of one article
 * @param right a claim of the other article
 * @param leftEvidence the words of {@code left} that disagree
 * @param rightEvidence the words of {@code right} that disagree
 * @param leftValue what {@code leftEvidence} states, normalised
 * @param rightValue what {@code rightEvidence} states, normalised
 * @param aspect what differs, for the explanation ("weekday", "place", "role"), or empty
 * @param notes sentences the explanation adds: assumptions, reasons for a lower confidence
 * @param confidence how sure the check is, from 0 to 1
 * @param counts for an ordinal finding, the two counts and what dates the inner one
 */
record Finding(
    Kind kind,
    Claim left,
    Claim right,
    TextSpan leftEvidence,
    TextSpan rightEvidence,
    String leftValue,
    String rightValue,
    String aspect,
    List<String> notes,
    double confidence,
    Optional<Counts> counts) {

  /**
   * Two counts of one kind of event in nested windows.
   *
   * @param outer the lower count, over the wider window
   * @param inner the higher count, over the window inside it
   * @param earlier a lower count of the inner statement's sentence that dates an earlier event
   */
  record Counts(OrdinalFacet outer, OrdinalFacet inner, Optional<OrdinalFacet> earlier) {}

  Finding(Kind kind, Claim left, Claim right, TextSpan leftEvidence, TextSpan rightEvidence,
      String leftValue, String rightValue, String aspect, List<String> notes,
      double confidence) {
    this(kind, left, right, leftEvidence, rightEvidence, leftValue, rightValue, aspect, notes,
        confidence, Optional.empty());
  }

  Finding {
    notes = List.copyOf(notes);
    confidence = Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100.0;
  }

  /** The same finding seen from the other side. */
  Finding swapped() {
    return new Finding(kind, right, left, rightEvidence, leftEvidence, rightValue, leftValue,
        aspect, notes, confidence, counts);
  }
}
