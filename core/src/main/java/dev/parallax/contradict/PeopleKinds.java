package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import java.util.Set;

/**
 * Counts of people of any kind ("200 people") and of one kind ("400 protesters", "212
 * passengers"), by the nouns of a pack (facets {@code people-generic} and {@code people-noun}).
 */
final class PeopleKinds {
  /** The unit of people counted together ({@link #together}), which no amount as written has. */
  static final String TOGETHER = "together";
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
   * Whether one amount counts people of any kind and the other counts doers ("three skiers",
   * "two tellers": a lower-case noun with an ending of pack facet {@code doer-ending}), and
   * {@code fates}, the fates both counts name, hold one that befalls people rather than things
   * (the value of those cues: "were killed", "killed four people"). Then both count the people
   * who met that fate; doers against people of one kind ("two women") are two kinds, as two
   * kinds of people always are.
   */
  boolean peopleAgainstDoers(Amount a, Amount b, Set<String> fates) {
    if (!a.measure().equals("count") || !b.measure().equals("count") || a.noun().isEmpty()
        || b.noun().isEmpty() || java.util.Collections.disjoint(fates,
            lexicon.phrases().doerFates())) {
      return false;
    }
    return lexicon.peopleGeneric().contains(a.noun().get(0)) && doers(b)
        || lexicon.peopleGeneric().contains(b.noun().get(0)) && doers(a);
  }

  /** Whether the counted noun of an amount, as written, names doers ("heli-skiers"). */
  private boolean doers(Amount a) {
    ClaimWords w = a.claim();
    int i = w.lastWordBefore(a.evidence().end());
    if (i < 0 || i >= w.size() || !w.stem(i).equals(a.noun().get(0))
        || !w.text(i).equals(w.lower(i))) {
      return false;
    }
    String word = w.lower(i);
    for (String e : lexicon.phrases().doerEndings()) {
      if (word.length() > e.length() + 2 && word.endsWith(e)) {
        return true;
      }
    }
    return false;
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

  /** Whether an amount counts people of one kind ("212 passengers"). */
  boolean oneKind(Amount a) {
    return a.measure().equals("count") && !a.noun().isEmpty()
        && lexicon.peopleNouns().contains(a.noun().get(0))
        && !lexicon.peopleGeneric().contains(a.noun().get(0));
  }

  /**
   * The people that counts of people of two kinds side by side make together ("143 passengers
   * and 21 crew members" are 164 people), compared as a count of people of any kind ("had 184
   * people on board") only (see {@link #togetherAgainstOther}); null when {@code a} and {@code b} are not two such counts joined by a
   * comma or a conjunction of the list, are the end of a longer list, or are not both exact.
   */
  Amount together(Amount a, Amount b) {
    ClaimWords w = a.claim();
    if (!oneKind(a) || !oneKind(b) || a.noun().get(0).equals(b.noun().get(0))
        || a.approximation() != Approximation.EXACT || b.approximation() != Approximation.EXACT
        || a.evidence().end() > b.evidence().start()
        || !Enumeration.sideBySide(w, a.evidence(), b.evidence(), lexicon.listConjunctions())) {
      return null;
    }
    int first = w.firstWordFrom(a.evidence().start());
    if (first > 0 && w.between(w.end(first - 1), a.evidence().start()).contains(",")) {
      return null; // "seven children, three women and two men": the end of a longer list
    }
    double v = a.value() + b.value();
    TextSpan both = w.span(a.evidence().start(), b.evidence().end());
    return new Amount(w, both, "count", lexicon.peopleWord(), a.frame(), a.core(), a.names(), v,
        v, v, 1, Approximation.EXACT, TOGETHER, false, false, a.scope(),
        NumberWords.plain(v) + " " + lexicon.peopleWritten(v));
  }

  /**
   * Whether one of two amounts is people counted together and the other is no count of people
   * of any kind as written: the sum stands for all the people there, and is compared with their
   * total only, never with another sum or with one of its kinds.
   */
  boolean togetherAgainstOther(Amount a, Amount b) {
    boolean x = a.unit().equals(TOGETHER);
    boolean y = b.unit().equals(TOGETHER);
    Amount other = x ? b : a;
    return (x || y) && (x && y || other.noun().isEmpty()
        || !lexicon.peopleGeneric().contains(other.noun().get(0)));
  }
}
