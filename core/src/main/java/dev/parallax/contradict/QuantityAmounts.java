package dev.parallax.contradict;

import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the amount of a quantity facet: what it measures (a unit, money, or the noun a count
 * counts), the interval its words allow and how finely it is written.
 *
 * <p>A number without a noun may borrow the noun of the count before it ("killing seven people
 * and injuring 40"), count a part of a whole ("10 of the Saints' 16 games"), measure the noun
 * before "of" ("a population of 120,000") or be an age set off after a name ("Robert Buckley,
 * 32,"); one that says nothing of what it counts is {@value #BARE}. An amount may also count an
 * increment or a stretch of a sequence ("another 20 people", "the first two games") and hold in
 * a place ("in the province").
 */
final class QuantityAmounts {

  /** How many content words after a number are read as the noun it counts. */
  static final int NOUN_WORDS = 3;
  /** The measure of a number that says nothing of what it counts. */
  static final String BARE = "number";
  /** The most words from "of" to the whole's number in a partitive ("of the Saints' 16"). */
  static final int PARTITIVE_WORDS = 4;

  private final Lexicon lexicon;
  private final MeasuredThings things;
  private final Frames frames;

  /** Reads the noun a number counts. */
  private final CountedNoun nouns;
  /** Reads where a count holds. */
  private final CountScopes scopes;
  /** Reads whose age follows "aged". */
  private final DescribedAges described;

  QuantityAmounts(Lexicon lexicon, Frames frames) {
    this.lexicon = lexicon;
    this.things = new MeasuredThings(lexicon);
    this.frames = frames;
    this.nouns = new CountedNoun(lexicon);
    this.scopes = new CountScopes(lexicon);
    this.described = new DescribedAges(lexicon.phrases().ageWords(),
        lexicon.phrases().agesNow(), lexicon.phrases().appositionArticles(),
        lexicon.peopleNouns());
  }

  /**
   * The amount of {@code q}, where {@code lastNoun} is the noun of the last count before it,
   * {@code previous} the last amount before it that says what it measures and {@code before}
   * the span of the quantity right before it (null when none); null for a vague or a pronoun
   * number.
   */
  Amount amount(ClaimWords w, QuantityFacet q, Stops stops,
      List<String> lastNoun, Amount previous, TextSpan before) {
    Amount a = read(w, q, stops, lastNoun, previous, before);
    if (a == null || a.measure().equals(BARE)) {
      return a;
    }
    String per = lexicon.amountWords().rates().after(w, a.evidence().end());
    return per.isEmpty() ? a : a.per(per);
  }

  /** The amount of {@code q}, as {@link #amount} reads it, before what it is counted for. */
  private Amount read(ClaimWords w, QuantityFacet q, Stops stops,
      List<String> lastNoun, Amount previous, TextSpan before) {
    int at = w.firstWordFrom(q.span().start());
    if (at >= 1 && at < w.size() && !w.isNumber(at)
        && lexicon.vagueScale().contains(w.lower(at - 1))) {
      return null; // "several hundred people": vague, not a hundred
    }
    double f = q.toBase();
    double step = NumberWords.step(q) * Math.abs(f);
    String unit = q.unit().orElse("");
    boolean derived = before != null && Stops.isConversion(w, before, q.span());
    if (q.unit().isPresent() || q.dimension().isPresent()) {
      int next = w.lastWordBefore(q.span().end()) + 1;
      if (Stops.isModifier(w, q.span()) && next < w.size()
          && lexicon.measurePositions().contains(w.lower(next))) {
        return null; // "at the 27-yard line": a place on the field, not a distance
      }
      String dim = q.dimension().orElse(unit);
      String measure = dim.equals("money") ? "money:" + unit : dim;
      List<String> valued = dim.startsWith("money") ? valued(w, q.span().start()) : List.of();
      int after = MeasuredThings.pastConversion(w, q.span().end());
      List<String> noun = !valued.isEmpty() ? valued
          : relational(w, after) ? List.of() : noun(w, after);
      Set<String> frame = frames.frame(w, q.span(), stops);
      Set<String> sums = lexicon.amountWords().sumNouns();
      if (dim.startsWith("money") && noun.stream().anyMatch(sums::contains)) {
        // "a $23 million average annual value" names a sum, not what it is the value of: those
        // words say nothing of what the amount is
        frame = new LinkedHashSet<>(frame);
        frame.removeAll(noun);
        noun = List.of();
      }
      return new Amount(w, q.span(), measure, noun, frame,
          frames.core(w, q.span(), stops), frames.names(w, q.span(), stops),
          q.value() * f, Math.min(q.low() * f, q.high() * f), Math.max(q.low() * f, q.high() * f),
          step, q.approximation(), unit, derived, increment(w, q.span()) || difference(w, q),
          unit.equals("%") ? scopes.after(w, q.span().end(), CountScopes.Of.WHOLE)
              : dim.startsWith("money") ? scopes.afterSum(w, q.span().end())
              : scopes.after(w, q.span().end(), CountScopes.Of.NOTHING),
          NumberWords.amountText(q, ""));
    }
    List<String> whose = described.whose(w, q, from -> noun(w, from));
    if (whose != null) {
      // "a Norwegian engineer aged 47", "Anna Berg, aged 47,": one person's age
      double days = 365.25;
      return new Amount(w, w.span(w.start(at - 1), q.span().end()), "age", whose,
          frames.frame(w, q.span(), stops), frames.core(w, q.span(), stops),
          frames.names(w, q.span(), stops), q.value() * days, q.value() * days,
          q.value() * days, days, Approximation.EXACT, "year", false, false, Set.of(),
          NumberWords.plain(q.value()) + " years old");
    }
    if (ageLimit(w, q.span()) || CoordinatedAges.member(w, q.span().end(),
        lexicon.listConjunctions(), lexicon.phrases().appositionArticles())) {
      return null; // "children under the age of five", "68 and 48 years old": an age, no count
    }
    if (lexicon.pronounNumbers().contains(q.span().text().toLowerCase(Locale.ROOT))
        && !beforePerson(w, q.span())) {
      return null; // "one of them", "the one who": a pronoun more often than a count
    }
    int k = w.firstWordFrom(q.span().end());
    int[] run = nouns.words(w, q.span().end());
    if (q.value() != 1 && run.length > 0 && w.gapIsSpace(q.span().end(), w.start(k))) {
      run = nouns.sharedHead(w, run);
    }
    if (run.length > 0 && peopleCollectiveBefore(w, q)
        && !lexicon.peopleNouns().contains(w.stem(nouns.head(w, run)))) {
      run = new int[0]; // "a crowd of 61,412 watched": the crowd is counted, not the watching
    }
    if (run.length == 0 && collectiveOf(w, q, k)) {
      // "a pair of left hooks", "a trio of goals": the noun follows "of"
      k++;
      run = nouns.words(w, w.end(k - 1));
    }
    int head = run.length == 0 ? k : nouns.head(w, run);
    List<String> noun = CountedNoun.stems(w, run, head);
    TextSpan evidence = q.span();
    TextSpan framed = q.span(); // the frame is read around the number and its first word
    String counted = "";
    boolean integral = q.value() == Math.rint(q.value());
    if (!noun.isEmpty() && !integral && !q.span().text().chars().anyMatch(Character::isDigit)
        && w.between(q.span().end(), w.start(k)).equals("-")) {
      return null; // "an eighth-round decision", "a third-party candidate": not a fraction
    }
    if (!noun.isEmpty() && integral && w.between(q.span().end(), w.start(k)).equals("-")) {
      step = 1; // "a 40-word oath", "a 60-page report": a compound names a kind, exactly
    }
    if (run.length == 0 && k < w.size() && !lastNoun.isEmpty()
        && lexicon.anaphoricNouns().contains(w.lower(k))
        && w.gapIsSpace(q.span().end(), w.start(k))) {
      run = new int[] {k}; // "one other", which the noun reader does not take for a noun
      head = k;
    }
    if (run.length == 1 && !lastNoun.isEmpty()
        && lexicon.anaphoricNouns().contains(w.lower(head))) {
      noun = lastNoun; // "30 people were killed and 55 others injured": 55 people
    } else if (run.length == 1 && lexicon.anaphoricNouns().contains(w.lower(head))
        && undergoes(w, head + 1)) {
      noun = lexicon.peopleWord(); // "Twenty-seven others were hurt": others who were hurt
    }
    if (integral && run.length >= 1 && fateNoun(w, run, head)) {
      // "the 80 wounded", "left 12 dead": a word of what befell people, standing for them,
      // counts people, and what befell them is its frame
      noun = lexicon.peopleWord();
      evidence = w.span(q.span().start(), w.end(run[0]));
      counted = lexicon.peopleWritten(q.value()) + " " + w.text(run[0]).toLowerCase(Locale.ROOT);
    } else if (!noun.isEmpty()) {
      evidence = w.span(q.span().start(), w.end(head));
      // the frame is read past a head that two modifiers share ("bus and tram drivers")
      framed = w.span(q.span().start(),
          w.end(run.length > 0 && run[run.length - 1] - run[0] >= run.length ? head : k));
      counted = w.isCapitalised(head) ? w.text(head) : w.text(head).toLowerCase(Locale.ROOT);
    } else if (integral && beforePersonRelative(w, q.span().end())) {
      // "the three who died": a number before "who" counts people
      noun = lexicon.peopleWord();
      counted = lexicon.peopleWritten(q.value());
    } else if (integral && afterPeopleVerb(w, q.span()) && !joined(w, q.span().end())) {
      // "the quake killed seven and injured dozens": a verb that people undergo counts people
      noun = lexicon.peopleWord();
      counted = lexicon.peopleWritten(q.value());
    } else if (!lastNoun.isEmpty() && elliptic(w, q.span().end(), q.low() != q.high())
        && apposedAge(w, q, stops) == null) {
      // "Andrew Lopez, 20, fired": an age set off after a name takes no noun of the count before
      noun = lastNoun;
      // the noun as the amount before shows it ("12 of the injured" shows "12 people")
      counted = previous == null ? ""
          : previous.shown().replaceFirst("^.*\\s", "").toLowerCase(Locale.ROOT);
    } else {
      Amount age = apposedAge(w, q, stops);
      if (age != null) {
        return age;
      }
      QuantityFacet of = partOf(w, q);
      List<String> whole = of == null ? List.of() : noun(w, of.span().end());
      if (of != null && whole.isEmpty() && beforePersonRelative(w, of.span().end())) {
        whole = lexicon.peopleWord(); // "two of the three who died": a part of three people
      }
      if (!whole.isEmpty()) {
        // "missing 10 of the Saints' 16 games": the part counts what the whole counts; a part of
        // a stretch ("eight of their last 10 games") is a part too
        return new Amount(w, q.span(), "count", whole, frames.frame(w, q.span(), stops),
            frames.core(w, q.span(), stops), frames.names(w, q.span(), stops), q.value(),
            q.low(), q.high(), step, q.approximation(), "", derived,
            increment(w, q.span()) || increment(w, of.span()),
            scopes.after(w, q.span().end(), CountScopes.Of.NOTHING),
            NumberWords.amountText(q, String.join(" ", whole)));
      }
      if (integral && ofPeople(w, q.span().end())) {
        // "12 of the injured remained in hospital": a part of the people the state names
        return new Amount(w, q.span(), "count", lexicon.peopleWord(),
            frames.frame(w, q.span(), stops), frames.core(w, q.span(), stops),
            frames.names(w, q.span(), stops), q.value(), q.low(), q.high(), step,
            q.approximation(), "", derived, increment(w, q.span()), Set.of(),
            NumberWords.amountText(q, lexicon.peopleWritten(q.value())));
      }
      int j = w.firstWordFrom(q.span().start()) - 1;
      if (nounOf(w, q) >= 0
          && (!w.isCapitalised(j - 1) || lexicon.kinCounts().containsKey(w.lower(j - 1)))) {
        // "a magnitude of 5.9", "a population of 120,000": the noun before "of" is what the
        // number measures; "a mother of 12" counts her children
        String kin = lexicon.kinCounts().get(w.lower(j - 1));
        String what = kin == null ? w.lower(j - 1) : kin;
        return new Amount(w, w.span(w.start(j - 1), q.span().end()), "count",
            List.of(kin == null ? w.stem(j - 1) : lexicon.kinStems().get(w.lower(j - 1))),
            frames.frame(w, q.span(), stops),
            frames.core(w, q.span(), stops), frames.names(w, q.span(), stops), q.value(),
            q.low(), q.high(), step, q.approximation(), "", derived, increment(w, q.span()),
            scopes.after(w, q.span().end(), CountScopes.Of.NOTHING),
            NumberWords.amountText(q, what));
      }
      if (integral && (things.tolled(w, q) || things.inCondition(w, q))) {
        // "the death toll has risen to nine": the number counts the people its fate befell;
        // "four were in critical condition": the people in that state
        return new Amount(w, q.span(), "count", lexicon.peopleWord(),
            frames.frame(w, q.span(), stops), frames.core(w, q.span(), stops),
            frames.names(w, q.span(), stops), q.value(), q.low(), q.high(), step,
            q.approximation(), "", derived, increment(w, q.span()), Set.of(),
            NumberWords.amountText(q, lexicon.peopleWritten(q.value())));
      }
      // a bare number: nothing tells what it counts, so it is never compared; it may still
      // show that an article states a value ("nine in favour and three against")
      return new Amount(w, q.span(), BARE, List.of(), frames.frame(w, q.span(), stops),
          frames.core(w, q.span(), stops), frames.names(w, q.span(), stops), q.value(), q.low(),
          q.high(), step, q.approximation(), "", derived, increment(w, q.span()), Set.of(),
          NumberWords.amountText(q, ""));
    }
    return new Amount(w, evidence, "count", noun, frames.frame(w, framed, stops),
        frames.core(w, framed, stops), frames.names(w, framed, stops), q.value(), q.low(),
        q.high(), step, q.approximation(), "", derived, increment(w, q.span()),
        scopes.after(w, evidence.end(), CountScopes.Of.OWNER),
        NumberWords.amountText(q, counted));
  }

  /**
   * Whether the number at {@code span} is an age, not a count: right after a word of the pack
   * facet {@code age-word} or a list that follows one, past "of" ("aged 40", "the age of five",
   * "ages 6 and 16"), or after a noun for people and a word of {@code age-limit} ("children under
   * five").
   */
  private boolean ageLimit(ClaimWords w, TextSpan span) {
    int j = w.firstWordFrom(span.start()) - 1;
    if (j < 0 || !w.gapIsSpace(w.end(j), span.start())) {
      return false;
    }
    // "ages 6 and 16": every number of a list after the age word is an age
    int a = j;
    while (a >= 1 && (w.isNumber(a) || lexicon.listConjunctions().contains(w.lower(a)))
        && j - a < 6) {
      a--;
    }
    if (lexicon.phrases().ageWords().contains(w.lower(a))) {
      return true;
    }
    if (j >= 1 && (w.lower(j).equals("of") || w.lower(j).equals("than"))
        && lexicon.phrases().ageWords().contains(w.lower(j - 1))) {
      return true; // "the age of five", "older than 65"
    }
    // the limit word may open the number's own span ("under five", read as less than five)
    int limit = j + 1 < w.size() && lexicon.phrases().ageLimits().contains(w.lower(j + 1))
        ? j + 1 : j;
    return limit >= 1 && lexicon.phrases().ageLimits().contains(w.lower(limit))
        && w.gapIsSpace(w.end(limit - 1), w.start(limit))
        && lexicon.peopleNouns().contains(w.stem(limit - 1));
  }

  /**
   * Whether a noun for people of any kind (pack facet {@code people-generic}: "crowd",
   * "population", "attendance") and "of" stand right before the number of {@code q}: then the
   * number counts those people ("a crowd of 61,412 watched the final"), unless a noun for people
   * follows it ("a crowd of 5,000 protesters").
   */
  private boolean peopleCollectiveBefore(ClaimWords w, QuantityFacet q) {
    int n = nounOf(w, q);
    return n >= 0 && !w.isCapitalised(n) && lexicon.peopleGeneric().contains(w.stem(n));
  }

  /**
   * The content word right before "of" and the number of {@code q}, with only spaces between
   * ("a population of 120,000", "a crowd of 61,412"), or -1.
   */
  private static int nounOf(ClaimWords w, QuantityFacet q) {
    int j = w.firstWordFrom(q.span().start()) - 1;
    return j >= 1 && w.lower(j).equals("of") && w.isContent(j - 1)
        && w.gapIsSpace(w.end(j - 1), w.start(j)) && w.gapIsSpace(w.end(j), q.span().start())
        ? j - 1 : -1;
  }

  /**
   * Whether a number named by a collective noun (pack facet {@code collective-number}: "a pair",
   * "a trio") is followed by "of" and a lower-case content word that is no number ("a pair of
   * left hooks"): the noun it counts follows "of". A determiner or a pronoun after "of" makes a
   * part of a whole instead ("two of the children", "five of them"), read by {@link #partOf};
   * scales ("dozens of people", "hundreds of homes") are vague and left to the quantifier check.
   */
  private boolean collectiveOf(ClaimWords w, QuantityFacet q, int k) {
    String text = q.span().text().toLowerCase(Locale.ROOT);
    String last = text.substring(text.lastIndexOf(' ') + 1);
    return lexicon.collectives().contains(last) && k + 1 < w.size()
        && w.lower(k).equals("of") && w.gapIsSpace(q.span().end(), w.start(k))
        && w.gapIsSpace(w.end(k), w.start(k + 1)) && w.isContent(k + 1)
        && !w.isCapitalised(k + 1) && !w.isNumber(k + 1);
  }

  /**
   * Whether the amount at {@code span} counts a part, not the total: what was added to an earlier
   * amount, a word of the pack facet {@code increment-before} right before it, past "a" or "an"
   * ("another 20 people", "an additional six engines"), or of {@code increment-after} right after
   * its number ("20 more troops", "two additional life sentences"); or a stretch of a sequence, a
   * word of {@code sequence-part} right before it ("the first two games", "the final 10
   * minutes").
   */
  boolean increment(ClaimWords w, TextSpan span) {
    int first = w.firstWordFrom(span.start());
    int before = first - 1;
    if (before >= 0 && lexicon.sequenceParts().contains(w.lower(before))) {
      return true;
    }
    if (before >= 0 && (w.lower(before).equals("a") || w.lower(before).equals("an"))) {
      before--;
    }
    if (before >= 0 && lexicon.incrementsBefore().contains(w.lower(before))) {
      return true;
    }
    int after = w.firstWordFrom(span.end());
    return after < w.size() && w.gapIsSpace(span.end(), w.start(after))
        && lexicon.incrementsAfter().contains(w.lower(after));
  }

  /**
   * Whether {@code q}, an amount with a unit, is the difference between two levels: a word of
   * the pack facet {@code difference-after} right after it or after its rate ("400 euros
   * higher", "400 euros a month higher"). A percentage is a change however worded ("down 1.3
   * percent", "3.1 percent lower"), compared as such.
   */
  private boolean difference(ClaimWords w, QuantityFacet q) {
    if (q.unit().orElse("").equals("%")) {
      return false;
    }
    AmountWords words = lexicon.amountWords();
    int end = q.span().end();
    int next = words.rates().wordAfter(w, end);
    if (next < 0) {
      next = w.firstWordFrom(end);
      if (next >= w.size() || !w.gapIsSpace(end, w.start(next))) {
        return false;
      }
    } else if (next >= w.size() || !w.gapIsSpace(w.end(next - 1), w.start(next))) {
      return false;
    }
    return words.differenceWords().contains(w.lower(next));
  }

  /**
   * The age of {@code q} when it is set off after a name ({@link NamedNumbers#ageAfterName}); the name's
   * words say whose age it is, or, when the name is a place after a person's name and a word of
   * the pack facet {@code home-before-age} ("Iker Etxeberria of Spain, 34,"), the person's. Null
   * for anything else.
   */
  private Amount apposedAge(ClaimWords w, QuantityFacet q, Stops stops) {
    double n = q.value();
    int first = w.firstWordFrom(q.span().start());
    if (q.approximation() != Approximation.EXACT || n != Math.rint(n)
        || first != w.lastWordBefore(q.span().end()) || !NamedNumbers.ageAfterName(w, first)) {
      return null;
    }
    List<String> name = NamedNumbers.nameEndingAt(w, first - 1);
    int lead = first - 1 - name.size(); // "Iker Etxeberria of Spain, 34": the age is Iker's
    if (lead >= 1 && lexicon.phrases().homesBeforeAge().contains(w.lower(lead))
        && w.isCapitalised(lead - 1) && NamedNumbers.inName(w, lead - 1)) {
      name = NamedNumbers.nameEndingAt(w, lead - 1);
    }
    double days = 365.25;
    return new Amount(w, q.span(), "age", List.copyOf(name), frames.frame(w, q.span(), stops),
        frames.core(w, q.span(), stops), frames.names(w, q.span(), stops), n * days, n * days,
        n * days, days, Approximation.EXACT, "year", false, false, Set.of(),
        NumberWords.plain(n) + " years old");
  }

  /**
   * The whole a number without a noun is a part of: a word of the pack facet {@code partitive}
   * right after it, then within {@value #PARTITIVE_WORDS} words a count ("10 of the Saints' 16
   * games", "30 of the 80 wounded"); null otherwise.
   */
  private QuantityFacet partOf(ClaimWords w, QuantityFacet q) {
    return Partitives.wholeAfter(w, q.span().end(), lexicon.partitives());
  }

  /**
   * The stems of the noun a number counts: content words right after it ("48-page" too), the
   * head first. After a number, English puts the counted noun in the plural and its modifiers
   * before it in the singular, so the head is the first plural of the words ("three strong
   * aftershocks", "26 Somali pirates"), else the first word.
   */
  List<String> noun(ClaimWords w, int after) {
    int[] run = nouns.words(w, after);
    return run.length == 0 ? List.of() : CountedNoun.stems(w, run, nouns.head(w, run));
  }

  /**
   * Whether the one word after a measure is followed by "of" or "from": it places or relates
   * what is measured ("80 km northwest of Iquique", "20 feet short of the top", "two miles away
   * from the scene"), it is not what is measured.
   */
  /**
   * The stem of the noun whose value an amount of money starting at {@code start} states, when a
   * valuation word stands between them ("the fund, worth $3.5 billion": {@code fund}); empty
   * when none does.
   */
  private List<String> valued(ClaimWords w, int start) {
    int j = w.firstWordFrom(start) - 1;
    for (String cue : lexicon.amountWords().valuationWords()) {
      String[] parts = cue.split(" ");
      int first = j - parts.length + 1;
      int noun = first - 1;
      if (noun < 0 || !w.gapIsSpace(w.end(j), start)) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < parts.length && match; i++) {
        match = w.lower(first + i).equals(parts[i])
            && (i == 0 || w.gapIsSpace(w.end(first + i - 1), w.start(first + i)));
      }
      String gap = w.between(w.end(noun), w.start(first));
      if (match && (gap.equals(" ") || gap.equals(", ")) && w.isContent(noun)
          && !w.isCapitalised(noun)) {
        return List.of(w.stem(noun));
      }
    }
    return List.of();
  }

  /** Whether a relative pronoun for persons follows right after {@code after}: "three who". */
  private boolean beforePersonRelative(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    return k < w.size() && w.gapIsSpace(after, w.start(k))
        && lexicon.amountWords().personRelatives().contains(w.lower(k));
  }

  private boolean relational(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k + 1 >= w.size() || !w.gapIsSpace(after, w.start(k))
        || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
      return false;
    }
    return lexicon.measureRelations().contains(w.lower(k + 1));
  }

  /**
   * Whether "of", a determiner and a word for people in a state follow the number ending at
   * {@code after} ("12 of the injured", "three of the dead"; pack facets {@code people-verb} and
   * {@code people-state}).
   */
  private boolean ofPeople(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    return k + 2 < w.size() && w.lower(k).equals("of") && w.isStopWord(k + 1)
        && w.gapIsSpace(after, w.start(k)) && w.gapIsSpace(w.end(k), w.start(k + 1))
        && w.gapIsSpace(w.end(k + 1), w.start(k + 2))
        && (lexicon.peopleVerbs().contains(w.lower(k + 2))
            || lexicon.peopleStates().contains(w.lower(k + 2)));
  }

  /**
   * Whether the noun words after a number begin with a word of what befell people that stands for
   * the people themselves (pack facet {@code fate-nominal}): "the 80 wounded", "12 dead", but not
   * "12 injured soldiers" or "40 dead swans", whose head, the noun the fate word modifies, counts.
   */
  boolean fateNoun(ClaimWords w, int[] run, int head) {
    return w.gapIsSpace(w.end(run[0] - 1), w.start(run[0]))
        && lexicon.phrases().fateNominals().contains(w.lower(run[0]))
        && head == run[0];
  }

  /**
   * Whether a verb that people undergo (pack facet {@code people-verb}: "killed", "injuring",
   * "arrested") stands right before {@code span}, with only a space between.
   */
  private boolean afterPeopleVerb(ClaimWords w, TextSpan span) {
    int k = w.firstWordFrom(span.start()) - 1;
    return k >= 0 && w.gapIsSpace(w.end(k), span.start())
        && lexicon.peopleVerbs().contains(w.lower(k));
  }

  /**
   * Whether a verb that people undergo stands at word {@code k}, after at most one form of
   * "be" ("were hurt", "injured"), right after a space each.
   */
  private boolean undergoes(ClaimWords w, int k) {
    if (k < w.size() && lexicon.copulas().contains(w.lower(k)) && k + 1 < w.size()
        && w.gapIsSpace(w.end(k), w.start(k + 1))) {
      k++;
    }
    return k < w.size() && k > 0 && w.gapIsSpace(w.end(k - 1), w.start(k))
        && lexicon.peopleVerbs().contains(w.lower(k));
  }

  /**
   * Whether a word for people follows {@code span} right after a space ("killed one person",
   * "one soldier died"), a word of what befell people ("one death", "one injury": pack facet
   * {@code people-fate}), or a word for others of a set named before ending the phrase
   * ("wounding one other"): then "one" counts, where "one of them" and "the one who" do not.
   */
  private boolean beforePerson(ClaimWords w, TextSpan span) {
    int k = w.firstWordFrom(span.end());
    if (k >= w.size() || !w.gapIsSpace(span.end(), w.start(k)) || w.isCapitalised(k)) {
      return false;
    }
    if (lexicon.anaphoricNouns().contains(w.lower(k))) {
      // "wounding one other": one more of the set named before, ending its noun phrase
      return k + 1 >= w.size() || !w.isContent(k + 1)
          || !w.gapIsSpace(w.end(k), w.start(k + 1));
    }
    // "one death", "one injury": a fate's noun counts the people it befell, as "one person" does
    return lexicon.peopleNouns().contains(w.stem(k))
        || lexicon.phrases().peopleFates().containsKey(w.rawStem(k));
  }

  /**
   * Whether a number without a noun leaves its noun out for the one before it to supply: it ends
   * the claim, or punctuation or a word of the pack facet {@code elliptic-follower} follows
   * ("killing seven people and injuring 40, 15 of them", "scored 14 points and VanDeest scored 13
   * for the Bulldogs"), or an adverb alone ("15 critically"); not another word ("three other
   * weapons" counts something else), nor a closing parenthesis (a number in an aside, such as a
   * team's record, "Indianapolis (10-5)").
   */
  private boolean elliptic(ClaimWords w, int after, boolean vague) {
    int k = w.firstWordFrom(after);
    if (k >= w.size()) {
      return true;
    }
    String gap = w.between(after, w.start(k));
    if (joined(w, after)) {
      return false;
    }
    if (CountedNoun.adverb(w, k) && (k + 1 >= w.size() || !w.gapIsSpace(w.end(k), w.start(k + 1)))) {
      return true; // "55 wounded, 15 critically.": how, with the noun left out
    }
    // "dozens of faculty members": a vague count's own noun ("nine of money laundering" elides)
    return !gap.isBlank() || lexicon.ellipticFollowers().contains(w.lower(k))
        && !(vague && w.lower(k).equals("of") && k + 1 < w.size() && w.isContent(k + 1));
  }

  /**
   * Whether the number ending at {@code after} is joined to what follows it ("a 31-24 victory",
   * "29-of-34") or closes an aside ("led Indianapolis (10-5) downfield": a record, not a count).
   */
  private static boolean joined(ClaimWords w, int after) {
    int k = w.firstWordFrom(after);
    if (k >= w.size()) {
      return false;
    }
    String gap = w.between(after, w.start(k)).strip();
    return gap.equals("-") || gap.equals("\u2013") || gap.startsWith(")");
  }
}
