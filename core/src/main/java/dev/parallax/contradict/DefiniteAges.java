package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NUMERIC, the age of the one person a story names by a role: "the bus driver, 45," and "the
 * 52-year-old bus driver" are one person, whose age the two reports give twice ("The gunman, 24,
 * was shot dead" against "Police shot dead the 26-year-old gunman"). A described age is a number
 * set off by commas right after "the", up to {@value #MODIFIERS} words and a noun of a person
 * (pack facet {@code described-person}: "driver", "gunman", "pilot"), or a number of years joined
 * to "-old" between "the" and such a noun. Two are one person's when their nouns are one and the
 * words before one noun hold those before the other ("bus driver" and "driver").
 *
 * <p>Left alone: a noun whose article gives it two ages, or writes it in the plural or after a
 * number ("two drivers", "the drivers": more than one such person); reports whose dates lie as
 * many years apart as the ages (rounded up), and undated reports whose ages lie at most {@value
 * PersonAgeCheck#UNDATED_YEARS} years apart. Confidence {@value #CONFIDENCE}, 0.1 less for a
 * hedged claim. Immutable and thread-safe.
 */
final class DefiniteAges implements Check {
  /** The confidence of a finding: a role may stand for two people of one story. */
  static final double CONFIDENCE = 0.6;
  /** The most words between "the" and the noun of the person. */
  static final int MODIFIERS = 2;
  /** The oldest age read. */
  static final int OLDEST = 120;

  private static final Pattern YEARS = Pattern.compile("P(\\d{1,3})Y");

  private final Set<String> nouns;
  private final Set<String> definite;

  /**
   * @param nouns nouns of a person a story names by role (pack facet {@code described-person}),
   *     lower case
   * @param definite determiners that make the description one person's ({@code the})
   */
  DefiniteAges(Set<String> nouns, Set<String> definite) {
    this.nouns = Set.copyOf(nouns);
    this.definite = Set.copyOf(definite);
  }

  /**
   * An age of a described person: the noun's stem, the stems before it, the years, the words
   * that give it and the description as written ("bus driver").
   */
  private record Aged(ClaimView view, String noun, Set<String> before, int years,
      TextSpan span, String described) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    Optional<LocalDate> l = pair.left().published();
    Optional<LocalDate> r = pair.right().published();
    for (Aged a : aged(pair.left())) {
      for (Aged b : aged(pair.right())) {
        if (!a.noun().equals(b.noun()) || a.years() == b.years()
            || !a.before().containsAll(b.before()) && !b.before().containsAll(a.before())) {
          continue;
        }
        int apart = Math.abs(a.years() - b.years());
        List<String> notes = new ArrayList<>();
        double conf = CONFIDENCE;
        if (l.isPresent() && r.isPresent()) {
          if (apart <= Math.ceil(Math.abs(ChronoUnit.DAYS.between(l.get(), r.get())) / 365.0)) {
            continue; // written far enough apart for the age to have changed
          }
        } else if (apart <= PersonAgeCheck.UNDATED_YEARS) {
          continue;
        } else {
          conf *= NumericCheck.UNDATED;
          notes.add(NumericCheck.UNDATED_AGES);
        }
        if (a.view().hedged() || b.view().hedged()) {
          conf -= 0.1;
        }
        String described = a.described().length() >= b.described().length() ? a.described()
            : b.described();
        notes.add("A story's \"the " + described + "\" is one person, with one age on the day"
            + " of a report.");
        out.add(new Finding(Kind.NUMERIC, a.view().claim(), b.view().claim(), a.span(),
            b.span(), a.years() + " years old", b.years() + " years old", "", notes, conf));
      }
    }
  }

  /** The described ages of one article; none of a noun it gives two ages or writes as many. */
  private List<Aged> aged(ArticlePair.Side side) {
    return side.memo(this, "aged", s -> List.copyOf(readAged(s)));
  }

  private List<Aged> readAged(ArticlePair.Side side) {
    List<Aged> all = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      all.addAll(apposed(c));
      all.addAll(joined(c));
    }
    List<Aged> out = new ArrayList<>();
    for (Aged a : all) {
      boolean twoAges = all.stream().anyMatch(o -> o.noun().equals(a.noun())
          && o.years() != a.years());
      if (!twoAges && !many(side, a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Whether the article writes the noun of {@code a} in the plural or after a number ("the
   * drivers", "two drivers"): more than one such person.
   */
  private static boolean many(ArticlePair.Side side, Aged a) {
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        if (!w.stem(i).equals(a.noun())) {
          continue;
        }
        String word = w.lower(i);
        if (word.endsWith("s") && !word.endsWith("ss") || word.endsWith("men")
            || i > 0 && w.isNumber(i - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the bus driver, 45,": a number set off by commas right after a described person. */
  private List<Aged> apposed(ClaimView c) {
    List<Aged> out = new ArrayList<>();
    ClaimWords w = c.words();
    for (int i = 1; i + 1 < w.size(); i++) {
      if (!nouns.contains(w.lower(i)) || !w.between(w.end(i), w.start(i + 1)).equals(", ")) {
        continue;
      }
      int age = years(w, i + 1);
      boolean closed = i + 2 >= w.size()
          || w.between(w.end(i + 1), w.start(i + 2)).startsWith(",");
      int the = determiner(w, i);
      if (age < 0 || !closed || the < 0) {
        continue;
      }
      out.add(new Aged(c, w.stem(i), before(w, the + 1, i), age,
          w.span(w.start(the), w.end(i + 1)), w.between(w.start(the + 1), w.end(i))));
    }
    return out;
  }

  /** "the 52-year-old bus driver": a number of years joined to "-old" after "the". */
  private List<Aged> joined(ClaimView c) {
    List<Aged> out = new ArrayList<>();
    ClaimWords w = c.words();
    for (TimeFacet t : c.claim().facets(TimeFacet.class)) {
      Matcher y = YEARS.matcher(t.value());
      if (t.type() != TimeFacet.Type.DURATION || !y.matches() || c.negated(t.span())
          || !w.between(t.span().end(), Math.min(t.span().end() + 4, c.claim().span().end()))
              .equals("-old")) {
        continue;
      }
      int first = w.firstWordFrom(t.span().start());
      if (first < 1 || !definite.contains(w.lower(first - 1))) {
        continue;
      }
      int k = w.firstWordFrom(t.span().end() + 4);
      int end = Math.min(w.size(), k + MODIFIERS + 1);
      for (int n = k; n < end; n++) {
        if (w.isCapitalised(n) || !w.isContent(n) || n > k && !w.gapIsSpace(w.end(n - 1),
            w.start(n))) {
          break;
        }
        if (nouns.contains(w.lower(n))) {
          int age = Integer.parseInt(y.group(1));
          if (age <= OLDEST) {
            out.add(new Aged(c, w.stem(n), before(w, k, n), age,
                w.span(w.start(first - 1), w.end(n)), w.between(w.start(k), w.end(n))));
          }
          break;
        }
      }
    }
    return out;
  }

  /** The determiner up to {@value #MODIFIERS} lower-case words before the noun at {@code i}. */
  private int determiner(ClaimWords w, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 1 - MODIFIERS; k--) {
      if (definite.contains(w.lower(k))) {
        return k;
      }
      if (w.isCapitalised(k) || !w.isContent(k) || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
        return -1;
      }
    }
    return -1;
  }

  /** The stems of the words from {@code from} up to the noun at {@code noun}. */
  private static Set<String> before(ClaimWords w, int from, int noun) {
    Set<String> out = new LinkedHashSet<>();
    for (int k = from; k < noun; k++) {
      out.add(w.stem(k));
    }
    return out;
  }

  /** The whole number of years word {@code i} writes in digits, 1 to {@value #OLDEST}, or -1. */
  private static int years(ClaimWords w, int i) {
    String t = w.text(i);
    if (t.isEmpty() || t.length() > 3 || !t.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int n = Integer.parseInt(t);
    return n >= 1 && n <= OLDEST ? n : -1;
  }
}
