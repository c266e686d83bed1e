package dev.parallax.contradict;

import dev.parallax.Claim;
import dev.parallax.PolarityFacet;
import dev.parallax.QuantityFacet;
import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the quantifier, frequency and degree words of a claim, the mentions that {@link
 * QuantifierCheck} sets against each other, with what each quantifies, its frame, the places it
 * is counted in and what befell what it quantifies.
 *
 * <p>A mention ({@link Quantifier}, read once per claim by {@link #read}) is a
 * phrase of one of the scales of the pack (its {@code quantifier}, {@code quantifier-frequency}
 * and {@code quantifier-degree} cues, matched on the claim's lower-case words, longest first, not
 * inside one of its cue's {@code except} phrases nor joined by a hyphen to a neighbour as in
 * "all-time") with the words it quantifies: for amounts up to {@value #HEAD_WORDS} content words
 * right after it, past determiners only ("most of the passengers"; "many of them" names nothing),
 * and past a possessive after one, with a number after it as the whole ("two of the city's six
 * hospitals": hospitals, the city a near word of the frame); after "those" and "who", the verb
 * of the relative clause ("most of those who died": died);
 * for words said after a copula the subject before it ("such attacks are rare"); for "no one" and
 * "everyone", people and the verb after them; for frequency and degree adverbs the verb after
 * them, or before them when none follows. A phrase directly before a number is part of that
 * number ("several hundred") and left to the numeric check, save "all", "every" and "each" ("all
 * 12 passengers"). Left out are a mention within the scope of a negation other than its own word
 * ("not all", "did not often"), one without words to quantify, one that quantifies a set named
 * elsewhere ("dozens of others"), and every mention of a claim longer than
 * {@value #MAX_CLAIM_WORDS} words (a paragraph the splitter could not cut).
 *
 * <p>The same reading of frames, places and acts serves the counted numbers the check sets
 * against vague counts.
 */
final class QuantifierReader {
  /** How many words a scale phrase holds at most. */
  static final int MAX_PHRASE = 5;
  /** How many stop words may stand between a quantifier and the words it quantifies. */
  static final int MAX_GAP_WORDS = 3;
  /** How many content words in a row a quantifier of amount quantifies at most. */
  static final int HEAD_WORDS = 2;
  /** Claims longer than this many words are paragraphs that were not split; they are skipped. */
  static final int MAX_CLAIM_WORDS = 80;
  /** How many words each way of a mention are searched for the places it is counted in. */
  static final int PLACE_WINDOW = 8;
  /** The scale of quantifiers of amount. */
  static final String AMOUNT = "quantifier";

  private final Lexicon lexicon;
  private final Frames frames;
  /** The groups of people that quantified words name by what befell them. */
  private final PeopleGroups groups;
  /** What each quantifier quantifies: the words of its head. */
  private final QuantifiedWords heads;
  /** The first words of the scale phrases, lower case: where a phrase may start. */
  private final Set<String> firstWords;

  QuantifierReader(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.frames = new Frames(lexicon);
    this.groups = new PeopleGroups(lexicon.phrases());
    this.heads = new QuantifiedWords(lexicon);
    Set<String> first = new java.util.HashSet<>();
    for (String p : lexicon.quantifierScale().keySet()) {
      first.add(p.split(" ")[0]);
    }
    this.firstWords = Set.copyOf(first);
  }

  /**
   * The quantifiers of one claim, in text order (the contradictor reads them once per claim), a
   * bare quantifier that opens it taking its group from the claim directly before it ({@link
   * GroupBefore}).
   *
   * @param w the claim's words
   * @param amounts the claim's amounts
   * @param before the claim of the same article directly before it, or null
   */
  List<Quantifier> read(ClaimWords w, List<Amount> amounts, ClaimWords before) {
    if (w.size() > MAX_CLAIM_WORDS) {
      return List.of(); // a paragraph the splitter could not cut: its frames tell nothing apart
    }
    List<int[]> found = new ArrayList<>(); // first word, end word (exclusive)
    List<String> phrases = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (!firstWords.contains(w.lower(i))) {
        continue;
      }
      for (int n = Math.min(MAX_PHRASE, w.size() - i); n >= 1; n--) {
        String p = phrase(w, i, i + n);
        QuantifierScale s = p == null ? null : lexicon.quantifierScale().get(p);
        if (s == null) {
          continue;
        }
        if (!excepted(w, i, i + n, s) && !compound(w, i, i + n)) {
          found.add(new int[] {i, i + n});
          phrases.add(p);
        }
        i += n - 1;
        break;
      }
    }
    // frames stop at numbers and at other quantifiers, not at dates: "all flights were cancelled
    // on Monday" keeps "cancelled"
    List<TextSpan> stops = new ArrayList<>();
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      stops.add(q.span());
    }
    for (int[] f : found) {
      stops.add(w.span(w.start(f[0]), w.end(f[1] - 1)));
    }
    List<Quantifier> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      Quantifier m = quantifier(w, amounts, found.get(k)[0], found.get(k)[1], phrases.get(k),
          stops, before);
      if (m != null) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  private Quantifier quantifier(ClaimWords w, List<Amount> amounts, int from, int to,
      String phrase, List<TextSpan> stops, ClaimWords before) {
    QuantifierScale s = lexicon.quantifierScale().get(phrase);
    TextSpan word = w.span(w.start(from), w.end(to - 1));
    if (negated(w.claim(), word)) {
      return null;
    }
    double low = Double.NaN;
    double high = Double.NaN;
    int end = to;
    if (s.scale().equals(AMOUNT)) {
      QuantityFacet vague = vaguePlural(w.claim(), word);
      if (vague != null) {
        // "hundreds of thousands of": the range the quantity reader gives the whole phrase
        word = w.span(Math.min(word.start(), vague.span().start()),
            Math.max(word.end(), vague.span().end()));
        end = Math.max(end, w.lastWordBefore(word.end()) + 1);
        if (end < w.size() && w.lower(end).equals("of") && w.gapIsSpace(w.end(end - 1),
            w.start(end))) {
          end++;
        }
        if (!numericReads(amounts, vague.span())) {
          low = vague.low();
          high = vague.high();
        }
      } else if (lexicon.quantifierCounts().containsKey(phrase)) {
        low = lexicon.quantifierCounts().get(phrase)[0];
        high = lexicon.quantifierCounts().get(phrase)[1];
      }
    }
    int[] head = s.person() || !s.scale().equals(AMOUNT) ? heads.verbHead(w, from, end)
        : heads.amountHead(w, from, end, s);
    CountAntecedent ante = head != null || s.person() || !s.scale().equals(AMOUNT) ? null
        : CountAntecedent.of(w, lexicon, from, end, HEAD_WORDS);
    // "most of those evacuated": a demonstrative and a participle name the group before
    boolean those = head != null && head[0] >= 1
        && lexicon.quantifierAntecedents().contains(w.lower(head[0] - 1));
    GroupBefore prior = head != null && !those || ante != null || s.person()
        || !s.scale().equals(AMOUNT) ? null : GroupBefore.of(before, w, lexicon, from, end,
            HEAD_WORDS);
    if (prior != null) {
      return ofGroupBefore(w, from, word, phrase, s, prior, stops);
    }
    if (ante != null) {
      head = new int[] {ante.from(), ante.to()}; // "87 people, most of them in ..."
      low = Double.NaN; // a share of the count, not a count to set against it
      high = Double.NaN;
    } else if (head == null) {
      return null;
    }
    Set<String> stems = new LinkedHashSet<>();
    if (s.person()) {
      stems.add(lexicon.personNouns().get(0)); // "no one was hurt": people, and what befell them
    }
    for (int i = head[0]; i < head[1]; i++) {
      if (lexicon.anaphoricNouns().contains(w.lower(i))) {
        if (i == head[1] - 1) {
          return null; // "dozens of others": of a set named elsewhere
        }
        // "none of the other passengers": the noun says what is counted, and "other" that it is
        // the rest of a set, which the other claim must say too
        stems.add(w.lower(i));
        continue;
      }
      if (w.isContent(i) && !(i < head[1] - 1
          && lexicon.phrases().companionModifiers().contains(w.lower(i)))
          && !(i == head[1] - 1 && i > head[0] && w.isContent(i - 1)
              && lexicon.phrases().memberNouns().contains(w.lower(i)))) {
        stems.add(w.stem(i)); // "a handful of fellow actors": actors; "crew members": the crew
      }
    }
    // "tens of thousands of": the evidence starts where the whole vague phrase does
    int first = ante != null ? from : Math.min(Math.min(from, w.firstWordFrom(word.start())),
        head[0]);
    int last = ante != null ? ante.end() - 1 : Math.max(end, head[1]) - 1;
    if (ante == null && s.scale().equals(AMOUNT) && !s.person() && head[1] == last + 1) {
      last = heads.shownEnd(w, head) - 1; // "Most of the county's voters backed"
    }
    TextSpan evidence = w.span(w.start(first), w.end(last));
    List<TextSpan> others = new ArrayList<>();
    for (TextSpan t : stops) {
      if (!Spans.overlap(t, evidence)) {
        others.add(t);
      }
    }
    // "no one was killed": what befell them is the verb
    // "87 people, most of them in Cameron": what befell the part follows the quantifier
    List<String> acts = s.person() ? List.of(w.stem(head[0]))
        : ante != null ? acts(w, last, last + 1, from) : acts(w, head[0], head[1], from);
    Set<String> possessors = new LinkedHashSet<>(); // "the hospital's": a near word, no head
    for (int i = to; ante == null && i < head[0]; i++) {
      if (w.isContent(i) && QuantifiedWords.possessor(w, i)) {
        possessors.add(w.stem(i));
      }
    }
    Stops stopped = new Stops(others, List.of());
    return new Quantifier(word, evidence, phrase, s, persons(stems),
        withPredicate(w, evidence, plus(frames.frame(w, evidence, stopped), possessors)),
        withPredicate(w, evidence, plus(frames.core(w, evidence, stopped), possessors)),
        places(w, evidence), Set.copyOf(acts), acts.isEmpty() ? "" : acts.get(0), low, high,
        ante != null ? ante.whole() : whole(w, word, evidence), groups.of(w, head[0], head[1]),
        those,
        !s.scale().equals(AMOUNT) ? Predicate.NONE // how often: its verb is its head
            : Predicate.read(lexicon, w, ante != null ? ante.end() : s.person() ? head[0]
                : head[1]));
  }

  /**
   * A bare quantifier that opens its claim ("Most were released") as a mention of the group the
   * claim before counts ({@link GroupBefore}): its words are the counted words there, its frame
   * adds the words near the count there to its own, and its whole is the count.
   */
  private Quantifier ofGroupBefore(ClaimWords w, int from, TextSpan word, String phrase,
      QuantifierScale s, GroupBefore g, List<TextSpan> stops) {
    ClaimWords b = g.before();
    Set<String> stems = new LinkedHashSet<>();
    for (int i = g.from(); i < g.to(); i++) {
      if (b.isContent(i)) {
        stems.add(b.stem(i));
      }
    }
    TextSpan evidence = w.span(w.start(from), w.end(g.end() - 1));
    List<TextSpan> others = new ArrayList<>();
    for (TextSpan t : stops) {
      if (!Spans.overlap(t, evidence)) {
        others.add(t);
      }
    }
    Stops stopped = new Stops(others, List.of());
    Set<String> named = frames.core(b, g.count(), new Stops(List.of(), List.of()));
    List<String> acts = acts(w, g.end() - 1, g.end(), from);
    return new Quantifier(word, evidence, phrase, s, persons(stems),
        plus(withPredicate(w, evidence, frames.frame(w, evidence, stopped)), named),
        withPredicate(w, evidence, frames.core(w, evidence, stopped)), places(w, evidence),
        Set.copyOf(acts), acts.isEmpty() ? "" : acts.get(0), Double.NaN, Double.NaN, g.whole(),
        groups.of(b, g.from(), g.to()), false, Predicate.read(lexicon, w, g.end()));
  }

  private static Set<String> plus(Set<String> a, Set<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /**
   * The whole the words take a share of: the one plain count between the quantifier and the end
   * of its evidence ("most of the 260 patients", "all five hostages"), or NaN when there is none
   * or more than one.
   */
  private static double whole(ClaimWords w, TextSpan word, TextSpan evidence) {
    double whole = Double.NaN;
    for (QuantityFacet f : w.claim().facets(QuantityFacet.class)) {
      if (f.span().start() >= word.end() && f.span().end() <= evidence.end()
          && f.unit().isEmpty() && f.dimension().isEmpty() && f.low() == f.high()
          && f.value() >= 2 && f.value() == Math.rint(f.value())) {
        if (!Double.isNaN(whole)) {
          return Double.NaN;
        }
        whole = f.value();
      }
    }
    return whole;
  }

  /**
   * The stems with the predicate of {@code span} added: the first content word after it in its
   * clause ("12 people had been killed and 20 wounded": "killed" tells what befell the 12, though
   * a frame gives it to the 20 as the nearer).
   */
  Set<String> withPredicate(ClaimWords w, TextSpan span, Set<String> stems) {
    int k = next(w, w.firstWordFrom(span.end()), 1);
    if (k < 0 || !heads.headWord(w, k)) {
      return stems;
    }
    Set<String> out = new LinkedHashSet<>(stems);
    out.add(w.stem(k));
    return Set.copyOf(out);
  }

  /**
   * What counted words do or undergo: the content words in their clause after the first of them
   * and after the last ("thousands of people marched through the capital": "marched",
   * "capital"), past modal verbs ("would be contacted": contacted), or the one before the
   * quantifier when none follows ("killing hundreds of people"), as stems.
   *
   * @param first the first counted word
   * @param end the word after the last counted word
   * @param start the first word of the quantifier or number
   */
  List<String> acts(ClaimWords w, int first, int end, int start) {
    List<String> out = new ArrayList<>();
    for (int from : new int[] {first + 1, end}) {
      int k = next(w, from, 1);
      while (k >= 0 && lexicon.amountWords().modals().contains(w.lower(k))) {
        k = next(w, k + 1, 1);
      }
      if (k >= 0 && !out.contains(w.stem(k))) {
        out.add(w.stem(k));
      }
    }
    if (out.isEmpty()) {
      int j = next(w, start - 1, -1);
      if (j >= 0) {
        out.add(w.stem(j));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The first content word from word {@code i} on in direction {@code step} (1 or -1), past at
   * most {@value #MAX_GAP_WORDS} stop words, not past punctuation, a number, a word that starts
   * another clause, nor back past a reporting word ("said"); -1 when there is none.
   */
  private int next(ClaimWords w, int i, int step) {
    for (int skipped = 0; i >= 0 && i < w.size(); i += step, skipped++) {
      int near = i - step;
      if (near >= 0 && near < w.size() && !w.gapIsSpace(Math.min(w.end(near), w.end(i)),
          Math.max(w.start(near), w.start(i)))) {
        return -1;
      }
      if (w.isContent(i)) {
        return i;
      }
      if (w.isNumber(i) || skipped >= MAX_GAP_WORDS
          || lexicon.clauseBoundaries().contains(w.lower(i))
          || step < 0 && lexicon.reporting().contains(w.stem(i))) {
        return -1; // "officials said there were two survivors": the speaker did nothing to them
      }
    }
    return -1;
  }

  /** The stems with every noun that counts people as such named by the first of them. */
  Set<String> persons(Set<String> stems) {
    Set<String> out = new LinkedHashSet<>();
    for (String st : stems) {
      out.add(lexicon.personNouns().contains(st) ? lexicon.personNouns().get(0) : st);
    }
    return Set.copyOf(out);
  }

  /**
   * The stems of the places named within {@value #PLACE_WINDOW} words of {@code span}: runs of
   * capitalised words after a place preposition ("in Central Aceh"), outside dates and times.
   */
  Set<String> places(ClaimWords w, TextSpan span) {
    List<TimeFacet> times = w.claim().facets(TimeFacet.class);
    int first = w.firstWordFrom(span.start());
    int last = w.lastWordBefore(span.end());
    Set<String> out = new LinkedHashSet<>();
    for (int i = Math.max(0, first - PLACE_WINDOW);
        i < Math.min(w.size() - 1, last + PLACE_WINDOW); i++) {
      if (!lexicon.placePrepositions().contains(w.lower(i))) {
        continue;
      }
      for (int k = i + 1; k < w.size() && k <= i + 3 && w.isCapitalised(k)
          && w.isContent(k) && w.gapIsSpace(w.end(k - 1), w.start(k)); k++) {
        int at = k;
        if (times.stream().anyMatch(t -> Spans.within(w.start(at), w.end(at), t.span()))) {
          break;
        }
        out.add(w.stem(k));
      }
    }
    return Set.copyOf(out);
  }

  /** Words {@code from} to {@code to} in lower case, joined by single spaces, or null. */
  private static String phrase(ClaimWords w, int from, int to) {
    StringBuilder b = new StringBuilder(w.lower(from));
    for (int i = from + 1; i < to; i++) {
      if (!w.gapIsSpace(w.end(i - 1), w.start(i))) {
        return null;
      }
      b.append(' ').append(w.lower(i));
    }
    return b.toString();
  }

  /**
   * Whether words {@code from} to {@code to} lie inside one of the scale's except phrases. An
   * except phrase that ends with the scale words is no idiom when a count follows them: "at all"
   * and "in all" are idioms, but in "at all 18 stadiums" or "in all 50 states" the preposition
   * governs the counted noun that "all" determines.
   */
  private static boolean excepted(ClaimWords w, int from, int to, QuantifierScale s) {
    boolean counted = to < w.size() && w.gapIsSpace(w.end(to - 1), w.start(to))
        && (w.isNumber(to) || QuantifiedWords.numberWord(w, to));
    for (String e : s.excepts()) {
      String[] ex = e.split(" ");
      for (int start = Math.max(0, to - ex.length); start <= from; start++) {
        if (start + ex.length > w.size() || counted && start + ex.length == to) {
          continue;
        }
        if (String.join(" ", ex).equals(phrase(w, start, start + ex.length))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the phrase is joined by a hyphen to the word before or after it ("all-time"). */
  private static boolean compound(ClaimWords w, int from, int to) {
    return from > 0 && w.between(w.end(from - 1), w.start(from)).strip().equals("-")
        || to < w.size() && w.between(w.end(to - 1), w.start(to)).strip().equals("-");
  }

  /**
   * Whether a negation other than the phrase itself holds the phrase in its scope ("not all",
   * "did not often"); "no", "never" and "not a single" are their own negations.
   */
  private static boolean negated(Claim c, TextSpan word) {
    for (PolarityFacet p : c.facets(PolarityFacet.class)) {
      if (p.kind() != PolarityFacet.Kind.NEGATION) {
        continue;
      }
      if (Spans.overlap(p.span(), word)) {
        if (Spans.within(p.span().start(), p.span().end(), word)) {
          continue; // the phrase's own negation
        }
        return true;
      }
      if (Spans.overlap(p.scope(), word)) {
        return true;
      }
    }
    return false;
  }

  /** The vague plural range that holds the phrase ("dozens", "hundreds of thousands"), if any. */
  private static QuantityFacet vaguePlural(Claim c, TextSpan word) {
    for (QuantityFacet q : c.facets(QuantityFacet.class)) {
      if (q.approximation() == Approximation.RANGE && q.unit().isEmpty()
          && Spans.overlap(q.span(), word)) {
        return q;
      }
    }
    return null;
  }

  /**
   * Whether the numeric check reads the quantity of {@code span} as an amount of a noun of its
   * own ("dozens injured"); one that borrows its noun from another number is no reading of it.
   */
  private boolean numericReads(List<Amount> amounts, TextSpan span) {
    for (Amount a : amounts) {
      if (Spans.overlap(a.evidence(), span) && ownNoun(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words a share quantifies after "of" at word {@code k}, past determiners ("38% of the
   * county's voters"), as word indexes {@code [from, to)}; null when no "of" follows.
   */
  int[] ofHead(ClaimWords w, int k) {
    return heads.ofHead(w, k);
  }

  /** Where the evidence of quantified words ends ({@link QuantifiedWords#shownEnd}). */
  int shownEnd(ClaimWords w, int[] head) {
    return heads.shownEnd(w, head);
  }

  /**
   * Whether the amount's evidence holds the noun it counts, and that noun tells what is
   * counted (not "others").
   */
  boolean ownNoun(Amount a) {
    ClaimWords w = a.claim();
    boolean own = false;
    for (int i = w.firstWordFrom(a.evidence().start()); i < w.size()
        && w.end(i) <= a.evidence().end(); i++) {
      if (lexicon.anaphoricNouns().contains(w.lower(i))) {
        return false;
      }
      own |= !w.isNumber(i) && a.noun().contains(w.stem(i));
    }
    return own;
  }
}
