package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the country of a named organisation: "Aquaform, a Canadian manufacturer" against
 * "Aquaform, the Dutch company that built the slide"; "its Danish partner Nordvind A/S" against
 * "its Swedish partner, Nordvind A/S". A people's word (pack facet {@code nationality}, in its
 * people's form: "Canadian", not "Canada") before a noun of the pack facet {@code
 * nationality-organisation} ("company", "manufacturer", "partner"), in apposition after the name
 * (a comma and an article between) or right before it (a comma may stand between): one
 * organisation, its name written the same in both reports (up to {@value #NAME_WORDS} capitalised
 * words), given two countries, disagrees, unless either report names the other's country
 * anywhere (a subsidiary abroad, a home and a market). Confidence {@value #CONFIDENCE}, 0.1 less
 * when either claim is hedged.
 */
final class OrganisationNationalities {
  /** The confidence of a finding. */
  static final double CONFIDENCE = 0.6;
  /** The most capitalised words of an organisation's name. */
  static final int NAME_WORDS = 3;

  private final CountryWords words;
  private final Set<String> peoples;
  private final Set<String> nouns;
  private final Set<String> articles;
  private final Set<String> placeOrTime;

  OrganisationNationalities(AttributeWords words) {
    this.words = new CountryWords(words.nationalities());
    this.peoples = words.nationalityPeoples();
    this.nouns = words.nationalityOrganisations();
    this.articles = words.roleArticles();
    this.placeOrTime = words.namePlacePrepositions();
  }

  /** An organisation's country as one claim gives it. */
  private record Owned(ClaimView view, String name, String country, TextSpan evidence) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    Map<Object, Finding> best = new LinkedHashMap<>();
    List<Owned> right = read(pair.right());
    for (Owned a : read(pair.left())) {
      for (Owned b : right) {
        if (!a.name().equals(b.name()) || a.country().equals(b.country())
            || named(pair.left()).contains(b.country())
            || named(pair.right()).contains(a.country())) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(),
            a.evidence(), b.evidence(), a.evidence().text(), b.evidence().text(), "nationality",
            List.of("Both speak of " + a.name() + "."), conf);
        AttributeCheck.keep(best, List.of("organisation", a.name()), f);
      }
    }
    out.addAll(best.values());
  }

  private Set<String> named(ArticlePair.Side side) {
    return side.memo(this, "countries", words::named);
  }

  private List<Owned> read(ArticlePair.Side side) {
    List<Owned> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        CountryWords.Country dem = words.countryAt(w, i);
        if (dem == null || !CountryWords.free(w, i, dem.last())
            || !CountryWords.peopleWord(w, i, dem, peoples)) {
          continue;
        }
        int noun = dem.last() + 1;
        if (noun >= w.size() || !nouns.contains(w.lower(noun))
            || !w.gapIsSpace(w.end(dem.last()), w.start(noun))) {
          continue;
        }
        Owned o = after(c, w, i, noun);
        if (o == null) {
          o = before(c, w, i, noun);
        }
        if (o != null && !c.negated(o.evidence())) {
          out.add(new Owned(c, o.name(), dem.value(), o.evidence()));
        }
      }
    }
    return out;
  }

  /** "Aquaform, a Canadian manufacturer": the name before a comma and an article. */
  private Owned after(ClaimView c, ClaimWords w, int dem, int noun) {
    int art = dem - 1;
    if (art < 1 || !articles.contains(w.lower(art))
        || !w.between(w.end(art - 1), w.start(art)).strip().equals(",")) {
      return null;
    }
    int last = art - 1;
    int first = last;
    while (first - 1 >= 0 && last - first + 1 < NAME_WORDS && w.isCapitalised(first - 1)
        && joined(w, first - 1)) {
      first--;
    }
    if (!w.isCapitalised(last) || first > 0 && placeOrTime.contains(w.lower(first - 1))
        || timeAt(c, w.start(first), w.end(last))) {
      return null; // "In Amsterdam, the Dutch company", "On Tuesday, the company": no name
    }
    return new Owned(c, name(w, first, last), "", w.span(w.start(first), w.end(noun)));
  }

  /** "its Danish partner Nordvind A/S", "its Swedish partner, Nordvind A/S": the name after. */
  private Owned before(ClaimView c, ClaimWords w, int dem, int noun) {
    int first = noun + 1;
    if (first >= w.size() || !w.isCapitalised(first)) {
      return null;
    }
    String gap = w.between(w.end(noun), w.start(first)).strip();
    if (!gap.isEmpty() && !gap.equals(",")) {
      return null;
    }
    int last = first;
    while (last + 1 < w.size() && last - first + 1 < NAME_WORDS && w.isCapitalised(last + 1)
        && joined(w, last)) {
      last++;
    }
    return new Owned(c, name(w, first, last), "", w.span(w.start(dem), w.end(last)));
  }

  /** Whether a time expression of the claim overlaps chars {@code from..to}. */
  private static boolean timeAt(ClaimView c, int from, int to) {
    for (dev.parallax.TimeFacet t : c.claim().facets(dev.parallax.TimeFacet.class)) {
      if (t.span().start() < to && from < t.span().end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether words {@code k} and {@code k + 1} are joined within a name ("Nordvind A/S"). */
  private static boolean joined(ClaimWords w, int k) {
    String gap = w.between(w.end(k), w.start(k + 1));
    return gap.equals(" ") || gap.equals("/") || gap.equals("-") || gap.equals(" & ");
  }

  /** The name of words {@code first..last} as written, white space folded. */
  private static String name(ClaimWords w, int first, int last) {
    return w.span(w.start(first), w.end(last)).text().replaceAll("\\s+", " ");
  }


}
