package dev.parallax.contradict;

import dev.parallax.NameFacet;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A person's name as written next to a role or a quotation: a run of capitalised words without
 * the titles before it ("Gov.", "District Judge") and the suffixes after it ("Jr.").
 *
 * @param span the words of the name, titles and suffixes left out
 * @param given the lower-case words before the surname, initials without their periods
 * @param surname the last word of the name, lower case
 * @param titled whether a title stood before it ("Ms. Su", "CEO Larry Lucchino")
 */
record PersonName(TextSpan span, List<String> given, String surname, boolean titled) {
  /** The most words a name runs over, titles included. */
  static final int MAX_WORDS = 6;
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * Whether the two names may name one person: the same surname, and given names that agree
   * when both give some (see {@link #compatible}).
   */
  boolean samePerson(PersonName o) {
    return surname.equals(o.surname) && compatible(given, o.given);
  }

  /** The fuller of two written forms of one person's name ("Frank Delgado" over "Delgado"). */
  String fuller(PersonName o) {
    return o.span().text().length() > span.text().length() ? o.span().text() : span.text();
  }

  /** Whether word {@code k} of {@code w} joins word {@code k - 1} inside a name. */
  static boolean joined(ClaimWords w, int k) {
    String gap = w.between(w.end(k - 1), w.start(k));
    return gap.equals(" ") || gap.equals(". ") || gap.equals(".") || gap.equals("-")
        || gap.equals("\u00a0");
  }

  /**
   * Whether word {@code i} starts with a capital letter and has one more letter at least; not a
   * stop word that opens the claim, which the sentence capitalises ("For Jean-Marc Leclercq, 74,
   * the news came late": the name is "Jean-Marc Leclercq").
   */
  static boolean capitalised(ClaimWords w, int i) {
    return w.isCapitalised(i) && w.text(i).codePoints().filter(Character::isLetter).count() >= 1
        && !w.isNumber(i) && !(i == 0 && w.isStopWord(0));
  }

  /** The word lower-cased, without periods ("U.S" is "us", "A.J" is "aj"). */
  static String plain(ClaimWords w, int i) {
    return w.lower(i).replace(".", "");
  }

  /**
   * The word as {@link #plain} gives it, without a possessive ending ("Palermo's" is
   * "palermo").
   */
  static String unowned(ClaimWords w, int i) {
    return plain(w, i).replaceAll("['\u2019]s?$", "");
  }

  /** The capitalised run from word {@code first} rightwards, as {first, last}, or null. */
  static int[] runFrom(ClaimWords w, int first) {
    if (first < 0 || first >= w.size() || !capitalised(w, first)) {
      return null;
    }
    int last = first;
    while (last + 1 < w.size() && last + 1 - first < MAX_WORDS && capitalised(w, last + 1)
        && joined(w, last + 1) && !possessive(w, last)) {
      last++;
    }
    return new int[] {first, last};
  }

  /** The capitalised run that ends with word {@code last}, read leftwards, as {first, last}. */
  static int[] runTo(ClaimWords w, int last) {
    if (last < 0 || last >= w.size() || !capitalised(w, last)) {
      return null;
    }
    int first = last;
    while (first - 1 >= 0 && last - (first - 1) < MAX_WORDS && capitalised(w, first - 1)
        && joined(w, first) && !possessive(w, first - 1)) {
      first--;
    }
    return new int[] {first, last};
  }

  /** Whether word {@code i} ends in a possessive ("Felt's", "Walther'"). */
  static boolean possessive(ClaimWords w, int i) {
    String t = w.text(i);
    if (t.endsWith("'s") || t.endsWith("\u2019s")) {
      return true;
    }
    String after = w.between(w.end(i), w.end(i) + 2);
    return after.startsWith("'s") || after.startsWith("\u2019s")
        || (after.startsWith("'") || after.startsWith("\u2019"))
            && t.toLowerCase(Locale.ROOT).endsWith("s");
  }

  /**
   * The name in the run {@code [first, last]} of {@code w}: the words up to its last title left
   * out (the words of {@code titles}, and single capitals that spell "U.S.": "U. S. District
   * Judge Barbara Walther" is "Barbara Walther"), and suffixes at its end; null
   * when no word is left or the run lies outside every name the claim's names facets know.
   */
  static PersonName of(ClaimWords w, int first, int last, Set<String> titles) {
    int f = first;
    for (int i = first; i < last; i++) {
      if (titles.contains(plain(w, i)) || isUs(w, i)) {
        f = i + 1;
      }
    }
    boolean titled = f > first;
    int l = last;
    while (l > f && SUFFIXES.contains(plain(w, l))) {
      l--;
    }
    if (f > l || titles.contains(plain(w, l))) {
      return null; // a title alone names no one: "the President said"
    }
    boolean known = false;
    for (NameFacet n : w.claim().facets(NameFacet.class)) {
      if (Spans.overlap(n.span(), w.span(w.start(f), w.end(l)))) {
        known = true;
      }
    }
    if (!known) {
      return null;
    }
    List<String> given = new ArrayList<>();
    for (int i = f; i < l; i++) {
      given.add(plain(w, i));
    }
    String surname = unowned(w, l);
    int end = w.end(l);
    String text = w.text(l);
    if (text.endsWith("'s") || text.endsWith("\u2019s")) {
      end -= 2;
    }
    return new PersonName(w.span(w.start(f), end), List.copyOf(given), surname, titled);
  }

  /** Whether word {@code i} is "U" or "S" of a spaced "U. S.". */
  private static boolean isUs(ClaimWords w, int i) {
    String p = plain(w, i);
    if (p.equals("us") && w.text(i).equals("U.S")) {
      return true;
    }
    if (p.equals("u") && i + 1 < w.size() && plain(w, i + 1).equals("s")) {
      return true;
    }
    return p.equals("s") && i > 0 && plain(w, i - 1).equals("u");
  }

  /**
   * The given names of every name of two words or more in one article, by surname: "W. Mark
   * Felt" gives {@code felt -> [[w, mark]]}.
   */
  static Map<String, Set<List<String>>> givenNames(ArticlePair.Side side, Set<String> titles) {
    return side.memo(titles, "givenNames", s -> readGivenNames(s, titles));
  }

  private static Map<String, Set<List<String>>> readGivenNames(ArticlePair.Side side,
      Set<String> titles) {
    Map<String, Set<List<String>>> out = new HashMap<>();
    for (InClaim n : fullNames(side, titles)) {
      out.computeIfAbsent(n.name().surname(), k -> new HashSet<>()).add(n.name().given());
    }
    return out;
  }

  /**
   * A person's name with given names, and the claim that writes it.
   *
   * @param claim the claim
   * @param name the name, with at least one given name
   */
  record InClaim(ClaimView claim, PersonName name) {}

  /** Every person's name with given names in the article's claims, in text order. */
  static List<InClaim> fullNames(ArticlePair.Side side, Set<String> titles) {
    return side.memo(titles, "fullNames", s -> readFullNames(s, titles));
  }

  private static List<InClaim> readFullNames(ArticlePair.Side side, Set<String> titles) {
    List<InClaim> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (NameFacet n : c.claim().facets(NameFacet.class)) {
        int first = w.firstWordFrom(n.span().start());
        int last = w.lastWordBefore(n.span().end());
        if (first > last || last >= w.size()) {
          continue;
        }
        PersonName p = of(w, first, last, titles);
        if (p != null && !p.given().isEmpty()) {
          out.add(new InClaim(c, p));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * This name with the given names its article writes for its surname when it has none; null
   * when the article writes two people of that surname ("Bill Clinton", "Hillary Clinton").
   */
  PersonName resolved(Map<String, Set<List<String>>> givenNames) {
    if (!given.isEmpty()) {
      return this;
    }
    List<List<String>> distinct = new ArrayList<>();
    for (List<String> g : givenNames.getOrDefault(surname, Set.of())) {
      if (distinct.stream().noneMatch(d -> compatible(d, g))) {
        distinct.add(g);
      }
    }
    if (distinct.size() > 1) {
      return null;
    }
    return distinct.isEmpty() ? this
        : new PersonName(span, distinct.get(0), surname, titled);
  }

  /**
   * Whether two lists of given names may belong to one person: either is empty, their first
   * names agree (equal, one the initial of the other: "W." and "William", or the start of it:
   * "Ray" and "Raymond"), or a full name of one is among the other's ("W. Mark" and "Mark").
   */
  static boolean compatible(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty() || compatible(a.get(0), b.get(0))) {
      return true;
    }
    for (String x : a) {
      if (x.length() > 2 && b.contains(x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean compatible(String a, String b) {
    return a.equals(b) || (a.length() <= 2 && b.startsWith(a.substring(0, 1)))
        || (b.length() <= 2 && a.startsWith(b.substring(0, 1)))
        || a.length() >= 3 && b.startsWith(a) || b.length() >= 3 && a.startsWith(b);
  }

  /** The number of words of the name. */
  int words() {
    return given.size() + 1;
  }
}
