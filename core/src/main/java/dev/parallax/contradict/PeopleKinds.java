package dev.parallax.contradict;

/**
 * Counts of people of any kind ("200 people") and of one kind ("400 protesters", "212
 * passengers"), by the nouns of a pack (facets {@code people-generic} and {@code people-noun}).
 */
final class PeopleKinds {
  private final Lexicon lexicon;

  PeopleKinds(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether one amount counts people of any kind and the other people of one kind. */
  boolean anyAgainstOne(Amount a, Amount b) {
    if (!a.measure().equals("count") || !b.measure().equals("count") || a.noun().isEmpty()
        || b.noun().isEmpty()) {
      return false;
    }
    String x = a.noun().get(0);
    String y = b.noun().get(0);
    return lexicon.peopleGeneric().contains(x) && lexicon.peopleNouns().contains(y)
        || lexicon.peopleGeneric().contains(y) && lexicon.peopleNouns().contains(x);
  }

  /**
   * Whether {@code a} counts people of one kind and its claim counts people of another kind too
   * ("212 passengers and six crew members", "three soldiers and two civilians"): a part of all
   * the people there.
   */
  boolean besideOtherKind(ClaimView claim, Amount a) {
    if (!oneKind(a)) {
      return false;
    }
    for (Amount other : claim.amounts()) {
      if (other != a && oneKind(other) && !other.noun().get(0).equals(a.noun().get(0))) {
        return true;
      }
    }
    return false;
  }

  private boolean oneKind(Amount a) {
    return a.measure().equals("count") && !a.noun().isEmpty()
        && lexicon.peopleNouns().contains(a.noun().get(0))
        && !lexicon.peopleGeneric().contains(a.noun().get(0));
  }
}
