package dev.parallax.contradict;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a ranking holds over: the stretches of time or measures it names, and its places. "The
 * deadliest flood in the county since 1970" holds over the county since 1970, as "the county's
 * second-deadliest since 1970" does: a possessive before a rank names what "in" names after it.
 *
 * <p>Read from the words right after the ranked noun (not after a comma: "Orleva, the
 * second-biggest city, on Friday" ranks over no Friday), opened by a word of the pack facet {@code
 * ranking-stretch}: each opener starts a part ("in the county", "since 1970", "by deposits",
 * "this year") of at most three content words; a year ends the reading, and goes with the
 * opener of the pack facet {@code ranking-start} when one is open ("since the race was first
 * held in 2011" holds since 2011, however its words name the year's event); a capitalised word
 * is a place ("in Minnesota", as "Minnesota's" before the rank), and the words after it up to
 * the next opener tell nothing more ("in Ohio measured by deposits" ranks in Ohio by deposits); a word of the pack facet
 * {@code ranking-all-time} makes the time all there is ("in its history"). Of the parts after
 * the first, those opened by a word of the pack facet {@code ranking-place} are not read unless
 * they hold a year: "in Texas waters in the past 20 years" and "in Texas waters in two decades"
 * rank over Texas waters, and "in Ohio measured by deposits" by deposits. A word that is neither
 * a content word nor a number after the words of a part ends the reading ("this year and the
 * second crash on the route"), except in a part that runs from a year. A part opened by a word
 * of the pack facet {@code ranking-complement} tells what the noun is of ("the largest emitter of
 * greenhouse gases in the world"): the part after it is read as the first. Immutable.
 *
 * @param times the parts of time and measure, each its opener and content words in lower case
 *     ("since 2017", "in county", "by deposits")
 * @param places the names of places, lower case ("in Minnesota", "Minnesota's")
 * @param commons the places of lower-case possessives, as "in" and the noun ("the county's"
 *     gives "in county", as "in the county" does among the times)
 */
record RankDomain(Set<String> times, Set<String> places, Set<String> commons) {
  /** The most words after the opener read. */
  private static final int PHRASE = 8;
  /** The most content words of one part. */
  private static final int PART = 3;
  /** A year written in digits. */
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

  RankDomain {
    times = Set.copyOf(times);
    places = Set.copyOf(places);
    commons = Set.copyOf(commons);
  }

  /**
   * Whether two rankings may be one ranking: each names only times the other names too, and
   * the places of one are all named by the other ("Norway's largest carrier" and "the
   * second-largest carrier" may be one ranking; "the largest city in Texas" and "the
   * fourth-largest city in the country" are two). A name and a common noun are not set against
   * each other: "Zambia's largest mine" and "the country's second-largest mine" may name one
   * country.
   */
  boolean agrees(RankDomain other) {
    Set<String> mine = new TreeSet<>(times);
    mine.addAll(commons);
    Set<String> theirs = new TreeSet<>(other.times);
    theirs.addAll(other.commons);
    return theirs.containsAll(times) && mine.containsAll(other.times) && samePlaces(other);
  }

  /**
   * Whether a first place over this domain holds over {@code narrower} too: this names no
   * stretch of time (all there is), the places agree, and {@code narrower} names a stretch of
   * time, not a place of its own: none of its parts is opened by one of {@code placeOpeners}
   * ("the largest city in Texas" says nothing of "the fourth-largest city in the country"). "The deadliest accident in the
   * region" is the deadliest of the region this year, so "the region's second-deadliest
   * accident this year" cannot be it.
   */
  boolean covers(RankDomain narrower, Set<String> placeOpeners) {
    return times.isEmpty() && samePlaces(narrower) && narrower.times.stream()
        .noneMatch(t -> placeOpeners.contains(t.substring(0, (t + " ").indexOf(' '))));
  }

  private boolean samePlaces(RankDomain other) {
    Set<String> mine = new TreeSet<>(times);
    mine.addAll(commons);
    Set<String> theirs = new TreeSet<>(other.times);
    theirs.addAll(other.commons);
    return (theirs.containsAll(commons) || mine.containsAll(other.commons))
        && (other.places.containsAll(places) || places.containsAll(other.places));
  }

  /**
   * The domain of a rank whose noun ends before word {@code k}, with the possessive {@code
   * owner} before it ({@code ownerIndex}, -1 when none).
   */
  static RankDomain read(ClaimWords w, int k, int ownerIndex, RankingWords words) {
    Set<String> places = new TreeSet<>();
    Set<String> commons = new TreeSet<>();
    String noun = ownerIndex >= 0 ? strip(w.lower(ownerIndex)) : "";
    if (ownerIndex >= 0 && !noun.equals(w.lower(ownerIndex))) { // "Minnesota's", not "its"
      if (w.isCapitalised(ownerIndex)) {
        places.add(noun);
      } else {
        commons.add("in " + w.stem(ownerIndex)); // "the nation's", as "in the country"
      }
    }
    Set<String> times = new TreeSet<>();
    if (k >= w.size() || !words.stretches().contains(w.lower(k))
        || k >= 1 && !w.gapIsSpace(w.end(k - 1), w.start(k))) {
      return new RankDomain(times, places, commons); // "the second-biggest city, on Friday"
    }
    String opener = w.lower(k);
    if (words.allTime().contains(opener)) {
      return new RankDomain(Set.of(), places, commons); // "the largest ever": all there is
    }
    List<String> part = new ArrayList<>();
    boolean placed = false;
    boolean first = true;
    for (int i = k + 1; i < w.size() && i <= k + PHRASE; i++) {
      if (!w.gapIsSpace(w.end(i - 1), w.start(i))
          && !w.between(w.end(i - 1), w.start(i)).equals("-")) {
        break;
      }
      String lw = w.lower(i);
      boolean start = words.starts().contains(opener);
      if (words.allTime().contains(lw)) {
        return new RankDomain(Set.of(), places, commons); // "in its history": all there is
      }
      if (YEAR.matcher(w.text(i)).matches()) {
        times.add(opener + " " + w.text(i));
        return new RankDomain(times, places, commons);
      }
      if (words.stretches().contains(lw)) {
        if (!start) {
          if (first || !words.places().contains(opener)) {
            close(opener, part, placed, times);
          }
          // "the largest emitter of greenhouse gases in the world": what the noun is of leaves
          // the stretch after it the first
          first = first && words.complements().contains(opener);
          opener = lw;
          part.clear();
          placed = false;
        }
      } else if (!start && !w.isContent(i) && !w.isNumber(i) && (placed || !part.isEmpty())) {
        break; // "this year and the second crash ...": the phrase is over
      } else if (w.isCapitalised(i) && !start) {
        places.add(strip(lw));
        placed = true;
      } else if (w.isContent(i) && !placed && part.size() < PART) {
        part.add(w.stem(i)); // by stem: "in the nation" is "in the country"
      }
    }
    if (first || !words.places().contains(opener)) {
      close(opener, part, placed, times);
    }
    return new RankDomain(times, places, commons);
  }

  /** Adds the part an opener opened, unless it named only places. */
  private static void close(String opener, List<String> part, boolean placed, Set<String> out) {
    if (!part.isEmpty()) {
      out.add(opener + " " + String.join(" ", part));
    } else if (!placed) {
      out.add(opener);
    }
  }

  /** The word without its possessive "'s", or the word itself when it has none. */
  private static String strip(String lw) {
    return lw.endsWith("'s") || lw.endsWith("\u2019s") ? lw.substring(0, lw.length() - 2) : lw;
  }
}
