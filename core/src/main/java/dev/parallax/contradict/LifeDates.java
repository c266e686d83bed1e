package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * TEMPORAL, the date of a death or a birth of one named person: a person dies once and is born
 * once, so two reports that give one person two days (weeks, months, years) of death disagree,
 * however differently their claims are worded ("Mark Felt, who was known as Deep Throat, died on
 * Friday" against "W. Mark Felt, who leaked information to reporters, died Thursday at the age of
 * 95"). The claims need not be aligned or share any word but the name.
 *
 * <p>A date is of a death or a birth when it follows, by at most {@value #AFTER_WORDS} words, no
 * comma and none of pack facet {@code life-event-stop} ("died two days after the fall on
 * Friday"), and is no date of a telling ("has died aged 87, his agent said on Friday"), a word
 * of one (pack facets {@code life-event-subject}: "died", "born"; {@code life-event-object}:
 * "killed"; {@code life-event-noun}: "death"), or opens the claim of one ("On Sunday, Bettie Page
 * died"). The person is the name before a subject word (or the name that opens a claim whose
 * appositive ends right before it: "Mark Felt, who ..., died"), the name right after an object
 * word or before it after a passive auxiliary ("killed Alexis Grigoropoulos", "Grigoropoulos was
 * killed"), the name after a noun's "of" or before its "'s" ("the death of Mark Felt", "Felt's
 * death"); two names are one person as {@link PersonName#samePerson} reads them, with the given
 * names their articles write elsewhere. "The fatal shooting of X" (pack facet {@code
 * life-event-fatal}) dates the deed by which X died, which a victim may outlive by days.
 *
 * <p>Left alone: a person whose article gives two dates of one such event, dates that do not
 * clash ({@link When#clash}: "December" agrees with "December 19"), negated or governed dates,
 * and two bare weekdays written alike. Confidence {@value #CONFIDENCE}, {@value #FATAL} for a
 * fatal deed, 0.1 less for a hedged claim. Immutable and thread-safe.
 */
final class LifeDates implements Check {
  /** The confidence of a finding: the person and the event are read from the words. */
  static final double CONFIDENCE = 0.7;
  /** The confidence when one side dates the fatal deed, not the death. */
  static final double FATAL = 0.6;
  /** The most words between a word of the event (or the person after it) and its date. */
  static final int AFTER_WORDS = 7;
  /** The most words before a date that opens a claim ("On Sunday", "Early on Friday"). */
  static final int OPENER_WORDS = 2;
  /** How many words after an opening date the claim's event may lie. */
  static final int OPENED_WORDS = 14;

  private final TemporalCheck temporal;
  private final Map<String, String> subjectWords;
  private final Map<String, String> objectWords;
  private final Map<String, String> nouns;
  private final Set<String> fatal;
  private final Set<String> stops;
  private final Set<String> participles;
  private final Set<String> relatives;
  private final Set<String> passives;
  private final Set<String> perfects;
  private final Set<String> titles;

  /**
   * @param temporal reads the dates of each article
   * @param subjectWords the event each word names whose subject it befalls (pack facet {@code
   *     life-event-subject}: "died" is a death, "born" a birth), lower case
   * @param objectWords the same, of words whose object it befalls ({@code life-event-object})
   * @param nouns the same, of nouns ({@code life-event-noun})
   * @param fatal words that make a deed the cause of a death ({@code life-event-fatal})
   * @param stops words that end the reach of an event word ({@code life-event-stop})
   * @param participles event words that, after a name and a comma, tell of that name ({@code
   *     life-event-participle}: "Ann Lind, born in 1943")
   * @param relatives relative pronouns of persons ({@code person-relative}: "who")
   * @param passives forms of "be" before a participle ({@code passive-auxiliary})
   * @param perfects forms of "have" before a participle ({@code perfect-auxiliary})
   * @param titles words of titles that stand before names ({@link AttributeWords#titles})
   */
  LifeDates(TemporalCheck temporal, Map<String, String> subjectWords,
      Map<String, String> objectWords, Map<String, String> nouns, Set<String> fatal,
      Set<String> stops, Set<String> participles, Set<String> relatives, Set<String> passives,
      Set<String> perfects, Set<String> titles) {
    this.temporal = temporal;
    this.subjectWords = Map.copyOf(subjectWords);
    this.objectWords = Map.copyOf(objectWords);
    this.nouns = Map.copyOf(nouns);
    this.fatal = Set.copyOf(fatal);
    this.stops = Set.copyOf(stops);
    this.participles = Set.copyOf(participles);
    this.relatives = Set.copyOf(relatives);
    this.passives = Set.copyOf(passives);
    this.perfects = Set.copyOf(perfects);
    this.titles = Set.copyOf(titles);
  }

  /**
   * A date of a death or a birth of a named person.
   *
   * @param event "death" or "birth"
   * @param person who died or was born
   * @param holder the date, with its claim
   * @param fatal whether the date is of the deed that caused the death
   */
  record Dated(String event, PersonName person, TemporalCheck.Holder holder, boolean fatal) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Dated> left = dated(pair.left());
    List<Dated> right = dated(pair.right());
    for (Dated a : left) {
      for (Dated b : right) {
        if (!a.event().equals(b.event()) || !a.person().samePerson(b.person())) {
          continue;
        }
        Moment x = a.holder().moment();
        Moment y = b.holder().moment();
        Optional<String> clash = x.when().clash(y.when(), TemporalCheck.CLOCK_SLACK);
        if (clash.isEmpty() || temporal.oneWeekday(pair, x, y)
            || TemporalCheck.sameWords(pair, x, y) || sameWeekdayWord(x, y)) {
          continue;
        }
        double conf = (a.fatal() || b.fatal() ? FATAL : CONFIDENCE)
            - (a.holder().view().hedged() || b.holder().view().hedged() ? 0.1 : 0);
        String note = a.event().equals("birth") ? "A person is born once."
            : "A person dies once.";
        out.add(new Finding(Kind.TEMPORAL, a.holder().view().claim(),
            b.holder().view().claim(), x.facet().span(), y.facet().span(), x.facet().value(),
            y.facet().value(), clash.get(), List.of(note), conf));
      }
    }
  }

  /**
   * Whether both dates name their day by the same weekday word and no number ("Friday" and "on
   * Friday"): one day, whatever weeks the time reader placed them in.
   */
  private static boolean sameWeekdayWord(Moment x, Moment y) {
    return x.when().weekday() != 0 && x.when().weekday() == y.when().weekday()
        && !x.facet().span().text().matches("(?s).*\\d.*")
        && !y.facet().span().text().matches("(?s).*\\d.*");
  }

  /** The dated deaths and births of named people of one article; one date per person and event. */
  private List<Dated> dated(ArticlePair.Side side) {
    return side.memo(this, "dated", s -> List.copyOf(readDated(s)));
  }

  private List<Dated> readDated(ArticlePair.Side side) {
    Map<String, Set<List<String>>> given = PersonName.givenNames(side, titles);
    List<Dated> all = new ArrayList<>();
    for (TemporalCheck.Holder h : temporal.holders(side)) {
      Dated d = read(h, given);
      if (d != null) {
        all.add(d);
      }
    }
    List<Dated> out = new ArrayList<>();
    for (Dated d : all) {
      boolean twoDates = all.stream().anyMatch(o -> o.event().equals(d.event())
          && o.person().samePerson(d.person())
          && o.holder().moment().when().clash(d.holder().moment().when(),
              TemporalCheck.CLOCK_SLACK).isPresent());
      if (!twoDates) {
        out.add(d);
      }
    }
    return out;
  }

  /** The death or birth a date is of, with its person, or null. */
  private Dated read(TemporalCheck.Holder h, Map<String, Set<List<String>>> given) {
    ClaimWords w = h.view().words();
    int first = w.firstWordFrom(h.moment().facet().span().start());
    int last = w.lastWordBefore(h.moment().facet().span().end());
    if (first < 0 || first >= w.size() || last < first || h.moment().bound().equals("told")) {
      return null; // "has died aged 87, his representatives said on Friday": the telling's date
    }
    Dated d = before(h, w, first, last);
    if (d == null && first <= OPENER_WORDS) {
      d = after(h, w, last);
    }
    if (d == null) {
      return null;
    }
    PersonName p = d.person().resolved(given);
    return p == null ? null : new Dated(d.event(), p, h, d.fatal());
  }

  /**
   * The event word at most {@value #AFTER_WORDS} words before the date, with its person; a noun
   * right before the date, or before it and a preposition, may take its "of" after the date
   * ("the death in February of Geoffrey Allard").
   */
  private Dated before(TemporalCheck.Holder h, ClaimWords w, int first, int last) {
    for (int k = first - 1; k >= 0 && k >= first - 1 - AFTER_WORDS; k--) {
      String word = w.lower(k);
      if (stops.contains(word) || w.between(w.end(k), w.start(k + 1)).matches("(?s).*[,;:].*")
          && !ageBetweenCommas(w, k)) {
        return null; // another clause: "died aged 87, his representatives said on Friday"; an
                     // age set off by commas is none ("the shooting of Grigoropoulos, 15, on")
      }
      Dated d = at(h, w, k, first);
      if (d == null && (k == first - 1 || k == first - 2 && !w.isContent(first - 1))
          && nouns.containsKey(word) && last + 2 < w.size() && w.lower(last + 1).equals("of")) {
        // "the death in February of Geoffrey Allard": the date between the noun and its "of"
        PersonName p = nameFrom(w, last + 2, w.size());
        d = p == null ? null : new Dated(nouns.get(word), p, h, false);
      }
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * Whether the comma after word {@code k} opens or closes an age set off by commas ("the
   * shooting of Grigoropoulos, 15, on Saturday").
   */
  private static boolean ageBetweenCommas(ClaimWords w, int k) {
    return w.isNumber(k) && k > 0 && w.between(w.end(k - 1), w.start(k)).contains(",")
        || k + 2 < w.size() && w.isNumber(k + 1)
            && w.between(w.end(k + 1), w.start(k + 2)).contains(",");
  }

  /** The event word of a claim that a date opens, with its person. */
  private Dated after(TemporalCheck.Holder h, ClaimWords w, int last) {
    for (int k = last + 1; k < w.size() && k <= last + OPENED_WORDS; k++) {
      if (stops.contains(w.lower(k))) {
        return null;
      }
      Dated d = at(h, w, k, w.size());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The event word {@code k} names, with its person, when it is one and its person stands before
   * {@code limit} (the date's first word, when the date follows); null otherwise.
   */
  private Dated at(TemporalCheck.Holder h, ClaimWords w, int k, int limit) {
    String word = w.lower(k);
    String event = subjectWords.get(word);
    if (event != null) {
      PersonName p = subject(w, k);
      return p == null ? null : new Dated(event, p, h, false);
    }
    event = objectWords.get(word);
    if (event != null) {
      int aux = k - 1;
      if (aux >= 0 && passives.contains(w.lower(aux))) {
        PersonName p = subject(w, k);
        return p == null ? null : new Dated(event, p, h, false);
      }
      PersonName p = participles.contains(word) && k > 0 && commaBefore(w, k)
          && PersonName.capitalised(w, k - 1) ? nameTo(w, k - 1) : nameFrom(w, k + 1, limit);
      return p == null ? null : new Dated(event, p, h, false);
    }
    event = nouns.get(word);
    boolean deed = event == null && k > 0 && fatal.contains(w.lower(k - 1));
    if (deed) {
      event = "death";
    }
    if (event == null) {
      return null;
    }
    if (k + 1 < w.size() && w.lower(k + 1).equals("of")) {
      PersonName p = nameFrom(w, k + 2, limit);
      return p == null ? null : new Dated(event, p, h, deed);
    }
    int owner = deed ? k - 2 : k - 1;
    if (owner >= 0 && PersonName.possessive(w, owner)) {
      int[] run = PersonName.runTo(w, owner);
      PersonName p = run == null ? null : PersonName.of(w, run[0], run[1], titles);
      return p == null ? null : new Dated(event, p, h, deed);
    }
    return null;
  }

  /** The name of a capitalised run that starts at word {@code k} and ends before {@code limit}. */
  private PersonName nameFrom(ClaimWords w, int k, int limit) {
    int[] run = PersonName.runFrom(w, k);
    if (run == null || run[1] >= limit || PersonName.possessive(w, run[1])) {
      return null;
    }
    return PersonName.of(w, run[0], run[1], titles);
  }

  /**
   * The subject of the verb at word {@code k}: the name right before it, past forms of "be"
   * ("Grigoropoulos was killed"); the name before a comma and a relative pronoun ("Ann Lind, who
   * was born"); the name before a comma and a participle ("Ann Lind, born in 1943"); or, when an
   * appositive ends with a comma right before the verb, the name that opens the claim and a
   * comma follows ("Mark Felt, who was known as Deep Throat, died"); null when there is none.
   */
  private PersonName subject(ClaimWords w, int k) {
    int j = k - 1;
    while (j >= 0 && (passives.contains(w.lower(j)) || perfects.contains(w.lower(j)))) {
      j--;
    }
    if (j < 0) {
      return null;
    }
    String gap = w.between(w.end(j), w.start(j + 1));
    if (relatives.contains(w.lower(j)) && j > 0 && gap.isBlank()) {
      return commaBefore(w, j) ? nameTo(w, j - 1) : null;
    }
    if (gap.isBlank() && PersonName.capitalised(w, j)) {
      return nameTo(w, j);
    }
    if (!gap.contains(",")) {
      return null;
    }
    if (j == k - 1 && participles.contains(w.lower(k)) && PersonName.capitalised(w, j)) {
      return nameTo(w, j);
    }
    int[] run = PersonName.runFrom(w, 0);
    if (run == null || run[1] + 1 >= w.size() || run[1] >= j
        || !w.between(w.end(run[1]), w.start(run[1] + 1)).strip().equals(",")) {
      return null;
    }
    return PersonName.of(w, run[0], run[1], titles);
  }

  /** Whether a comma stands right before word {@code j}. */
  private static boolean commaBefore(ClaimWords w, int j) {
    return w.between(w.end(j - 1), w.start(j)).strip().equals(",");
  }

  /** The name of the capitalised run that ends with word {@code j}, or null. */
  private PersonName nameTo(ClaimWords w, int j) {
    int[] run = PersonName.runTo(w, j);
    return run == null ? null : PersonName.of(w, run[0], run[1], titles);
  }
}
