package dev.parallax.contradict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the temporal readers, read from the cues of a pack: the marks that say which
 * half of the day a clock time is in, the phrases that place a day against another event, and the
 * verbs whose date starts a stretch of time.
 *
 * @param halves marks after a clock time that say which half of the day it is in (pack facet
 *     {@code clock-half}: "a.m.", "pm"), written without dots or spaces
 * @param relativeDays phrases that place the day of an event against the day of another one told
 *     before (pack facet {@code relative-day}: "the next day", "later that day"), lower case, each
 *     with its direction and distance in days ("after 1")
 * @param startVerbs verbs whose date, right after them or after "in" or "on", is when a stretch
 *     of time began (pack facet {@code start-verb}: "began", "broke out")
 * @param plansBeforeTo words that speak of a plan only before "to" or "for" (pack facet {@code
 *     expectation-before-to}: "going", "set")
 * @param closingOffsets words after a length of time that make it a distance from another event
 *     only where a phrase ends (pack facet {@code offset-closing}: "three weeks on,")
 * @param connectives words that open the clause of another event after a date (pack facet
 *     {@code clause-connective}: "after", "because")
 * @param hearerVerbs verbs of telling whose object is the hearer ("told jurors"), lower case
 * @param tellingPlaces first words of a phrase of where or to whom something was told, after a
 *     verb of telling (pack facet {@code telling-place}: "at", "reporters")
 * @param periodEnds verbs between a period and the date it ends on (pack facet {@code
 *     period-end}: "the quarter ended July 31")
 * @param periods nouns of a period of the calendar that a date may end (pack facet {@code
 *     period-noun}: "quarter", "year")
 * @param clockSides words that put a clock time's own event after or before it (pack facet
 *     {@code clock-side}: "after", "past", "before"), each with its side
 * @param clockApproximators words that, before a side word, make a clock time the event's own,
 *     within their minutes of it (pack facet {@code clock-approximator}: "shortly", "just": 30)
 * @param companyYears words that make a quarter or half a part of an organisation's own year,
 *     not of the calendar (pack facet {@code company-year}: "fiscal")
 * @param partsOfDay the clock times each part of the day covers, by the time reader's code
 *     ({@code MO}, {@code AF}, {@code EV}, {@code NI}; pack facet {@code part-of-day-hours}:
 *     "MO 04:00 12:00"), in minutes from the part's day's midnight; a night ends after 24:00
 * @param negatedEnds words before a date that, after a negated verb, make the date the end of the
 *     state the verb would end (pack facet {@code negated-end}: "will not reopen before Monday")
 * @param weekPlacing words that place a weekday in one week (pack facet {@code week-placing}:
 *     "last", "next"), lower case
 * @param deadlines words before a date that make it the latest time of the claim's event (pack
 *     facet {@code deadline}: "expected to reopen the road by Friday"), lower case
 * @param catenatives verbs and adjectives that carry another verb's event after them (pack facet
 *     {@code catenative}: "expected to vote", "will not attempt to refloat"), lower case
 * @param countedBack periods counted back from the period a text reports (pack facet {@code
 *     counted-back-period}: "a year earlier", "the same period last year"), whose dates come
 *     from which period a reader took the text to report, not from their own words; lower case
 * @param localClock phrases right after a clock time that make it the local time of the place,
 *     whose zone is not written (pack facet {@code local-clock}: "local time"), lower case
 */
record TemporalWords(Set<String> halves, Map<String, RelativeDay> relativeDays,
    Set<String> startVerbs, Set<String> plansBeforeTo, Set<String> closingOffsets,
    Set<String> connectives, Set<String> tellingPlaces, Set<String> periodEnds,
    Set<String> periods, Map<String, String> clockSides, Map<String, Integer> clockApproximators,
    Set<String> companyYears, Map<String, Hours> partsOfDay, Set<String> negatedEnds,
    Set<String> weekPlacing, Set<String> deadlines, Set<String> catenatives,
    Set<String> countedBack, Set<String> hearerVerbs, Set<String> localClock) {

  /**
   * The clock times a part of the day covers.
   *
   * @param from the first minute from midnight
   * @param to the last minute from midnight, past 1440 when the part runs into the next day
   */
  record Hours(int from, int to) {}

  /**
   * A day placed against the day of another event.
   *
   * @param direction {@code after} or {@code before}
   * @param days how many days from the other event's day
   */
  record RelativeDay(String direction, int days) {}

  /** Reads the lists from the pack. */
  static TemporalWords of(PackCues pack) {
    Set<String> halves = new java.util.LinkedHashSet<>();
    for (String w : pack.lower("clock-half")) {
      halves.add(bare(w));
    }
    Map<String, RelativeDay> days = new LinkedHashMap<>();
    pack.valued("relative-day").forEach((p, v) -> {
      String[] parts = v.split("\\s+");
      days.put(p, new RelativeDay(parts[0], Integer.parseInt(parts[1])));
    });
    Map<String, Integer> approximators = new LinkedHashMap<>();
    pack.valued("clock-approximator").forEach((k, v) -> approximators.put(k, Integer.valueOf(v)));
    Map<String, Hours> parts = new LinkedHashMap<>();
    pack.valued("part-of-day-hours").forEach((k, v) -> {
      String[] p = v.split("\\s+"); // "MO 04:00 12:00"
      parts.put(p[0].toUpperCase(Locale.ROOT), new Hours(minutes(p[1]), minutes(p[2])));
    });
    return new TemporalWords(Set.copyOf(halves), Map.copyOf(days), pack.lower("start-verb"),
        pack.lower("expectation-before-to"), pack.lower("offset-closing"),
        pack.lower("clause-connective"), pack.lower("telling-place"), pack.lower("period-end"),
        pack.lower("period-noun"), Map.copyOf(pack.valued("clock-side")),
        Map.copyOf(approximators), pack.lower("company-year"), Map.copyOf(parts),
        pack.lower("negated-end"), pack.lower("week-placing"), pack.lower("deadline"),
        pack.lower("catenative"), pack.lower("counted-back-period"),
        pack.lower("telling-hearer-verb"), pack.lower("local-clock"));
  }

  /** Minutes from midnight of "04:00", "30:00". */
  private static int minutes(String clock) {
    String[] hm = clock.split(":");
    return Integer.parseInt(hm[0]) * 60 + Integer.parseInt(hm[1]);
  }

  /** The letters of a word, lower case: "a. m." is "am". */
  static String bare(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }

  /** The relative-day phrases, longest first, each as its lower-case words. */
  List<List<String>> phrases() {
    return relativeDays.keySet().stream()
        .map(p -> List.of(p.split("\\s+")))
        .sorted((a, b) -> Integer.compare(b.size(), a.size()))
        .toList();
  }
}
