package dev.parallax.contradict;

import dev.parallax.NameFacet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Numbers next to names in a claim, and the names they belong to: an age set off after a name
 * ("Robert Buckley, 32, died"), a number inside a name ("Apollo 11", "an AK-47 rifle"), and the
 * name an apposition describes ("Gerald Pruitt, a 56-year-old former administrator"). The names
 * are those the name reader found ({@link NameFacet}).
 */
final class NamedNumbers {
  /** The most words of the noun between an age and the name set off after it. */
  static final int NOUN_WORDS = 3;

  private NamedNumbers() {}

  /**
   * Whether the word at {@code i} is part of a name that the name reader found (which reads a
   * capital at the start of a sentence as a name only when the text capitalises the word
   * elsewhere too).
   */
  static boolean inName(ClaimWords w, int i) {
    for (NameFacet n : w.claim().facets(NameFacet.class)) {
      if (n.span().start() <= w.start(i) && w.end(i) <= n.span().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stems of the name that an apposition opening with an article right before word {@code
   * first} describes ("Gerald Pruitt, a 56-year-old former administrator": "gerald", "pruitt"),
   * up to four words; empty when the words before are not a name, a comma and one of {@code
   * articles} (pack facet {@code apposition-article}).
   */
  static List<String> nameBeforeApposition(ClaimWords w, int first, Set<String> articles) {
    int det = first - 1;
    if (det < 1 || !articles.contains(w.lower(det))
        || !w.between(w.end(det - 1), w.start(det)).strip().equals(",")) {
      return List.of();
    }
    return nameEndingAt(w, det - 1);
  }

  /**
   * The stems of the name set off by a comma after the noun that starts at word {@code k}, up to
   * {@value #NOUN_WORDS} lower-case words ("the 57-year-old auctioneer, Jonas Wetterli,": "jona",
   * "wetterli"), or of a name of two words or more right after it ("39-year-old independent Luca
   * Ferluga"); empty when no such name follows.
   */
  static List<String> nameAfterNoun(ClaimWords w, int k) {
    for (int i = k; i < w.size() - 1 && i < k + NOUN_WORDS; i++) {
      if (w.isCapitalised(i) || w.isNumber(i) || i > k && !w.gapIsSpace(w.end(i - 1), w.start(i))) {
        return List.of();
      }
      // or a full name right after the noun: "39-year-old independent Luca Ferluga"
      boolean joined = w.between(w.end(i), w.start(i + 1)).equals(" ") && i + 2 < w.size()
          && w.isCapitalised(i + 2) && inName(w, i + 2) && w.gapIsSpace(w.end(i + 1),
              w.start(i + 2));
      if ((w.between(w.end(i), w.start(i + 1)).equals(", ") || joined) && w.isCapitalised(i + 1)
          && inName(w, i + 1)) {
        int last = i + 1;
        while (last + 1 < w.size() && last - i < 4 && w.isCapitalised(last + 1)
            && inName(w, last + 1) && w.gapIsSpace(w.end(last), w.start(last + 1))) {
          last++;
        }
        return nameEndingAt(w, last);
      }
    }
    return List.of();
  }

  /**
   * The stems of the name whose last word is word {@code last}: up to four capitalised words of
   * a name, one space apart, ending there ("Gary Gomes, 35," and "Gerald Pruitt, a 56-year-old"
   * at "Gomes" and "Pruitt"); empty when word {@code last} is in no name.
   */
  static List<String> nameEndingAt(ClaimWords w, int last) {
    List<String> name = new ArrayList<>();
    for (int i = last; i >= 0 && w.isCapitalised(i) && inName(w, i) && name.size() < 4; i--) {
      if (i < last && !w.gapIsSpace(w.end(i), w.start(i + 1))) {
        break;
      }
      name.add(0, w.stem(i));
    }
    return List.copyOf(name);
  }

  /**
   * Whether word {@code i} is a whole number that ends or continues a name ("Ekawat Nava 5",
   * "Apollo 11", "Flight 93", "an AK-47 rifle", "F-16 jets"): right after a capitalised word of
   * a name the name reader found with nothing but a space between them, or after any capitalised
   * word with a hyphen between them; not a clock or a decimal.
   */
  static boolean numberInName(ClaimWords w, int i) {
    return i >= 1 && w.isNumber(i) && w.text(i).matches("\\d{1,4}") && w.isCapitalised(i - 1)
        && (inName(w, i - 1) && w.gapIsSpace(w.end(i - 1), w.start(i))
            || w.between(w.end(i - 1), w.start(i)).equals("-"));
  }

  /**
   * Whether word {@code i} is an age set off after a name, as news gives it ("Robert Buckley, 32,
   * died"; "Gray, 16."; "Buckley (32)"): a whole number up to 120 right after a name the name
   * reader knows and a comma or an opening bracket, followed by a comma, a semicolon (a list of
   * people: "Luca Bassi, 36; Davide Sorrentino, 41; and ..."), a closing bracket or the end of
   * the claim.
   */
  static boolean ageAfterName(ClaimWords w, int i) {
    if (i < 1 || !w.isNumber(i) || !w.text(i).matches("[1-9][0-9]?|1[01][0-9]|120")
        || !w.isCapitalised(i - 1) || !inName(w, i - 1)) {
      return false;
    }
    String before = w.between(w.end(i - 1), w.start(i)).strip();
    String after = i + 1 < w.size() ? w.between(w.end(i), w.start(i + 1)).strip()
        : w.between(w.end(i), w.claim().span().end()).strip();
    return before.equals(",") && (after.startsWith(",") || after.startsWith(";")
        || i + 1 >= w.size()
        && (after.isEmpty() || after.equals(".")))
        || before.equals("(") && after.startsWith(")");
  }
}
