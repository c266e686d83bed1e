package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * TEMPORAL, the clock time of the story's event: two articles that each give one clock time for
 * one kind of event (a word of the pack facet {@code event-clock-word} among the
 * {@value #BEFORE_WORDS} content words before the time in its clause, or first in a clause that
 * a word of {@code event-clock-opener} opens right after it, valued by its kind: "The blast
 * happened at 2:47 p.m." and "at 12:47 p.m., when the silo blew up" both time the blast) and
 * give different times, beyond {@value TemporalCheck#CLOCK_SLACK} minutes. News gives the time
 * of its event once; a report that gives two times for one kind of event (a timeline, a second
 * blast) tells two things, and so does one that numbers the event ("the first explosion", "a
 * second quake"). The two claims need not be aligned or share words: each report's only time of
 * its event is the fact. Times that end a stretch, that a connective makes an anchor ("after 3
 * p.m."), that time the telling or a plan, and claims that open on another event ({@link
 * OtherInstances}) are left out; a clock time whose day is written is compared only on the same
 * day (other days are {@link TemporalCheck}'s).
 *
 * <p>Confidence {@value #CONFIDENCE}, 0.1 less for a hedged claim. Immutable and thread-safe.
 */
final class EventClockCheck implements Check {
  /** The confidence of a finding. */
  static final double CONFIDENCE = 0.6;
  /** How many content words before a time may name its event. */
  static final int BEFORE_WORDS = 3;

  private final TemporalCheck temporal;
  private final Map<String, String> kinds;
  private final Set<String> openers;
  private final OtherInstances others;

  /**
   * @param kinds the kind of event each stem of facet {@code event-clock-word} names
   * @param openers words right after a time that open the clause of the event it times (pack
   *     facet {@code event-clock-opener}: "at 7:40 a.m., when the shark struck"), lower case
   */
  EventClockCheck(TemporalCheck temporal, Map<String, String> kinds, Set<String> openers,
      OtherInstances others) {
    this.temporal = temporal;
    this.kinds = Map.copyOf(kinds);
    this.openers = Set.copyOf(openers);
    this.others = others;
  }

  /** One clock time of an event of one kind; {@code numbered} when the claim numbers it. */
  private record Timed(String kind, TemporalCheck.Holder holder, boolean numbered) {}

  /** One clock time with the stems of the words that tell its deed, before it or after "when". */
  private record Clocked(TemporalCheck.Holder holder, Set<String> words,
      Set<String> names) {}

  /** How many stems the words of two clock times' deeds share to tell one deed. */
  static final int DEED_WORDS = 3;
  /** How many content words before a time tell its deed. */
  static final int DEED_BEFORE = 5;
  /** The confidence of a finding of one deed told by its words, not by a kind of event. */
  static final double DEED_CONFIDENCE = 0.55;

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    deeds(pair, out);
    List<Timed> left = timed(pair.left());
    List<Timed> right = timed(pair.right());
    for (Timed a : left) {
      if (a.numbered() || count(left, a) != 1) {
        continue;
      }
      for (Timed b : right) {
        if (!b.kind().equals(a.kind()) || b.numbered() || count(right, b) != 1) {
          continue;
        }
        Finding f = finding(a.holder(), b.holder(), CONFIDENCE,
            "Each report gives one time for the " + a.kind() + ".");
        if (f != null) {
          out.add(f);
        }
      }
    }
  }

  /**
   * The finding of two clock times of one event at {@code base} confidence (0.1 less for a
   * hedged claim), with {@code note}; null when they fix the day differently, a claim opens on
   * another event, or the times do not clash (another day is a clash of dates, which the dates'
   * own check reads).
   */
  private Finding finding(TemporalCheck.Holder a, TemporalCheck.Holder b, double base,
      String note) {
    Moment x = a.moment();
    Moment y = b.moment();
    if (x.when().fixesDay() != y.when().fixesDay()
        || others.rejection(a.view(), b.view()) != null) {
      return null;
    }
    Optional<String> clash = x.when().clash(y.when(), TemporalCheck.CLOCK_SLACK);
    if (clash.isEmpty() || !clash.get().equals("time")) {
      return null;
    }
    double conf = base - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
    return new Finding(Kind.TEMPORAL, a.view().claim(), b.view().claim(), x.facet().span(),
        y.facet().span(), PartOfDayCheck.value(x), PartOfDayCheck.value(y), clash.get(),
        Stream.concat(Stream.of(note), TemporalCheck.precisionNote(x.when(), y.when()).stream())
            .toList(), conf);
  }

  /**
   * Two clock times told after words of one deed ("struck a rocky ledge known locally as the Grey
   * Mare at 6:42 a.m." and "when it struck the Grey Mare ledge at 6:12 a.m.": at least {@value
   * #DEED_WORDS} stems shared among the {@value #DEED_BEFORE} content words before each time,
   * one of them a name in both and one no name: "took off from its dock in Port Elskin at 2:10
   * p.m." and "went down north of Port Elskin at 14:35" share a town, not a deed), each the
   * only time of its report told after those words, neither in a claim that
   * numbers something: one deed of one named thing timed twice. Confidence {@value
   * #DEED_CONFIDENCE}, 0.1 less for a hedged claim.
   */
  private void deeds(ArticlePair pair, List<Finding> out) {
    List<Clocked> left = clocked(pair.left());
    List<Clocked> right = clocked(pair.right());
    for (Clocked a : left) {
      for (Clocked b : right) {
        Set<String> shared = new HashSet<>(a.words());
        shared.retainAll(b.words());
        if (shared.size() < DEED_WORDS || told(left, shared) != 1 || told(right, shared) != 1
            || Collections.disjoint(shared, a.names())
            || Collections.disjoint(shared, b.names())
            || a.names().containsAll(shared) || b.names().containsAll(shared)) {
          continue; // one deed of one named thing ("the Grey Mare ledge"); not names alone
        }
        Finding f = finding(a.holder(), b.holder(), DEED_CONFIDENCE,
            "Each report gives one time after the same words.");
        if (f != null) {
          out.add(f);
        }
      }
    }
  }

  /** How many different clock times of {@code side} are told after all of {@code words}. */
  private static int told(List<Clocked> side, Set<String> words) {
    List<Integer> minutes = new ArrayList<>();
    for (Clocked c : side) {
      int m = c.holder().moment().when().minuteOfDay();
      if (c.words().containsAll(words) && !minutes.contains(m)) {
        minutes.add(m);
      }
    }
    return minutes.size();
  }

  /** The clock times of a side that time a deed of their own, with the words that tell it. */
  private List<Clocked> clocked(ArticlePair.Side side) {
    List<TemporalCheck.Holder> holders =
        side.memo(temporal, "holders", s -> List.copyOf(temporal.holders(s)));
    List<Clocked> out = new ArrayList<>();
    for (TemporalCheck.Holder h : holders) {
      Moment m = h.moment();
      if (!ownClock(h) || !h.view().claim().facets(OrdinalFacet.class).isEmpty()) {
        continue;
      }
      Set<String> words =
          new HashSet<>(before(h.view().words(), m, DEED_BEFORE));
      words.addAll(opened(h.view().words(), m));
      Set<String> names = new HashSet<>();
      ClaimWords w = h.view().words();
      for (int i = 1; i < w.size(); i++) {
        if (w.isCapitalised(i) && words.contains(w.stem(i))) {
          names.add(w.stem(i));
        }
      }
      out.add(new Clocked(h, words, names));
    }
    return out;
  }

  /**
   * Whether a holder's moment is a clock time of its own event, stated: the time an event began
   * is its time ("the shooting began at 5:30 p.m."); the end of a stretch, the telling, a plan
   * and a denied claim are not.
   */
  private static boolean ownClock(TemporalCheck.Holder h) {
    Moment m = h.moment();
    boolean own = m.bound().isEmpty() || m.bound().equals("from");
    return m.when().minuteOfDay() >= 0 && own && !m.governed() && !m.expected()
        && !h.view().denied();
  }

  /** The clock times of a side that time an event of a kind, with that kind. */
  private List<Timed> timed(ArticlePair.Side side) {
    List<TemporalCheck.Holder> holders =
        side.memo(temporal, "holders", s -> List.copyOf(temporal.holders(s)));
    List<Timed> out = new ArrayList<>();
    for (TemporalCheck.Holder h : holders) {
      Moment m = h.moment();
      if (!ownClock(h)) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      List<String> words = new ArrayList<>(before(h.view().words(), m));
      words.addAll(opened(h.view().words(), m));
      for (String stem : words) {
        String kind = kinds.get(stem);
        if (kind != null && seen.add(kind)) {
          out.add(new Timed(kind, h, numbered(h.view(), kind)));
        }
      }
    }
    return out;
  }

  /**
   * The stems of the last {@value #BEFORE_WORDS} content words before a time, in its clause (no
   * comma between): the event and its verb ("The blast happened at", "it blew up at"); the words
   * after a time may tell of another event ("arrested before midnight near where the shooting
   * occurred", "shortly after 3 p.m. the day of the shooting").
   */
  private static List<String> before(ClaimWords w, Moment m) {
    return before(w, m, BEFORE_WORDS);
  }

  /** The stems of the last {@code words} content words before a time, in its clause. */
  private static List<String> before(ClaimWords w, Moment m, int words) {
    List<String> out = new ArrayList<>();
    int i = w.firstWordFrom(m.facet().span().start()) - 1;
    for (; i >= 0 && out.size() < words; i--) {
      if (w.between(w.end(i), w.start(i + 1)).contains(",")) {
        break;
      }
      if (w.isContent(i)) {
        out.add(w.stem(i));
      }
    }
    return out;
  }

  /**
   * The stems of the first {@value #BEFORE_WORDS} content words of a clause that a word of
   * {@code openers} opens right after a time ("swimming at around 7:40 a.m. when the shark
   * struck", "at roughly twenty to ten in the morning, when he was bitten"), up to the next
   * comma: the event the time dates.
   */
  private List<String> opened(ClaimWords w, Moment m) {
    List<String> out = new ArrayList<>();
    int k = w.firstWordFrom(m.facet().span().end());
    if (k >= w.size() || !openers.contains(w.lower(k))) {
      return out;
    }
    for (int i = k + 1; i < w.size() && out.size() < BEFORE_WORDS; i++) {
      if (w.between(w.end(i - 1), w.start(i)).contains(",")) {
        break;
      }
      if (w.isContent(i)) {
        out.add(w.stem(i));
      }
    }
    return out;
  }

  /** Whether a claim numbers an event of {@code kind} ("the first explosion", "a second quake"). */
  private boolean numbered(ClaimView c, String kind) {
    ClaimWords w = c.words();
    for (OrdinalFacet o : c.claim().facets(OrdinalFacet.class)) {
      for (int i = 0; i < w.size(); i++) {
        if (w.start(i) >= o.span().start() && w.end(i) <= o.span().end()
            && kind.equals(kinds.get(w.stem(i)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The kind of event of each word of the pack facet {@code event-clock-word}, by its stem as the
   * analysis writes it and as its synonym group does.
   */
  static Map<String, String> kinds(PackCues pack, dev.parallax.align.Synonyms synonyms) {
    Map<String, String> out = new java.util.HashMap<>();
    pack.valued("event-clock-word").forEach((word, kind) -> {
      for (String stem : pack.stemsOf(word)) {
        out.put(stem, kind);
        out.put(synonyms.canonical(stem), kind);
      }
    });
    return Map.copyOf(out);
  }

  /** How many different clock times of {@code t}'s kind a side gives. */
  private static int count(List<Timed> side, Timed t) {
    List<Integer> minutes = new ArrayList<>();
    for (Timed o : side) {
      int m = o.holder().moment().when().minuteOfDay();
      if (o.kind().equals(t.kind()) && !minutes.contains(m)) {
        minutes.add(m);
      }
    }
    return minutes.size();
  }
}
