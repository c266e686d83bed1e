package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, where one journey began or was bound: a word of travel ("sailed", "a crossing", "a
 * flight", "arrived") and, a few words on, "from" and a named place, and maybe "to" or "for" and
 * another ("sailing from Ningbo to Rotterdam", "on a crossing from Piraeus", "heading from the
 * Chinese port of Ningbo to Antwerp"). A place is a run of capitalised words, or the name after
 * a place noun and "of" ("the port of Piraeus"); a country or region after it ("Guayaquil,
 * Ecuador", "Ningbo in China") only places it. The words of travel and the place nouns are the
 * pack's (facets {@code journey-word}, {@code journey-place-noun}).
 *
 * <p>Two journeys of related claims clash on their start when both give one and the two places
 * share no word (nor a spelling one letter apart), and their ends, if both give one, agree; on
 * their end when both give the same start and two ends. Both places are countries or neither
 * (a country holds the town: "from Lima" and "from Peru"). Neither article may name the other's place
 * anywhere: a journey of two legs names the stop between them ("from Piraeus" and "from Syros"
 * in a report that calls at both), and a region and a town in it are named together. A finding
 * stands at {@value #BASE}, 0.05 more when both give the other end too, plus a tenth of the
 * claims' alignment score, 0.1 less when either claim is hedged.
 */
final class Journeys {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.5;
  /** The most words between the word of travel and "from" ("sailing under the flag from"). */
  static final int MAX_TO_FROM = 4;
  /** The most words of a place's name. */
  static final int MAX_PLACE = 3;
  /** The most words before a place noun ("the Colombian port of"). */
  static final int MAX_BEFORE_NOUN = 2;

  private final Set<String> travel;
  private final Set<String> placeNouns;
  private final Map<String, String> countries;

  Journeys(AttributeWords words) {
    this.travel = words.journeyWords();
    this.placeNouns = words.journeyPlaceNouns();
    this.countries = words.nationalities();
  }

  /** A place as a claim names it: its words in lower case and where it stands. */
  private record Place(List<String> words, TextSpan span, int last) {
    String text() {
      return String.join(" ", words);
    }
  }

  /** One journey as one claim gives it: its start and, if given, its end. */
  private record Journey(ClaimView view, Place from, Place to) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (ArticlePair.Related rel : pair.related()) {
      for (Journey a : journeys(rel.left())) {
        for (Journey b : journeys(rel.right())) {
          compare(pair, rel, a, b, best);
        }
      }
    }
    out.addAll(best.values());
  }

  private void compare(ArticlePair pair, ArticlePair.Related rel, Journey a, Journey b,
      Map<Object, Finding> best) {
    boolean bothEnds = a.to() != null && b.to() != null;
    Place x;
    Place y;
    String aspect;
    if (!same(a.from(), b.from())) {
      if (bothEnds && !same(a.to(), b.to())) {
        return; // another journey altogether
      }
      x = a.from();
      y = b.from();
      aspect = "origin";
    } else if (bothEnds && !same(a.to(), b.to())) {
      x = a.to();
      y = b.to();
      aspect = "destination";
    } else {
      return;
    }
    if (alike(x, y) || countries.containsKey(x.text()) != countries.containsKey(y.text())
        || names(pair.left(), y) || names(pair.right(), x)) {
      return;
    }
    double conf = BASE + (bothEnds ? 0.05 : 0) + 0.1 * rel.score()
        - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
    Finding f = new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), x.span(),
        y.span(), x.span().text(), y.span().text(), aspect,
        List.of("Both tell where one journey " + (aspect.equals("origin") ? "began." : "ended.")),
        conf);
    AttributeCheck.keep(best, aspect, f);
  }

  /** Whether two places share a word. */
  private static boolean same(Place a, Place b) {
    for (String w : a.words()) {
      if (b.words().contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two places are one name spelled two ways (one letter apart). */
  private static boolean alike(Place a, Place b) {
    return QuoteSpeakers.alike(a.text(), b.text());
  }

  /** Whether any capitalised word of {@code side} is a word of {@code place}. */
  private static boolean names(ArticlePair.Side side, Place place) {
    Set<String> words = side.memo(Journeys.class, "capitals",
        QuoteSpeakers::capitalisedWords);
    return place.words().stream().anyMatch(words::contains);
  }

  private List<Journey> journeys(ClaimView c) {
    List<Journey> out = new ArrayList<>();
    ClaimWords w = c.words();
    for (int i = 0; i < w.size(); i++) {
      if (!travel.contains(w.lower(i))) {
        continue;
      }
      for (int f = i + 1; f < w.size() - 1 && f - i <= MAX_TO_FROM + 1; f++) {
        if (!w.gapIsSpace(w.end(f - 1), w.start(f))) {
          break;
        }
        if (!w.lower(f).equals("from")) {
          continue;
        }
        Place from = place(w, f + 1);
        if (from != null && !c.negated(from.span())) {
          out.add(new Journey(c, from, end(w, from.last() + 1)));
        }
        break;
      }
    }
    return out;
  }

  /**
   * The end of a journey after its start, from word {@code k}: "to" or "for" and a place, past
   * the region that places the start ("from Ningbo in China to Rotterdam", "from Guayaquil,
   * Ecuador, to Sines"); null when none follows.
   */
  private Place end(ClaimWords w, int k) {
    if (k + 1 < w.size() && (w.lower(k).equals("in") && w.gapIsSpace(w.end(k - 1), w.start(k))
        || w.between(w.end(k - 1), w.start(k)).equals(", ")) && w.isCapitalised(
        w.lower(k).equals("in") ? k + 1 : k)) {
      Place region = place(w, w.lower(k).equals("in") ? k + 1 : k);
      if (region == null) {
        return null;
      }
      k = region.last() + 1;
    }
    if (k + 1 >= w.size() || !(w.lower(k).equals("to") || w.lower(k).equals("for"))
        || !w.between(w.end(k - 1), w.start(k)).strip().matches(",?")
        || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
      return null;
    }
    return place(w, k + 1);
  }

  /**
   * The place named from word {@code k}: a run of up to {@value #MAX_PLACE} capitalised words,
   * after "the", a few words and a place noun with "of" if any ("the Chinese port of Ningbo");
   * null when no capitalised word stands there, when it is a possessive, or when a number follows
   * it (a date: "from March 3").
   */
  private Place place(ClaimWords w, int k) {
    if (k < w.size() && w.lower(k).equals("the")) {
      for (int n = k + 1; n < w.size() - 2 && n - k <= MAX_BEFORE_NOUN + 1; n++) {
        if (placeNouns.contains(w.lower(n)) && w.lower(n + 1).equals("of")) {
          k = n + 2;
          break;
        }
      }
    }
    if (k >= w.size() || !PersonName.capitalised(w, k)) {
      return null;
    }
    int last = k;
    while (last + 1 < w.size() && last + 1 - k < MAX_PLACE && PersonName.capitalised(w, last + 1)
        && w.gapIsSpace(w.end(last), w.start(last + 1))) {
      last++;
    }
    if (PersonName.possessive(w, last)
        || last + 1 < w.size() && w.isNumber(last + 1)
        && w.gapIsSpace(w.end(last), w.start(last + 1))) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int i = k; i <= last; i++) {
      words.add(PersonName.plain(w, i));
    }
    return new Place(List.copyOf(words), w.span(w.start(k), w.end(last)), last);
  }
}
