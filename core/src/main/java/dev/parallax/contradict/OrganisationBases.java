package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, where a named organisation is based: news gives the seat of a company, a group or a
 * studio in one of two set forms, after the name ("Carbonix, a start-up based in Lyon", "Halden
 * Foods, based in Aarhus,") or as a compound before a noun ("Grenoble-based start-up Carbonix",
 * "Bramblewood Pictures, the Culver City-based studio"; the words of pack facet {@code
 * base-word}: "based", "headquartered"). An organisation has one seat, so two articles clash when
 * they give one name (the words of one hold the other's) two places that share no word, neither a
 * country, neither article naming the other's place anywhere (a city and a suburb of it, both
 * named, may both be right) nor giving the name two seats itself. A negated claim gives no seat.
 * A person's base is read alike ("Anna Berg, a London-based analyst"): one story gives one.
 *
 * <p>Confidence {@value #CONFIDENCE}. Immutable and thread-safe.
 */
final class OrganisationBases implements Check {
  /** The confidence of a finding. */
  static final double CONFIDENCE = 0.6;
  /** The most words of a place's or an organisation's name. */
  static final int NAME_WORDS = 4;
  /** The most lower-case words between a compound seat and the name after it. */
  static final int NOUN_WORDS = 3;

  private final Set<String> baseWords;
  private final Set<String> articles;
  private final Map<String, String> countries;

  /**
   * @param baseWords words that, after "-" or before "in", give a seat (pack facet {@code
   *     base-word}), lower case
   * @param articles articles that open a description in apposition (pack facet {@code
   *     apposition-article}), lower case
   * @param countries country names, lower case (the attribute words' nationalities)
   */
  OrganisationBases(Set<String> baseWords, Set<String> articles, Map<String, String> countries) {
    this.baseWords = Set.copyOf(baseWords);
    this.articles = Set.copyOf(articles);
    this.countries = Map.copyOf(countries);
  }

  /**
   * One seat given to one name: the words that give it ("based in Lyon", "Grenoble-based"), the
   * name as written, the name's and the place's lower-case words, and the place as written.
   */
  record Seat(ClaimView view, TextSpan evidence, String written, Set<String> name,
      Set<String> place, String placeWritten) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Seat> left = seats(pair.left());
    List<Seat> right = seats(pair.right());
    for (Seat a : left) {
      for (Seat b : right) {
        if (!oneName(a, b) || shareWord(a.place(), b.place()) || twoSeats(left, a)
            || twoSeats(right, b) || Sites.names(pair.left(), b.place())
            || Sites.names(pair.right(), a.place())) {
          continue;
        }
        out.add(new Finding(Kind.ATTRIBUTE, a.view().claim(), b.view().claim(), a.evidence(),
            b.evidence(), a.placeWritten(), b.placeWritten(), "seat",
            List.of("Both give where " + a.written() + " is based."), CONFIDENCE));
      }
    }
  }

  private static boolean oneName(Seat a, Seat b) {
    return a.name().containsAll(b.name()) || b.name().containsAll(a.name());
  }

  private static boolean shareWord(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  /** Whether the article gives the name of {@code s} another seat too. */
  private static boolean twoSeats(List<Seat> seats, Seat s) {
    return seats.stream().anyMatch(o -> oneName(o, s) && !o.place().equals(s.place()));
  }

  /** The seats the claims of one article give (read once per article). */
  List<Seat> seats(ArticlePair.Side side) {
    return side.memo(this, "seats", s -> List.copyOf(read(s)));
  }

  private List<Seat> read(ArticlePair.Side side) {
    List<Seat> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 1; i < w.size(); i++) {
        Seat s = null;
        if (baseWords.contains(w.lower(i)) && w.between(w.end(i - 1), w.start(i)).equals("-")) {
          s = compound(c, w, i);
        } else if (baseWords.contains(w.lower(i)) && i + 1 < w.size()
            && w.lower(i + 1).equals("in")) {
          s = after(c, w, i);
        }
        if (s != null && !c.negated(s.evidence()) && !country(s.place())) {
          out.add(s);
        }
      }
    }
    return out;
  }

  private boolean country(Set<String> place) {
    return countries.containsKey(String.join(" ", place));
  }

  /**
   * The seat of "PLACE-based": the place is the capitalised run before the hyphen; the name the
   * capitalised run after up to {@value #NOUN_WORDS} lower-case words ("Grenoble-based start-up
   * Carbonix"), or the name before a comma and an article that opens the compound ("Bramblewood
   * Pictures, the Culver City-based studio").
   */
  private Seat compound(ClaimView c, ClaimWords w, int based) {
    int[] place = trimmed(w, PersonName.runTo(w, based - 1));
    if (place == null || place[1] - place[0] >= NAME_WORDS) {
      return null;
    }
    int k = based + 1;
    while (k < w.size() && k - based <= NOUN_WORDS && !w.isCapitalised(k)
        && (w.isContent(k) && w.gapIsSpace(w.end(k - 1), w.start(k))
            || w.between(w.end(k - 1), w.start(k)).equals("-"))) {
      k++; // "Grenoble-based start-up Carbonix"
    }
    int[] name = k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k))
        ? PersonName.runFrom(w, k) : null;
    if (name == null) {
      int art = place[0] - 1;
      if (art >= 1 && articles.contains(w.lower(art))
          && w.between(w.end(art - 1), w.start(art)).strip().equals(",")) {
        name = trimmed(w, PersonName.runTo(w, art - 1)); // "Bramblewood Pictures, the Culver
                                                        // City-based studio"
      }
    }
    if (name == null) {
      return null;
    }
    return new Seat(c, w.span(w.start(place[0]), w.end(based)), text(w, name), words(w, name),
        words(w, place), text(w, place));
  }

  /** The run without the stop words that open it ("The Grenoble-based"), or null. */
  private static int[] trimmed(ClaimWords w, int[] run) {
    if (run == null) {
      return null;
    }
    int first = run[0];
    while (first <= run[1] && w.isStopWord(first)) {
      first++;
    }
    return first > run[1] ? null : new int[] {first, run[1]};
  }

  private static String text(ClaimWords w, int[] run) {
    return w.span(w.start(run[0]), w.end(run[1])).text();
  }

  /**
   * The seat of "based in PLACE": the place is the capitalised run after "in"; the name is the
   * capitalised run before the comma that opens the apposition, right before the base word or
   * before an article and up to {@value #NAME_WORDS} lower-case words ("Carbonix, a start-up
   * based in Lyon", "Halden Foods, based in Aarhus").
   */
  private Seat after(ClaimView c, ClaimWords w, int based) {
    int[] place = trimmed(w, PersonName.runFrom(w, based + 2));
    if (place == null || place[1] - place[0] >= NAME_WORDS) {
      return null;
    }
    int k = based - 1;
    while (k >= 0 && based - k <= NAME_WORDS + 1 && !w.isCapitalised(k)
        && (w.gapIsSpace(w.end(k), w.start(k + 1))
            || w.between(w.end(k), w.start(k + 1)).equals("-"))) {
      k--;
    }
    // k is now the word before the description: the comma must stand right after it
    int open = k + 1;
    if (open < based && !articles.contains(w.lower(open)) && !functionWords(w, open, based)
        || k < 0 || !w.between(w.end(k), w.start(open)).strip().equals(",")) {
      return null; // "Carbonix, a start-up based in", "Harrowgate, which is based in"
    }
    int[] name = trimmed(w, PersonName.runTo(w, k));
    if (name == null) {
      return null;
    }
    return new Seat(c, w.span(w.start(based), w.end(place[1])), text(w, name), words(w, name),
        words(w, place), text(w, place));
  }

  /** Whether words {@code from} to {@code to} (exclusive) are all stop words ("which is"). */
  private static boolean functionWords(ClaimWords w, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!w.isStopWord(i)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> words(ClaimWords w, int[] run) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = run[0]; i <= run[1]; i++) {
      out.add(PersonName.unowned(w, i));
    }
    return out;
  }
}
