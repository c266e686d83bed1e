package dev.parallax;

import static java.util.Objects.requireNonNull;

/**
 * A word that denies or weakens what a claim states: a negation ("not", "never", "failed to",
 * "denied"), a modal ("may", "could") or a hedge ("reportedly", "appears to"), with the stretch it
 * bears on.
 *
 * @param span the cue words
 * @param kind negation, modal or hedge
 * @param scope the words the cue bears on
 */
public record PolarityFacet(TextSpan span, Kind kind, TextSpan scope) implements Facet {

  /** What the cue does. */
  public enum Kind {
    /** Denies ("not", "never", "no", "failed to", "denied"). */
    NEGATION,
    /** States possibility or necessity ("may", "could", "might", "would"). */
    MODAL,
    /** Weakens the writer's commitment ("reportedly", "appears to", "it's possible"). */
    HEDGE
  }

  /** Checks arguments. */
  public PolarityFacet {
    requireNonNull(span, "span");
    requireNonNull(kind, "kind");
    requireNonNull(scope, "scope");
  }

  @Override
  public String toString() {
    return "PolarityFacet[" + kind + " " + span + " over \"" + TextSpan.shorten(scope.text(), 60)
        + "\"]";
  }
}
