package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the nationality of an unnamed person whom news describes by age and sex: "a
 * 41-year-old man from Canada", "a 41-year-old Canadian man", "a Canadian man, 41", "a
 * 41-year-old Canadian", "a Canadian student aged 41". One person has one age, one sex and one nationality, so two articles
 * that give a person of the same age and a sex that agrees ("man" and "tourist" may be one, "man"
 * and "woman" are two) two countries disagree, unless either article names the other's country
 * anywhere (a second person, a dual nationality, a home abroad). The countries, the words for
 * their people and the nouns for a person are the pack's (facets {@code nationality} and {@code
 * nationality-person}); a country word counts only when capitalised, and a word joined to it by a
 * hyphen ("German-born", "German-American") makes it no nationality, nor does a comma and a
 * name after it ("from Lebanon, Pennsylvania": a town named after a country). A finding stands
 * at {@value #BASE}, 0.05 more when both articles use one noun, plus a tenth of the claims'
 * alignment score, 0.1 less when either claim is hedged.
 *
 * <p>A named person's nationality is read from a people's word before the name, with one to
 * {@value #MAX_NOUNS} lower-case words between ("Canadian skier Ana Ruiz"), or after it in
 * apposition ("Ana Ruiz, a Canadian skier", "Ana Ruiz, the Canadian skier", "Ana Ruiz, a
 * 41-year-old Canadian"); a people's word
 * inside a name ("Royal Canadian Mounted Police", "British Airways") is none. One person (one
 * surname, agreeing given names) given two countries clashes on the same terms, at 0.05 more.
 * A country's name after a name and "of" ("Hans Weber of Germany") gives it too, or after "from"
 * at the end of an apposition ("Hans Weber, 58, a truck driver from Germany"), and so do the
 * forms results and dispatches use: a country's possessive or a people's word right before the
 * name ("Kenya's Daniel Kiprono", "Ugandan Daniel Kiprono", "Swede Henrik Larsson": not before
 * a title or an organisation's name), and an age between the name and the people's word ("Anna
 * Berg, 41, a Swedish tourist"). A description before the name, set off by commas, gives it too
 * ("A young Belarusian farmhand, Oleh Marchenko, reached the bank"), and so does "from" a
 * country right after the name and its age, an adverb of origin before it if any ("Tomasz
 * Nowak, 29, originally from Slovakia"; pack facet {@code origin-adverb}). For a named person, a country the other article gives only as
 * another named person's nationality ("ahead of Kenya's Mercy Wanjiru") does not count as named
 * there.
 */
final class Nationalities {
  /** The confidence of a finding before its noun and the claims' alignment. */
  static final double BASE = 0.5;



  /** The most lower-case words between a people's word and the name it describes. */
  private static final int MAX_NOUNS = 2;

  private final CountryWords words;
  private final Map<String, String> persons;
  private final Set<String> titles;
  private final Set<String> organisationWords;
  private final Set<String> peoples;
  /** The articles that open a role or an apposition ("the", "a", "an"; facet role-article). */
  private final Set<String> articles;
  /** Adverbs before "from" of where a person comes from ("originally"; facet origin-adverb). */
  private final Set<String> originAdverbs;

  Nationalities(AttributeWords words) {
    this.words = new CountryWords(words.nationalities());
    this.persons = words.nationalityPersons();
    this.titles = words.titles();
    this.organisationWords = words.organisationWords();
    this.peoples = words.nationalityPeoples();
    this.articles = words.roleArticles();
    this.originAdverbs = words.originAdverbs();
  }

  /**
   * One person's nationality as one claim gives it.
   *
   * @param age the age as written ("41")
   * @param sex the sex the noun names ("male", "female") or "any"
   * @param noun the noun, lower case ("man"), or the people's word for "a 41-year-old Canadian"
   */
  private record Person(ClaimView view, String age, String sex, String noun, String country,
      TextSpan evidence) {}

  /** A named person's nationality as one claim gives it. */
  private record Named(ClaimView view, PersonName person, String country, TextSpan evidence) {}


  void inspect(ArticlePair pair, List<Finding> out) {
    List<Person> left = persons(pair.left());
    List<Person> right = persons(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Person a : left) {
      for (Person b : right) {
        if (!a.age().equals(b.age()) || !sexAgrees(a.sex(), b.sex())
            || a.country().equals(b.country()) || names(pair.left(), b.country())
            || names(pair.right(), a.country())) {
          continue;
        }
        double conf = BASE + (a.noun().equals(b.noun()) ? 0.05 : 0)
            + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0)
            - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(),
            a.evidence(), b.evidence(), a.evidence().text(), b.evidence().text(), "nationality",
            List.of("Both speak of a person aged " + a.age() + "."), conf);
        AttributeCheck.keep(best, List.of(a.age()), f);
      }
    }
    for (Named a : named(pair.left())) {
      for (Named b : named(pair.right())) {
        if (!a.person().samePerson(b.person()) || a.country().equals(b.country())
            || namesBesides(pair.left(), b.country(), a.person())
            || namesBesides(pair.right(), a.country(), b.person())) {
          continue;
        }
        double conf = BASE + 0.05
            + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score()).orElse(0.0)
            - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        String name = a.person().span().text().length() >= b.person().span().text().length()
            ? a.person().span().text() : b.person().span().text();
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(),
            a.evidence(), b.evidence(), a.evidence().text(), b.evidence().text(), "nationality",
            List.of("Both speak of " + name + "."), conf);
        AttributeCheck.keep(best, List.of("named", a.person().surname()), f);
      }
    }
    out.addAll(best.values());
  }

  private static boolean sexAgrees(String a, String b) {
    return a.equals("any") || b.equals("any") || a.equals(b);
  }

  /** Whether any claim of {@code side} writes a word of {@code country}. */
  private boolean names(ArticlePair.Side side, String country) {
    return side.memo(this, "countries", words::named).contains(country);
  }

  /**
   * Whether any claim of {@code side} writes a word of {@code country} other than as the
   * nationality of another named person: results and dispatches give each runner or delegate a
   * country ("Kenya's Mercy Wanjiru"), which says nothing of {@code person}'s.
   */
  private boolean namesBesides(ArticlePair.Side side, String country, PersonName person) {
    List<Named> others = named(side);
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        CountryWords.Country at = words.countryOrOwner(w, i);
        if (at == null || !at.value().equals(country) || CountryWords.dateline(w, i)) {
          continue;
        }
        int start = w.start(i);
        int end = w.end(at.last());
        boolean another = others.stream().anyMatch(n -> n.view() == c
            && !n.person().samePerson(person) && Spans.within(start, end, n.evidence()));
        if (!another) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index of the number in "41-year-old" that ends at word {@code old}, or -1. */
  private static int ageBefore(ClaimWords w, int old) {
    if (old < 2 || !w.lower(old).equals("old") || !w.lower(old - 1).equals("year")
        || !w.isNumber(old - 2) || !w.between(w.end(old - 2), w.start(old - 1)).equals("-")
        || !w.between(w.end(old - 1), w.start(old)).equals("-")) {
      return -1;
    }
    return old - 2;
  }

  private List<Person> persons(ArticlePair.Side side) {
    return side.memo(this, "nationalities", s -> List.copyOf(readPersons(s)));
  }

  private List<Person> readPersons(ArticlePair.Side side) {
    List<Person> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 1; i < w.size(); i++) {
        Person p = person(c, w, i);
        if (p != null && !c.negated(p.evidence())) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /**
   * The person whose noun is word {@code i} ("man"), or whose people's word is ("a 41-year-old
   * Canadian" with no noun after it), with an age and one country, or null.
   */
  private Person person(ClaimView c, ClaimWords w, int i) {
    String sex = persons.get(w.lower(i));
    String noun = w.lower(i);
    CountryWords.Country own = null;
    if (sex == null) {
      own = words.countryEndingAt(w, i);
      if (own == null || i + 1 < w.size() && (persons.containsKey(w.lower(i + 1))
          || w.isCapitalised(i + 1) && w.gapIsSpace(w.end(i), w.start(i + 1)))) {
        return null; // "a 41-year-old Canadian man" is read at "man"
      }
      sex = "any";
    }
    if (i > 0 && w.between(w.end(i - 1), w.start(i)).equals("-")) {
      return null;
    }
    int first = own == null ? i : own.first();
    int last = i;
    String country = own == null ? null : own.value();
    int before = first - 1;
    if (own == null && before >= 0 && w.gapIsSpace(w.end(before), w.start(i))) {
      CountryWords.Country dem = words.countryEndingAt(w, before);
      if (dem != null) {
        country = dem.value(); // "a Canadian man"
        first = dem.first();
        before = first - 1;
      }
    }
    String age = null;
    int a = before >= 0 && w.gapIsSpace(w.end(before), w.start(before + 1))
        ? ageBefore(w, before) : -1;
    if (a >= 0) {
      age = w.text(a);
      first = a;
    } else if (i + 1 < w.size() && w.isNumber(i + 1)
        && w.between(w.end(i), w.start(i + 1)).equals(", ")
        && (i + 2 >= w.size() || w.between(w.end(i + 1), w.start(i + 2)).startsWith(","))) {
      age = w.text(i + 1); // "a Canadian man, 41,"
      last = i + 1;
    } else if (i + 2 < w.size() && w.lower(i + 1).equals("aged") && w.isNumber(i + 2)
        && w.gapIsSpace(w.end(i), w.start(i + 1))
        && w.gapIsSpace(w.end(i + 1), w.start(i + 2))
        && (i + 3 >= w.size() || !w.between(w.end(i + 2), w.start(i + 3)).equals("-")
            && !Set.of("to", "and", "or").contains(w.lower(i + 3)))) {
      age = w.text(i + 2); // "a Canadian student aged 27"
      last = i + 2;
    }
    if (age == null) {
      return null;
    }
    // "a 41-year-old man from Canada", "a man, 41, from Canada"
    int f = last + 1;
    if (f + 1 < w.size() && w.lower(f).equals("from")
        && w.between(w.end(last), w.start(f)).strip().matches(",?")) {
      CountryWords.Country from = words.countryAt(w, f + 1);
      if (from != null && CountryWords.free(w, f + 1, from.last()) && !CountryWords.townOf(w, from.last())) {
        if (country != null && !country.equals(from.value())) {
          return null;
        }
        country = from.value();
        last = from.last();
      }
    }
    if (country == null) {
      return null;
    }
    return new Person(c, age, sex, noun, country, w.span(w.start(first), w.end(last)));
  }

  private List<Named> named(ArticlePair.Side side) {
    return side.memo(this, "named", s -> List.copyOf(readNamed(s)));
  }

  private List<Named> readNamed(ArticlePair.Side side) {
    Map<String, Set<List<String>>> given = null;
    List<Named> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        Named n = namedBefore(c, w, i);
        if (n == null) {
          n = namedAfter(c, w, i);
        }
        if (n == null) {
          n = namedOf(c, w, i);
        }
        if (n == null) {
          n = namedOwned(c, w, i);
        }
        if (n == null || c.negated(n.evidence())
            || organisationWords.contains(n.person().surname())) {
          continue;
        }
        if (given == null) {
          given = PersonName.givenNames(side, titles);
        }
        PersonName p = n.person().resolved(given);
        if (p != null) {
          out.add(new Named(c, p, n.country(), n.evidence()));
        }
      }
    }
    return out;
  }

  /**
   * "German skier Hans Weber": a people's word at word {@code i}, one to {@value #MAX_NOUNS}
   * lower-case words, and a name of two words or more; not a people's word inside a name
   * ("Royal Canadian Mounted Police", "British Airways pilot", "American Red Cross official").
   */
  private Named namedBefore(ClaimView c, ClaimWords w, int i) {
    CountryWords.Country dem = words.countryAt(w, i);
    if (dem == null || !CountryWords.free(w, i, dem.last()) || isPlace(w, i, dem)
        || i > 0 && PersonName.capitalised(w, i - 1) && PersonName.joined(w, i)
            && !articles.contains(w.lower(i - 1))) {
      return null; // "Royal Canadian Mounted Police"; "The Swiss guide Davide Rinaldi" is read
    }
    int k = dem.last() + 1;
    while (k < w.size() && k <= dem.last() + MAX_NOUNS && !w.isCapitalised(k)
        && w.isContent(k) && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k++;
    }
    if (k >= w.size()) {
      return null;
    }
    if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
      return namedBeforeComma(c, w, i, dem, k);
    }
    PersonName p = k == dem.last() + 1 ? nameRightAfter(w, k) : nameFrom(w, k);
    return p == null ? null : new Named(c, p, dem.value(), w.span(w.start(i), p.span().end()));
  }

  /**
   * "A young Belarusian farmhand, Oleh Marchenko, reached the bank": a description that opens
   * with an article (and one lower-case word at most before the people's word at {@code i}),
   * names a person with one to {@value #MAX_NOUNS} lower-case words after the people's word, and
   * is followed by a comma, the person's name of two words or more from word {@code k}, and a
   * comma: the name in apposition to the description. Not a name the comma does not close ("the
   * attack killed a French soldier, Jean Dupont said").
   */
  private Named namedBeforeComma(ClaimView c, ClaimWords w, int i, CountryWords.Country dem,
      int k) {
    int open = i - 1;
    if (open >= 1 && !articles.contains(w.lower(open)) && !w.isCapitalised(open)
        && w.isContent(open) && w.gapIsSpace(w.end(open - 1), w.start(open))) {
      open--; // "a young Belarusian farmhand"
    }
    if (k == dem.last() + 1 || open < 0 || !articles.contains(w.lower(open))
        || !w.between(w.end(k - 1), w.start(k)).equals(", ")) {
      return null;
    }
    int[] run = PersonName.runFrom(w, k);
    if (run == null || run[1] == run[0] || run[1] + 1 >= w.size()
        || !w.between(w.end(run[1]), w.start(run[1] + 1)).startsWith(",")) {
      return null;
    }
    PersonName p = PersonName.of(w, run[0], run[1], titles);
    return p == null || p.given().isEmpty() ? null
        : new Named(c, p, dem.value(), w.span(w.start(open), p.span().end()));
  }

  /**
   * "Kenya's Daniel Kiprono": a country's name with a possessive at word {@code i} right before
   * a person's name, as results and dispatches give a runner's or a delegate's country. Not a
   * title or a word of an organisation's name in between ("Canada's foreign minister Ana Ruiz"
   * is read by {@link #namedBefore} if at all; "Japan's Toyota Motor Corp" is no person).
   */
  private Named namedOwned(ClaimView c, ClaimWords w, int i) {
    CountryWords.Country land = words.countryOrOwner(w, i);
    if (land == null || !CountryWords.possessed(w, land.last()) || !isPlace(w, i, land)
        || !CountryWords.free(w, i, land.last()) || land.last() + 1 >= w.size()
        || !w.gapIsSpace(w.end(land.last()), w.start(land.last() + 1))
        || i > 0 && PersonName.capitalised(w, i - 1) && PersonName.joined(w, i)) {
      return null;
    }
    PersonName p = nameRightAfter(w, land.last() + 1);
    return p == null ? null : new Named(c, p, land.value(), w.span(w.start(i), p.span().end()));
  }

  /** The name of two words or more with given names from word {@code k}, or null. */
  private PersonName nameFrom(ClaimWords w, int k) {
    int[] run = PersonName.runFrom(w, k);
    if (run == null || run[1] == run[0]) {
      return null;
    }
    PersonName p = PersonName.of(w, run[0], run[1], titles);
    return p == null || p.given().isEmpty() ? null : p;
  }

  /**
   * The name of a person right after a people's word or a country's possessive, with nothing
   * between ("Ugandan Daniel Kiprono", "Swede Henrik Larsson"), or null when the capitalised
   * words are an organisation's name: one of them is an organisation's word ("British
   * Airways", "Swiss Re Group"), or a lower-case noun and another name follow them ("American Red
   * Cross official Tom Reed": the name is the official's).
   */
  private PersonName nameRightAfter(ClaimWords w, int k) {
    int[] run = PersonName.runFrom(w, k);
    if (run == null || run[1] == run[0]) {
      return null;
    }
    for (int x = run[0]; x <= run[1]; x++) {
      if (organisationWords.contains(PersonName.plain(w, x))) {
        return null;
      }
    }
    int next = run[1] + 1;
    if (next + 1 < w.size() && !w.isCapitalised(next) && w.isContent(next)
        && w.gapIsSpace(w.end(run[1]), w.start(next))
        && w.gapIsSpace(w.end(next), w.start(next + 1)) && w.isCapitalised(next + 1)) {
      return null;
    }
    PersonName p = PersonName.of(w, run[0], run[1], titles);
    return p == null || p.given().isEmpty() || p.titled() ? null : p;
  }

  /**
   * "Hans Weber, a 58-year-old German," "Hans Weber, an Austrian skier", "Alan Petrie, the
   * Irish referee": a name that ends at word {@code n}, a comma, an article, an age if any, and a people's word not followed by a
   * capitalised word ("a British Airways pilot").
   */
  private Named namedAfter(ClaimView c, ClaimWords w, int n) {
    int art = n + 1;
    if (art + 2 < w.size() && w.isNumber(art) && w.between(w.end(n), w.start(art)).equals(", ")
        && w.between(w.end(art), w.start(art + 1)).equals(", ")) {
      art++; // "Anna Berg, 41, a Swedish tourist"
    }
    if (art + 1 >= w.size() || !w.between(w.end(art - 1), w.start(art)).equals(", ")) {
      return null;
    }
    if (!articles.contains(w.lower(art))) {
      return namedOrigin(c, w, n, art); // "Hans Weber, 58, originally from Germany,"
    }
    int k = art + 1;
    if (k + 3 < w.size() && ageBefore(w, k + 2) == k) {
      k += 3; // "a 58-year-old German"
    }
    CountryWords.Country dem = k < w.size() ? words.countryAt(w, k) : null;
    if (dem == null) {
      return namedAfterFrom(c, w, n, k);
    }
    if (!CountryWords.free(w, k, dem.last()) || isPlace(w, k, dem)) {
      return null;
    }
    int after = dem.last() + 1;
    if (after < w.size() && w.isCapitalised(after)
        && w.gapIsSpace(w.end(dem.last()), w.start(after))) {
      return null;
    }
    int[] run = PersonName.runTo(w, n);
    PersonName p = run == null ? null : PersonName.of(w, run[0], run[1], titles);
    if (p == null) {
      return null;
    }
    int end = after < w.size() && persons.containsKey(w.lower(after))
        && w.gapIsSpace(w.end(dem.last()), w.start(after)) ? after : dem.last();
    return new Named(c, p, dem.value(), w.span(p.span().start(), w.end(end)));
  }

  /**
   * "Hans Weber, 58, a truck driver from Germany": the apposition of {@link #namedAfter} with one
   * to {@value #MAX_NOUNS} lower-case nouns from word {@code k}, then "from" and a country's
   * name that stands alone (not "from Germany's largest bank", "from Lebanon, Pennsylvania", "from
   * Mexico City").
   */
  private Named namedAfterFrom(ClaimView c, ClaimWords w, int n, int k) {
    int f = k;
    while (f < w.size() && f - k < MAX_NOUNS && !w.isCapitalised(f) && w.isContent(f)
        && w.gapIsSpace(w.end(f - 1), w.start(f))) {
      f++;
    }
    if (f == k || f + 1 >= w.size() || !w.lower(f).equals("from")
        || !w.gapIsSpace(w.end(f - 1), w.start(f)) || !w.gapIsSpace(w.end(f), w.start(f + 1))) {
      return null;
    }
    return ofName(c, w, n, standingCountryAt(w, f + 1), false);
  }

  /**
   * "Tomasz Nowak, 29, originally from Slovakia": a name that ends at word {@code n}, a comma
   * (and an age) and from word {@code art} "from" and a country's name that stands alone, an
   * adverb of origin (pack facet {@code origin-adverb}) before "from" if any.
   */
  private Named namedOrigin(ClaimView c, ClaimWords w, int n, int art) {
    int from = originAdverbs.contains(w.lower(art)) ? art + 1 : art;
    if (from + 1 >= w.size() || !w.lower(from).equals("from")
        || from > art && !w.gapIsSpace(w.end(from - 1), w.start(from))
        || !w.gapIsSpace(w.end(from), w.start(from + 1))) {
      return null;
    }
    return ofName(c, w, n, standingCountryAt(w, from + 1), true);
  }

  /**
   * "Hans Weber of Germany": a name of two words or more that ends at word {@code n}, "of" and
   * a country's name, as sports results and dispatches give a player's or a delegate's country.
   * Not a country followed by a capitalised word or a possessive ("of Mexico City", "of
   * Canada's foreign ministry"), nor a town placed in its region by a comma ("of Lebanon,
   * Pennsylvania").
   */
  private Named namedOf(ClaimView c, ClaimWords w, int n) {
    int k = n + 2;
    if (k >= w.size() || !w.lower(n + 1).equals("of")
        || !w.gapIsSpace(w.end(n), w.start(n + 1))
        || !w.gapIsSpace(w.end(n + 1), w.start(k)) || PersonName.possessive(w, n)) {
      return null;
    }
    return ofName(c, w, n, standingCountryAt(w, k), true);
  }

  /**
   * Country {@code land} given to the person whose name ends at word {@code n}, the evidence from
   * the name to the country's last word; null when there is no country, no name ends there, or,
   * with {@code given}, the name has no given names.
   */
  private Named ofName(ClaimView c, ClaimWords w, int n, CountryWords.Country land,
      boolean given) {
    int[] run = land == null ? null : PersonName.runTo(w, n);
    PersonName p = run == null ? null : PersonName.of(w, run[0], run[1], titles);
    return p == null || given && p.given().isEmpty() ? null
        : new Named(c, p, land.value(), w.span(p.span().start(), w.end(land.last())));
  }

  /**
   * The country whose name starts at word {@code k} and stands alone as a place: not a town of
   * that name placed in its region, not a possessive ("Canada's foreign ministry"), not followed
   * by a capitalised word ("Mexico City"); null otherwise.
   */
  private CountryWords.Country standingCountryAt(ClaimWords w, int k) {
    CountryWords.Country land = words.countryAt(w, k);
    if (land == null || !isPlace(w, k, land) || !CountryWords.free(w, k, land.last())
        || CountryWords.townOf(w, land.last()) || PersonName.possessive(w, land.last())) {
      return null;
    }
    int after = land.last() + 1;
    return after < w.size() && w.isCapitalised(after)
        && w.gapIsSpace(w.end(land.last()), w.start(after)) ? null : land;
  }

  /**
   * Whether the country word at {@code dem} names the country, not its people ("Canada", not
   * "Canadian"): a country's name before a name is a place or an organisation ("Canada Goose").
   */
  private boolean isPlace(ClaimWords w, int i, CountryWords.Country dem) {
    return !CountryWords.peopleWord(w, i, dem, peoples);
  }
}
