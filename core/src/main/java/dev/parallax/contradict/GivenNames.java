package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, one person's given name written two ways that are not forms of one name: "Dale
 * Stevens" in one report and "David Stevens" in the other, "Herbert Hoover" and "J. Edgar
 * Hoover" as the same director. News writes one person's given name in many ways that agree, and
 * those stay silent: an initial ("J. Smith", "John Smith"), a middle name ("W. Mark Felt", "Mark
 * Felt"), a short or familiar form ("Bill" and "William", "Katie" and "Kathryn": the pack facet
 * {@code given-name-form}), a prefix ("Chris", "Christopher") or a spelling that sounds alike
 * ("Steven", "Stephen"; "Kristen", "Kirsten": the same Soundex code).
 *
 * <p>Two full names of two articles are compared when they have one surname and the first given
 * name of each that is not an initial is a given name news writes (pack facet {@code given-name}
 * or a form above; so "Fort Smith" and "Port Smith" are no people), the surname is no street,
 * organisation or place word, the two names are not given one to men and one to women only (pack
 * cue values; "Gary Gomes" and "Catherine Gomes" are two people), each article writes only one given name for that surname (two
 * members of one family, "Sarah Palin" and "Todd Palin", stay silent when either article names
 * both), neither article writes the other's given name anywhere, and the two mentions are tied to
 * one person: the aligner paired their claims (claims that only share words name two grandsons
 * or an attorney and a victim of one surname too often), or the same office or title stands right
 * before both names ("director Herbert Hoover", "founding director J. Edgar Hoover"). A name
 * next to a kin word ("his grandson Rob Jones", "Rob Jones, Felt's grandson") is left out: a
 * family's members share a surname.
 *
 * <p>Confidence {@value #BASE}, plus 0.1 times the claims' alignment score, plus 0.05 when one
 * title stands before both; 0.1 less when either claim is hedged.
 */
final class GivenNames {
  /** The confidence of a finding before what ties the two mentions. */
  static final double BASE = 0.55;
  private static final Set<String> NOT_SURNAMES = Set.of("street", "st", "road", "rd", "avenue",
      "ave", "boulevard", "blvd", "lane", "drive", "square", "park", "station", "bridge", "hall",
      "island", "river", "lake", "mountain", "valley", "beach", "bay", "tower", "building",
      "stadium", "arena", "award", "awards", "prize", "act", "law", "day", "line", "way", "place",
      "cup", "trophy", "medal", "memorial", "airport", "highway", "freeway", "canyon", "falls",
      "springs", "hill", "hills", "heights", "point", "harbor", "harbour", "field", "gardens",
      "creek", "forest", "woods", "plaza", "mall", "theatre", "theater");

  /** How many words around a name are read for a kin word. */
  static final int KIN_WORDS = 3;

  private final AttributeWords words;

  GivenNames(AttributeWords words) {
    this.words = words;
  }

  /**
   * A person's full name in one claim.
   *
   * @param view the claim
   * @param person the name, with at least one given name
   * @param title the office or title word right before the name, lower case, or empty
   */
  record Named(ClaimView view, PersonName person, String title) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Named> left = named(pair.left());
    List<Named> right = named(pair.right());
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    Map<String, Set<List<String>>> leftNames = null;
    Map<String, Set<List<String>>> rightNames = null;
    Set<String> leftWords = null;
    Set<String> rightWords = null;
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Named a : left) {
      for (Named b : right) {
        PersonName x = a.person();
        PersonName y = b.person();
        if (!x.surname().equals(y.surname()) || PersonName.compatible(x.given(), y.given())) {
          continue;
        }
        String gx = firstFull(x.given());
        String gy = firstFull(y.given());
        if (gx == null || gy == null || oneName(gx, gy) || twoSexes(gx, gy)) {
          continue;
        }
        boolean sameTitle = !a.title().isEmpty() && a.title().equals(b.title());
        ArticlePair.Related rel = pair.relation(a.view(), b.view()).orElse(null);
        if ((rel == null || rel.score() <= 0) && !sameTitle) {
          continue;
        }
        if (leftNames == null) {
          leftNames = PersonName.givenNames(pair.left(), words.titles());
          rightNames = PersonName.givenNames(pair.right(), words.titles());
          leftWords = QuoteSpeakers.capitalisedWords(pair.left());
          rightWords = QuoteSpeakers.capitalisedWords(pair.right());
        }
        if (people(leftNames, x.surname()) != 1 || people(rightNames, y.surname()) != 1
            || rightWords.contains(gx) || leftWords.contains(gy)) {
          continue;
        }
        double conf = BASE + (rel == null ? 0 : 0.1 * rel.score()) + (sameTitle ? 0.05 : 0);
        if (a.view().hedged() || b.view().hedged()) {
          conf -= 0.1;
        }
        String note = "Each article names one " + surname(x) + " only, and \"" + gx + "\" and \""
            + gy + "\" are not forms of one given name.";
        AttributeCheck.keep(best, x.surname(), new Finding(Kind.ATTRIBUTE, a.view().claim(),
            b.view().claim(), x.span(), y.span(), x.span().text(), y.span().text(), "name",
            List.of(note), conf));
      }
    }
    out.addAll(best.values());
  }

  /** The surname as written at the end of the name ("Stevens"). */
  private static String surname(PersonName p) {
    String t = p.span().text();
    int space = t.lastIndexOf(' ');
    return space < 0 ? t : t.substring(space + 1);
  }

  /** How many people of one surname an article names by given name (1 when one only). */
  private static int people(Map<String, Set<List<String>>> names, String surname) {
    List<List<String>> distinct = new ArrayList<>();
    for (List<String> g : names.getOrDefault(surname, Set.of())) {
      if (distinct.stream().noneMatch(d -> PersonName.compatible(d, g))) {
        distinct.add(g);
      }
    }
    return distinct.size();
  }

  /** The first given name that is not an initial, when news writes it as one; else null. */
  private String firstFull(List<String> given) {
    for (String g : given) {
      if (g.length() > 1) {
        return words.givenNames().containsKey(g) ? g : null;
      }
    }
    return null;
  }

  /**
   * Whether two given names may be one name: equal, forms of one name ("bill", "william"), one
   * the start of the other ("chris", "christopher"), or spelled to one sound ("steven",
   * "stephen").
   */
  boolean oneName(String a, String b) {
    if (a.equals(b) || a.length() >= 3 && b.startsWith(a) || b.length() >= 3 && a.startsWith(b)
        || soundex(a).equals(soundex(b))) {
      return true;
    }
    Set<String> fa = forms(a);
    for (String f : forms(b)) {
      if (fa.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one name is given to men only and the other to women only. */
  private boolean twoSexes(String a, String b) {
    Set<String> sa = words.givenNames().get(a);
    Set<String> sb = words.givenNames().get(b);
    return sa.size() == 1 && sb.size() == 1 && !sa.equals(sb);
  }

  private Set<String> forms(String name) {
    Set<String> f = words.givenNameForms().get(name);
    return f == null ? Set.of(name) : f;
  }

  /** The American Soundex code of a name: its first letter and three digits of its sounds. */
  static String soundex(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (s.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder().append(Character.toUpperCase(s.charAt(0)));
    char last = code(s.charAt(0));
    for (int i = 1; i < s.length() && b.length() < 4; i++) {
      char c = s.charAt(i);
      char d = code(c);
      if (d != '0' && d != last) {
        b.append(d);
      }
      if (c != 'h' && c != 'w') {
        last = d;
      }
    }
    while (b.length() < 4) {
      b.append('0');
    }
    return b.toString();
  }

  private static char code(char c) {
    return switch (c) {
      case 'b', 'f', 'p', 'v' -> '1';
      case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
      case 'd', 't' -> '3';
      case 'l' -> '4';
      case 'm', 'n' -> '5';
      case 'r' -> '6';
      default -> '0';
    };
  }

  /** The full names of people in the claims of one article (read once per article). */
  private List<Named> named(ArticlePair.Side side) {
    return side.memo(this, "named", s -> List.copyOf(readNamed(s)));
  }

  /**
   * Whether a kin word stands among the {@value #KIN_WORDS} words before the name (which ends
   * before word {@code before + 1}) or in an apposition right after it (which starts at word
   * {@code after}): "his grandson Rob Jones", "Rob Jones, Felt's grandson".
   */
  private boolean kin(ClaimWords w, int before, int after) {
    for (int k = before; k >= 0 && k > before - KIN_WORDS; k--) {
      if (words.kinNouns().contains(w.lower(k))) {
        return true;
      }
    }
    if (after >= w.size() || !w.between(w.end(after - 1), w.start(after)).strip().equals(",")) {
      return false;
    }
    for (int k = after; k < w.size() && k < after + KIN_WORDS; k++) {
      if (words.kinNouns().contains(PersonName.unowned(w, k))) {
        return true;
      }
    }
    return false;
  }

  private List<Named> readNamed(ArticlePair.Side side) {
    List<Named> out = new ArrayList<>();
    for (PersonName.InClaim n : PersonName.fullNames(side, words.titles())) {
      ClaimView c = n.claim();
      ClaimWords w = c.words();
      PersonName p = n.name();
      if (NOT_SURNAMES.contains(p.surname()) || words.organisationWords().contains(p.surname())
          || words.placeNouns().contains(p.surname())) {
        continue;
      }
      int k = w.firstWordFrom(p.span().start()) - 1;
      if (kin(w, k, w.lastWordBefore(p.span().end()) + 1)) {
        continue;
      }
      String title = k >= 0 && PersonName.joined(w, k + 1)
          && words.titles().contains(PersonName.plain(w, k)) ? PersonName.plain(w, k) : "";
      out.add(new Named(c, p, title));
    }
    return out;
  }
}
