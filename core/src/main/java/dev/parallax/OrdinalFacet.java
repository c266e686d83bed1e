package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * An ordinal or event-count statement: "the first known defection since August 2024" (ordinal 1,
 * event "defection", window from 2024-08), "only the second known case ... this year" (2, "case",
 * window 2025, qualifiers only and known).
 *
 * @param span the words of the statement
 * @param ordinal the position counted (1 for "first")
 * @param event the thing counted, as written: the words after the ordinal and its qualifiers up
 *     to the window ("defection", "case via direct land crossing"); when the noun is left out
 *     ("the first occurred last August") the event of the statement before it in the sentence,
 *     or "" when there is none
 * @param window the time over which it counts, if the statement gives one
 * @param qualifiers words that qualify the count ("only", "known", "latest"), lower-cased
 * @param when when the counted event happened, if the statement says ("the first occurred last
 *     August": {@code 2025-08}); not a window
 */
public record OrdinalFacet(
    TextSpan span,
    int ordinal,
    String event,
    Optional<TimeFacet> window,
    List<String> qualifiers,
    Optional<TimeFacet> when)
    implements Facet {

  /** Checks and copies the arguments. */
  public OrdinalFacet {
    requireNonNull(span, "span");
    requireNonNull(event, "event");
    requireNonNull(window, "window");
    requireNonNull(when, "when");
    qualifiers = List.copyOf(qualifiers);
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be at least 1: " + ordinal);
    }
  }

  /** A statement that does not say when the counted event happened. */
  public OrdinalFacet(
      TextSpan span, int ordinal, String event, Optional<TimeFacet> window,
      List<String> qualifiers) {
    this(span, ordinal, event, window, qualifiers, Optional.empty());
  }

  /** {@code OrdinalFacet[1 defection since 2024-08 "the first known defection" (wire 1:222)]}. */
  @Override
  public String toString() {
    return "OrdinalFacet[" + ordinal + " " + event
        + window.map(w -> " in " + w.value() + w.from().map(f -> " from " + f).orElse(""))
            .orElse("")
        + (qualifiers.isEmpty() ? "" : " " + qualifiers)
        + when.map(w -> " at " + w.value()).orElse("") + " " + span + "]";
  }
}
