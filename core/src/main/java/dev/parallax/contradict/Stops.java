package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the frame of a mention stops: at {@code spans}, the other mentions of its kind, and at a
 * number, unless the number lies in one of {@code passable}, a mention of the other kind. A date
 * and an amount of one clause share its verb ("sold for $30 million in 1967": the sale is
 * valued and dated), two amounts or two dates part it ("killed 12 and wounded 20"): the
 * predicate between an amount and a date after it, in {@code shared}, is the amount's ("48
 * others were hurt on Tuesday"), not parted halfway.
 */
record Stops(List<TextSpan> spans, List<TextSpan> passable, List<TextSpan> shared) {

  /** Stops that share no words: a word between two goes to the nearer. */
  Stops(List<TextSpan> spans, List<TextSpan> passable) {
    this(spans, passable, List.of());
  }

  /** Whether the stop that holds the word at {@code start} shares the words before it. */
  boolean shares(int start) {
    for (TextSpan t : shared) {
      if (t.start() <= start && start < t.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stops of an amount's frame: every number, date and length of time, but not the
   * restatement of an amount in other units ("1,150 kilometers (700 miles) southeast of Tehran":
   * the distance is southeast of Tehran) nor a number joined to its unit before a noun (see
   * {@link #isModifier}) when no other amount of the claim has its unit ("a five-year deal worth
   * $80 million": the deal is worth the money).
   */
  static Stops forAmounts(ClaimWords w) {
    List<TextSpan> spans = new ArrayList<>();
    List<TextSpan> passable = new ArrayList<>();
    List<TextSpan> shared = new ArrayList<>();
    for (TextSpan t : times(w)) {
      if (isModifier(w, t)) {
        passable.add(t);
      } else {
        spans.add(t);
        shared.add(t);
      }
    }
    QuantityFacet prior = null;
    List<QuantityFacet> all = w.claim().facets(QuantityFacet.class);
    for (QuantityFacet q : all) {
      if (isModifier(w, q.span()) && !sameUnitElsewhere(all, q)) {
        passable.add(q.span());
      } else if (prior != null && prior.unit().isPresent() && q.unit().isPresent()
          && isConversion(w, prior.span(), q.span())) {
        passable.add(q.span());
      } else {
        spans.add(q.span());
      }
      prior = q;
    }
    return new Stops(List.copyOf(spans), List.copyOf(passable), List.copyOf(shared));
  }

  /**
   * Whether another amount of the claim has the unit of {@code q}: two lengths in yards ("ran for
   * 226 yards, including an 84-yard run") are two facts, however one of them is written, so the
   * one before a noun parts their words as any number does.
   */
  private static boolean sameUnitElsewhere(List<QuantityFacet> all, QuantityFacet q) {
    for (QuantityFacet o : all) {
      if (o != q && q.unit().isPresent() && o.unit().equals(q.unit())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stops of a date's frame: every other date, clock time and length of time but a length
   * joined to its unit before a noun ("signed a five-year deal in 2008") and a possessive time
   * ("This year's meeting"); numbers that are part of an amount do not stop it.
   */
  static Stops forMoments(ClaimWords w) {
    List<TextSpan> spans = new ArrayList<>();
    List<TextSpan> passable = new ArrayList<>();
    for (TextSpan t : times(w)) {
      (isModifier(w, t) || possessive(w, t) ? passable : spans).add(t);
    }
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (spans.stream().noneMatch(p -> Spans.overlap(p, q.span()))) {
        passable.add(q.span());
      }
    }
    return new Stops(List.copyOf(spans), List.copyOf(passable));
  }

  /**
   * Whether a time is a possessive before a noun ("This year's annual meeting is scheduled for
   * November 27", "Sunday's game"): it says which thing the noun names, and the words after it
   * belong to the clause's other dates too.
   */
  private static boolean possessive(ClaimWords w, TextSpan t) {
    String after = w.between(t.end(), t.end() + 2);
    return after.equals("'s") || after.equals("\u2019s");
  }

  /** The spans of the dates, clock times and lengths of time of a claim, in facet order. */
  private static List<TextSpan> times(ClaimWords w) {
    List<TextSpan> spans = new ArrayList<>();
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (t.type() == TimeFacet.Type.DURATION || When.of(t.value()).isPresent()) {
        spans.add(t.span());
      }
    }
    return spans;
  }

  /**
   * Whether {@code s} is a number joined to its unit by a hyphen in front of the noun it
   * describes ("a five-year deal worth $80 million", "a 24-hour strike"): part of a noun phrase,
   * not a clause of its own, so it parts no frame. The noun, and the verb before the phrase, are
   * what the amounts around the modifier are about as well.
   */
  static boolean isModifier(ClaimWords w, TextSpan s) {
    String text = s.text();
    int dash = text.lastIndexOf('-');
    if (dash <= 0 || dash == text.length() - 1 || !Character.isLetter(text.charAt(dash + 1))
        || !text.substring(dash + 1).chars().allMatch(Character::isLetter)) {
      return false;
    }
    int next = w.lastWordBefore(s.end()) + 1;
    return next < w.size() && w.isContent(next) && !w.isCapitalised(next) && !w.isNumber(next)
        && w.between(s.end(), w.start(next)).isBlank();
  }

  /** Whether {@code q} follows {@code prior} in parentheses or after "or": "248 km (155 miles)". */
  static boolean isConversion(ClaimWords w, TextSpan prior, TextSpan q) {
    String gap = w.between(prior.end(), q.start()).strip();
    return gap.equals("(") || gap.equals("or") || gap.equals(", or") || gap.endsWith("(");
  }
}
