package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the place a named person comes from, as news writes it in apposition or after a
 * copula with a word of the pack facet {@code native-word}: "Mark Ellery, a Toledo native,",
 * "Ellery, 41, a native of Toledo,", "Ellery is a Toledo native". One person is a native of one
 * place: two places that share no word clash, unless either article names the other's place
 * anywhere (a town and its state, a city and its suburb) or either place is a country. Where a
 * person lives now ({@link Hometowns}) is another slot: "Ana Ruiz of Tucson" and "Ana Ruiz, a
 * Phoenix native" agree. A finding stands at {@value #CONFIDENCE}, 0.1 less when either claim
 * is hedged.
 */
final class Natives {
  /** The confidence of a finding: a set form, one person, but places may nest unnamed. */
  static final double CONFIDENCE = 0.55;
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final Set<String> COPULAS = Set.of("is", "was");

  private final Set<String> natives;
  private final Set<String> titles;
  private final Map<String, String> countries;

  Natives(AttributeWords words) {
    this.natives = words.nativeWords();
    this.titles = words.titles();
    this.countries = words.nationalities();
  }

  /** One person's place of origin as one claim gives it. */
  private record Origin(ClaimView view, PersonName person, TextSpan place, Set<String> words) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Origin> right = origins(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Origin a : origins(pair.left())) {
      for (Origin b : right) {
        if (!a.person().samePerson(b.person()) || !Collections.disjoint(a.words(), b.words())
            || Hometowns.names(pair.left(), b.words())
            || Hometowns.names(pair.right(), a.words())) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        AttributeCheck.keep(best, List.of(a.person().surname()), new Finding(Kind.ATTRIBUTE,
            a.view().claim(), b.view().claim(), a.place(), b.place(), a.place().text(),
            b.place().text(), "place of origin",
            List.of("Both speak of " + a.person().fuller(b.person()) + "."), conf));
      }
    }
    out.addAll(best.values());
  }

  /** The places of origin the claims of one article give named people. */
  private List<Origin> origins(ArticlePair.Side side) {
    List<Origin> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 1; i < w.size(); i++) {
        if (!natives.contains(w.lower(i))) {
          continue;
        }
        int[] place;
        int article;
        if (i + 2 < w.size() && w.lower(i + 1).equals("of") && ARTICLES.contains(w.lower(i - 1))) {
          place = PersonName.runFrom(w, i + 2); // "a native of Toledo"
          article = i - 1;
        } else {
          place = PersonName.capitalised(w, i - 1) ? PersonName.runTo(w, i - 1) : null;
          article = place == null ? -1 : place[0] - 1; // "a Toledo native"
        }
        if (place == null || article < 1 || !ARTICLES.contains(w.lower(article))
            || place[1] - place[0] >= Hometowns.MAX_PLACE_WORDS) {
          continue;
        }
        Origin o = origin(c, nameEnd(w, article), place);
        if (o != null) {
          out.add(o);
        }
      }
    }
    return out;
  }

  /**
   * The last word of the name that the description opening with word {@code article} tells of:
   * set off by a comma ("Ellery, a Toledo native", with an age between: "Ellery, 41, a native
   * of Toledo") or after a copula ("Ellery is a Toledo native"); -1 when there is none.
   */
  private static int nameEnd(ClaimWords w, int article) {
    String gap = w.between(w.end(article - 1), w.start(article)).strip();
    if (gap.equals(",")) {
      boolean aged = article >= 2 && w.isNumber(article - 1)
          && w.between(w.end(article - 2), w.start(article - 1)).strip().equals(",");
      return aged ? article - 2 : article - 1;
    }
    return gap.isEmpty() && COPULAS.contains(w.lower(article - 1)) ? article - 2 : -1;
  }

  /** The origin of the person whose name ends at word {@code nameEnd}, or null. */
  private Origin origin(ClaimView c, int nameEnd, int[] place) {
    ClaimWords w = c.words();
    if (nameEnd < 0 || !PersonName.capitalised(w, nameEnd)) {
      return null;
    }
    int[] run = PersonName.runTo(w, nameEnd);
    PersonName person = run == null ? null : PersonName.of(w, run[0], run[1], titles);
    if (person == null) {
      return null;
    }
    Set<String> words = Hometowns.placeWords(w, place);
    if (countries.containsKey(String.join(" ", words))) {
      return null; // a country may hold the town the other report names
    }
    return new Origin(c, person, w.span(w.start(place[0]), w.end(place[1])), words);
  }
}
