package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, where a person lives, in the set form news gives it after a name and an age:
 * "Anthony LaSalle, 36, of Minneapolis", "Raj K. Chohan, 59, of College Point", or in a clause
 * of the same place, "Anthony LaSalle, 36, who lives in Minneapolis" (the leads are the pack's),
 * or after a description in apposition, "Owen Tilsley, 38, a primary school teacher from
 * Cardiff", "Owen Tilsley, a 38-year-old teacher from Swansea".
 * With no age the name needs a lead that says a home by itself ("Raj Chohan, who lived in South
 * Ozone Park") or a word that makes the name after "of" a place ("Ana Ruiz, of nearby Marana"):
 * "of" alone after a bare name may give an employer. Two articles
 * clash when one person (one surname, given names that agree, the same age where both give one)
 * is "of" two places that share no word, and neither article names the other's place anywhere: a
 * suburb and the city around it, a neighbourhood and its borough stay silent when either article
 * names both. A home "nearby" is apart from the places its article names, so that article naming
 * the other's town does not silence it, unless the other's place is a county, a district or
 * another area that may hold it (its words hold a place noun).
 */
final class Hometowns {
  /** The most words of a place name. */
  static final int MAX_PLACE_WORDS = 4;
  /** The most words of a description before "from" ("a primary school teacher"). */
  static final int DESCRIPTION_WORDS = 5;
  private static final Set<String> ARTICLES = Set.of("a", "an");
  private static final java.util.regex.Pattern AGED =
      java.util.regex.Pattern.compile("(\\d{1,3})-year-old");
  /** The confidence of a finding: a set form, one person, but places may nest unnamed. */
  static final double CONFIDENCE = 0.55;

  private final Set<String> titles;
  private final List<List<String>> leads;
  private final Set<String> leadsAlone;
  private final Set<String> near;
  private final Set<String> placeNouns;
  private final java.util.Map<String, String> countries;

  Hometowns(AttributeWords words) {
    this.countries = words.nationalities();
    this.titles = words.titles();
    this.leads = words.homeLeads();
    this.leadsAlone = words.homeLeadsAlone();
    this.near = words.homeNear();
    this.placeNouns = words.placeNouns();
  }

  /**
   * One person's home as one claim gives it; {@code age} is empty when the claim gives none, and
   * {@code near} tells a place written as near the story's ("of nearby Marana").
   */
  private record Home(ClaimView view, PersonName person, String age, TextSpan place,
      Set<String> words, boolean near) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Home> left = homes(pair.left());
    List<Home> right = homes(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Home a : left) {
      for (Home b : right) {
        if (!a.person().samePerson(b.person()) || !sameAge(a.age(), b.age())
            || !java.util.Collections.disjoint(a.words(), b.words())
            || silenced(pair.right(), a, b) || silenced(pair.left(), b, a)) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        String age = a.age().isEmpty() ? b.age() : a.age();
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.place(),
            b.place(), a.place().text(), b.place().text(), "home", List.of("Both speak of "
                + a.person().fuller(b.person())
                + (age.isEmpty() ? "" : ", " + age) + "."), conf);
        AttributeCheck.keep(best, List.of(a.person().surname()), f);
      }
    }
    out.addAll(best.values());
  }

  /** Two ages of one person: the same, or one not given. */
  private static boolean sameAge(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /**
   * Whether {@code side}, the article of {@code own}, names the place of {@code other} in a way
   * that may hold its own: anywhere, unless its own home is "nearby" and the other place is no
   * area named by a place noun ("Calder County").
   */
  private boolean silenced(ArticlePair.Side side, Home other, Home own) {
    if (!names(side, other.words())) {
      return false;
    }
    return !own.near() || !java.util.Collections.disjoint(other.words(), placeNouns);
  }

  /** Whether any claim of {@code side} writes all the words of a place. */
  static boolean names(ArticlePair.Side side, Set<String> place) {
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

  /**
   * The homes given in the claims of one article: NAME, AGE, of PLACE; NAME, who lives in PLACE;
   * NAME, of nearby PLACE.
   */
  private List<Home> homes(ArticlePair.Side side) {
    List<Home> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 1; i + 1 < w.size(); i++) {
        int lead = lead(w, i);
        if (lead == 0 || !w.between(w.end(i - 1), w.start(i)).strip().equals(",")) {
          continue;
        }
        int first = i + lead;
        boolean nearby = near.contains(w.lower(first));
        if (nearby) {
          first++;
        } else if (w.lower(first).equals("the")) {
          first++; // "of the Bronx"
        }
        boolean aged = setOffAge(w, i);
        if (!aged && !nearby && !leadsAlone.contains(phrase(w, i, lead))) {
          continue; // "Ana Ruiz, of the University of Arizona": an employer
        }
        Home h = home(c, aged ? i - 2 : i - 1, aged ? w.text(i - 1) : "", first, nearby);
        if (h != null) {
          out.add(h);
        }
      }
      described(c, out);
    }
    return out;
  }

  /**
   * The homes of claim {@code c} given by a description in apposition, with an age before it or
   * in it: "Owen Tilsley, 38, a primary school teacher from Cardiff", "Owen Tilsley, a
   * 38-year-old teacher from Swansea", "Ralitsa Ivanova, 22, a law student from the northern
   * city of Pleven", "Dylan Price, 34, a drill operator from nearby Treharris". The description
   * opens with "a" or "an" after the comma and runs over words in lower case (and the age) up to
   * "from", and a word of a home nearby (pack facet {@code home-near}) may follow it.
   */
  private void described(ClaimView c, List<Home> out) {
    ClaimWords w = c.words();
    for (int i = 2; i + 1 < w.size(); i++) {
      if (!w.lower(i).equals("from")) {
        continue;
      }
      int d = i - 1;
      while (d > 0 && d >= i - DESCRIPTION_WORDS - 2 && !ARTICLES.contains(w.lower(d))
          && (!w.isCapitalised(d) || w.text(d).matches("\\d.*"))
          && w.between(w.end(d - 1), w.start(d)).matches(" |-")) {
        d--;
      }
      if (d < 1 || !ARTICLES.contains(w.lower(d)) || d == i - 1
          || !w.between(w.end(d - 1), w.start(d)).strip().equals(",")) {
        continue;
      }
      boolean aged = setOffAge(w, d);
      int nameEnd = aged ? d - 2 : d - 1;
      java.util.regex.Matcher m = AGED.matcher(w.between(w.start(d), w.start(i)));
      String age = aged ? w.text(d - 1) : m.find() ? m.group(1) : "";
      int first = i + 1;
      boolean nearby = first < w.size() && near.contains(w.lower(first));
      if (nearby) {
        first++; // "a drill operator from nearby Treharris", as "of nearby Marana"
      }
      // "from the northern city of Pleven": the place is the name after "of"
      for (int k = first; k < w.size() && k <= i + 4; k++) {
        if (w.lower(k).equals("of") && w.lower(first).equals("the")) {
          first = k + 1;
          break;
        }
      }
      Home h = home(c, nameEnd, age, first, nearby);
      if (h != null && !countries.containsKey(String.join(" ", h.words()))) {
        out.add(h); // not "a nurse from Spain": a country holds the town another report names
      }
    }
  }

  /**
   * Whether the word before word {@code k} is an age set off by a comma after a name ("Owen
   * Tilsley, 38, of Cardiff", "Owen Tilsley, 38, a teacher"): the name then ends two words
   * before {@code k}.
   */
  private static boolean setOffAge(ClaimWords w, int k) {
    return k >= 2 && w.isNumber(k - 1)
        && w.between(w.end(k - 2), w.start(k - 1)).strip().equals(",");
  }

  /**
   * The home of the person whose name ends at word {@code nameEnd}, in the place whose name
   * starts at word {@code first}; null when either is no name or the place runs too long.
   */
  private Home home(ClaimView c, int nameEnd, String age, int first, boolean nearby) {
    ClaimWords w = c.words();
    int[] run = PersonName.runTo(w, nameEnd);
    PersonName person = run == null ? null : PersonName.of(w, run[0], run[1], titles);
    int[] place = first < w.size() ? PersonName.runFrom(w, first) : null;
    if (person == null || place == null || place[1] - place[0] >= MAX_PLACE_WORDS) {
      return null;
    }
    return new Home(c, person, age, w.span(w.start(place[0]), w.end(place[1])),
        placeWords(w, place), nearby);
  }

  /** The words of the place name {first, last} of {@code w}, lower case. */
  static Set<String> placeWords(ClaimWords w, int[] place) {
    Set<String> words = new LinkedHashSet<>();
    for (int k = place[0]; k <= place[1]; k++) {
      words.add(w.lower(k));
    }
    return words;
  }

  /** The {@code n} words from word {@code i}, lower case, joined by spaces. */
  private static String phrase(ClaimWords w, int i, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k < i + n; k++) {
      b.append(k > i ? " " : "").append(w.lower(k));
    }
    return b.toString();
  }
}
