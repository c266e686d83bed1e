package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEMPORAL: the year a thing was made against its age in the other article, in dated reports:
 * "The bridge, built in 1958" is 66 or 67 years old in 2025, so "a nearly 40-year-old bridge"
 * cannot be it. A made year is a year alone right after a verb of making (pack facet {@code
 * making-verb}: "built", "founded", "opened") and "in", with the noun of the thing at most
 * {@value #NOUN_WORDS} words before the verb ("The two-lane bridge, built in 1958"); an age is a
 * number of years joined to "-old" before the noun of a thing ("a 40-year-old bridge"; one of up
 * to three words after it), with the bound its number is written with ("nearly 40"). The two are
 * compared when the nouns are one by stem, and the age the year gives at the
 * publication date (a year less before the day it was made) lies outside what the age allows.
 * People are left out: their ages are read by {@link TimeLengths}, by name.
 */
final class AgeCheck implements Check {
  /** The most words between the noun of the thing and the verb of making. */
  static final int NOUN_WORDS = 4;
  /** The confidence of a finding: the nouns may name two things of one kind. */
  static final double CONFIDENCE = 0.6;
  /** The aspect of a finding, as its explanation names it. */
  static final String AGE = "age";

  private static final Pattern YEARS = Pattern.compile("P(\\d{1,3})Y");

  private final Set<String> makingVerbs;

  /**
   * A check.
   *
   * @param makingVerbs verbs whose year is when a thing was made (pack facet {@code
   *     making-verb}), lower case
   */
  AgeCheck(Set<String> makingVerbs) {
    this.makingVerbs = Set.copyOf(makingVerbs);
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    compare(pair.left(), pair.right(), true, out);
    compare(pair.right(), pair.left(), false, out);
    madeTwice(pair, out);
  }

  /**
   * Two made years of one thing ("Kestrel, founded in 2019" against "Founded in 2017, Kestrel
   * ranked"): a thing is made once, so two years clash, unless an article gives that thing two
   * made years or writes the other's year anywhere (a rebuilding, a relaunch).
   */
  private void madeTwice(ArticlePair pair, List<Finding> out) {
    List<Made> left = new ArrayList<>();
    pair.left().claims().forEach(c -> left.addAll(made(c)));
    List<Made> right = new ArrayList<>();
    pair.right().claims().forEach(c -> right.addAll(made(c)));
    for (Made a : left) {
      for (Made b : right) {
        if (!a.noun().equals(b.noun()) || a.year() == b.year() || years(left, a) > 1
            || years(right, b) > 1 || writes(pair.left(), b.year())
            || writes(pair.right(), a.year())) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.05 : 0);
        // the evidence is the year, as the date check gives it: the surer finding stands
        out.add(new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(), year(a),
            year(b), String.valueOf(a.year()), String.valueOf(b.year()), "year",
            List.of("A thing is made once."), conf));
      }
    }
  }

  /** The four digits of a made year, the end of its span. */
  private static TextSpan year(Made m) {
    return m.view().words().span(m.span().end() - 4, m.span().end());
  }

  /** How many made years {@code all} gives the noun of {@code m}. */
  private static long years(List<Made> all, Made m) {
    return all.stream().filter(o -> o.noun().equals(m.noun())).mapToInt(Made::year).distinct()
        .count();
  }

  /** Whether any claim of {@code side} writes {@code year}. */
  private static boolean writes(ArticlePair.Side side, int year) {
    String y = String.valueOf(year);
    return side.claims().stream().anyMatch(c -> c.claim().text().contains(y));
  }

  /** A year a thing was made, of a claim. */
  private record Made(ClaimView view, TextSpan span, int year, String noun) {}

  /** An age of a thing, of a claim: the years it allows, and how a reader writes them. */
  private record Age(ClaimView view, TextSpan span, double low, double high, String shown,
      Set<String> nouns) {}

  /** Each made year of {@code made} against each age of {@code aged}. */
  private void compare(ArticlePair.Side made, ArticlePair.Side aged, boolean madeLeft,
      List<Finding> out) {
    Optional<LocalDate> published = made.published();
    if (published.isEmpty() || aged.published().isEmpty()
        || !published.get().equals(aged.published().get())) {
      return; // an age is told on a day: reports of two dates may give two
    }
    int now = published.get().getYear();
    List<Age> ages = new ArrayList<>();
    for (ClaimView c : aged.claims()) {
      ages.addAll(ages(c));
    }
    for (ClaimView c : made.claims()) {
      for (Made m : made(c)) {
        for (Age a : ages) {
          if (!a.nouns().contains(m.noun())) {
            continue;
          }
          int oldest = now - m.year();
          int youngest = oldest - 1; // before the day it was made, a year less
          if (a.high() >= youngest && a.low() <= oldest) {
            continue;
          }
          double conf = CONFIDENCE - (m.view().hedged() || a.view().hedged() ? 0.05 : 0);
          String madeSays = "made in " + m.year() + ", " + youngest + " or " + oldest
              + " years old in " + now;
          out.add(madeLeft
              ? new Finding(Kind.TEMPORAL, m.view().claim(), a.view().claim(), m.span(),
                  a.span(), madeSays, a.shown(), AGE, List.of(), conf)
              : new Finding(Kind.TEMPORAL, a.view().claim(), m.view().claim(), a.span(),
                  m.span(), a.shown(), madeSays, AGE, List.of(), conf));
        }
      }
    }
  }

  /** The made years of a claim: "built in 1958" after the noun of the thing. */
  private List<Made> made(ClaimView c) {
    List<Made> out = new ArrayList<>();
    ClaimWords w = c.words();
    for (TimeFacet t : c.claim().facets(TimeFacet.class)) {
      if (t.type() != TimeFacet.Type.DATE || !t.value().matches("\\d{4}")
          || c.negated(t.span())) {
        continue;
      }
      int first = w.firstWordFrom(t.span().start());
      if (first < 2 || !w.lower(first - 1).equals("in")
          || !makingVerbs.contains(w.lower(first - 2))) {
        continue;
      }
      int after = w.firstWordFrom(t.span().end());
      if (first == 2 && after < w.size() && w.isCapitalised(after)
          && w.between(t.span().end(), w.start(after)).strip().equals(",")) {
        // "Founded in 2017, Kestrel ranked": the thing is the name the opening phrase describes
        out.add(new Made(c, w.span(w.start(0), t.span().end()), Integer.parseInt(t.value()),
            w.stem(after)));
        continue;
      }
      // the nearest content word before the verb: "The two-lane bridge, built in 1958"
      for (int k = first - 3; k >= 0 && k >= first - 2 - NOUN_WORDS; k--) {
        if (w.isContent(k) && !w.isNumber(k)) {
          out.add(new Made(c, w.span(w.start(first - 2), t.span().end()),
              Integer.parseInt(t.value()), w.stem(k)));
          break;
        }
      }
    }
    return out;
  }

  /** The ages of things of a claim: "a nearly 40-year-old bridge". */
  private static List<Age> ages(ClaimView c) {
    List<Age> out = new ArrayList<>();
    ClaimWords w = c.words();
    for (TimeFacet t : c.claim().facets(TimeFacet.class)) {
      Matcher y = YEARS.matcher(t.value());
      if (t.type() != TimeFacet.Type.DURATION || !y.matches() || c.negated(t.span())) {
        continue;
      }
      String after = w.between(t.span().end(), Math.min(t.span().end() + 4,
          c.claim().span().end())).toLowerCase(Locale.ROOT);
      if (!after.equals("-old")) {
        continue; // "40 years old" says its noun before it, in a clause of its own
      }
      int noun = w.firstWordFrom(t.span().end() + 4); // "40-year-old bridge"
      // the noun is one of up to three content words after the age, before a break: "a
      // 40-year-old steel bridge", "the 30-year-old company employs"
      int head = -1;
      Set<String> nouns = new java.util.LinkedHashSet<>();
      for (int k = noun; k >= 0 && k < w.size() && k < noun + 3; k++) {
        if (!w.isContent(k) || w.isNumber(k) || w.isCapitalised(k)
            || k > noun && !w.gapIsSpace(w.end(k - 1), w.start(k))) {
          break; // "a 58-year-old Smith": a person, read by name elsewhere
        }
        head = k;
        nouns.add(w.stem(k));
      }
      if (head < 0) {
        continue;
      }
      double n = Integer.parseInt(y.group(1));
      double low = n;
      double high = n;
      String shown = (int) n + " years old";
      int startAt = t.span().start();
      for (QuantityFacet q : c.claim().facets(QuantityFacet.class)) {
        if (q.span().end() > t.span().start() && q.span().start() < t.span().end()
            || q.span().end() >= t.span().start() - 1 && q.span().end() <= t.span().end()
                && q.value() == n) {
          low = Math.min(q.low(), n);
          high = Math.max(q.high(), n);
          startAt = Math.min(startAt, q.span().start());
          if (q.span().start() < t.span().start()) {
            // "nearly 40 years old": the bound written before the number
            shown = w.between(q.span().start(), t.span().start()).strip() + " " + shown;
          }
        }
      }
      int from = w.firstWordFrom(startAt);
      if (from > 0 && (w.lower(from - 1).equals("a") || w.lower(from - 1).equals("an"))) {
        from--;
      }
      out.add(new Age(c, w.span(w.start(from), w.end(noun)), low, high, shown, nouns));
    }
    return out;
  }
}
