package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the home of an unnamed person whom news describes by age and trade: "a 31-year-old
 * scaffolder from Inverness", "a scaffolder from Dundee aged 31", "a 19-year-old from
 * Harlingford". One person has one age and one trade, so two articles that give a person of the
 * same age and the same noun (or none on one side) two places disagree, as {@link Hometowns} reads
 * it for a named person: the places share no word and neither article names the other's place
 * anywhere (a suburb and its city, a second person). A country after "from" is a nationality
 * ({@link Nationalities}); an article that describes two such persons alike tells of two. The
 * description opens with an article of the pack facet {@code described-person-article} ("a").
 */
final class DescribedHomes {
  /** The most words between the article or the age and the noun described. */
  static final int MODIFIERS = 2;

  private final Set<String> articles;
  private final Set<String> ageWords;
  private final Map<String, String> countries;

  DescribedHomes(AttributeWords words) {
    this.articles = words.describedArticles();
    this.ageWords = words.ageWords();
    this.countries = words.nationalities();
  }

  /** One described person's home: the age as written, the noun (or empty) and the place. */
  private record Home(ClaimView view, String age, String noun, String shown, TextSpan place,
      Set<String> words) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Home> left = homes(pair.left());
    List<Home> right = homes(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Home a : left) {
      for (Home b : right) {
        if (!a.age().equals(b.age()) || !sameNoun(a.noun(), b.noun())
            || !Collections.disjoint(a.words(), b.words())
            || Hometowns.names(pair.right(), a.words()) || Hometowns.names(pair.left(), b.words())
            || twice(left, a) || twice(right, b)) {
          continue;
        }
        String noun = a.noun().isEmpty() ? b.noun() : a.noun();
        String shown = a.noun().isEmpty() ? b.shown() : a.shown();
        double conf = Hometowns.CONFIDENCE
            - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.place(),
            b.place(), a.place().text(), b.place().text(), "home", List.of("Both speak of "
                + article(a.age()) + " " + a.age() + "-year-old"
                + (shown.isEmpty() ? "" : " " + shown) + "."), conf);
        AttributeCheck.keep(best, List.of(a.age(), noun), f);
      }
    }
    out.addAll(best.values());
  }

  /** "an" before an age read with a vowel ("an 18-year-old", "an 8-year-old"), else "a". */
  static String article(String age) {
    return age.startsWith("8") || age.equals("11") || age.equals("18") ? "an" : "a";
  }

  private static boolean sameNoun(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** Whether an article describes two persons of one age and noun with two homes. */
  private static boolean twice(List<Home> side, Home h) {
    for (Home o : side) {
      if (o != h && o.age().equals(h.age()) && sameNoun(o.noun(), h.noun())
          && Collections.disjoint(o.words(), h.words())) {
        return true;
      }
    }
    return false;
  }

  private List<Home> homes(ArticlePair.Side side) {
    List<Home> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int f = 1; f + 1 < w.size(); f++) {
        if (!w.lower(f).equals("from") || !w.gapIsSpace(w.end(f), w.start(f + 1))) {
          continue;
        }
        int[] run = PersonName.runFrom(w, f + 1);
        if (run == null || run[1] - run[0] >= Hometowns.MAX_PLACE_WORDS
            || country(w, run)) {
          continue;
        }
        Home h = before(c, w, f, run);
        if (h == null) {
          h = after(c, w, f, run);
        }
        if (h != null) {
          out.add(h);
        }
      }
    }
    return out;
  }

  /** "a 31-year-old scaffolder from Inverness", "a 19-year-old from Harlingford". */
  private Home before(ClaimView c, ClaimWords w, int f, int[] run) {
    boolean named = w.isContent(f - 1) && !w.isCapitalised(f - 1) && !isOld(w, f - 1);
    String noun = named ? w.stem(f - 1) : "";
    int k = named ? f - 2 : f - 1;
    for (int m = 0; m <= MODIFIERS && k >= 3; m++, k--) {
      if (isOld(w, k)) {
        return articles.contains(w.lower(k - 3))
            ? home(c, w, w.text(k - 2), noun, named ? w.lower(f - 1) : "", run) : null;
      }
      if (!w.isContent(k) || w.isCapitalised(k)) {
        return null;
      }
    }
    return null;
  }

  /**
   * "a scaffolder from Dundee aged 31": an article, a noun, the place, then a word of age (pack
   * facet {@code age-word}) and the age.
   */
  private Home after(ClaimView c, ClaimWords w, int f, int[] run) {
    int a = run[1] + 1;
    if (a + 1 >= w.size() || !ageWords.contains(w.lower(a)) || !w.isNumber(a + 1)
        || !w.gapIsSpace(w.end(run[1]), w.start(a)) || !w.isContent(f - 1)
        || w.isCapitalised(f - 1)) {
      return null;
    }
    for (int k = f - 2; k >= 0 && k >= f - 2 - MODIFIERS; k--) {
      if (articles.contains(w.lower(k))) {
        return home(c, w, w.text(a + 1), w.stem(f - 1), w.lower(f - 1), run);
      }
      if (!w.isContent(k) || w.isCapitalised(k)) {
        return null;
      }
    }
    return null;
  }

  /** Whether words {@code k - 2} to {@code k} write an age: "31-year-old". */
  private static boolean isOld(ClaimWords w, int k) {
    return k >= 2 && w.lower(k).equals("old") && w.lower(k - 1).startsWith("year")
        && w.isNumber(k - 2) && w.between(w.end(k - 2), w.start(k - 1)).equals("-")
        && w.between(w.end(k - 1), w.start(k)).equals("-");
  }

  private boolean country(ClaimWords w, int[] run) {
    StringBuilder b = new StringBuilder();
    for (int i = run[0]; i <= run[1]; i++) {
      b.append(i > run[0] ? " " : "").append(w.lower(i));
      if (countries.containsKey(b.toString())) {
        return true;
      }
    }
    return false;
  }

  private static Home home(ClaimView c, ClaimWords w, String age, String noun, String shown,
      int[] run) {
    Set<String> words = new LinkedHashSet<>();
    for (int i = run[0]; i <= run[1]; i++) {
      words.add(w.lower(i).toLowerCase(Locale.ROOT));
    }
    return new Home(c, age, noun, shown, w.span(w.start(run[0]), w.end(run[1])), words);
  }
}
