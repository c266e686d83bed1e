package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Who says a claim: a direct quotation, reported (indirect) speech with its source ("officials
 * said", "according to the ministry"), or the reporter's own voice when neither applies.
 *
 * @param span the attribution words ("military officials said"), or the quotation
 * @param mode direct quote, indirect speech or the reporter's voice
 * @param source who is said to speak, as written, if named
 * @param cue the attribution verb or phrase ("said", "according to"), if any
 */
public record AttributionFacet(
    TextSpan span, Mode mode, Optional<String> source, Optional<String> cue) implements Facet {

  /** How the claim is attributed. */
  public enum Mode {
    /** Someone's words in quotation marks. */
    DIRECT_QUOTE,
    /** Someone's words reported without quotation marks ("officials said that ..."). */
    INDIRECT,
    /** The reporter's own voice. */
    REPORTER
  }

  /** Checks arguments. */
  public AttributionFacet {
    requireNonNull(span, "span");
    requireNonNull(mode, "mode");
    requireNonNull(source, "source");
    requireNonNull(cue, "cue");
  }

  @Override
  public String toString() {
    return "AttributionFacet[" + mode + source.map(s -> " " + s).orElse("") + " " + span + "]";
  }
}
