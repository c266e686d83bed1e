package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the country a named person was born in, as news writes it: a people's or a
 * country's word joined by a hyphen to a birth word (pack facet {@code birth-word}) before the
 * name, with at most {@value #MAX_NOUNS} lower-case words between ("Danish-born architect Soren
 * Halvik"), or in apposition after the name ("Ruben Oyelaran, 44, a Nigerian-born geologist");
 * or the birth word and a preposition (pack facet {@code birth-preposition}) with the country
 * ("the" allowed before it), after the name in its apposition ("Soren Halvik, 54, who was born
 * in Sweden", at most {@value #MAX_APART} words after the name, no other name between) or right
 * after the name and one auxiliary ("Soren Halvik was born in Sweden"). One person (one surname, given names
 * that agree) is born in one country: two such countries clash, unless either article names the
 * other's country anywhere (a second nationality, a move abroad). A finding stands at {@value
 * #CONFIDENCE}, 0.1 less when either claim is hedged.
 */
final class Birthplaces {
  /** The confidence of a finding. */
  static final double CONFIDENCE = 0.6;
  /** The most lower-case words between "Danish-born" and the name it describes. */
  static final int MAX_NOUNS = 3;
  /** The most words between a name and the "born" of its apposition. */
  static final int MAX_APART = 14;

  private final CountryWords countries;
  private final Set<String> titles;
  private final Set<String> births;
  private final Set<String> prepositions;

  Birthplaces(AttributeWords words) {
    this.countries = new CountryWords(words.nationalities());
    this.titles = words.titles();
    this.births = words.birthWords();
    this.prepositions = words.birthPrepositions();
  }

  /** One person's country of birth as one claim gives it. */
  private record Birth(ClaimView view, PersonName person, String country, TextSpan evidence) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Birth> left = births(pair.left());
    if (left.isEmpty()) {
      return;
    }
    List<Birth> right = births(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Birth a : left) {
      for (Birth b : right) {
        if (a.country().equals(b.country()) || !a.person().samePerson(b.person())
            || names(pair.left(), b.country()) || names(pair.right(), a.country())) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        String name = named(a.person(), b.person());
        AttributeCheck.keep(best, List.of("birth", a.person().surname()), new Finding(
            Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(), b.evidence(),
            a.evidence().text(), b.evidence().text(), "birthplace",
            List.of("Both speak of " + name + "; one person is born in one country."), conf));
      }
    }
    out.addAll(best.values());
  }

  /**
   * The name to tell a reader: the shorter of two that give a given name ("Soren Halvik", not
   * "Architect Soren Halvik" opening a sentence), else the longer.
   */
  private static String named(PersonName a, PersonName b) {
    String x = a.span().text();
    String y = b.span().text();
    if (!a.given().isEmpty() && !b.given().isEmpty()) {
      return x.length() <= y.length() ? x : y;
    }
    return x.length() >= y.length() ? x : y;
  }

  /** Whether any claim of {@code side} writes a word of {@code country}, "-born" ones too. */
  private boolean names(ArticlePair.Side side, String country) {
    return side.memo(this, "countries", countries::named).contains(country);
  }

  /** The countries of birth the claims of one article give named people. */
  private List<Birth> births(ArticlePair.Side side) {
    return side.memo(this, "births", s -> List.copyOf(read(s)));
  }

  private List<Birth> read(ArticlePair.Side side) {
    List<Birth> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 1; i < w.size(); i++) {
        if (!births.contains(w.lower(i))) {
          continue;
        }
        Birth b = w.between(w.end(i - 1), w.start(i)).equals("-") ? joined(c, w, i)
            : stated(c, w, i);
        if (b != null) {
          out.add(b);
        }
      }
    }
    return out;
  }

  /** "Danish-born architect Soren Halvik", "Ruben Oyelaran, 44, a Nigerian-born geologist". */
  private Birth joined(ClaimView c, ClaimWords w, int born) {
    int first = born - 1;
    while (first > 0 && PersonName.capitalised(w, first - 1)
        && w.gapIsSpace(w.end(first - 1), w.start(first))
        && born - first < CountryWords.MAX_WORDS) {
      first--;
    }
    CountryWords.Country country = null;
    for (int k = first; k < born && country == null; k++) {
      CountryWords.Country at = countries.countryOrOwner(w, k);
      country = at != null && at.last() == born - 1 ? at : null;
    }
    if (country == null) {
      return null;
    }
    TextSpan evidence = w.span(w.start(country.first()), w.end(born));
    // after it: up to MAX_NOUNS lower-case words, then the name
    int k = born + 1;
    while (k < w.size() && k - born <= MAX_NOUNS && !PersonName.capitalised(w, k)
        && w.isContent(k) && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k++;
    }
    int[] run = k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k))
        ? PersonName.runFrom(w, k) : null;
    PersonName p = run == null ? null : PersonName.of(w, run[0], run[1], titles);
    if (p == null) {
      p = apposedTo(w, country.first());
    }
    return p == null ? null : new Birth(c, p, country.value(), evidence);
  }

  /** "Soren Halvik, 54, who was born in Sweden". */
  private Birth stated(ClaimView c, ClaimWords w, int born) {
    if (born + 2 >= w.size() || !prepositions.contains(w.lower(born + 1))) {
      return null;
    }
    // "born in the Netherlands": the article some countries' names take
    int at = born + 3 < w.size() && w.lower(born + 2).equals("the") ? born + 3 : born + 2;
    CountryWords.Country country = countries.countryAt(w, at);
    if (country == null || country.last() + 1 < w.size()
        && w.between(w.end(country.last()), w.start(country.last() + 1)).startsWith(",")
        && PersonName.capitalised(w, country.last() + 1)) {
      return null; // "born in Lebanon, Pennsylvania": a town named after a country
    }
    TextSpan evidence = w.span(w.start(born), w.end(country.last()));
    for (int k = born - 1; k >= 0 && born - k <= MAX_APART; k--) {
      if (!PersonName.capitalised(w, k)) {
        continue;
      }
      int[] run = PersonName.runTo(w, k);
      PersonName p = run == null ? null : PersonName.of(w, run[0], run[1], titles);
      // set off before its apposition, or the subject of "was born" ("Johan Kito was born in")
      boolean subject = run[1] + 2 == born && w.isStopWord(run[1] + 1)
          && w.gapIsSpace(w.end(run[1]), w.start(run[1] + 1))
          && w.gapIsSpace(w.end(run[1] + 1), w.start(born));
      if (p == null || !subject
          && !w.between(w.end(run[1]), w.start(run[1] + 1)).startsWith(",")) {
        return null; // the nearest capitalised word is no name set off before its apposition
      }
      return new Birth(c, p, country.value(), evidence);
    }
    return null;
  }

  /**
   * The name that the apposition opening at or after word {@code from} is set off from: "Ruben
   * Oyelaran, 44, a Nigerian-born geologist" (a name, a comma, an age and a comma, an article),
   * or null.
   */
  private PersonName apposedTo(ClaimWords w, int from) {
    int k = from - 1;
    while (k >= 0 && !w.isContent(k) && !w.isNumber(k) && from - k <= 2) {
      k--; // "a", "the"
    }
    if (k >= 0 && w.isNumber(k)) {
      k--; // ", 44,"
    }
    if (k < 0 || !w.between(w.end(k), w.start(k + 1)).startsWith(",")) {
      return null;
    }
    int[] run = PersonName.runTo(w, k);
    return run == null ? null : PersonName.of(w, run[0], run[1], titles);
  }
}
