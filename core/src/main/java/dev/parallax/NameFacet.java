package dev.parallax;

import static java.util.Objects.requireNonNull;

/**
 * A named thing: a person, place, organisation or other proper name, with the name that stands
 * for all its variants ("DMZ" and "Demilitarized Zone" → {@code demilitarized zone}).
 *
 * @param span the words of the name
 * @param canonical the name that stands for its group of variants, lower-cased
 */
public record NameFacet(TextSpan span, String canonical) implements Facet {

  /** Checks arguments. */
  public NameFacet {
    requireNonNull(span, "span");
    requireNonNull(canonical, "canonical");
  }

  @Override
  public String toString() {
    return "NameFacet[" + canonical + " " + span + "]";
  }
}
