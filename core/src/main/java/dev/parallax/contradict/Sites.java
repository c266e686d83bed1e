package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, where one site of an organisation stands: a singular noun of a fixed site (a plant,
 * an office, a clinic, a station; pack facet {@code site-noun}, each valued with its kind) placed
 * by a named place, either after it with "in" ("a clinic in Faribault", "the company's plant in
 * Kalundborg", "one plant in Hungary") or before it in the slot of a modifier, after the
 * possessive of the organisation that owns it ("the FBI's Cleveland field office", "Meridia's
 * Kalundborg factory"; after "the" a capitalised word more often names the site itself, "the
 * Casty store", and is not read; nor is a people's word, "a Sicilian jail"). News names one site
 * of a story by its place in both forms, so two mentions of two articles in related claims clash
 * when:
 *
 * <ul>
 *   <li>their nouns are of one kind and the words before one noun hold those before the other
 *       ("field office" and "office" agree; a police station is no ground station);
 *   <li>their owners, where both give one by a name's possessive, are the same;
 *   <li>their places share no word nor a word spelled one letter apart ("Jabaliya", "Jabalya"),
 *       are both countries or both not (a country holds towns), and neither holds a place noun
 *       ("Rice County" may hold the town);
 *   <li>neither article names the other's place anywhere (a report that names both may place two
 *       sites), and neither article places a site of that kind in two places.
 * </ul>
 *
 * <p>A finding stands at {@value #BASE} plus a tenth of the claims' alignment score, 0.05 more
 * when both give the same owner; a hedge on the claim's verb does not lower it, since a site
 * named by a noun phrase is taken as given ("patients at a clinic in Faribault may have been
 * exposed"). A negated claim gives no site.
 */
final class Sites {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.5;
  /** The most words of a place's name. */
  static final int MAX_PLACE_WORDS = 3;
  /** The most words between a determiner and the site noun ("urgent care clinic"). */
  static final int MAX_MODIFIERS = 3;

  private final Map<String, String> kinds;
  private final Set<String> placeNouns;
  private final Set<String> openers;
  private final Map<String, String> countries;
  private final Set<String> peoples;

  Sites(AttributeWords words) {
    this.kinds = words.siteNouns();
    this.placeNouns = words.placeNouns();
    this.openers = words.siteOpeners();
    this.countries = words.nationalities();
    this.peoples = words.nationalityPeoples();
  }

  /**
   * One site placed in one claim.
   *
   * @param view the claim
   * @param evidence the words from the noun's first modifier (or the place before it) to the end
   *     of the place
   * @param kind the kind of the site noun
   * @param modifiers the lower-case words between the determiner and the noun, places left out
   * @param owner the lower-case name whose possessive stands before it, or empty
   * @param place the lower-case words of the place's name
   * @param country whether the place is a country
   */
  record Site(ClaimView view, TextSpan evidence, String kind, Set<String> modifiers, String owner,
      Set<String> place, boolean country) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Site> left = sites(pair.left());
    List<Site> right = sites(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Site a : left) {
      for (Site b : right) {
        if (!a.kind().equals(b.kind()) || !clash(a, b) || twoPlaces(left, a)
            || twoPlaces(right, b) || names(pair.left(), b.place())
            || names(pair.right(), a.place())) {
          continue;
        }
        var rel = pair.relation(a.view(), b.view());
        if (rel.isEmpty()) {
          continue;
        }
        // no hedge lowers it: a site named by a noun phrase is taken as given, whatever the
        // verb hedges ("patients at a clinic in Faribault may have been exposed")
        double conf = BASE + 0.1 * rel.get().score()
            + (!a.owner().isEmpty() && a.owner().equals(b.owner()) ? 0.05 : 0);
        AttributeCheck.keep(best, a.kind(), new Finding(Kind.ATTRIBUTE, a.view().claim(),
            b.view().claim(), a.evidence(), b.evidence(), a.evidence().text(),
            b.evidence().text(), "site", List.of("Both place one " + a.kind() + "."), conf));
      }
    }
    out.addAll(best.values());
  }

  /** Whether two sites of one kind are one thing given two places that cannot both hold. */
  private boolean clash(Site a, Site b) {
    boolean sameThing = a.modifiers().containsAll(b.modifiers())
        || b.modifiers().containsAll(a.modifiers());
    boolean sameOwner = a.owner().isEmpty() || b.owner().isEmpty()
        || a.owner().equals(b.owner());
    return sameThing && sameOwner && !alike(a.place(), b.place()) && a.country() == b.country();
  }

  /**
   * Whether two places share a word, or a word of one is spelled like a word of the other (one
   * letter apart: "Jabaliya", "Jabalya").
   */
  private static boolean alike(Set<String> a, Set<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y) || Math.min(x.length(), y.length()) >= 4 && QuoteSpeakers.alike(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a claim of the article names the place, its possessive too ("Palermo's Pagliarelli
   * prison" names Palermo), and a compound before a hyphen ("Lyon-based" names Lyon).
   */
  static boolean names(ArticlePair.Side side, Set<String> place) {
    for (ClaimView c : side.claims()) {
      Set<String> words = new LinkedHashSet<>();
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        words.add(PersonName.unowned(w, i).replaceAll("-.*$", ""));
      }
      if (words.containsAll(place)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article places a site of this kind in another place too. */
  private static boolean twoPlaces(List<Site> sites, Site s) {
    for (Site o : sites) {
      if (o.kind().equals(s.kind()) && !o.place().equals(s.place())) {
        return true;
      }
    }
    return false;
  }

  /** The sites the claims of one article place (read once per article). */
  List<Site> sites(ArticlePair.Side side) {
    return side.memo(this, "sites", s -> List.copyOf(readSites(s)));
  }

  private List<Site> readSites(ArticlePair.Side side) {
    List<Site> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        if (kinds.containsKey(w.text(i)) || i == 0 && kinds.containsKey(w.lower(i))) {
          Site s = site(c, w, i);
          if (s != null && !c.negated(s.evidence())) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  /** The site whose noun is word {@code n}, or null when no place is given for it. */
  private Site site(ClaimView c, ClaimWords w, int n) {
    if (n + 1 < w.size() && w.gapIsSpace(w.end(n), w.start(n + 1))
        && kinds.containsKey(w.lower(n + 1))) {
      return null; // "the plant office": the noun before another is its modifier
    }
    Set<String> modifiers = new LinkedHashSet<>();
    int k = n - 1;
    while (k >= 0 && n - k <= MAX_MODIFIERS && (space(w, k) || hyphen(w, k))
        && !w.isCapitalised(k)
        && (w.isContent(k) && !opens(w, k) || hyphen(w, k) || k > 0 && hyphen(w, k - 1))) {
      modifiers.add(w.lower(k));
      k--;
    }
    int first = k + 1;
    int[] before = k >= 0 && space(w, k) && !PersonName.possessive(w, k)
        ? PersonName.runTo(w, k) : null;
    int[] place = null;
    int owner = -1;
    int last = n;
    if (before != null) {
      int p0 = before[0];
      while (p0 <= before[1] && w.isStopWord(p0)) {
        p0++; // "The Ahmedabad plant": the article opens the sentence
      }
      // only after an organisation's possessive: "the Casty store", "the Fakhora school" name
      // the site itself
      int d = p0 - 1;
      if (p0 == before[0] && before[1] - p0 < MAX_PLACE_WORDS && d >= 0
          && PersonName.possessive(w, d)) {
        place = new int[] {p0, before[1]};
        owner = w.isCapitalised(d) ? d : -1; // "the bureau's" names no one owner
        first = p0;
      }
    }
    if (place == null) {
      if (k < 0 || !opens(w, k)) {
        return null; // a plural or a bare noun: "plants in Ohio", "plant closures in Ohio"
      }
      owner = PersonName.possessive(w, k) && w.isCapitalised(k) ? k : -1;
      int in = n + 1;
      if (in + 1 >= w.size() || !w.lower(in).equals("in") || !space(w, n)) {
        return null;
      }
      int p = w.lower(in + 1).equals("the") ? in + 2 : in + 1;
      int[] run = PersonName.runFrom(w, p);
      if (run == null || run[1] - run[0] >= MAX_PLACE_WORDS
          || PersonName.possessive(w, run[1])) {
        return null;
      }
      place = run;
      last = run[1];
    }
    Set<String> words = new LinkedHashSet<>();
    for (int q = place[0]; q <= place[1]; q++) {
      words.add(PersonName.plain(w, q));
    }
    if (!Collections.disjoint(words, placeNouns) || peoples.contains(String.join(" ", words))) {
      return null; // "Rice County" may hold the other's town; "a Sicilian jail" is no place
    }
    TextSpan placeSpan = w.span(w.start(place[0]), w.end(place[1]));
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (Spans.overlap(t.span(), placeSpan)) {
        return null; // "opened an office in January": a date, no place
      }
    }
    String name = String.join(" ", words);
    String ownerName = owner < 0 ? "" : PersonName.unowned(w, owner);
    return new Site(c, w.span(w.start(first), w.end(last)), kinds.get(w.lower(n)),
        Set.copyOf(modifiers), ownerName, Set.copyOf(words), countries.containsKey(name));
  }

  /** Whether a hyphen joins word {@code k} to the next ("walk-in"). */
  private static boolean hyphen(ClaimWords w, int k) {
    return k + 1 < w.size() && w.between(w.end(k), w.start(k + 1)).equals("-");
  }

  /** Whether the gap after word {@code k} is one space. */
  private static boolean space(ClaimWords w, int k) {
    return k + 1 < w.size() && w.gapIsSpace(w.end(k), w.start(k + 1));
  }

  /**
   * Whether word {@code k} opens a singular site noun: a word of the pack's {@code site-opener}
   * cue (an article, "one", "single", a possessive determiner) or a possessive ("the company's
   * plant").
   */
  private boolean opens(ClaimWords w, int k) {
    return openers.contains(w.lower(k)) || PersonName.possessive(w, k);
  }
}
