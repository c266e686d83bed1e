package dev.parallax.contradict;

import dev.parallax.AttributionFacet;
import dev.parallax.QuantityFacet;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the frame of a fact mention: the content words around it, which say what its number or
 * date is about.
 *
 * <p>A frame holds up to {@value #FRAME_WORDS} content words each way of the mention, and stops
 * at the next number or time expression (its {@link Stops}): in "killing seven people and
 * injuring 40", "injuring" belongs to 40, not to seven. A number that no amount and no time
 * holds is a label ("the A86 motorway") and stops nothing. A word between two mentions goes to the
 * nearer one, or to its side of a conjunction that parts their clauses. The core of a frame is
 * its nearest words in lower case, its names the words written only with a capital.
 */
final class Frames {

  /** How many content words each way a frame holds at most. */
  static final int FRAME_WORDS = 6;
  /** How many words an aside between two commas holds at most. */
  static final int ASIDE_WORDS = 10;
  /** How many content words each way make the core of a frame. */
  static final int CORE_WORDS = 2;

  /** The most words between a word of the pack facet {@code level-verb} and its "to". */
  static final int LEVEL_WORDS = 3;

  private final Lexicon lexicon;

  Frames(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The content stems around {@code span}, stopping at other numbers and times. */
  Set<String> frame(ClaimWords w, TextSpan span, Stops stops) {
    return around(w, span, stops, FRAME_WORDS);
  }

  /** The stems of the frame that are written with a capital: names, not what happened. */
  Set<String> names(ClaimWords w, TextSpan span, Stops stops) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> frame = around(w, span, stops, FRAME_WORDS);
    for (int i = 0; i < w.size(); i++) {
      if (i == 0 && (w.isStopWord(0) || lowerElsewhere(w, 0) || !NamedNumbers.inName(w, 0))) {
        continue; // a capital at the start of a claim may only mark the start ("Voters in 2009")
      }
      if (w.isCapitalised(i) && frame.contains(frameWord(w, i)) && !inAttribution(w, i)) {
        boolean lower = false;
        for (int j = 0; j < w.size(); j++) {
          lower |= !w.isCapitalised(j) && w.stem(j).equals(w.stem(i));
        }
        if (!lower) {
          // "Route 52" and "Route 94" are two roads: a number that goes with the name is part of it
          out.add(frameWord(w, i));
        }
      }
    }
    return out;
  }

  /**
   * Whether the word at {@code i} names who speaks ("Iranian officials said", "according to
   * ISNA"): a source, which two reports of one fact often differ in, not a participant. A claim in
   * the reporter's own voice (an attribution of mode REPORTER, which covers the claim) gives no
   * names at all: measured on the dev events, the names of such claims (the story's protagonists,
   * named in most of its claims) make the same-fact models worse, not better (counting them and
   * refitting: 13 of 154 disagreements found on unseen events instead of 14, 14 of 23 findings
   * gold instead of 14 of 21).
   */
  private static boolean inAttribution(ClaimWords w, int i) {
    for (AttributionFacet a : w.claim().facets(AttributionFacet.class)) {
      if (a.mode() != AttributionFacet.Mode.DIRECT_QUOTE && a.span().start() <= w.start(i)
          && w.end(i) <= a.span().end()) {
        return true;
      }
    }
    return false;
  }




  /** Whether the word at {@code i} is also written in lower case in its claim. */
  private static boolean lowerElsewhere(ClaimWords w, int i) {
    for (int j = 0; j < w.size(); j++) {
      if (j != i && !w.isCapitalised(j) && w.stem(j).equals(w.stem(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first {@code content} content stems on each side of {@code span} within its frame: the
   * words that say what happened to what a number counts ("were injured", "killing").
   */
  Set<String> core(ClaimWords w, TextSpan span, Stops stops) {
    return around(w, span, stops, CORE_WORDS, true);
  }

  /**
   * The content stems around {@code span}, at most {@code content} each way: a word between two
   * mentions belongs to the nearer one, a word halfway to the one after it ("killing seven
   * people and injuring 40": "injuring" belongs to 40).
   */
  private Set<String> around(ClaimWords w, TextSpan span, Stops stops, int content) {
    return around(w, span, stops, content, false);
  }

  /**
   * The same, counting only words in lower case when {@code lower} (names are skipped). An item
   * of an {@link Enumeration} takes the words before the enumeration's first item, its own words
   * up to the separator after it, and the words after the last item when the enumeration shares
   * them.
   */
  private Set<String> around(ClaimWords w, TextSpan span, Stops stops, int content,
      boolean lower) {
    Set<String> out = new LinkedHashSet<>();
    Enumeration list = Enumeration.of(w, span, stops.spans(), lexicon);
    int k = list == null ? -1 : list.indexOf(span);
    if (k < 0) {
      Bounds b = bounds(w, span, stops);
      TextSpan change = changeBefore(w, span, stops);
      // "profit rose 12 percent to $1.4 billion": the new value shares what changed
      leftWords(w, change == null ? b : bounds(w, change, stops), content, lower, out);
      rightWords(w, b, content, lower, out);
      return out;
    }
    leftWords(w, bounds(w, list.first(), stops), content, lower, out);
    if (k == list.items().size() - 1) {
      rightWords(w, bounds(w, span, stops), content, lower, out);
      return out;
    }
    int c = 0;
    for (int i = w.lastWordBefore(span.end()) + 1; i < w.size() && c < content
        && w.start(i) < list.ownEnds().get(k); i++) {
      if (inFrame(w, i, lower)) {
        out.add(frameWord(w, i));
        c++;
      }
    }
    if (list.sharedTail()) {
      Bounds b = bounds(w, list.last(), stops);
      int from = Math.max(b.last(), w.lastWordBefore(list.tailFrom()));
      rightWords(w, new Bounds(b.first(), from, b.left(), b.right(), b.leftJoin(),
          b.rightJoin()), content, lower, out);
    }
    return out;
  }

  /**
   * The amount of a change right before {@code span}, joined to it by a word of the pack facet
   * {@code change-target} ("rose 12 percent to $1.4 billion", "cut by 5% to 300 jobs"): the value
   * a change ends at is told of what changed, as its amount is; null when none.
   */
  private TextSpan changeBefore(ClaimWords w, TextSpan span, Stops stops) {
    TextSpan before = null;
    for (TextSpan s : stops.spans()) {
      if (s.end() <= span.start() && (before == null || s.end() > before.end())) {
        before = s;
      }
    }
    if (before == null) {
      return null;
    }
    String gap = w.between(before.end(), span.start()).strip().toLowerCase(Locale.ROOT);
    return lexicon.changeTargets().contains(gap) || levelClause(gap) ? before : null;
  }

  /**
   * Whether the words between two amounts open, after a comma, the level that what the clause
   * before changed reaches: a word of the pack facet {@code level-verb}, up to {@value
   * #LEVEL_WORDS} words and a word of {@code change-target} (", taking it to", ", bringing the
   * death toll to").
   */
  private boolean levelClause(String gap) {
    if (!gap.startsWith(",")) {
      return false;
    }
    String[] words = gap.substring(1).strip().split("\\s+");
    return words.length >= 2 && words.length <= LEVEL_WORDS + 2
        && lexicon.phrases().levelVerbs().contains(words[0])
        && lexicon.changeTargets().contains(words[words.length - 1]);
  }

  /**
   * Where the words of a mention may come from: its first and last word, the stops before and
   * after it (-1 and the claim's size when none), the conjunctions that part its words from
   * a mention on either side (-1 when none), and whether the stop after it shares the
   * predicate right after the mention (a date after an amount in its clause, no comma
   * between).
   */
  private record Bounds(int first, int last, int left, int right, int leftJoin, int rightJoin,
      int asideFrom, int asideTo, int afterFrom, int afterTo, boolean rightShared) {
    Bounds(int first, int last, int left, int right, int leftJoin, int rightJoin) {
      this(first, last, left, right, leftJoin, rightJoin, -1, -2, -1, -2, false);
    }

    /** Whether word {@code i} is in the aside right after the mention. */
    boolean inAfter(int i) {
      return i >= afterFrom && i <= afterTo;
    }
  }

  private Bounds bounds(ClaimWords w, TextSpan span, Stops stops) {
    int first = w.firstWordFrom(span.start());
    int last = w.lastWordBefore(span.end());
    int left = -1;
    int right = w.size();
    for (int i = first - 1; i >= 0; i--) {
      if (isStop(w, i, span, stops)) {
        left = i;
        break;
      }
    }
    for (int i = last + 1; i < w.size(); i++) {
      if (isStop(w, i, span, stops)) {
        right = i;
        break;
      }
    }
    // "The quake, which struck on Sunday, killed 27 people": a date or number set off between
    // two commas before the mention, in a clause that opens with a word of the pack facet
    // aside-opener or a participle, is an aside; the words before it are the mention's too
    int asideFrom = -1;
    int asideTo = -2;
    if (left >= 0) {
      int close = -1;
      for (int k = first - 1; k >= left && k >= 0; k--) {
        if (commaAfter(w, k)) {
          close = k;
          break;
        }
      }
      int open = -1;
      boolean past = false; // past the words of the stop, into the aside's own words
      for (int k = left - 1; k >= 0 && left - k <= ASIDE_WORDS; k--) {
        if (commaAfter(w, k)) {
          open = k;
          break;
        }
        boolean stop = isStop(w, k, span, stops);
        if (stop && past) {
          break; // another number or date: no aside of one
        }
        past |= !stop;
      }
      if (close >= 0 && open > 0 && close - open <= ASIDE_WORDS && open + 1 < first
          && (lexicon.phrases().asideOpeners().contains(w.lower(open + 1)) || participle(w, open + 1))) {
        asideFrom = open + 1;
        asideTo = close;
        left = -1;
        for (int i = open; i >= 0; i--) {
          if (isStop(w, i, span, stops)) {
            left = i;
            break;
          }
        }
      }
    }
    // "12 people had been killed and 20 wounded": a conjunction between two mentions parts their
    // words, the one nearest the later mention (the earlier mention's clause runs up to it);
    // without one, each word goes to the nearer mention (a comma parts too much: "Smith, 45,")
    int leftJoin = -1; // words up to this one belong to the mention on the left
    for (int i = left; i < first && left >= 0; i++) {
      if (i > left && (i < asideFrom || i > asideTo) && partsClauses(w, i)
          && !joinsNounPhrases(w, i, first, last)) {
        leftJoin = i;
      }
    }
    if (left < 0) {
      leftJoin = clauseBefore(w, first, last);
    }
    // "three people, a man and two women, were killed": an aside right after a count that
    // tells who its members are, before the count's verb, is skipped; the verb is the count's
    int afterFrom = -1;
    int afterTo = -2;
    int close = countAside(w, last);
    if (close > last) {
      afterFrom = last + 1;
      afterTo = close;
      right = w.size();
      for (int i = close + 1; i < w.size(); i++) {
        if (isStop(w, i, span, stops)) {
          right = i;
          break;
        }
      }
    }
    int rightJoin = -1; // words from this one on belong to the mention on the right
    for (int i = last + 1; i <= right && right < w.size(); i++) {
      if (i < right && (i < afterFrom || i > afterTo) && partsClauses(w, i)) {
        rightJoin = i;
      }
    }
    if (right < w.size() && partAfterComma(w, right)) {
      // "Eleven people were hurt, two of them critically": what befell the whole is the
      // earlier count's, however near the part after the comma stands
      rightJoin = right;
    }
    return new Bounds(first, last, left, right, leftJoin, rightJoin, asideFrom, asideTo,
        afterFrom, afterTo, right < w.size() && stops.shares(w.start(right))
            && !w.between(w.end(last), w.start(right)).matches("(?s).*[,;:()\u2014].*"));
  }

  /**
   * The conjunction that opens the clause of a mention with no number before it, or -1: "A man
   * and a boy were killed and more than 40 people were injured" gives "killed" to the clause
   * before "and", not to the 40 injured. The conjunction parts two clauses when only stop words
   * stand between it and the mention, the mention has a verb of its own (a participle or a word
   * of the pack facet {@code clause-auxiliary} among the two words after it) and the words before
   * the conjunction have one too; "Police and 40 soldiers were deployed" joins two subjects.
   */
  private int clauseBefore(ClaimWords w, int first, int last) {
    int c = first - 1;
    while (c >= 1 && !partsClauses(w, c) && w.isStopWord(c)) {
      c--;
    }
    if (c < 1 || !partsClauses(w, c) || !verbAt(w, last + 1, last + 2)) {
      return -1;
    }
    return verbAt(w, 0, c - 1) ? c : -1;
  }

  /** Whether a participle or a clause auxiliary stands among words {@code from} to {@code to}. */
  private boolean verbAt(ClaimWords w, int from, int to) {
    for (int k = from; k <= to && k < w.size(); k++) {
      if (participle(w, k) || lexicon.phrases().clauseAuxiliaries().contains(w.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the number at word {@code i} (a stop) opens, after a comma, a part of the count
   * before it: with "of" and a word of the pack facet {@code quantifier-antecedent} ("Eleven
   * people were hurt, two of them critically") or with an adverb alone ("Twenty were hurt, four
   * seriously").
   */
  private boolean partAfterComma(ClaimWords w, int i) {
    if (i < 1 || i + 1 >= w.size() || !commaAfter(w, i - 1)
        || !w.gapIsSpace(w.end(i), w.start(i + 1))) {
      return false;
    }
    if (CountedNoun.adverb(w, i + 1)) {
      return i + 2 >= w.size() || !w.gapIsSpace(w.end(i + 1), w.start(i + 2));
    }
    return i + 2 < w.size() && w.lower(i + 1).equals("of")
        && lexicon.quantifierAntecedents().contains(w.lower(i + 2));
  }

  /** Adds the frame words before a mention, at most {@code content}. */
  private void leftWords(ClaimWords w, Bounds b, int content, boolean lower, Set<String> out) {
    int aside = b.asideTo() - b.asideFrom() + 1; // the aside's words count for neither side
    for (int i = b.first() - 1, c = 0; i > b.left() && c < content; i--) {
      if (i >= b.asideFrom() && i <= b.asideTo()) {
        continue;
      }
      int gap = b.first() - i - (i < b.asideFrom() ? aside : 0);
      if (b.leftJoin() >= 0 ? i <= b.leftJoin() : b.left() >= 0 && gap > i - b.left()) {
        break;
      }
      if (inFrame(w, i, lower)) {
        out.add(frameWord(w, i));
        c++;
      }
    }
  }

  /**
   * Whether word {@code i} is in the first run of content words after word {@code last}, with
   * only auxiliaries before it (pack facet {@code clause-auxiliary}: "48 others were hurt on
   * Tuesday": "hurt"): the predicate of an amount, which a date after it shares. When that run
   * is a verb (after an auxiliary, or a past form in -ed), the phrase its preposition opens
   * (pack facet {@code predicate-preposition}) is the predicate's too, as is the phrase right
   * after an auxiliary: "seven remained in critical condition on Thursday", "were taken to
   * hospital on Friday", "four were in critical condition on Thursday".
   */
  private boolean predicate(ClaimWords w, int last, int i) {
    Reading state = Reading.AUXILIARIES;
    boolean verb = false;
    for (int k = last + 1; k <= i; k++) {
      boolean content = w.isContent(k);
      String lower = w.lower(k);
      switch (state) {
        case AUXILIARIES -> {
          if (content) {
            verb |= lower.endsWith("ed");
            state = Reading.RUN;
          } else if (verb && lexicon.phrases().predicatePrepositions().contains(lower)) {
            state = Reading.PREPOSITION; // "four were in critical condition"
          } else if (lexicon.phrases().clauseAuxiliaries().contains(lower)) {
            verb = true;
          } else {
            return false;
          }
        }
        case RUN -> {
          if (!content && (!verb
              || !lexicon.phrases().predicatePrepositions().contains(lower))) {
            return false; // "13 countries around the Indian Ocean in 2004": a noun's phrase
          }
          state = content ? Reading.RUN : Reading.PREPOSITION;
        }
        case PREPOSITION -> state = content ? Reading.COMPLEMENT : Reading.PREPOSITION;
        case COMPLEMENT -> {
          if (!content) {
            return false;
          }
        }
        default -> throw new IllegalStateException(state.name());
      }
    }
    return true;
  }

  /** Where {@link #predicate} stands in the words after an amount. */
  private enum Reading {
    /** Only auxiliaries so far. */
    AUXILIARIES,
    /** In the first run of content words. */
    RUN,
    /** After the verb's preposition, before its complement's words. */
    PREPOSITION,
    /** In the complement's words. */
    COMPLEMENT
  }

  /** Whether a comma follows word {@code k} (before the next word). */
  private static boolean commaAfter(ClaimWords w, int k) {
    return k + 1 < w.size() && w.between(w.end(k), w.start(k + 1)).contains(",");
  }

  /**
   * The last word of an aside that opens right after word {@code last} with a comma and a word of
   * the pack facet {@code count-aside-opener} ("three people, a man and two women, were killed",
   * "five people, including two children, died"), closes with a comma within {@value
   * #ASIDE_WORDS} words and is followed by a verb (a participle or a clause auxiliary among the
   * two words after it); -1 when none.
   */
  private int countAside(ClaimWords w, int last) {
    if (last < 0 || last + 1 >= w.size() || !commaAfter(w, last)
        || !lexicon.phrases().countAsideOpeners().contains(w.lower(last + 1))) {
      return -1;
    }
    for (int k = last + 1; k < w.size() && k - last <= ASIDE_WORDS; k++) {
      if (commaAfter(w, k)) {
        return k > last + 1 && verbAt(w, k + 1, k + 2) ? k : -1;
      }
    }
    return -1;
  }

  /** Adds the frame words after a mention, at most {@code content}. */
  private void rightWords(ClaimWords w, Bounds b, int content, boolean lower, Set<String> out) {
    int aside = b.afterTo() - b.afterFrom() + 1; // the aside's words count for neither side
    for (int i = b.last() + 1, c = 0; i < b.right() && c < content; i++) {
      if (b.inAfter(i)) {
        continue;
      }
      int gap = i - b.last() - (i > b.afterTo() ? aside : 0);
      if (b.rightJoin() >= 0 ? i >= b.rightJoin()
          : b.right() < w.size() && !(b.rightShared() && predicate(w, b.last(), i))
              && gap >= b.right() - i) {
        break;
      }
      if (inFrame(w, i, lower)) {
        out.add(frameWord(w, i));
        c++;
      }
    }
  }

  /**
   * Whether word {@code i} is a word a frame holds: a content word longer than one letter and not
   * of the pack facet {@code frame-noise}; in lower case when {@code lower}, but for the first
   * word of the claim.
   */
  private boolean inFrame(ClaimWords w, int i, boolean lower) {
    return w.isContent(i) && w.text(i).length() > 1
        && !lexicon.frameNoise().contains(w.rawStem(i))
        && !(lower && i > 0 && w.isCapitalised(i));
  }

  /**
   * Whether word {@code i} is a conjunction that parts two clauses (pack facet {@code
   * frame-conjunction}), not one that joins two names ("James Haarsma and Pieter van Tongeren");
   * after a comma it parts clauses whatever stands around it ("on Tuesday, when Dossett led").
   */
  private boolean partsClauses(ClaimWords w, int i) {
    return lexicon.frameConjunctions().contains(w.lower(i))
        && !(i > 0 && i + 1 < w.size() && w.isCapitalised(i - 1) && w.isCapitalised(i + 1)
            && !w.between(w.end(i - 1), w.start(i)).contains(","));
  }

  /**
   * Whether the conjunction at {@code i} joins two noun phrases, not two clauses: "flanked by her
   * husband and their three daughters" (the daughters share "flanked"), against "12 were killed
   * and 20 wounded" or "killing seven and injuring 40" (each number has its own verb). It joins
   * noun phrases when only stop words stand between it and the later mention ({@code first} to
   * {@code last}), the word before it is a common noun with no comma after it (a content word in
   * lower case, no number and no participle in "-ed" or "-ing"), and neither of the two words
   * after the mention (its noun, then one more) is a participle or a word of the pack facet
   * {@code clause-auxiliary} ("20 were hurt", "20 people were hurt"). The later mention then
   * shares the words before the conjunction; the earlier one keeps its own.
   */
  private boolean joinsNounPhrases(ClaimWords w, int i, int first, int last) {
    if (i == 0 || !w.isContent(i - 1) || w.isNumber(i - 1) || w.isCapitalised(i - 1)
        || participle(w, i - 1) || !w.between(w.end(i - 1), w.start(i)).isBlank()) {
      return false;
    }
    for (int k = i + 1; k < first; k++) {
      if (!w.isStopWord(k)) {
        return false;
      }
    }
    for (int k = last + 1; k <= last + 2 && k < w.size(); k++) {
      if (participle(w, k) || lexicon.phrases().clauseAuxiliaries().contains(w.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code i} reads as a participle: a word in lower case ending in -ed or -ing. */
  private static boolean participle(ClaimWords w, int i) {
    String s = w.lower(i);
    return !w.isCapitalised(i) && s.length() > 4 && (s.endsWith("ed") || s.endsWith("ing"));
  }

  private static boolean isStop(ClaimWords w, int i, TextSpan self, Stops stops) {
    if (Spans.within(w.start(i), w.end(i), self)) {
      return false;
    }
    if (NamedNumbers.ageAfterName(w, i)) {
      return false; // "Alexis Grigoropoulos, 15, on Saturday": the age belongs to the name
    }
    if (NamedNumbers.numberInName(w, i)) {
      return false; // "it sank the trawler Ekawat Nava 5 on November 18": a name, no amount
    }
    if (w.isNumber(i)) {
      for (TextSpan p : stops.passable()) {
        if (Spans.within(w.start(i), w.end(i), p)) {
          return false;
        }
      }
      // a number that no amount or time holds is a label or a name ("the A86 motorway", "a
      // Boeing 737"): it ends no frame
      return !label(w, i);
    }
    for (TextSpan s : stops.spans()) {
      if (!Spans.overlap(s, self) && Spans.within(w.start(i), w.end(i), s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether number word {@code i} lies in no amount and no time of its claim: a label. */
  private static boolean label(ClaimWords w, int i) {
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (Spans.overlap(q.span(), w.span(w.start(i), w.end(i)))) {
        return false;
      }
    }
    for (TimeFacet t : w.claim().facets(TimeFacet.class)) {
      if (Spans.overlap(t.span(), w.span(w.start(i), w.end(i)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The stem of word {@code i} as a frame holds it: with the number that goes with it when the
   * two are a name ("Route 52" and "Route 94" are two roads, not one).
   */
  private static String frameWord(ClaimWords w, int i) {
    return i + 1 < w.size() && NamedNumbers.numberInName(w, i + 1)
        ? w.stem(i) + " " + w.text(i + 1) : w.stem(i);
  }



}
