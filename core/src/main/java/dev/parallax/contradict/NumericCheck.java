package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.align.Synonyms;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NUMERIC: two amounts of two articles that measure the same thing and that no rounding or
 * approximation reconciles.
 *
 * <p><b>Same thing.</b> Two amounts are candidates when they have one measure (a dimension such as
 * length or duration, money of one currency, or a count) and, for counts, one counted noun ("12
 * people" and "18 people", never "40 rounds" and "two nations"; people of any kind meet people of
 * one kind, and so do doers that met a fate of people: "three skiers were killed" and "killed four
 * people"; a sum restated in another currency, "12 million euros ($13 million)", is also compared
 * in that currency), when both are rates of one thing or neither is ("$22 million per season",
 * "$5 an hour": {@link Rates}), when both or neither count what was added to an earlier amount
 * ("another 20 people", "two additional life sentences") or the difference between two levels
 * ("400 euros higher"), when their claims are related (aligned, or sharing two
 * content words), when their frames share at least one word (or two counts one fate: "held
 * hostage", "kidnapping"; or, in aligned claims, one kind of thing that each report counts with one
 * value only: {@link CountedKinds}) and they are not scoped to two places ("in the province",
 * "across Asia") nor, as counts of people who met a fate, set in two years ({@link ClaimYears}).
 * How likely a candidate pair states one fact is read by the {@code numeric} model of {@link
 * SameFact}: the words their frames and cores share, the names, the claims' wording and alignment,
 * how many rivals either has, how far apart the values are. Each amount is matched to its most
 * likely candidate; only mutual best matches are compared, never when an equally likely candidate
 * agrees, and not when either article states the other's value of the same frame elsewhere (an
 * update, a part and its total) or in the same claim (a list in another order; each claim
 * giving both values). The finding's
 * confidence is the model's probability. Ages change with time: two ages of one person clash only
 * when they differ by more years than the reports' dates lie apart (rounded up: any two dates in
 * different years allow a birthday), and with {@value #UNDATED} of the confidence when a date is
 * missing ({@value #BIRTHDAY} of that again when they are a year apart); so do two distances back from the time of writing ("two weeks ago") in reports without
 * dates, when they differ by no more than {@value #REPORT_GAP_DAYS} days.
 *
 * <p><b>By stated precision.</b> Each amount is the interval its words allow: an exact number to
 * half a step of its last written digit ("$3.5 billion" is 3.45 to 3.55 billion, "40" is 35 to
 * 45, "two decades" 15 to 25 years; a round number and a finer one agree only when the finer one
 * rounds to it: "2,000" and "1,987" agree, "130" and "135" do not), "about" ten percent each
 * way, "nearly" up to the number, "more than N" and "as many as N" near N (news writes the round
 * number just below or at the amount), a restatement in another unit ("(155 miles)") five
 * percent each way. Two amounts disagree when their intervals do not meet; amounts that state
 * the same number never do. Two numbers written to one precision in one form, or one of them
 * loosened by "about", disagree when they differ: "about" loosens its number within its own step,
 * not to the next round figure ("fell 700 meters" and "fell about 600 meters").
 */
final class NumericCheck extends MatchedCheck<NumericCheck.Holder> {
  /** A year in days, the unit of ages. */
  static final double ONE_YEAR = 366;
  /** The least words of what happened that two game clocks of one play share. */
  static final int GAME_CLOCK_WORDS = 2;
  /** The aspect of a TEMPORAL finding on two game clocks. */
  static final String GAME_CLOCK = "game clock";
  /** The aspect of a TEMPORAL finding on two distances in time ("two weeks ago"). */
  static final String DISTANCE = "distance in time";
  /** The aspect of a NUMERIC finding of one change given two directions. */
  static final String DIRECTION = "direction of the change";
  /**
   * The factor on the confidence of two values that change with the time of writing, ages of one
   * person and distances back from the report ("two weeks ago"), in reports without dates.
   */
  static final double UNDATED = 0.75;
  /**
   * The further factor on two ages of one person a year apart in reports without dates: a
   * birthday between the reports explains them as well as a mistake does.
   */
  static final double BIRTHDAY = 0.5;
  /** The least confidence that two ages of one person named by two or more words clash. */
  static final double NAMED_AGE = 0.85;
  /**
   * How many days apart reports of one event are usually written: two distances back from the
   * time of writing that differ by no more may only have been written on different days.
   */
  static final double REPORT_GAP_DAYS = 7;

  private final Lexicon lexicon;
  private final PeopleKinds people;
  private final CountedKinds kinds;
  private final SameFact model;
  /** The fates of what befell the people counts count. */
  private final CountFates fates;
  private final OtherInstances others;
  private final BrokenRecords records;
  private final DefiniteMeasures definites;
  private final Partitives partitives;
  private final CoordinatedCounts coordinated;

  NumericCheck(Lexicon lexicon, SameFact model, Synonyms synonyms, OtherInstances others,
      BrokenRecords records, Set<String> definites) {
    this.lexicon = lexicon;
    this.definites = new DefiniteMeasures(definites);
    this.others = others;
    this.records = records;
    this.partitives = new Partitives(lexicon);
    this.people = new PeopleKinds(lexicon);
    this.kinds = new CountedKinds(lexicon);
    this.coordinated = new CoordinatedCounts(lexicon.listConjunctions(),
        lexicon.phrases().appositionArticles());
    this.model = model;
    this.fates = new CountFates(FateWords.byStem(lexicon, synonyms));
  }

  @Override
  boolean agree(Holder h, Holder o) {
    return !AmountIntervals.disagree(h.amount(), o.amount()) && !opposed(h.amount(), o.amount());
  }

  /**
   * The direction of the change a share or a sum measures, from the word of change right before
   * it, past "by" ("rose 4 percent", "fell by 3%", "were up 12%"; pack facet {@code
   * change-direction}): {@code up}, {@code down}, or empty.
   */
  String direction(Amount a) {
    if (!a.measure().equals("ratio") && !a.measure().startsWith("money:")) {
      return ""; // "fell 700 meters" is a fall, not a change
    }
    ClaimWords w = a.claim();
    int k = w.firstWordFrom(a.evidence().start()) - 1;
    if (k >= 1 && w.lower(k).equals("by")) {
      k--;
    }
    if (k < 0 || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
      return "";
    }
    return lexicon.phrases().changeDirections().getOrDefault(w.lower(k), "");
  }

  /** Whether two amounts give one change two directions: "fell 4 percent", "rose 4%". */
  boolean opposed(Amount a, Amount b) {
    String x = direction(a);
    String y = direction(b);
    return !x.isEmpty() && !y.isEmpty() && !x.equals(y) && a.measure().equals(b.measure());
  }

  @Override
  void judge(ArticlePair pair, SameFact.Pair<Holder> p, List<Holder> left, List<Holder> right,
      List<Finding> out) {
    Holder a = p.left();
    Holder b = p.right();
    Amount x = a.amount();
    Amount y = b.amount();
    if (!p.disagree() || statedElsewhere(x, right, y) || statedElsewhere(y, left, x)
        || besideOther(x, b.view(), y) || besideOther(y, a.view(), x) || complements(x, y)
        || swapped(x, b.view(), y, a.view())
        || partitives.wholeOfVaguePart(x) || partitives.wholeOfVaguePart(y)
        || Partitives.wholeOfStatedPart(x, y) || Partitives.wholeOfStatedPart(y, x)
        || Subjects.rivals(pair, a.view(), b.view())) {
      return; // the reading of every name of both reports last: it costs the most
    }
    List<String> notes = new ArrayList<>();
    if (implied(x) || implied(y)) {
      notes.add("A bound such as \"more than\" or \"as many as\" is read as close to its"
          + " number, as news writes it.");
    }
    double conf = SameFact.probability(p.logit());
    if (x.measure().equals("age") && x.noun().size() >= 2 && x.noun().equals(y.noun())
        && pair.left().published().isPresent() && pair.right().published().isPresent()) {
      // one person named in full ("Denise Broussard, 58") has one age, whatever else the two
      // claims tell of her, in reports whose dates show the years between them (below)
      conf = Math.max(conf, NAMED_AGE);
    }
    if (definites.oneThing(a.view().words(), x, b.view().words(), y)) {
      // "the 540-kilogram lander" and "the 450 kg (990 lb) lander": one measure of the one
      // thing the story names
      conf = Math.max(conf, DefiniteMeasures.PROPERTY);
    }
    if (x.measure().equals("age")) {
      // a person's age changes with time, and two reports of one person may be years apart
      Optional<LocalDate> l = pair.left().published();
      Optional<LocalDate> r = pair.right().published();
      if (l.isPresent() && r.isPresent()) {
        if (agedBetween(x, y, l.get(), r.get())) {
          return; // written far enough apart for the age to have changed
        }
      } else {
        conf *= UNDATED;
        notes.add(UNDATED_AGES);
      }
      if (Math.abs(x.value() - y.value()) <= ONE_YEAR) {
        notes.add("Ages a year apart may be one person before and after a birthday.");
        if (l.isEmpty() || r.isEmpty()) {
          conf *= BIRTHDAY; // reports of one trial or one life run over months and years
        }
      }
    }
    if (x.measure().equals(TimeLengths.AGO)
        && (pair.left().published().isEmpty() || pair.right().published().isEmpty())
        && Math.max(x.low() - y.high(), y.low() - x.high()) <= REPORT_GAP_DAYS) {
      conf *= UNDATED;
      notes.add("Read as if both reports were written on one day: without their dates, a"
          + " distance back from the time of writing may differ by the days between them.");
    }
    if (opposed(x, y)) {
      if (Subjects.two(a.view(), b.view())) {
        return; // "Apple shares rose 2%", "Microsoft shares fell 2%": two changes
      }
      // a rise against a fall: the values say which way, the explanation says they differ
      out.add(new Finding(Kind.NUMERIC, a.view().claim(), b.view().claim(), x.evidence(),
          y.evidence(), direction(x) + " " + x.shown(), direction(y) + " " + y.shown(),
          DIRECTION, notes, conf));
      return;
    }
    out.add(new Finding(temporal(x) ? Kind.TEMPORAL : Kind.NUMERIC, a.view().claim(),
        b.view().claim(), x.evidence(), y.evidence(), x.shown(), y.shown(), aspect(x), notes,
        conf));
  }

  /**
   * Whether an amount tells when rather than how much: a game clock ("with 7:41 to go") or a
   * distance in time from another event or from the report ("nine days after the shooting",
   * "two weeks ago"). Their disagreements are reported as TEMPORAL.
   */
  static boolean temporal(Amount a) {
    return gameClock(a) || a.measure().startsWith("offset:");
  }

  /** What a TEMPORAL finding on the amount compares; empty for a NUMERIC one. */
  private static String aspect(Amount a) {
    if (!temporal(a)) {
      return "";
    }
    return gameClock(a) ? GAME_CLOCK : DISTANCE;
  }

  /** The note of two ages in reports that give no dates. */
  static final String UNDATED_AGES = "Ages change with time, and the reports give no dates to"
      + " show they were written in the same year.";

  /**
   * Whether two reports published on {@code l} and {@code r} lie as many years apart as ages
   * {@code x} and {@code y} (rounded up): a person may have had both.
   */
  static boolean agedBetween(Amount x, Amount y, LocalDate l, LocalDate r) {
    double years = Math.abs(x.value() - y.value()) / ONE_YEAR;
    return years <= Math.ceil(Math.abs(ChronoUnit.DAYS.between(l, r)) / 365.0);
  }

  /** Whether an amount is a time in a period of a game: left in it or from its start. */
  private static boolean gameClock(Amount a) {
    return a.measure().equals(GameClocks.GAME_CLOCK) || a.measure().equals(GameClocks.GAME_TIME);
  }

  /**
   * Whether two shares add up to the whole, within the precision they are written to ("77
   * percent backed it", "23 percent opposed it"): a share and its complement, two parts of one
   * whole, not two values of one part.
   */
  static boolean complements(Amount x, Amount y) {
    if (!x.measure().equals("ratio") || !y.measure().equals("ratio")) {
      return false;
    }
    double slack = Math.max(x.step(), y.step()) / 2 + 1e-9;
    return Math.abs(x.value() + y.value() - 1) <= slack;
  }

  /** An amount with its claim. */
  record Holder(ClaimView view, Amount amount) {}

  /**
   * Every pair of a left and a right amount that may state one fact: comparable (one measure; for
   * counts one counted noun, or people of any kind and people of one kind), in related claims,
   * not scoped to two different places; with the features and log-odds of the numeric model.
   */
  @Override
  List<SameFact.Pair<Holder>> pairs(ArticlePair pair, List<Holder> left, List<Holder> right) {
    return model.pairs("numeric", left, right, (h, o) -> rejection(pair, h, o) == null,
        (h, o) -> {
      Amount x = h.amount();
      Amount y = o.amount();
      Map<String, Double> f = SameFact.common(x, y,
          pair.relation(h.view(), o.view()).orElseThrow());
      f.put("logRatio", Math.min(2, Math.log10(ratio(x, y))));
      f.put("bound", implied(x) || implied(y) ? 1.0 : 0.0);
      f.put("exact", x.approximation() == Approximation.EXACT
          && y.approximation() == Approximation.EXACT ? 1.0 : 0.0);
      f.put("count", x.measure().equals("count") ? 1.0 : 0.0);
      f.put("noun", (double) Math.min(2, x.noun().stream().map(lexicon::countedKind)
          .filter(y.noun().stream().map(lexicon::countedKind).toList()::contains).count()));
      f.put("people", comparable(x, y) ? 0.0 : 1.0);
      f.put("age", x.measure().equals("age") ? 1.0 : 0.0);
      f.put("whole", Partitives.whole(x) || Partitives.whole(y) ? 1.0 : 0.0);
      if (Mention.shared(x.frame(), y.frame()) == 0 && (!fates.shared(x, y).isEmpty()
          || Lengths.both(x, y, lexicon.amountWords()))) {
        // "held hostage" and "kidnapping", "seven injured people" and "were hurt": the fate is
        // the one word of what befell the people counted that the two share; so is lasting
        f.put("core", Math.min(3, f.get("core") + 1));
        f.put("what", Math.min(5, f.get("what") + 1));
      }
      if (Mention.shared(x.frame(), y.frame()) == 0 && kinds.oneFact(pair, h, o)) {
        // "150 officers surrounded" and "250 officers ringed": the counted noun is the word
        f.put("core", Math.min(3, f.get("core") + 1));
        f.put("what", Math.min(5, f.get("what") + 1));
      }
      if (opposed(x, y)) {
        // "fell" and "rose" are one word of what happened, written two ways
        f.put("core", Math.min(3, f.get("core") + 1));
        f.put("what", Math.min(5, f.get("what") + 1));
      }
      return f;
    }, (h, o) -> AmountIntervals.disagree(h.amount(), o.amount())
        || opposed(h.amount(), o.amount()), this::repeats);
  }

  /**
   * Whether two counts of one article give one count of people twice: one value of people who
   * met one fate ("injures dozens" in a headline and "injuring 38" in the text). Such a repeat
   * is no rival of the other, and an agreeing repeat of the best match makes it no less sure;
   * other amounts repeat too seldom to tell from two facts.
   */
  @Override
  boolean repeats(Holder h, Holder o) {
    Amount a = h.amount();
    Amount b = o.amount();
    return comparable(a, b) && agree(h, o) && !fates.shared(a, b).isEmpty();
  }

  /**
   * Why two amounts are no candidate pair, or null when they are one: the first test they fail,
   * in words (shown by the diagnostics that explain a missed finding).
   */
  String rejection(ArticlePair pair, Holder h, Holder o) {
    Amount a = h.amount();
    Amount b = o.amount();
    if (a.measure().equals(QuantityAmounts.BARE)) {
      return "bare number";
    }
    if (!comparable(a, b) && !people.anyAgainstOne(a, b) && !kinds.same(a, b)
        && !people.peopleAgainstDoers(a, b, fates.shared(a, b))) {
      return "not comparable (measure or counted noun)";
    }
    String restated = Restatements.rejection(h.view().amounts(), a, o.view().amounts(), b);
    if (restated != null) {
      return restated;
    }
    if (people.togetherAgainstOther(a, b)) {
      return "people counted together against no total of people";
    }
    if (a.increment() != b.increment()) {
      return "one is an increment"; // "two additional sentences" and "three sentences"
    }
    if (pair.relation(h.view(), o.view()).isEmpty()) {
      return "claims not related";
    }
    String another = others.rejection(h.view(), o.view());
    if (another != null) {
      return another; // "In an earlier strike, 12 were killed" against the story's own toll
    }
    String record = records.rejection(h.view(), a, o.view(), b);
    if (record != null) {
      return record; // "broke Buford's record of 2,116 points" against "with 2,117 points"
    }
    if (Mention.shared(a.frame(), b.frame()) < 1 && fates.shared(a, b).isEmpty()
        && !Lengths.both(a, b, lexicon.amountWords()) && !kinds.oneFact(pair, h, o)) {
      // one fact shares a word around it, one fate, lasting, or its counted kind
      return "no shared frame word";
    }
    // one game has many plays: two clocks of one play share the words of the play
    if (gameClock(a) && Mention.shared(a.what(), b.what()) < GAME_CLOCK_WORDS) {
      return "game clocks of two plays";
    }
    // "killing seven people and injuring 40" against "injured two people": two fates, two facts
    if (a.measure().equals("count") && b.measure().equals("count")) {
      Set<String> fa = fates.of(a);
      Set<String> fb = fates.of(b);
      if (!fa.isEmpty() && !fb.isEmpty() && Collections.disjoint(fa, fb)) {
        return "counts of two fates (" + String.join(", ", fa) + " against "
            + String.join(", ", fb) + ")";
      }
      if (fates.holds(a, b)) {
        return "a count of two fates together that holds a count of one of them";
      }
      // "In 1999, 35 people died when a gondola fell": the toll of an earlier disaster
      if (!fa.isEmpty() && !fb.isEmpty() && ClaimYears.two(h.view(), o.view())) {
        return "counts of people in two years";
      }
      // "the 80 wounded" names people by what befell them: not a count of people of no fate
      if (fa.isEmpty() != fb.isEmpty() && (fateNamed(a) || fateNamed(b))) {
        return "a count of people named by their fate against a count of no fate";
      }
    }
    if (EitherDeeds.holds(a, b, lexicon.phrases().clauseAuxiliaries())) {
      return "a count of two deeds together that holds a count of one of them";
    }
    if (KindModifiers.two(h, o)) {
      return "claims speak of two kinds";
    }
    if (lexicon.amountWords().rates().twoPeriods(a, b)) {
      return "parts of wholes of two periods"; // "of its daily turnover", "of annual turnover"
    }
    // "212 passengers and six crew members" against "carrying 218 people": people of one kind,
    // counted beside people of another kind, are a part of all the people the other counts
    if (people.anyAgainstOne(a, b)
        && (people.besideOtherKind(h.view(), a) || people.besideOtherKind(o.view(), b))) {
      return "a kind of people counted beside another kind, against people of any kind";
    }
    // "Two surveillance planes and a helicopter" against "three aircraft"; "Linton and two
    // neighboring counties" against "three counties, including Linton": parts beside another
    if (kinds.same(a, b) && !a.noun().equals(b.noun()) && (coordinated.besideAnother(a)
        || coordinated.besideAnother(b)) || kinds.same(a, b) && Math.abs(a.value() - b.value()) == 1
        && coordinated.afterName(a.value() < b.value() ? a : b)) {
      return "a count beside another thing or a name, a part of the other's count";
    }
    // "rescued 23 people, including 11 in a downtown tower" against "freed 23 people": the
    // count of one place is a part of the larger total its own claim gives before it; two such
    // parts ("three of them in critical condition") are still compared
    if (a.scope().isEmpty() != b.scope().isEmpty()
        && Partitives.partOfTotalBefore(h.view(), a) != Partitives.partOfTotalBefore(o.view(), b)
        && (a.scope().isEmpty() ? Partitives.partOfTotalBefore(o.view(), b)
            : Partitives.partOfTotalBefore(h.view(), a))) {
      return "a part in one place against a count of no place";
    }
    // "170,000 people in the province" and "230,000 people across Asia": two counts
    if (!a.scope().isEmpty() && !b.scope().isEmpty()
        && Collections.disjoint(a.scope(), b.scope())) {
      return "scoped to two places";
    }
    return null;
  }



  /** Whether the last word of an amount's evidence names people by their fate ("80 wounded"). */
  private boolean fateNamed(Amount a) {
    String t = a.evidence().text();
    return lexicon.phrases().fateNominals().contains(
        t.substring(t.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  List<Holder> holders(ArticlePair.Side side) {
    List<Holder> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      List<Amount> amounts = c.amounts();
      for (int i = 0; i < amounts.size(); i++) {
        Amount a = amounts.get(i);
        // "12 million euros ($13 million)": a restatement in another currency is compared too,
        // with the words of the sum it restates
        Amount original = Restatements.original(amounts, i);
        if ((!a.derived() || original != null) && (!c.negated(a.evidence())
            || TimeLengths.lastsThrough(c.words(), a, lexicon.lengthPrepositions()))) {
          out.add(new Holder(c, original == null ? a : Restatements.withWordsOf(a, original)));
        }
        // "143 passengers and 21 crew members": the people aboard, counted together
        Amount together = i + 1 < amounts.size() ? people.together(a, amounts.get(i + 1)) : null;
        if (together != null && !c.negated(together.evidence())) {
          out.add(new Holder(c, together));
        }
      }
    }
    return out;
  }









  /**
   * Whether {@code claim} gives {@code a}'s value too, of the same measure, as something said of
   * the same thing as its own amount {@code partner}: side by side with it (a comma or a
   * conjunction between them: "two sons, ages 6 and 16" against "ages 16 and 6", a list in
   * another order), in an aside ("$334 million ($281 million in cash)"), as the kind a modifier
   * names ("finished 30 days of her 90-day stay" against "her 90-day treatment"), or with a word next to
   * it that is next to the partner too. The same value told of something else ("killed 1 and
   * injured 2" against "killed two people") does not count.
   */
  private boolean besideOther(Amount a, ClaimView claim, Amount partner) {
    ClaimWords w = claim.words();
    for (Amount o : claim.amounts()) {
      if (o == partner || !AmountIntervals.same(o.value(), a.value()) || !comparable(a, o)) {
        continue;
      }
      if (o.derived() || Stops.isModifier(w, o.evidence())
          || Mention.shared(o.coreWhat(), partner.coreWhat()) > 0
          || o.coreWhat().isEmpty() || partner.coreWhat().isEmpty()) {
        return true;
      }
      if (Enumeration.sideBySide(w, partner.evidence(), o.evidence(),
          lexicon.listConjunctions())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether each of two claims states both values, of one measure: "receives 1.4 million euros
   * from the total prize fund of 2.5 million euros" and "the champion's share of the 2.5 million
   * euro prize fund is 1.4 million euros" give the same two values, and a pairing of one with
   * the other's second says only that the frames were read apart.
   */
  private static boolean swapped(Amount x, ClaimView other, Amount y, ClaimView own) {
    return holds(other, x, y) && holds(own, y, x);
  }

  /**
   * Whether a claim states, beside {@code partner}, an amount of {@code a}'s measure and value.
   */
  private static boolean holds(ClaimView c, Amount a, Amount partner) {
    for (Amount o : c.amounts()) {
      if (o != partner && o != a && comparable(a, o)
          && AmountIntervals.same(o.value(), a.value())) {
        return true;
      }
    }
    return false;
  }

  /** How many times the larger amount is the smaller. */
  private static double ratio(Amount x, Amount y) {
    return Math.max(Math.abs(x.value()), Math.abs(y.value()))
        / Math.max(1e-9, Math.min(Math.abs(x.value()), Math.abs(y.value())));
  }

  /** Whether two amounts measure the same kind of thing: for counts and ages, of one noun. */
  static boolean comparable(Amount a, Amount b) {
    if (!a.measure().equals(b.measure()) || !a.per().equals(b.per())) {
      return false; // "$22 million per season" is no total, nor "$40 an hour" a day's pay
    }
    if (!a.measure().equals("count") && !a.measure().equals("age")) {
      return true;
    }
    if (a.measure().equals("age")) {
      // one person: one name holds the other ("Gomes", "Gary Gomes"), not "Catherine Gomes"
      return !a.noun().isEmpty() && !b.noun().isEmpty()
          && (a.noun().containsAll(b.noun()) || b.noun().containsAll(a.noun()));
    }
    for (String n : a.noun()) {
      if (b.noun().contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code others} agree with {@code a} in a frame like its own (a bare number of the
   * same value counts too, and so does a count of the same value whose noun is a word of the
   * other's frame): then the two articles do not disagree, one of them only says more. The
   * claim of {@code partner} that states {@code a}'s exact value and measure beside it ("$75,000
   * in total: $50,000 for first place" against "earns $50,000 for the win") states {@code a}'s
   * fact, and its other value is another fact (a total, a part); not so for counts and ages,
   * whose small values recur for other things ("12 people were injured" against "18 injured
   * and 12 arrested"). A count
   * of people of one fate that agrees with {@code partner} too, with another number ("dozens
   * hurt" beside "more than 50 people were hurt", against "injuring 38"), only says less, and
   * states neither value.
   */
  private boolean statedElsewhere(Amount a, List<Holder> others, Amount partner) {
    for (Holder o : others) {
      Amount b = o.amount();
      if (b.unit().equals(PeopleKinds.TOGETHER)) {
        continue; // a sum the words do not state
      }
      if (b != partner && !AmountIntervals.same(b.value(), a.value()) && comparable(b, partner)
          && !fates.shared(b, partner).isEmpty() && !AmountIntervals.disagree(b, partner)) {
        continue; // vaguer than both: "dozens hurt" agrees with 38 and with more than 50
      }
      if (b != partner && b.claim().claim() == partner.claim().claim() && a.value() == b.value()
          && a.measure().equals(b.measure()) && !a.measure().equals(QuantityAmounts.BARE)
          && !a.measure().equals("count") && !a.measure().equals("age")
          && a.approximation() == Approximation.EXACT && b.approximation() == Approximation.EXACT) {
        return true; // "$75,000 in total: $50,000 for first place": the claim states a's value too
      }
      boolean bare = b.measure().equals(QuantityAmounts.BARE) && a.value() == b.value()
          && a.measure().equals("count");
      if (a.value() == b.value() && a.measure().equals("count") && b.measure().equals("count")
          && (b.noun().stream().anyMatch(a.frame()::contains)
              || a.noun().stream().anyMatch(b.frame()::contains))) {
        return true; // "20 wounded" and "20 people were wounded": one count, named two ways
      }
      if ((comparable(a, b) || bare)
          && Mention.shared(a.frame(), b.frame()) + Mention.shared(a.core(), b.core()) >= 1
          && !AmountIntervals.disagree(a, b) && !opposed(a, b)) {
        return true;
      }
    }
    return false;
  }


  private static boolean implied(Amount a) {
    return a.approximation() == Approximation.MORE_THAN
        || a.approximation() == Approximation.AT_LEAST
        || a.approximation() == Approximation.AT_MOST;
  }
}
