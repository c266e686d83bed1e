package dev.parallax.facts;


/**
 * Reads which way the clause before a word points in time, by its nearest verb form: forward
 * after a future word or a modal ("will", "scheduled", "to be held"), back after a verb in the
 * past tense ("was", "fell", "peaked"). A weekday, a month, a month and day or a quarter without
 * a year is placed before or after publication by it. Made for one sentence; not shared.
 */
final class TimeTense extends TimeClauseReader {
  /** How many words before a month-day, quarter or interval bound the tense is read. */
  private static final int TENSE_WORDS = 8;
  /** How many words before a weekday or month name a future word still governs it. */
  private static final int CLAUSE_WORDS = 14;

  /** Whether the sentence is a headline in title case: 1, 0, or -1 until asked. */
  private int headline = -1;

  private final TimeNumbers numbers;

  TimeTense(TimeClause clause, TimeNumbers numbers) {
    super(clause);
    this.numbers = numbers;
  }

  /**
   * Whether the word at {@code k} is a noun that a number counts, the number at most three plain
   * words before it with nothing but spaces between ("310 emergency room visits", "three
   * starts"): a form that would be a verb of schedule elsewhere ("visits", "returns") is no verb
   * there. A comma ends the phrase of the number ("The mayor, elected in 2022, faces
   * re-election in November": "faces" is the verb).
   */
  private boolean counted(int k) {
    for (int j = k - 1; j >= from && j >= k - 4; j--) {
      if (!tw.joined(j, "-")) {
        return false; // a comma or a stop: the number's phrase has ended
      }
      TimeNumbers.Num n = numbers.number(j);
      if (n != null && j - 1 >= from && tw.tight(j - 1, "-") && numbers.yearNumber(j - 1) > 0) {
        return false; // "the 2026-27 season starts": the number names a season, counts none
      }
      if (n != null) {
        return !n.article() && !n.vague(); // "an event to be held" is no count
      }
      if (!isPlainWord(j)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a modal written with a capital (pack facet {@code time-headline-modal}) stands at
   * word {@code k} of a headline in title case, where it is a verb ("Trump May Visit Japan in
   * April", "Fed Could Raise Rates in June"), not a month or a name.
   */
  private boolean headlineModal(int k) {
    if (!tw.has(k, TimeWords.HEADLINE_MODAL) || k == from) {
      return false;
    }
    if (headline < 0) {
      headline = NameExtractor.isTitleCase(t, t.sentenceFrom(t.start(from))) ? 1 : 0;
    }
    return headline == 1;
  }

  /**
   * Whether "to" at word {@code k} opens the verb of a headline ("Boeing to deliver first 787 in
   * May", "GM to cut 10,000 jobs by June"): the text's first sentence, "to" (pack facet {@code
   * time-marker}, value infinitive) before a plain lower-case word, and no verb form before it
   * in the sentence. A headline writes "to" for "will".
   */
  private boolean headlineTo(int k) {
    if (from != 0 || !"infinitive".equals(tw.value(k, TimeWords.MARKER)) || k + 1 >= to
        || !isPlainWord(k + 1)
        || tw.begins(k + 1) || plural(k + 1)) {
      // "speaking to reporters": a noun after "to", "to Thursday" a date; not "Drivers to
      // strike Friday", a verb of schedule
      return false;
    }
    for (int i = from; i < k; i++) {
      String word = t.word(i);
      if (tw.has(i, TimeWords.PAST) || tw.has(i, TimeWords.FUTURE) || tw.has(i, TimeWords.BE)
          || pastForm(i) || tw.has(i, TimeWords.BASE) && !tw.has(i, TimeWords.MARKER)
          || word.endsWith("ing") && Character.isLowerCase(word.charAt(0))
          || tw.gapHas(i, ',')) {
        return false; // "He went to Paris to meet", "speaking to": a verb before, no headline's
      }
    }
    return true;
  }

  /**
   * Whether a weekday or month at word w reads forward: the nearest verb form at most
   * {@value #CLAUSE_WORDS} words before it is a future word ("will eliminate 789, or about a
   * quarter, of its dealers by early June"; not "will testify about what happened on Friday"),
   * or it ends a stretch ("until Friday", "until the end of June") that no verb in
   * the past tense before it closes ("markets remain closed until Friday", not "stayed closed
   * until Friday").
   */
  boolean forward(int w) {
    return tense(w, CLAUSE_WORDS) > 0 || ended(w) && tense(w) >= 0 || scheduledBe(w);
  }

  /**
   * Where a relative clause set between commas ends right at word {@code k}, before the date at
   * {@code w} ("on the appeal, which was filed last month, on Friday"): the word before its
   * opening comma, whose next word is a relative pronoun (pack facet {@code time-marker}, value
   * relative), at most {@value #CLAUSE_WORDS} words back; else -1.
   */
  private int asideBefore(int k, int w) {
    if (k + 1 >= w || !tw.gapHas(k, ',')) {
      return -1;
    }
    for (int j = k - 1; j >= from && j >= k - CLAUSE_WORDS; j--) {
      if (tw.gapHas(j, ',')) {
        return "relative".equals(tw.value(j + 1, TimeWords.MARKER)) ? j : -1;
      }
    }
    return -1;
  }

  /**
   * Whether a present form of "be" (pack facet {@code time-scheduled-be}) states when an event
   * is set: it stands before the day or month at {@code w} with at most three words between,
   * each a preposition, a determiner, a modifier, a participle of schedule (pack facet {@code
   * time-scheduled-participle}) or a time of day ("the deadline is midnight Friday", "is 5 p.m.
   * Friday", "the vote is on Tuesday", "the election is in May", "the talks are set for
   * Thursday").
   */
  private boolean scheduledBe(int w) {
    for (int k = w - 1; k >= from && k >= w - 4; k--) {
      if (tw.has(k, TimeWords.SCHEDULED_BE)) {
        return true;
      }
      if (!(tw.has(k, TimeWords.LINK) || tw.has(k, TimeWords.DET) || tw.has(k, TimeWords.MOD)
          || tw.has(k, TimeWords.SCHEDULED_PARTICIPLE) // "the talks are set for Thursday"
          || tw.has(k, TimeWords.CLOCK) || tw.has(k, TimeWords.PART)
          || t.isNumber(k) && tw.has(k + 1, TimeWords.CLOCK))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code k} is the plural present of a verb of schedule after its plural
   * subject (pack facet {@code time-scheduled-plural}: "lawmakers return", "nurses strike"): a
   * word before it that ends in a plural "s", is no function word, no time word and no
   * possessive ("the lawmakers' return" is a noun).
   */
  private boolean scheduledPlural(int k) {
    if (!tw.has(k, TimeWords.SCHEDULED_PLURAL) || k - 1 < from) {
      return false;
    }
    int s = k - 1;
    String gap = t.text().substring(t.end(s), t.start(k));
    if ("plural-subject".equals(tw.value(s, TimeWords.MARKER))) {
      return gap.isBlank(); // "they travel to Leeds on Wednesday"
    }
    String subject = t.word(s);
    return plural(s) && gap.isBlank() && !t.isStopWord(s) && !tw.any(s) && !t.isNumber(s)
        && Character.isLetter(subject.charAt(subject.length() - 1));
  }

  /**
   * Whether an interval bound that ends a stretch ("until", "through") governs the date at word
   * w, with only determiners and words of degree between ("until Friday", "until the end of
   * June", "up until early May").
   */
  private boolean ended(int w) {
    for (int k = w - 1; k >= from && k >= w - 4; k--) {
      if ("to".equals(tw.value(k, TimeWords.BOUND))) {
        return opens(tw.after(k, TimeWords.BOUND) - 1, w);
      }
    }
    return false;
  }

  /**
   * Which way the clause before word {@code w} points, by the nearest verb form at most
   * {@value #TENSE_WORDS} words before it: +1 for a future word ("will", "scheduled", "may",
   * "to be"), -1 for a verb in the past tense (a word of the pack facet {@code time-past},
   * "was", "said", "fell", or a lower-case word in "-ed", the regular English past: "peaked",
   * "reached"; a participle after a form of "be", facet {@code time-be}, or a base form after
   * "to" or a modal, facet {@code time-base}, is passed over, and so is a future word after
   * such a marker unless the marker is itself one: "did not resume", "will face"), 0 for
   * neither. A word of the pack
   * facet {@code time-lean} decides too: "since" points back wherever it stands in the window,
   * a deadline "by" or "as soon as" right before the date (determiners and words of degree
   * between) points forward unless a past tense stands before it ("had doubled by June"), so
   * does "ahead of" anywhere in the window ("is held ahead of a bond hearing on Wednesday"), and a
   * verb of putting off right before the date ("was postponed until Thursday") points forward
   * whatever its tense.
   * A date that opens its clause takes the tense after it ("By May the plant was closed"), and
   * so does a date with no verb form before it in its sentence, which stands in the subject
   * ("Net income in the second quarter rose").
   */
  int tense(int w) {
    return tense(w, TENSE_WORDS);
  }

  private int tense(int w, int words) {
    boolean deadline = false;
    int reach = w - words; // how far back the clause is read; an aside read past moves it
    for (int k = w - 1; k >= from && k >= reach; k--) {
      int aside = asideBefore(k, w);
      if (aside >= 0) {
        // "is expected to rule on the appeal, which was filed last month, on Friday": the
        // relative clause between commas tells its own time, not the date's
        reach -= k - aside;
        k = aside + 1;
        continue;
      }
      String lean = tw.value(k, TimeWords.LEAN);
      if ("-1".equals(lean)) {
        return -1; // "since the peak on March 3": a stretch up to now began then
      }
      if ("defer".equals(lean) && opens(tw.after(k, TimeWords.LEAN) - 1, w)) {
        return 1; // "was postponed until Thursday": put off to a day ahead
      }
      if ("put-off".equals(lean) && putOffTo(k, w)) {
        return 1; // "delays the launch to October": put off to a time ahead
      }
      if ("schedule".equals(lean) && setFor(k, w)) {
        // "has called a new meeting for Monday": set for the coming weekday; a date of the
        // year set so is the nearest one ("has set a meeting for November 9")
        return tw.has(w, TimeWords.WEEKDAY) ? 1 : 0;
      }
      if ("1".equals(lean) && opens(tw.after(k, TimeWords.LEAN) - 1, w)
          || "ahead".equals(lean)) {
        // "by the February deadline", "ahead of a bond hearing on Wednesday": ahead, unless a
        // past tense comes first
        deadline = true;
        continue;
      }
      if (headlineModal(k) || headlineTo(k)) {
        return 1; // "Trump May Visit Japan in April", "Boeing to deliver first 787 in May"
      }
      if (tw.has(k, TimeWords.FUTURE) && counted(k)) {
        continue; // "reported 310 emergency room visits on Tuesday": a noun a number counts
      }
      if (tw.has(k, TimeWords.FUTURE) && toNoun(k)) {
        continue; // "agreed to a deal on Saturday": "to" before a noun, no plan
      }
      if (tw.has(k, TimeWords.FUTURE) && pluperfect(k)) {
        return -1; // "had planned to open the store in August": a plan of the past
      }
      if (tw.has(k, TimeWords.FUTURE) && (k - 1 < from || !tw.has(k - 1, TimeWords.BASE)
          || tw.has(k - 1, TimeWords.FUTURE))) {
        return 1; // a base form after "did" or "not" tells nothing: "did not resume until May"
      }
      if (scheduledPlural(k)) {
        return 1; // "lawmakers return on Monday"
      }
      if (pastForm(k) && k - 1 >= from
          && (tw.has(k - 1, TimeWords.BE) || tw.has(k - 1, TimeWords.BASE))) {
        // "to be held", "was signed": the form of "be" before it tells the time; "wants to
        // cut", "would set": a base form after "to" or a modal tells none
        continue;
      }
      if (pastForm(k)) {
        return -1;
      }
    }
    if (deadline) {
      int after = fronted(w);
      return after >= 0 ? 1 : after; // "By May the plant was closed": back
    }
    // no verb form before the date in its sentence: it stands in the subject, and the verb after
    // it tells its tense ("Net income in the second quarter rose", "Officials on March 12 said")
    return w - from <= words ? after(w, w - from > 1) : fronted(w);
  }

  /**
   * Whether a gap between words ends the clause of a date: a semicolon, a colon or a dash, or a
   * comma before a word that joins clauses (pack facet {@code time-coordinator}: ", and the bank
   * expects"); a comma alone may close a phrase that opens the clause ("On Nov. 18, it sank").
   */
  private static boolean clauseBreak(String gap, boolean coordinator) {
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (c == ';' || c == ':' || c == '\u2013' || c == '\u2014' || c == ',' && coordinator) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the future phrase at {@code k} opens with a past form, ends in "to" (pack facet
   * {@code time-marker}, value infinitive) and an article or a possessive (value determiner)
   * follows it: "to" brings in a noun, not the verb of a plan ("agreed to a deal", not "agreed to
   * meet"; "voters head to the polls" is no past).
   */
  private boolean toNoun(int k) {
    int a = tw.after(k, TimeWords.FUTURE);
    return a < to && pastForm(k) && "infinitive".equals(tw.value(a - 1, TimeWords.MARKER))
        && "determiner".equals(tw.value(a, TimeWords.MARKER));
  }

  /**
   * Whether the future word at {@code k} follows "had" or "had been": a plan told in the past
   * perfect, which was for a time now past ("had planned to open in August", "had been expected
   * to close in March").
   */
  private boolean pluperfect(int k) {
    int h = k - 1;
    if (h >= from && tw.has(h, TimeWords.BE)) {
      h--; // "had been expected to"
    }
    return h >= from && "past-perfect".equals(tw.value(h, TimeWords.MARKER));
  }

  /**
   * Whether a participle of schedule (pack facet {@code time-scheduled-participle}) with no form
   * of "be" or "have" before it governs the month at {@code w} ("the elections, originally
   * planned for December, have been pushed back"): it tells when a plan was set for, which may
   * be past or ahead; the month is the one nearest publication.
   */
  boolean scheduled(int w) {
    for (int k = w - 1; k >= from && k >= w - 4; k--) {
      if (tw.has(k, TimeWords.SCHEDULED_PARTICIPLE)) {
        return (k - 1 < from || !tw.has(k - 1, TimeWords.BE) && !tw.has(k - 1, TimeWords.MARKER))
            && k + 1 < w && tw.has(k + 1, TimeWords.LINK) && opens(k + 1, w);
      }
    }
    return false;
  }

  /**
   * The weekday that the weekday at {@code w} is paired with by "and" or "or" (pack facet {@code
   * time-coordinator}), at most five words before it with no comma and no verb form between
   * ("from 6 a.m. on Thursday and again on Saturday"): the pair share their clause, and so their
   * direction; else {@code w} ("was closed Thursday and will reopen Saturday": a clause of its
   * own).
   */
  int paired(int w) {
    boolean joined = false;
    for (int k = w - 1; k >= from && k >= w - 5; k--) {
      if (tw.gapHas(k, ',') || tw.has(k, TimeWords.FUTURE)
          || tw.has(k, TimeWords.BE) || tw.has(k, TimeWords.BASE) || pastForm(k)
          || tw.has(k, TimeWords.SCHEDULED_PLURAL)) {
        return w;
      }
      if (tw.has(k, TimeWords.WEEKDAY)) {
        return joined ? k : w;
      }
      joined |= tw.has(k, TimeWords.COORDINATOR);
    }
    return w;
  }

  /**
   * The direction of a month and day at {@code w}: its {@link #tense(int)}, or +1 when that reads
   * no verb and a future word stands further back in the clause, as far as a weekday's is read
   * ({@value #CLAUSE_WORDS} words: "will face the governor in the general election on November
   * 8").
   */
  int dayTense(int w) {
    int d = tense(w);
    return d == 0 && tense(w, CLAUSE_WORDS) > 0 ? 1 : d;
  }

  /**
   * Whether the clause before word {@code w} is in the past tense, read as far back as a future
   * word is ({@value #CLAUSE_WORDS} words): a season is placed by it ("was hit by floods last
   * month and by a drought in the summer").
   */
  boolean past(int w) {
    return tense(w, CLAUSE_WORDS) < 0;
  }

  /**
   * Whether the month or quarter at words {@code [w, end)} names the period of a report (pack
   * facet {@code time-noun}, value report): a report noun at most two words after it
   * ("fourth-quarter results", "December retail sales figures"), or with "for" after it right
   * before the date ("figures for December", "results for the fourth quarter"). A report tells
   * of a period that has begun, whatever the tense of its clause.
   */
  boolean reported(int w, int end) {
    for (int k = end; k < to && k <= end + 2; k++) {
      if ("report".equals(tw.value(k, TimeWords.NOUN))) {
        return true;
      }
      if (!isPlainWord(k) || k > end && !tw.blankAfter(k - 1)) {
        break;
      }
    }
    int f = w - 1 >= from && tw.has(w - 1, TimeWords.DET) ? w - 1 : w;
    for (int k = f - 1; k >= from && k >= f - 2; k--) {
      if ("report".equals(tw.value(k, TimeWords.NOUN)) && tw.after(k, TimeWords.NOUN) == f) {
        return true; // "figures for December", "results for the fourth quarter"
      }
    }
    return false;
  }

  /**
   * Whether "ahead of" (pack facet {@code time-lean}, value ahead) stands at most {@value
   * #TENSE_WORDS} words before the weekday at {@code w}: the day comes after the event told,
   * which a week's news tells as just past, so it is the coming one even after a past tense
   * ("shares fell on Monday ahead of the vote on Wednesday", "markets rallied ahead of Friday's
   * jobs report").
   */
  boolean aheadOf(int w) {
    for (int k = w - 1; k >= from && k >= w - TENSE_WORDS; k--) {
      if ("ahead".equals(tw.value(k, TimeWords.LEAN))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a deadline noun (pack facet {@code time-noun}, value deadline) follows the day or
   * month that ends at word {@code end} ("the February deadline"): it lies ahead unless a past
   * tense comes before it ("missed the February deadline").
   */
  boolean deadline(int w, int end) {
    return end < to && "deadline".equals(tw.value(end, TimeWords.NOUN)) && tense(w) >= 0;
  }

  /**
   * Whether a word of the pack facet {@code time-habitual} ("typically", "usually") stands at
   * most {@value #TENSE_WORDS} words before word {@code w}: its clause tells what happens as a
   * rule, of no one year.
   */
  boolean habitual(int w) {
    for (int k = w - 1; k >= from && k >= w - TENSE_WORDS; k--) {
      if (tw.has(k, TimeWords.HABITUAL)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb in the past tense: a word of facet {@code time-past}, or lower case in "-ed"; not
   * right after an article or a possessive (pack facet {@code time-marker}, value determiner),
   * where the form is an adjective ("would run a reduced service on Thursday", "its revised
   * plan"), nor joined by a hyphen to the word before, which makes it one ("will visit the
   * top-seeded Eagles on January 11", "a long-awaited report").
   */
  private boolean pastForm(int k) {
    String word = t.word(k);
    if (k - 1 >= from && ("determiner".equals(tw.value(k - 1, TimeWords.MARKER))
        || t.start(k) == t.end(k - 1) + 1 && t.text().charAt(t.end(k - 1)) == '-')) {
      return false;
    }
    return tw.has(k, TimeWords.PAST) || word.length() > 4 && word.endsWith("ed")
        && Character.isLowerCase(word.charAt(0));
  }

  /**
   * Whether a verb of putting off (pack facet {@code time-lean}, value put-off) at word {@code
   * k} has the date at {@code w} as the time it puts its object off to: "to", "until" or "till"
   * (facet {@code time-bound} value to, or facet {@code time-marker} value infinitive) opens the
   * date, with no comma between the verb and the date ("delays smart speaker launch to
   * October", "postponed the vote until Friday"; not "delayed the launch, to the anger of fans,
   * on Friday").
   */
  private boolean putOffTo(int k, int w) {
    for (int j = tw.after(k, TimeWords.LEAN); j < w; j++) {
      if (tw.gapHas(j - 1, ',')) {
        return false;
      }
      if (("to".equals(tw.value(j, TimeWords.BOUND))
          || "infinitive".equals(tw.value(j, TimeWords.MARKER)))
          && opens(Math.max(tw.after(j, TimeWords.BOUND), j + 1) - 1, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the date at word {@code w} is the one a verb of setting at word {@code k} sets a
   * thing for: its object, then "for" right before the date (a determiner or "early", "mid",
   * "late" may stand between), no comma between the verb and the date ("has set a new meeting
   * for November 9").
   */
  private boolean setFor(int k, int w) {
    int first = tw.after(k, TimeWords.LEAN);
    for (int j = first; j < w; j++) {
      if (tw.gapHas(j - 1, ',')) {
        return false;
      }
      // the object stands between: "has called a new meeting for Monday"; a passive with
      // nothing between ("the talks were set for Thursday") follows its tense
      if (j > first && t.term(j).equalsIgnoreCase("for") && opens(j, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a noun of an event that is held on a date (pack facet {@code time-noun}, value
   * event: "its investor day", "the annual meeting", "a summit") stands at most four words before
   * the month or day at {@code w}, only prepositions and names between ("its investor day in
   * Oslo in November"), and no verb in the past tense before the date: an event told without a
   * past is one ahead ("and hold its annual meeting in May"; not "held its annual meeting in
   * May").
   */
  boolean event(int w) {
    for (int k = w - 1; k >= from && k >= w - 6; k--) {
      int a = tw.after(k, TimeWords.NOUN);
      if ("event".equals(tw.value(k, TimeWords.NOUN)) && a < w && a >= w - 4) {
        for (int i = a; i < w; i++) {
          if (!(tw.has(i, TimeWords.LINK) || isCapital(i) && !tw.any(i))) {
            return false; // "the summit on trade in May": the noun has its own phrase
          }
        }
        return tw.has(w - 1, TimeWords.LINK) && tense(w) >= 0;
      }
    }
    return false;
  }

  /**
   * The tense of a clause that a date opens, read after it: with at most one word before the
   * date in its sentence ("On Friday, the company will hold its meeting"), the nearest future
   * word or verb in the past tense at most {@value #TENSE_WORDS} words after it; else 0.
   */
  private int fronted(int w) {
    return w - from > 1 ? 0 : after(w, false);
  }

  /**
   * The nearest future word or verb in the past tense at most {@value #TENSE_WORDS} words after
   * word {@code w} in its sentence: +1, -1, or 0 for neither; with {@code unbroken}, 0 as well
   * when a mark that ends the clause of the date stands before it ("shrank in the
   * fourth quarter, and the bank expects").
   */
  private int after(int w, boolean unbroken) {
    for (int k = w + 1; k < to && k <= w + TENSE_WORDS; k++) {
      if (unbroken && clauseBreak(tw.gapAfter(k - 1), tw.has(k, TimeWords.COORDINATOR))) {
        return 0; // "shrank in the fourth quarter, and the bank expects": another clause
      }
      if (unbroken && tw.has(k, TimeWords.COORDINATOR) && k + 1 < to
          && (tw.has(k + 1, TimeWords.FUTURE) || pastForm(k + 1))) {
        // "beat Chicago on December 29 and plays Boston on Sunday": the verb after "and" has
        // a clause of its own
        return 0;
      }
      if (tw.has(k, TimeWords.FUTURE)) {
        return 1;
      }
      if (pastForm(k) && !tw.has(k - 1, TimeWords.BE) && !tw.has(k - 1, TimeWords.BASE)) {
        return -1;
      }
    }
    return 0;
  }

  /**
   * Whether the words between {@code k} and {@code w} are only determiners and words of degree
   * ("by the February deadline", "by early June", "by the end of June"), so that the word at
   * {@code k} governs the date at {@code w}.
   */
  private boolean opens(int k, int w) {
    int covered = k + 1;
    for (int i = k + 1; i < w; i++) {
      if (i < covered) {
        continue;
      }
      if (tw.has(i, TimeWords.MOD)) {
        covered = tw.after(i, TimeWords.MOD); // "the end of" before "the"
      } else if (tw.has(i, TimeWords.DET)) {
        covered = i + 1;
      } else if (tw.has(i, TimeWords.CLOCK) || tw.has(i, TimeWords.PART)
          || t.isNumber(i) && i + 1 < w && tw.has(i + 1, TimeWords.CLOCK)) {
        covered = Math.max(tw.after(i, TimeWords.CLOCK), tw.after(i, TimeWords.PART));
        covered = Math.max(covered, i + 1); // "until midday Thursday", "by 5 p.m. Friday"
      } else if (i > k + 1 && tw.has(i, TimeWords.LINK)) {
        covered = i + 1; // "until noon on Thursday", "by 5 p.m. on Friday"
      } else {
        return false;
      }
    }
    return true;
  }
}
