package dev.parallax.contradict;

/**
 * Counts of one kind of thing by their counted noun alone. The noun of a count says what it
 * counts: "more than 150 officers" and "upward of 250 officers", "at least 23 homes" and "at
 * least 32 houses" (pack facet {@code counted-kind}) count one thing, whatever verbs the two
 * reports tell it with ("surrounded", "ringed"). A report retold in other words keeps the
 * counted noun and changes the words around it, so two such counts with no word of their frames
 * in common are still one fact when the aligner pairs their sentences and neither report counts
 * that kind with another value anywhere else: a report that counts one kind twice ("nine of the
 * 22 containers", "15 containers") has two facts of it, which only the words around each tell
 * apart; and a count of a state at the time of writing ("240,000 homes were still without
 * power") is not one fact with a count of what happened ("knocked out power to 310,000 homes").
 *
 * <p>Only nouns that name a kind of people ("officers", "firefighters") or a kind the pack lists
 * as counted under two nouns ("homes" and "houses") count so: "people" counts anyone, and things
 * such as "touchdowns", "games" or "boats" are counted for many players and many roles in one
 * story. Two nouns for one kind of people ("fans" and "spectators") name one group only when the
 * words around them agree: fans who marched are not the spectators who watched.
 *
 * @param lexicon the pack's word lists
 */
record CountedKinds(Lexicon lexicon) {

  /**
   * Whether two counts count one kind of thing under two nouns that news uses for it when it
   * counts ("2,000 homes" and "3,000 houses", pack facet {@code counted-kind}).
   */
  boolean same(Amount a, Amount b) {
    return a.measure().equals("count") && b.measure().equals("count") && !a.noun().isEmpty()
        && !b.noun().isEmpty()
        && lexicon.countedKind(a.noun().get(0)).equals(lexicon.countedKind(b.noun().get(0)));
  }

  /**
   * Whether two counts of aligned claims count one specific kind of thing that each report counts
   * with one value only: one fact told by its counted noun (see the type's description).
   */
  boolean oneFact(ArticlePair pair, NumericCheck.Holder h, NumericCheck.Holder o) {
    Amount a = h.amount();
    Amount b = o.amount();
    if (!same(a, b) || !specific(a) || !specific(b)
        || !a.noun().get(0).equals(b.noun().get(0)) && (people(a) || people(b))) {
      return false;
    }
    return pair.relation(h.view(), o.view()).map(r -> r.score() > 0).orElse(false)
        && !standing(a.claim()) && !standing(b.claim())
        && onlyValue(pair.left(), a.value(), a) && onlyValue(pair.right(), b.value(), b);
  }

  /** Whether the counted noun of a count names people (pack facet {@code people-noun}). */
  private boolean people(Amount a) {
    return lexicon.peopleNouns().contains(a.noun().get(0));
  }

  /**
   * Whether the counted noun of a count names a kind of people ("officers", pack facet {@code
   * people-noun}, not "people") or a kind of thing the pack lists as counted under two nouns
   * ("homes", "jobs"), by itself: not before "of" ("seven members of one family", "nine pieces
   * of jewelry"), where the words after "of" tell what is counted.
   */
  private boolean specific(Amount a) {
    String noun = a.noun().get(0);
    ClaimWords w = a.claim();
    int next = w.lastWordBefore(a.evidence().end()) + 1;
    if (next < w.size() && w.lower(next).equals("of")) {
      return false;
    }
    return people(a) && !lexicon.peopleGeneric().contains(noun)
        || lexicon.listedKind(noun) && !lexicon.countedKind(noun).equals("person");
  }

  /**
   * Whether a claim tells a state at the time of writing (pack facet {@code standing-word}: "were
   * still without power"), which a count of what happened does not state.
   */
  private boolean standing(ClaimWords w) {
    for (int i = 0; i < w.size(); i++) {
      if (lexicon.amountWords().standingWords().contains(w.lower(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every count of the kind of {@code a} in an article has the value {@code value}. */
  private boolean onlyValue(ArticlePair.Side side, double value, Amount a) {
    for (ClaimView c : side.claims()) {
      for (Amount x : c.amounts()) {
        if (x != a && same(x, a) && !AmountIntervals.same(x.value(), value)) {
          return false;
        }
      }
    }
    return true;
  }
}
