package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, where a person lives, in the set form news gives it after a name and an age:
 * "Anthony LaSalle, 36, of Minneapolis", "Raj K. Chohan, 59, of College Point", or in a clause
 * of the same place, "Anthony LaSalle, 36, who lives in Minneapolis" (the leads are the pack's).
 * Two articles
 * clash when one person (one surname, given names that agree, the same age) is "of" two places
 * that share no word, and neither article names the other's place anywhere: a suburb and the city
 * around it, a neighbourhood and its borough stay silent when either article names both.
 */
final class Hometowns {
  /** The most words of a place name. */
  static final int MAX_PLACE_WORDS = 4;
  /** The confidence of a finding: a set form, one person, but places may nest unnamed. */
  static final double CONFIDENCE = 0.55;

  private final Set<String> titles;
  private final List<List<String>> leads;

  Hometowns(AttributeWords words) {
    this.titles = words.titles();
    this.leads = words.homeLeads();
  }

  /** One person's home as one claim gives it. */
  private record Home(ClaimView view, PersonName person, String age, TextSpan place,
      Set<String> words) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Home> left = homes(pair.left());
    List<Home> right = homes(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Home a : left) {
      for (Home b : right) {
        if (!a.person().samePerson(b.person()) || !a.age().equals(b.age())
            || !java.util.Collections.disjoint(a.words(), b.words())
            || names(pair.right(), a.words()) || names(pair.left(), b.words())) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.place(),
            b.place(), a.place().text(), b.place().text(), "home", List.of("Both speak of "
                + longer(a.person().span().text(), b.person().span().text()) + ", " + a.age()
                + "."), conf);
        AttributeCheck.keep(best, List.of(a.person().surname(), a.age()), f);
      }
    }
    out.addAll(best.values());
  }

  private static String longer(String a, String b) {
    return b.length() > a.length() ? b : a;
  }

  /** Whether any claim of {@code side} writes all the words of a place. */
  private static boolean names(ArticlePair.Side side, Set<String> place) {
    for (ClaimView c : side.claims()) {
      Set<String> words = new LinkedHashSet<>();
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        words.add(w.lower(i));
      }
      if (words.containsAll(place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many words of a lead to a home ("of", "who lives in") start at word {@code i}, or 0.
   */
  private int lead(ClaimWords w, int i) {
    for (List<String> lead : leads) {
      boolean all = i + lead.size() < w.size();
      for (int k = 0; all && k < lead.size(); k++) {
        all = w.lower(i + k).equals(lead.get(k));
      }
      if (all) {
        return lead.size();
      }
    }
    return 0;
  }

  /** The homes given in the claims of one article: NAME, AGE, of PLACE. */
  private List<Home> homes(ArticlePair.Side side) {
    List<Home> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 2; i + 1 < w.size(); i++) {
        int lead = lead(w, i);
        if (lead == 0 || !w.isNumber(i - 1)
            || !w.between(w.end(i - 1), w.start(i)).strip().equals(",")
            || !w.between(w.end(i - 2), w.start(i - 1)).strip().equals(",")) {
          continue;
        }
        int[] run = PersonName.runTo(w, i - 2);
        PersonName person = run == null ? null : PersonName.of(w, run[0], run[1], titles);
        int first = i + lead;
        if (first < w.size() && w.lower(first).equals("the")) {
          first++; // "of the Bronx"
        }
        int[] place = PersonName.runFrom(w, first);
        if (person == null || place == null || place[1] - place[0] >= MAX_PLACE_WORDS) {
          continue;
        }
        Set<String> words = new LinkedHashSet<>();
        for (int k = place[0]; k <= place[1]; k++) {
          words.add(w.lower(k).toLowerCase(Locale.ROOT));
        }
        out.add(new Home(c, person, w.text(i - 1), w.span(w.start(place[0]), w.end(place[1])),
            words));
      }
    }
    return out;
  }
}
