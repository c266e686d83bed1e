package dev.parallax.contradict;

import dev.parallax.Claim;
import dev.parallax.Contradiction.Kind;
import dev.parallax.OrdinalFacet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ORDINAL (all claims of two articles, aligned or not): two ordinal statements that count the
 * same kind of event (head nouns of their events equal by stem or synonym, the higher count's a
 * compound naming a kind of the lower count's, "wildfire" and "fire", or one a generic count
 * noun such as "case" or "time" whose claim holds the other's noun), each with a window and
 * neither saying when its own event happened ("the first occurred last August" is about another
 * event), where the window of the higher count lies inside the window of the lower count: "the
 * first known defection since August 2024" (1, from 2024-08-01 to the publication date) and "only
 * the second known case ... this year" (2, 2025) cannot both hold. Windows run to the article's
 * publication date when it is known and are open otherwise.
 */
final class OrdinalCheck implements Check {
  /**
   * The confidence that an ordinal with no noun, set off after its clause, counts the event the
   * other statement names in its clause.
   */
  static final double ELIDED = 0.65;

  /** The most words from an ordinal to the noun of its owner's history. */
  private static final int HISTORY_WORDS = 8;

  /** Punctuation that parts the clauses of a sentence. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("(?s).*[,;:()].*");

  private final EventNouns events;
  private final Lexicon lexicon;
  private final Set<String> streakQualifiers;
  private final Set<String> streakAfter;
  private final Set<String> histories;
  private final Set<String> possessives;
  private final Set<String> witnesses;

  /**
   * A check.
   *
   * @param streakQualifiers words that make an ordinal count a streak (pack facet {@code
   *     streak-qualifier}: "third straight title"), lower case
   * @param streakAfter phrases after the counted event that make it a streak (pack facet {@code
   *     streak-after}: "third title in a row"), lower case
   * @param histories nouns of the stretch an owner has existed, after its possessive (pack facet
   *     {@code owner-history}: "in the company's 29-year history"), lower case
   * @param possessives possessive determiners (pack facet {@code possessive-determiner}: "its"),
   *     lower case
   * @param witnesses words of the first person that, in what an ordinal counts, make it count
   *     what the speaker has seen or had (pack facet {@code ordinal-witness}: "the second crash
   *     I have seen here"), lower case
   */
  OrdinalCheck(EventNouns events, Lexicon lexicon, Set<String> streakQualifiers,
      Set<String> streakAfter, Set<String> histories, Set<String> possessives,
      Set<String> witnesses) {
    this.events = events;
    this.lexicon = lexicon;
    this.streakQualifiers = Set.copyOf(streakQualifiers);
    this.streakAfter = Set.copyOf(streakAfter);
    this.histories = Set.copyOf(histories);
    this.possessives = Set.copyOf(possessives);
    this.witnesses = Set.copyOf(witnesses);
  }

  /**
   * The aspect of a finding on two first occurrences since two dates: "the first strike since
   * 2019" says the one before it came in 2019, so "the first strike since 2021" cannot hold.
   */
  static final String LAST_BEFORE = "the one before";

  /** A length of whole years ("P11Y"). */
  private static final Pattern YEARS = Pattern.compile("P(\\d{1,3})Y");

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    count(pair.left(), pair.right(), out);
    count(pair.right(), pair.left(), out);
    firsts(pair.left(), pair.right(), out);
  }

  /**
   * Two statements of the first of one kind of event since a date written right after "since"
   * ("the first strike at the plant since 2019"), whose dates clash: news writes "the first
   * since" a date for the first since the one that came then, so "since 2019" and "since March
   * 2021" name two different last ones, and "the first in four years" one four years before the
   * report (then a year either way agrees; two such lengths are compared as lengths of time). A
   * window opened by a clause ("since it began easing
   * in August") is not read so.
   */
  private void firsts(ArticlePair.Side left, ArticlePair.Side right, List<Finding> out) {
    for (ClaimView cl : left.claims()) {
      for (OrdinalFacet l : cl.claim().facets(OrdinalFacet.class)) {
        Optional<Before> wl = sinceDate(cl, l, left.published().orElse(null));
        if (wl.isEmpty()) {
          continue;
        }
        for (ClaimView cr : right.claims()) {
          for (OrdinalFacet r : cr.claim().facets(OrdinalFacet.class)) {
            Optional<Before> wr = sinceDate(cr, r, right.published().orElse(null));
            if (wr.isEmpty() || !lastOnesClash(wl.get(), wr.get())) {
              continue;
            }
            Optional<Double> same = sameEvent(cl, l, cr, r);
            if (same.isEmpty()) {
              continue;
            }
            double conf = same.get() - (cl.hedged() || cr.hedged() ? 0.05 : 0);
            out.add(new Finding(Kind.ORDINAL, cl.claim(), cr.claim(), l.span(), r.span(),
                value(l), value(r), LAST_BEFORE, List.of(), conf,
                Optional.of(new Finding.Counts(l, r, Optional.empty()))));
          }
        }
      }
    }
  }

  /**
   * Whether the last ones before two firsts cannot be one: two dates after "since" that clash,
   * or years more than a year apart when one is counted back from the report ("in 11 years",
   * read with a year either way).
   */
  private static boolean lastOnesClash(Before a, Before b) {
    if (a.countedBack() && b.countedBack()) {
      return false; // two lengths back ("in 11 years", "in six years") are compared as lengths
    }
    if (a.countedBack() || b.countedBack()) {
      int x = a.when().year();
      int y = b.when().year();
      return x != 0 && y != 0 && Math.abs(x - y) > 1;
    }
    return a.when().clash(b.when(), TemporalCheck.CLOCK_SLACK).isPresent();
  }

  /**
   * When the one before a first came: the date of its window when it is written right after
   * "since" ("the first strike since March 2019"), or the year a length of whole years counts
   * back from the report ("the first strike in 11 years"), of a statement about the reported
   * event; or empty.
   */
  private Optional<Before> sinceDate(ClaimView c, OrdinalFacet o, LocalDate published) {
    if (o.ordinal() != 1 || streak(c, o) || countable(c, o, published) == null) {
      return Optional.empty();
    }
    dev.parallax.TimeFacet w = o.window().get();
    Matcher years = YEARS.matcher(w.value());
    if (w.type() == dev.parallax.TimeFacet.Type.DURATION && years.matches()
        && published != null) {
      // "the first strike in 11 years": the one before came 11 years before the report, a
      // year of its own, not a stretch (a year alone, so that it meets a year on either side)
      return When.of(String.valueOf(published.getYear() - Integer.parseInt(years.group(1))))
          .map(x -> new Before(x, true));
    }
    if (w.from().isEmpty() || w.to().isPresent()
        || w.type() == dev.parallax.TimeFacet.Type.DURATION) {
      return Optional.empty();
    }
    String text = w.span().text();
    for (dev.parallax.TimeFacet t : c.claim().facets(dev.parallax.TimeFacet.class)) {
      if (t.span().end() == w.span().end() && t.span().start() > w.span().start()
          && text.substring(0, t.span().start() - w.span().start()).strip()
              .equalsIgnoreCase("since")) {
        return When.of(w.from().get()).map(x -> new Before(x, false));
      }
    }
    return Optional.empty();
  }

  /**
   * When the one before a first came.
   *
   * @param when its date
   * @param countedBack whether it is a year counted back from the report ("in 11 years")
   */
  private record Before(When when, boolean countedBack) {}

  /** Checks every ordinal of {@code inner} (the higher count) against those of {@code outer}. */
  private void count(ArticlePair.Side outer, ArticlePair.Side inner, List<Finding> out) {
    for (ClaimView co : outer.claims()) {
      for (OrdinalFacet o : co.claim().facets(OrdinalFacet.class)) {
        boolean so = streak(co, o);
        Window wo = so ? streakWindow(co, o) : countable(co, o, outer.published().orElse(null));
        boolean ever = false;
        if (wo == null && !so && predicated(co, o)) {
          wo = new Window(LocalDate.MIN, null); // "it is the county's second flood": ever
          ever = true;
        }
        boolean historyO = !so && o.window().isEmpty() && overHistory(co, o);
        if (wo == null && historyO && o.when().isEmpty() && !o.event().isBlank()
            && !co.negated(o.span())) {
          wo = new Window(LocalDate.MIN, null); // "the second victory in Northfield's history"
          ever = true;
        }
        if (wo == null) {
          continue;
        }
        for (ClaimView ci : inner.claims()) {
          for (OrdinalFacet i : ci.claim().facets(OrdinalFacet.class)) {
            if (i.ordinal() <= o.ordinal() || streak(ci, i) != so
                || witnessed(co, o) != witnessed(ci, i)
                || so && !sharesName(co.words(), ci.words())) {
              continue;
            }
            Window wi = so ? streakWindow(ci, i)
                : countable(ci, i, inner.published().orElse(null));
            // "only the third in school history" against "the second victory in Northfield's
            // history": both count over all the time their owner has existed
            boolean histories = historyO && wi == null && i.window().isEmpty()
                && overHistory(ci, i);
            if (histories) {
              wi = new Window(LocalDate.MIN, null);
            }
            if (wi == null || !wo.contains(wi)
                || ever && wi.start().equals(LocalDate.MIN) && !histories) {
              continue;
            }
            Optional<Double> same = sameEvent(co, o, ci, i);
            if (same.isEmpty() || states(inner, o) || states(outer, i)
                || ownHistory(co, o, ci) || ownHistory(ci, i, co)
                || ever && wi.start().equals(LocalDate.MIN) && !namedAlike(o, i)) {
              continue; // over all of history, "the first time" counts any deed of its claim
            }
            double conf = same.get();
            Optional<OrdinalFacet> earlier = earlierDated(inner, ci, i);
            List<String> notes = new ArrayList<>();
            if (earlier.isPresent()) {
              Optional<Window> when =
                  Window.of(earlier.get().when().get(), inner.published().orElse(null));
              if (when.isPresent() && wo.contains(when.get())) {
                conf += 0.05;
              }
            }
            if (co.hedged() || ci.hedged()) {
              conf -= 0.05;
            }
            // a streak is one place in one sequence: no window to explain
            out.add(new Finding(Kind.ORDINAL, co.claim(), ci.claim(), o.span(), i.span(),
                so ? streakValue(o) : value(o), so ? streakValue(i) : value(i), "", notes, conf,
                so ? Optional.empty() : Optional.of(new Finding.Counts(o, i, earlier))));
          }
        }
      }
    }
  }

  /**
   * Whether what ordinal {@code f} of claim {@code c} counts is what its speaker has seen or had
   * ("the second big crash I have seen at this junction"): one witness's series, not the
   * story's.
   */
  private boolean witnessed(ClaimView c, OrdinalFacet f) {
    for (String word : f.event().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}'’]+")) {
      if (witnesses.contains(word)) {
        return true;
      }
    }
    // or in the clause right after what it counts: "the second big crash (that) I have seen"
    ClaimWords w = c.words();
    int k = w.firstWordFrom(f.span().end());
    if (k < w.size() && w.lower(k).equals("that")) {
      k++;
    }
    return k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k))
        && witnesses.contains(w.lower(k));
  }

  /**
   * Whether {@code side} states count {@code f} too, the same place of an event of the same head
   * noun in the same window ("the first escape from Kestrel Falls since 1998" and "the first
   * escape from the institution since 1998"): then both articles give that count, and the other count of {@code side} is of
   * another series ("the fourth crash in the county this year" beside a witness's "the second
   * big crash I have seen at this junction since Christmas", which the other report quotes).
   */
  private boolean states(ArticlePair.Side side, OrdinalFacet f) {
    String head = events.head(f.event());
    String window = f.window().map(dev.parallax.TimeFacet::value).orElse("");
    for (ClaimView c : side.claims()) {
      for (OrdinalFacet g : c.claim().facets(OrdinalFacet.class)) {
        if (g.ordinal() == f.ordinal() && (value(g).equals(value(f)) || head != null
            && head.equals(events.head(g.event()))
            && window.equals(g.window().map(dev.parallax.TimeFacet::value).orElse("")))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "1st defection from 2024-08", "2nd case in 2025", "3rd derailment within P18M". */
  static String value(OrdinalFacet o) {
    if (o.window().isEmpty()) {
      return Explainer.ordinalDigits(o.ordinal()) + " " + o.event() + " ever";
    }
    dev.parallax.TimeFacet w = o.window().get();
    String window = w.from().isPresent()
        ? "from " + w.from().get() + w.to().map(t -> " to " + t).orElse("")
        : (w.type() == dev.parallax.TimeFacet.Type.DURATION ? "within " : "in ") + w.value();
    return Explainer.ordinalDigits(o.ordinal()) + " " + o.event() + " " + window;
  }

  /** "3rd straight title": a streak's place, with its qualifiers. */
  static String streakValue(OrdinalFacet o) {
    return Explainer.ordinalDigits(o.ordinal()) + " "
        + String.join(" ", o.qualifiers().stream().filter(q -> !q.equals("only")).toList())
        + " " + o.event();
  }

  /**
   * Whether an ordinal counts a streak ({@code streak-qualifier}: "her third straight title";
   * {@code streak-after} right after the event: "her third title in a row"):
   * a streak runs as long as it runs, so it needs no window, and a day after it says when the
   * streak grew, not where it is counted.
   */
  boolean streak(ClaimView c, OrdinalFacet o) {
    for (String q : o.qualifiers()) {
      if (streakQualifiers.contains(q)) {
        return true;
      }
    }
    // "his third title in a row": the streak told after the event, in the event's words or
    // right after the statement
    String after = c.words().between(o.span().end(), c.claim().span().end()).strip()
        .toLowerCase(java.util.Locale.ROOT);
    String event = " " + o.event().toLowerCase(java.util.Locale.ROOT) + " ";
    for (String a : streakAfter) {
      if (event.contains(" " + a + " ") || after.startsWith(a) && (after.length() == a.length()
          || !Character.isLetterOrDigit(after.charAt(a.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * All of time, for a streak with an event that no negation in its claim denies; or null. A
   * streak of days, weeks or years ("the sixth straight day of protests") grows while reports of
   * it are written, so it is no fact two reports must share.
   */
  private Window streakWindow(ClaimView c, OrdinalFacet o) {
    String head = events.headWord(o.event());
    return o.event().isBlank() || c.negated(o.span())
        || head != null && lexicon.offsetUnits().containsKey(head)
        ? null : new Window(LocalDate.MIN, null);
  }

  /**
   * Whether two claims share a content word written with a capital: the person, team or place
   * a streak belongs to ("Alemu won her third straight title"); a weekday or a month is no
   * name.
   */
  static boolean sharesName(ClaimWords a, ClaimWords b) {
    for (int i = 0; i < a.size(); i++) {
      if (!a.isCapitalised(i) || !a.isContent(i) || a.inTime(i)) {
        continue;
      }
      for (int k = 0; k < b.size(); k++) {
        if (b.isCapitalised(k) && b.isContent(k) && !b.inTime(k)
            && a.stem(i).equals(b.stem(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether both claims name someone or somewhere and share no name. */
  static boolean namesOthers(ClaimWords a, ClaimWords b) {
    return names(a) && names(b) && !sharesName(a, b);
  }

  /** Whether a claim has a content word with a capital past its first, outside times. */
  private static boolean names(ClaimWords w) {
    for (int i = 1; i < w.size(); i++) {
      if (w.isCapitalised(i) && w.isContent(i) && !w.inTime(i)) {
        return true;
      }
    }
    return w.size() > 0 && w.isCapitalised(0) && w.isContent(0) && !w.inTime(0);
  }

  /**
   * Whether an ordinal statement with no window of its own says what the reported thing is: the
   * count stands right after a copula ("it is the county's second serious flood", "the breach
   * was the second such one"), of an event no date of its own places and no negation denies. It
   * counts all such events there have been, or those of a stretch the report leaves to its
   * context; either way a higher count of the same kind of event within any stated stretch
   * ("the third major flood this winter") cannot hold with it. A count with no window is never
   * set against a higher count with none: "the third flood" and "the second flood this winter"
   * may both hold, and two counts with no window are {@link RenumberCheck}'s.
   */
  private boolean predicated(ClaimView c, OrdinalFacet o) {
    if (o.when().isPresent() || o.event().isBlank() || o.window().isPresent()
        || c.negated(o.span()) || o.ordinal() < 2) {
      return false;
    }
    ClaimWords w = c.words();
    int first = w.firstWordFrom(o.span().start());
    return first >= 1 && first < w.size() && w.start(first) == o.span().start()
        && lexicon.copulas().contains(w.lower(first - 1))
        && w.gapIsSpace(w.end(first - 1), w.start(first));
  }

  /** The window of an ordinal statement about the reported event, or null if it has none. */
  private static Window countable(ClaimView c, OrdinalFacet o, LocalDate published) {
    // a negation elsewhere in the claim ("in which nobody was injured") leaves the count stated
    if (o.when().isPresent() || o.event().isBlank() && !apposed(c, o) || o.window().isEmpty()
        || c.negated(o.span())) {
      return null;
    }
    Window w = Window.of(o.window().get(), published).orElse(null);
    if (w != null && w.end() != null && o.window().get().from().isEmpty()
        && w.start().equals(w.end())) {
      return null; // "the 20th coach on Wednesday": a day says when, it is no stretch to count in
    }
    return w;
  }

  /**
   * The confidence that two statements count the same kind of event, or empty: equal heads (for
   * a generic head alone, "the second time", with a word of one deed in common outside the
   * counts); a
   * head of the higher count {@code b} that names a kind of the lower count's ("wildfire",
   * "fire"); or a generic count noun on one side in a claim that names the other's head.
   */
  private Optional<Double> sameEvent(ClaimView ca, OrdinalFacet a, ClaimView cb,
      OrdinalFacet b) {
    String ha = events.head(a.event());
    String hb = events.head(b.event());
    if (ha == null && hb != null && apposed(ca, a) && ca.stems().contains(hb)
        || hb == null && ha != null && apposed(cb, b) && cb.stems().contains(ha)) {
      // "opened an inquiry at the site, its first since 2019": an ordinal with no noun set off
      // after its clause counts the deed of that clause, which names the other's event
      return Optional.of(ELIDED);
    }
    if (ha == null || hb == null) {
      return Optional.empty();
    }
    if (lexicon.positionNouns().contains(ha) || lexicon.positionNouns().contains(hb)) {
      return Optional.empty(); // "the seventh round": a place in a sequence, not a count
    }
    if (ha.equals(hb) && bare(a) && bare(b) && lexicon.genericNouns().contains(ha)) {
      // "arrested for the second time this month" and "his home raided for the third time this
      // month" count two deeds: one deed shares a word outside the counts
      return RenumberCheck.deedWords(ca.words(), a, cb.words(), b, ha) >= 1
          ? Optional.of(0.75) : Optional.empty();
    }
    if (ha.equals(hb)) {
      return Optional.of(0.75);
    }
    if (EventNouns.kindOf(events.headWord(b.event()), events.headWord(a.event()))) {
      // the higher count counts a kind of what the lower one counts: "the third wildfire this
      // year" needs at least three fires, so "the second fire this year" cannot hold with it
      return Optional.of(0.7);
    }
    boolean ga = lexicon.genericNouns().contains(ha);
    boolean gb = lexicon.genericNouns().contains(hb);
    if (ga && !gb && clauseNames(ca, a, hb)) {
      return Optional.of(0.7);
    }
    if (gb && !ga && clauseNames(cb, b, ha)) {
      return Optional.of(0.7);
    }
    return Optional.empty();
  }

  /**
   * Whether two counts name what they count with nouns of one head, neither of them a generic
   * count noun ("time", "case"): "the second team in NFL history to reach the playoffs" and "the
   * first time in NFL history that a team lost" count two different deeds.
   */
  private boolean namedAlike(OrdinalFacet a, OrdinalFacet b) {
    String ha = events.head(a.event());
    String hb = events.head(b.event());
    return ha != null && hb != null && !lexicon.genericNouns().contains(ha)
        && !lexicon.genericNouns().contains(hb)
        && (ha.equals(hb) || EventNouns.kindOf(events.headWord(b.event()),
            events.headWord(a.event())));
  }

  /**
   * Whether ordinal {@code o} is followed, within {@value #HISTORY_WORDS} words and in its clause,
   * by a noun of pack facet {@code owner-history}: it counts over all the time its owner has
   * existed ("the second tournament victory in Northfield's history", "the third in school
   * history").
   */
  private boolean overHistory(ClaimView c, OrdinalFacet o) {
    return historyNoun(c.words(), o, true) >= 0;
  }

  /**
   * The index of the first noun of pack facet {@code owner-history} within {@value
   * #HISTORY_WORDS} words after ordinal {@code o}, not past a clause break when {@code inClause};
   * -1 when there is none.
   */
  private int historyNoun(ClaimWords w, OrdinalFacet o, boolean inClause) {
    int at = w.lastWordBefore(o.span().end());
    for (int k = at + 1; k < w.size() && k <= at + HISTORY_WORDS; k++) {
      if (inClause && CLAUSE_BREAK.matcher(w.between(w.end(k - 1), w.start(k))).matches()) {
        return -1;
      }
      if (histories.contains(w.lower(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether ordinal {@code o} counts within its owner's history ("the first fatal accident in the
   * company's 29-year history", "the first strike at the group in its history") and the {@code
   * other} claim names neither that owner nor any name of the ordinal's claim: it counts over
   * something else ("the third deadly accident in Norway since 2000"), and both counts may hold.
   */
  private boolean ownHistory(ClaimView c, OrdinalFacet o, ClaimView other) {
    ClaimWords w = c.words();
    int at = w.lastWordBefore(o.span().end());
    int k = historyNoun(w, o, false);
    if (k < 0) {
      return false;
    }
    int p = k - 1;
    while (p > at && (w.isNumber(p) || w.inTime(p))) {
      p--; // "the company's 29-year history"
    }
    if (p <= at || !(PersonName.possessive(w, p) || possessives.contains(w.lower(p)))) {
      return false;
    }
    return !other.stems().contains(w.stem(p)) && !sharesName(w, other.words());
  }

  /**
   * Whether the clause of ordinal {@code o} (between the punctuation around it) writes a word of
   * stem {@code head}: a generic count ("for the first time") counts the deed of its own clause,
   * not a thing the sentence names in another ("gave him a contract extension ..., after the
   * team made the playoffs for the first time since 2005").
   */
  private static boolean clauseNames(ClaimView c, OrdinalFacet o, String head) {
    ClaimWords w = c.words();
    int at = w.firstWordFrom(o.span().start());
    int from = at;
    while (from > 0 && !CLAUSE_BREAK.matcher(w.between(w.end(from - 1), w.start(from))).matches()) {
      from--;
    }
    int to = at;
    while (to + 1 < w.size()
        && !CLAUSE_BREAK.matcher(w.between(w.end(to), w.start(to + 1))).matches()) {
      to++;
    }
    for (int k = from; k <= to; k++) {
      if (w.stem(k).equals(head)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an ordinal with no noun of its own is set off by a comma after its clause ("...,
   * its first since 2019", "..., the third this year").
   */
  private static boolean apposed(ClaimView c, OrdinalFacet o) {
    ClaimWords w = c.words();
    int first = w.firstWordFrom(o.span().start());
    return o.event().isBlank() && first >= 1
        && w.between(w.end(first - 1), w.start(first)).strip().equals(",");
  }

  /**
   * Whether an ordinal's event is its noun alone ("the second time"), with no word that says
   * what occurred ("the second fatal incident at the stadium").
   */
  private boolean bare(OrdinalFacet o) {
    return events.words(o.event()).size() == 1 && events.scope(o.event()).isEmpty();
  }

  /** A statement of the same sentence, a lower count of the same event, that says when. */
  private static Optional<OrdinalFacet> earlierDated(ArticlePair.Side side, ClaimView c,
      OrdinalFacet o) {
    for (ClaimView other : side.claims()) {
      Claim oc = other.claim();
      if (oc.sentence() != c.claim().sentence()) {
        continue;
      }
      for (OrdinalFacet e : oc.facets(OrdinalFacet.class)) {
        if (e != o && e.ordinal() < o.ordinal() && e.event().equals(o.event())
            && e.when().isPresent() && Window.absolute(e.when().get().value())) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
