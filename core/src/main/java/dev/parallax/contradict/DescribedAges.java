package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The age after a word of age (pack facet {@code age-word}: "aged") of one person a report names
 * or describes: "Anna Berg, aged 47," is Anna Berg's age, and "a Norwegian engineer aged 47" the
 * age of the one Norwegian engineer of the story, as "a 47-year-old Norwegian engineer" is; so
 * is a number after "of" and a noun for people, with no noun after it ("a German boy of 11"), and
 * an age after a comma that closes a claim naming one person ("Daniel Ferris died in a fall in
 * 2021, aged 24"). A
 * description names one person only with a word written with a capital among its words (a
 * nationality, a place, an employer); "a woman aged 77" may be any woman of the story, and such
 * an age stays what it was, an age limit read as no count. Immutable and thread-safe.
 */
final class DescribedAges {
  /** The most words between the article of a description and its word of age. */
  static final int DESCRIPTION_WORDS = 4;
  /** The oldest age read. */
  static final int OLDEST = 120;

  private final Set<String> ageWords;
  private final Set<String> agesNow;
  private final Set<String> articles;
  private final Set<String> people;

  /**
   * @param ageWords lower-case words after which a number is an age (facet {@code age-word})
   * @param agesNow lower-case words between a name's comma and its age that keep it the age at
   *     the time of writing (facet {@code age-now}: "Gerald Ashby, now 75,")
   * @param articles lower-case articles that open a description (facet {@code
   *     apposition-article})
   * @param people stems of nouns for people (facet {@code people-noun}): "a German boy of 11"
   *     gives the boy's age
   */
  DescribedAges(Set<String> ageWords, Set<String> agesNow, Set<String> articles,
      Set<String> people) {
    this.ageWords = Set.copyOf(ageWords);
    this.agesNow = Set.copyOf(agesNow);
    this.articles = Set.copyOf(articles);
    this.people = Set.copyOf(people);
  }

  /**
   * Whose age {@code q} is, as the stems of a name or a description, or null when it follows no
   * word of age or is of no one person; {@code nounAfter} reads the described noun's stems from
   * an article offset ({@link QuantityAmounts#noun}).
   */
  List<String> whose(ClaimWords w, QuantityFacet q, IntFunction<List<String>> nounAfter) {
    double n = q.value();
    int first = w.firstWordFrom(q.span().start());
    int j = first - 1;
    if (q.approximation() != Approximation.EXACT || n != Math.rint(n) || n < 1 || n > OLDEST
        || j < 1 || first != w.lastWordBefore(q.span().end())
        || !w.gapIsSpace(w.end(j), q.span().start())) {
      return null;
    }
    boolean of = w.lower(j).equals("of") && people.contains(w.stem(j - 1))
        && (first + 1 >= w.size() || !w.isContent(first + 1)
            || !w.gapIsSpace(q.span().end(), w.start(first + 1)));
    if (agesNow.contains(w.lower(j)) && w.between(w.end(j - 1), w.start(j)).strip().equals(",")
        && w.isCapitalised(j - 1) && w.firstWordFrom(q.span().end()) < w.size()
        && w.between(q.span().end(), w.start(w.firstWordFrom(q.span().end()))).strip()
            .equals(",")) {
      List<String> name = NamedNumbers.nameEndingAt(w, j - 1); // "Gerald Ashby, now 75,"
      return name.isEmpty() ? null : List.copyOf(name);
    }
    if (!of && !ageWords.contains(w.lower(j))) {
      return null; // "a German boy of 11" is his age, "a team of 11 engineers" counts them
    }
    if (!of && w.between(w.end(j - 1), w.start(j)).strip().equals(",")
        && w.isCapitalised(j - 1)) {
      List<String> name = NamedNumbers.nameEndingAt(w, j - 1); // "Anna Berg, aged 47,"
      return name.isEmpty() ? null : List.copyOf(name);
    }
    if (!of && w.between(w.end(j - 1), w.start(j)).strip().equals(",")
        && w.firstWordFrom(q.span().end()) >= w.size()) {
      // "Daniel Ferris died in a fall in 2021, aged 24.": an age that closes the claim is the
      // age of the one person it names
      List<String> name = onlyName(w, j - 1);
      return name.isEmpty() ? null : name;
    }
    boolean capital = false;
    for (int d = j - 1; d >= 0 && j - d <= DESCRIPTION_WORDS + 1; d--) {
      if (!w.gapIsSpace(w.end(d), w.start(d + 1))) {
        return null;
      }
      if (articles.contains(w.lower(d))) {
        List<String> noun = capital ? nounAfter.apply(w.end(d)) : List.of();
        return noun.isEmpty() ? null : noun;
      }
      if (!w.isContent(d) || w.isNumber(d)) {
        return null;
      }
      capital |= w.isCapitalised(d);
    }
    return null;
  }

  /**
   * The stems of the one name of two or more words before word {@code end} (capitalised words
   * of a name, one space apart), or empty when there is none or more than one.
   */
  private static List<String> onlyName(ClaimWords w, int end) {
    List<String> found = List.of();
    for (int i = 0; i < end; i++) {
      if (!w.isCapitalised(i) || !NamedNumbers.inName(w, i)) {
        continue;
      }
      int k = i;
      while (k + 1 < end && w.isCapitalised(k + 1) && NamedNumbers.inName(w, k + 1)
          && w.gapIsSpace(w.end(k), w.start(k + 1))) {
        k++;
      }
      if (k > i) {
        if (!found.isEmpty()) {
          return List.of(); // two people, or a person and a place
        }
        found = NamedNumbers.nameEndingAt(w, k);
      }
      i = k;
    }
    return found;
  }
}
