package dev.parallax.contradict;

import dev.parallax.Claim;
import dev.parallax.Contradiction.Kind;
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
 * QUANTIFIER: quantifier, frequency or degree words of two articles that exclude each other when
 * they speak of one thing ("few residents attended" and "most residents attended", "never stops"
 * and "often stops", "partially destroyed" and "completely destroyed"), and vague counts that no
 * reading reconciles with a number ("dozens of families" and "more than 200 families", "no one
 * was injured" and "three people were injured").
 *
 * <p><b>Mentions.</b> A mention ({@link Quantifier}, read once per claim by {@link #read}) is a
 * phrase of one of the scales of the pack (its {@code quantifier}, {@code quantifier-frequency}
 * and {@code quantifier-degree} cues, matched on the claim's lower-case words, longest first, not
 * inside one of its cue's {@code except} phrases nor joined by a hyphen to a neighbour as in
 * "all-time") with the words it quantifies: for amounts up to {@value #HEAD_WORDS} content words
 * right after it, past determiners only ("most of the passengers"; "many of them" names nothing);
 * for words said after a copula the subject before it ("such attacks are rare"); for "no one" and
 * "everyone", people and the verb after them; for frequency and degree adverbs the verb after
 * them, or before them when none follows. A phrase directly before a number is part of that
 * number ("several hundred") and left to the numeric check, save "all", "every" and "each" ("all
 * 12 passengers"). Left out are a mention within the scope of a negation other than its own word
 * ("not all", "did not often"), one without words to quantify, one that quantifies a set named
 * elsewhere ("dozens of others"), and every mention of a claim longer than
 * {@value #MAX_CLAIM_WORDS} words (a paragraph the splitter could not cut).
 *
 * <p><b>Same thing.</b> Two mentions of one scale are compared when their claims are related and
 * <ul>
 *   <li>their quantified words agree: they share a stem, and each one's words are among the
 *       other's words or frame ("many young protesters" and "few protesters" do not agree);
 *   <li>the same befalls what they quantify: the content words after the quantified words (or
 *       the verb before the quantifier) of each are among the other's words ("were sheltering"
 *       and "were killed" differ, as do "gives interviews" and "gives speeches");
 *   <li>their frames (the content words around them, up to the next number or quantifier) share
 *       a near word or two words beyond the quantified words and their common verb, or, for
 *       "no one" and "everyone" or three agreeing quantified words, one word or three words of
 *       their claims;
 *   <li>no place named near one of them ("several houses in Takengon") is missing from the
 *       other's claim.
 * </ul>
 * Each mention is matched to the one of the other article whose frame shares most with its own,
 * and only mutual best matches are compared; not when a match nearly as good agrees, nor when
 * either article says something that agrees of the same thing elsewhere or in the same words.
 *
 * <p><b>Exclusion.</b> Ranks run from 0 (none, never) to 5 (all, always). Two places exclude each
 * other when the lower rank is at most {@value #MAX_LOW} and the two lie at least
 * {@value #MIN_GAP} apart (none and some, few and many, rarely and always); a place flagged
 * {@code partial} ("partly") excludes rank 5 ("completely"). "Some", "many", "most" and "all"
 * never exclude each other: "some residents" may well be all of them.
 *
 * <p><b>Vague counts and numbers.</b> A vague plural read as a range ("dozens": 24 to 144,
 * "hundreds of thousands") that the numeric check cannot compare (no counted noun of its own, as
 * in "dozens of people"), and a phrase with a count range in the pack ({@code quantifier-count}:
 * "several" 2 to 20, "no" and "no one" 0) are set against the counted numbers of the other
 * article that count a noun of their own, matched as mentions are. A number is read as the values
 * its words allow, a bound open on its far side ("at least five" agrees with "dozens", "more than
 * 200" does not); the two disagree when no value lies within both.
 *
 * <p><b>Confidence</b> starts at {@value #BASE}, rises by 0.04 for each shared frame word (at
 * most three) and by a tenth of the alignment score of the two claims, and by 0.05 when the two
 * places lie at least three ranks apart (none and many) or a number lies outside the vague range
 * by more than half its width; it falls by 0.1 when either claim is hedged. So it stays between
 * 0.4 and 0.77: the words are vaguer than numbers. One finding is kept per pair of claims.
 */
final class QuantifierCheck implements Check {
  /** The least confidence of a quantifier finding. */
  static final double BASE = 0.5;
  /** The highest rank of the lower of two places that exclude each other. */
  static final int MAX_LOW = 1;
  /** The least distance between the ranks of two places that exclude each other. */
  static final int MIN_GAP = 2;
  /** The rank of "all", "always", "completely". */
  static final int WHOLE = 5;
  /** Matches whose ranks differ by less than this are equally good. */
  static final double TIE = 0.5;
  /** How many words a scale phrase holds at most. */
  static final int MAX_PHRASE = 4;
  /** How many stop words may stand between a quantifier and the words it quantifies. */
  static final int MAX_GAP_WORDS = 3;
  /** How many content words in a row a quantifier of amount quantifies at most. */
  static final int HEAD_WORDS = 2;
  /** Claims longer than this many words are paragraphs that were not split; they are skipped. */
  static final int MAX_CLAIM_WORDS = 80;
  /** How many content words claims share for a strong agreement of quantified words. */
  static final int STRONG_SHARED = 3;
  /** How many content words the subject of a copula holds at most. */
  static final int SUBJECT_WORDS = 4;
  /** How many words each way of a mention are searched for the places it is counted in. */
  static final int PLACE_WINDOW = 8;
  private static final String AMOUNT = "quantifier";
  private static final boolean DEBUG = System.getProperty("pxdebug") != null;

  private final Lexicon lexicon;
  private final MentionReader reader;
  /** The first words of the scale phrases, lower case: where a phrase may start. */
  private final Set<String> firstWords;

  QuantifierCheck(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.reader = new MentionReader(lexicon);
    Set<String> first = new java.util.HashSet<>();
    for (String p : lexicon.quantifierScale().keySet()) {
      first.add(p.split(" ")[0]);
    }
    this.firstWords = Set.copyOf(first);
  }

  /** A quantifier with its claim. */
  private record Mention(ClaimView view, Quantifier q) {
    TextSpan evidence() {
      return q.evidence();
    }

    String phrase() {
      return q.phrase();
    }

    Lexicon.Scale scale() {
      return q.scale();
    }

    Set<String> head() {
      return q.head();
    }

    Set<String> frame() {
      return q.frame();
    }

    Set<String> core() {
      return q.core();
    }

    Set<String> places() {
      return q.places();
    }

    Set<String> acts() {
      return q.acts();
    }

    String verb() {
      return q.verb();
    }

    double low() {
      return q.low();
    }

    double high() {
      return q.high();
    }

    boolean counts() {
      return q.counts();
    }
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Finding> found = new ArrayList<>();
    List<Mention> left = mentions(pair.left());
    List<Mention> right = mentions(pair.right());
    quantifiers(pair, left, right, found);
    List<Count> leftNumbers = numbers(pair.left());
    List<Count> rightNumbers = numbers(pair.right());
    countsAgainstNumbers(pair, left, right, leftNumbers, rightNumbers, true, found);
    countsAgainstNumbers(pair, right, left, rightNumbers, leftNumbers, false, found);
    // one finding per pair of claims, the surest, then the one whose evidence comes first, so
    // that the articles in either order give the same
    for (Finding f : found) {
      boolean best = true;
      for (Finding g : found) {
        if (g != f && g.left() == f.left() && g.right() == f.right()
            && (g.confidence() > f.confidence() || g.confidence() == f.confidence()
                && order(g) < order(f))) {
          best = false;
        }
      }
      if (best) {
        out.add(f);
      }
    }
  }

  /** A key of a finding's evidence that does not change when its sides are swapped. */
  private static long order(Finding f) {
    int a = f.leftEvidence().start();
    int b = f.rightEvidence().start();
    return (long) Math.min(a, b) << 32 | Math.max(a, b);
  }

  /** Quantifier words of the two articles that exclude each other. */
  private void quantifiers(ArticlePair pair, List<Mention> left, List<Mention> right,
      List<Finding> out) {
    for (Mention a : left) {
      Match ab = best(pair, a, right, true);
      if (ab == null) {
        continue;
      }
      Match ba = best(pair, ab.mention(), left, false);
      if (DEBUG) {
        System.err.println("QUANT " + a.evidence().text() + " -> "
            + ab.mention().evidence().text() + " back "
            + (ba == null ? null : ba.mention().evidence().text()) + " clash="
            + clash(a, ab.mention()));
      }
      if (ba == null || ba.mention() != a) {
        continue;
      }
      Mention b = ab.mention();
      if (!clash(a, b) || statedElsewhere(a, right) || statedElsewhere(b, left)) {
        continue;
      }
      int gap = Math.abs(a.scale().rank() - b.scale().rank());
      double conf = BASE + 0.04 * Math.min(ab.frame(), 3) + 0.1 * ab.score()
          + (gap >= 3 ? 0.05 : 0) - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
      String aspect = switch (a.scale().scale()) {
        case "quantifier-frequency" -> "frequencies";
        case "quantifier-degree" -> "degrees";
        default -> "amounts";
      };
      out.add(new Finding(Kind.QUANTIFIER, a.view().claim(), b.view().claim(), a.evidence(),
          b.evidence(), a.scale().name(), b.scale().name(), aspect, List.of(), conf));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading mentions
  // ---------------------------------------------------------------------------------------------

  private static List<Mention> mentions(ArticlePair.Side side) {
    List<Mention> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      for (Quantifier q : c.quantifiers()) {
        out.add(new Mention(c, q));
      }
    }
    return out;
  }

  /**
   * The quantifiers of one claim, in text order; the contradictor reads them once per claim.
   *
   * @param w the claim's words
   * @param amounts the claim's amounts
   */
  List<Quantifier> read(ClaimWords w, List<Amount> amounts) {
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
        Lexicon.Scale s = p == null ? null : lexicon.quantifierScale().get(p);
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
          stops);
      if (m != null) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }

  private Quantifier quantifier(ClaimWords w, List<Amount> amounts, int from, int to,
      String phrase, List<TextSpan> stops) {
    Lexicon.Scale s = lexicon.quantifierScale().get(phrase);
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
    int[] head = s.person() || !s.scale().equals(AMOUNT) ? verbHead(w, from, end)
        : amountHead(w, from, end, s);
    if (head == null) {
      return null;
    }
    Set<String> stems = new LinkedHashSet<>();
    if (s.person()) {
      stems.add(lexicon.personNouns().get(0)); // "no one was hurt": people, and what befell them
    }
    for (int i = head[0]; i < head[1]; i++) {
      if (lexicon.anaphoricNouns().contains(w.lower(i))) {
        return null; // "dozens of others": of a set named elsewhere
      }
      if (w.isContent(i)) {
        stems.add(w.stem(i));
      }
    }
    int first = Math.min(from, head[0]);
    int last = Math.max(end, head[1]) - 1;
    TextSpan evidence = w.span(w.start(first), w.end(last));
    List<TextSpan> others = new ArrayList<>();
    for (TextSpan t : stops) {
      if (!Spans.overlap(t, evidence)) {
        others.add(t);
      }
    }
    // "no one was killed": what befell them is the verb
    List<String> acts = s.person() ? List.of(w.stem(head[0])) : acts(w, head[0], head[1], from);
    return new Quantifier(word, evidence, phrase, s, persons(stems),
        withPredicate(w, evidence, reader.frame(w, evidence, others)),
        withPredicate(w, evidence, reader.core(w, evidence, others)), places(w, evidence),
        Set.copyOf(acts), acts.isEmpty() ? "" : acts.get(0), low, high);
  }

  /**
   * The stems with the predicate of {@code span} added: the first content word after it in its
   * clause ("12 people had been killed and 20 wounded": "killed" tells what befell the 12, though
   * a frame gives it to the 20 as the nearer).
   */
  private Set<String> withPredicate(ClaimWords w, TextSpan span, Set<String> stems) {
    int k = next(w, w.firstWordFrom(span.end()), 1);
    if (k < 0 || !headWord(w, k)) {
      return stems;
    }
    Set<String> out = new LinkedHashSet<>(stems);
    out.add(w.stem(k));
    return Set.copyOf(out);
  }

  /**
   * What counted words do or undergo: the content words in their clause after the first of them
   * and after the last ("thousands of people marched through the capital": "marched",
   * "capital"), or the one before the quantifier when none follows ("killing hundreds of
   * people"), as stems.
   *
   * @param first the first counted word
   * @param end the word after the last counted word
   * @param start the first word of the quantifier or number
   */
  private List<String> acts(ClaimWords w, int first, int end, int start) {
    List<String> out = new ArrayList<>();
    for (int from : new int[] {first + 1, end}) {
      int k = next(w, from, 1);
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
   * most {@value #MAX_GAP_WORDS} stop words, not past punctuation, a number or a word that starts
   * another clause; -1 when there is none.
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
          || lexicon.clauseBoundaries().contains(w.lower(i))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether two mentions or counts say that the same befell what they count: each one's acts are
   * among the other's counted words, frame or acts ("were sheltering" and "were killed" are not),
   * or neither has any.
   */
  private static boolean sameAct(Set<String> acts, Set<String> context, Set<String> otherActs,
      Set<String> otherContext) {
    if (acts.isEmpty() || otherActs.isEmpty()) {
      return acts.isEmpty() && otherActs.isEmpty();
    }
    return union(otherContext, otherActs).containsAll(acts)
        && union(context, acts).containsAll(otherActs);
  }

  /** The stems with every noun that counts people as such named by the first of them. */
  private Set<String> persons(Set<String> stems) {
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
  private Set<String> places(ClaimWords w, TextSpan span) {
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

  /** Whether each side's places are named in the other side's claim. */
  private static boolean samePlaces(Set<String> a, ClaimView ca, Set<String> b, ClaimView cb) {
    return cb.stems().containsAll(a) && ca.stems().containsAll(b);
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

  /** Whether words {@code from} to {@code to} lie inside one of the scale's except phrases. */
  private static boolean excepted(ClaimWords w, int from, int to, Lexicon.Scale s) {
    for (String e : s.excepts()) {
      String[] ex = e.split(" ");
      for (int start = Math.max(0, to - ex.length); start <= from; start++) {
        if (start + ex.length > w.size()) {
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
   * The words an amount phrase quantifies, as word indexes {@code [from, to)}: the content words
   * after it, or before its copula for words said after one; null when there are none.
   */
  private int[] amountHead(ClaimWords w, int from, int to, Lexicon.Scale s) {
    if (s.afterCopula()) {
      int k = from - 1;
      while (k >= 0 && k >= from - 3 && !lexicon.copulas().contains(w.lower(k))
          && (w.isStopWord(k) || w.lower(k).endsWith("ly"))
          && w.gapIsSpace(w.end(k), w.start(k + 1))) {
        k--; // "are very rare", "is increasingly common"
      }
      if (k < 0 || !lexicon.copulas().contains(w.lower(k))
          || !w.gapIsSpace(w.end(k), w.start(k + 1))) {
        return null;
      }
      if (to < w.size() && w.isContent(to) && w.gapIsSpace(w.end(to - 1), w.start(to))) {
        return null; // "is rare earth": an attribute, not a statement of how many
      }
      return subject(w, k);
    }
    int k = to;
    int skipped = 0;
    while (k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      if (w.isNumber(k)) {
        if (s.rank() != WHOLE) {
          return null; // "several hundred", "some 300": part of a number
        }
        k++;
      } else if (!w.isContent(k) && skipped < MAX_GAP_WORDS
          && lexicon.quantifierDeterminers().contains(w.lower(k))) {
        skipped++; // "most of the passengers"; "many of them were hurt" names no noun
        k++;
      } else {
        break;
      }
    }
    if (k >= w.size() || !w.gapIsSpace(w.end(k - 1), w.start(k)) || !headWord(w, k)) {
      return null;
    }
    int end = k + 1;
    while (end < w.size() && end - k < HEAD_WORDS && headWord(w, end)
        && (w.gapIsSpace(w.end(end - 1), w.start(end))
            || w.between(w.end(end - 1), w.start(end)).equals("-"))) {
      end++;
    }
    return new int[] {k, end};
  }

  /**
   * The subject before the copula at word {@code k}: up to {@value #SUBJECT_WORDS} content words
   * back to punctuation, a reporting word, a word that starts another clause or one that tells
   * nothing apart, stop words between them ("attacks on aid convoys are rare").
   */
  private int[] subject(ClaimWords w, int k) {
    int start = k;
    int content = 0;
    for (int j = k - 1; j >= 0 && content < SUBJECT_WORDS
        && w.gapIsSpace(w.end(j), w.start(j + 1)); j--) {
      if (lexicon.clauseBoundaries().contains(w.lower(j))
          || lexicon.reporting().contains(w.rawStem(j))) {
        break; // "residents said that such floods are rare": the subject is "such floods"
      }
      if (headWord(w, j)) {
        content++;
        start = j;
      } else if (w.isContent(j) || w.isNumber(j)) {
        break;
      }
    }
    return content == 0 ? null : new int[] {start, k};
  }

  /** Up to {@value #HEAD_WORDS} content words in a row that end the words before {@code k}. */
  private int[] before(ClaimWords w, int k) {
    int j = k - 1;
    int skipped = 0;
    while (j >= 0 && !w.isContent(j) && !w.isNumber(j) && skipped < MAX_GAP_WORDS
        && w.gapIsSpace(w.end(j), w.start(j + 1))) {
      j--;
      skipped++;
    }
    if (j < 0 || !headWord(w, j) || !w.gapIsSpace(w.end(j), w.start(j + 1))) {
      return null;
    }
    int start = j;
    while (start > 0 && j - start + 1 < HEAD_WORDS && headWord(w, start - 1)
        && w.gapIsSpace(w.end(start - 1), w.start(start))) {
      start--;
    }
    return new int[] {start, j + 1};
  }

  /**
   * The verb a frequency or degree word qualifies: the first content word after it, past stop
   * words ("has never been charged"), or the content word before it when none follows ("it
   * happens often").
   */
  private int[] verbHead(ClaimWords w, int from, int to) {
    int k = to;
    int skipped = 0;
    while (k < w.size() && !w.isContent(k) && !w.isNumber(k) && skipped < MAX_GAP_WORDS
        && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k++;
      skipped++;
    }
    if (k < w.size() && w.gapIsSpace(w.end(k - 1), w.start(k)) && headWord(w, k)) {
      return new int[] {k, k + 1};
    }
    if (to < w.size() && w.gapIsSpace(w.end(to - 1), w.start(to))) {
      return null; // words follow, but none it could qualify
    }
    int[] b = before(w, from);
    return b == null ? null : new int[] {b[1] - 1, b[1]};
  }

  /** Whether word {@code i} may be quantified: a content word that tells one thing from another. */
  private boolean headWord(ClaimWords w, int i) {
    return w.isContent(i) && w.text(i).length() > 1
        && !lexicon.frameNoise().contains(w.rawStem(i))
        && !lexicon.quantifierScale().containsKey(w.lower(i));
  }

  // ---------------------------------------------------------------------------------------------
  // Matching quantifiers
  // ---------------------------------------------------------------------------------------------

  /** The best match of a mention in the other article. */
  private record Match(Mention mention, int frame, double score) {}

  /**
   * The mention of {@code others} on the same scale that best matches {@code m} by frame, or null
   * when none matches or one that agrees with {@code m} matches nearly as well.
   */
  private static Match best(ArticlePair pair, Mention m, List<Mention> others, boolean mIsLeft) {
    List<Match> found = new ArrayList<>();
    List<Double> ranks = new ArrayList<>();
    for (Mention o : others) {
      if (!o.scale().scale().equals(m.scale().scale())) {
        continue;
      }
      ArticlePair.Related rel = (mIsLeft ? pair.relation(m.view(), o.view())
          : pair.relation(o.view(), m.view())).orElse(null);
      if (rel == null || !agree(m.head(), m.frame(), o.head(), o.frame())) {
        continue;
      }
      Set<String> heads = union(m.head(), o.head());
      boolean amount = m.scale().scale().equals(AMOUNT);
      Set<String> leave = amount && m.verb().equals(o.verb()) ? union(heads, Set.of(m.verb()))
          : heads;
      int frame = shared(m.frame(), o.frame(), leave);
      int core = shared(m.core(), o.core(), leave);
      if (related(frame, core, heads.size(), m.scale().person() || o.scale().person(), rel)
          && samePlaces(m.places(), m.view(), o.places(), o.view())
          && (m.scale().afterCopula() || o.scale().afterCopula()
              || sameAct(m.acts(), union(m.head(), m.frame()), o.acts(),
                  union(o.head(), o.frame())))) {
        found.add(new Match(o, frame, rel.score()));
        ranks.add(frame + core + 0.1 * Math.min(rel.shared().size(), 8) + rel.score());
      }
    }
    int b = -1;
    for (int i = 0; i < found.size(); i++) {
      if (b < 0 || ranks.get(i) > ranks.get(b)) {
        b = i;
      }
    }
    if (b < 0) {
      return null;
    }
    for (int i = 0; i < found.size(); i++) {
      if (i != b && ranks.get(i) >= ranks.get(b) - TIE
          && !clash(m, found.get(i).mention())) {
        return null;
      }
    }
    return found.get(b);
  }

  /**
   * Whether two mentions whose frames share {@code frame} words, {@code core} of them near the
   * mentions, and whose agreeing quantified words are {@code heads} words in all, in claims
   * related by {@code rel}, speak of one thing: they share a near word or two words of their
   * frames; or they agree on three quantified words ("attacks on aid convoys"), or on people and
   * what befell them ("no one was killed" and "12 people were killed"), and share a frame word or
   * their claims {@value #STRONG_SHARED} words.
   */
  private static boolean related(int frame, int core, int heads, boolean person,
      ArticlePair.Related rel) {
    boolean strong = heads >= 3 || person && heads >= 2;
    return core >= 1 || frame >= 2
        || strong && (frame >= 1 || rel.shared().size() >= STRONG_SHARED);
  }

  /**
   * Whether two sets of quantified words name one thing: they share a stem, and each one's words
   * are among the other's words or frame.
   */
  static boolean agree(Set<String> a, Set<String> aFrame, Set<String> b, Set<String> bFrame) {
    if (a.isEmpty() || b.isEmpty() || a.stream().noneMatch(b::contains)) {
      return false;
    }
    return union(b, bFrame).containsAll(a) && union(a, aFrame).containsAll(b);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return s;
  }

  /** How many stems {@code a} and {@code b} share, {@code leave} left out. */
  private static int shared(Set<String> a, Set<String> b, Set<String> leave) {
    Set<String> s = new LinkedHashSet<>(a);
    s.retainAll(b);
    s.removeAll(leave);
    return s.size();
  }

  /** Whether the two places on one scale exclude each other. */
  static boolean clash(Mention a, Mention b) {
    return clash(a.scale(), b.scale());
  }

  /** Whether the two places on one scale exclude each other. */
  static boolean clash(Lexicon.Scale a, Lexicon.Scale b) {
    if (!a.scale().equals(b.scale())) {
      return false;
    }
    int lo = Math.min(a.rank(), b.rank());
    int hi = Math.max(a.rank(), b.rank());
    return lo <= MAX_LOW && hi - lo >= MIN_GAP
        || a.partial() && b.rank() == WHOLE || b.partial() && a.rank() == WHOLE;
  }

  /**
   * Whether {@code others} say something that agrees with {@code m} of the same thing (in a like
   * frame) or in the same words ("dozens of children" in both): then the two articles may speak
   * of two sets, or one of them only says more.
   */
  private static boolean statedElsewhere(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (o.scale().scale().equals(m.scale().scale())
          && agree(m.head(), m.frame(), o.head(), o.frame()) && !clash(m, o)
          && (likeFrames(m.head(), m.frame(), m.core(), o.head(), o.frame(), o.core())
              || o.phrase().equals(m.phrase()) && o.head().equals(m.head()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two frames share a word beyond the quantified words. */
  private static boolean likeFrames(Set<String> head, Set<String> frame, Set<String> core,
      Set<String> otherHead, Set<String> otherFrame, Set<String> otherCore) {
    Set<String> heads = union(head, otherHead);
    return shared(frame, otherFrame, heads) + shared(core, otherCore, heads) >= 1;
  }

  // ---------------------------------------------------------------------------------------------
  // Vague counts against numbers
  // ---------------------------------------------------------------------------------------------

  /** A count of one article: a vague count or a counted number, with its claim. */
  private record Count(ClaimView view, TextSpan evidence, Set<String> noun, Set<String> frame,
      Set<String> core, Set<String> places, Set<String> acts, String verb, double low,
      double high, String shown, Mention vague) {}

  /** The best match of a count in the other article. */
  private record CountMatch(Count count, int frame, double score) {}

  /**
   * Sets the vague counts of {@code side} against the counted numbers of {@code other}.
   *
   * @param own the counted numbers of {@code side}'s article
   * @param numbers the counted numbers of {@code other}'s article
   * @param sideIsLeft whether {@code side} is the left article of the pair
   */
  private void countsAgainstNumbers(ArticlePair pair, List<Mention> side, List<Mention> other,
      List<Count> own, List<Count> numbers, boolean sideIsLeft, List<Finding> out) {
    List<Count> vague = vagueCounts(side);
    List<Count> theirVague = vagueCounts(other);
    List<Count> candidates = new ArrayList<>(own);
    candidates.addAll(vague);
    for (Count m : vague) {
      CountMatch ab = bestCount(pair, m, numbers, sideIsLeft);
      if (ab == null) {
        continue;
      }
      CountMatch ba = bestCount(pair, ab.count(), candidates, !sideIsLeft);
      Count n = ab.count();
      if (DEBUG) {
        System.err.println("QCOUNT " + m.evidence().text() + " -> " + n.evidence().text()
            + " back " + (ba == null ? null : ba.count().evidence().text()) + " disagree="
            + disagree(m, n));
      }
      if (ba == null || ba.count() != m || !disagree(m, n)) {
        continue;
      }
      List<Count> theirs = new ArrayList<>(numbers);
      theirs.addAll(theirVague);
      if (agreesElsewhere(m, theirs) || agreesElsewhere(n, candidates)) {
        continue;
      }
      double far = Math.max(n.low() - m.high(), m.low() - n.high());
      double conf = BASE + 0.04 * Math.min(ab.frame(), 3) + 0.1 * ab.score()
          + (far > (m.high() - m.low()) / 2 ? 0.05 : 0)
          - (m.view().hedged() || n.view().hedged() ? 0.1 : 0);
      Finding f = new Finding(Kind.QUANTIFIER, m.view().claim(), n.view().claim(),
          m.evidence(), n.evidence(), m.shown(), n.shown(), "amounts", List.of(), conf);
      out.add(sideIsLeft ? f : f.swapped());
    }
  }

  /** The vague counts among {@code mentions}. */
  private static List<Count> vagueCounts(List<Mention> mentions) {
    List<Count> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.counts()) {
        String shown = m.low() == m.high() ? (m.low() == 0 ? "none" : NumberWords.plain(m.low()))
            : NumberWords.plain(m.low()) + " to " + NumberWords.plain(m.high());
        out.add(new Count(m.view(), m.evidence(), m.head(), m.frame(), m.core(), m.places(),
            m.acts(), m.verb(), m.low(), m.high(), shown, m));
      }
    }
    return out;
  }

  /**
   * The counted numbers of one article that count a noun of their own ("12 people", not "one"
   * of "12 people" before it), as the values their words allow: a bound is open on its far side.
   */
  private List<Count> numbers(ArticlePair.Side side) {
    List<Count> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      if (c.words().size() > MAX_CLAIM_WORDS) {
        continue;
      }
      for (Amount a : c.amounts()) {
        if (!a.measure().equals("count") || a.derived() || c.negated(a.evidence())
            || !ownNoun(a)) {
          continue;
        }
        ClaimWords w = c.words();
        int first = w.lastWordBefore(a.evidence().end());
        List<String> acts = acts(w, first, Math.min(w.size(), first + a.noun().size()),
            w.firstWordFrom(a.evidence().start()));
        List<TextSpan> others = new ArrayList<>();
        for (QuantityFacet q : c.claim().facets(QuantityFacet.class)) {
          if (!Spans.overlap(q.span(), a.evidence())) {
            others.add(q.span());
          }
        }
        double h = a.step() / 2;
        double v = a.value();
        double[] b = switch (a.approximation()) {
          case MORE_THAN, AT_LEAST -> new double[] {v, Double.POSITIVE_INFINITY};
          case AT_MOST, LESS_THAN -> new double[] {Math.min(a.low(), v), v};
          case ABOUT, RANGE -> new double[] {Math.min(a.low(), v - h), a.high() + h};
          default -> new double[] {v - h, v + h};
        };
        out.add(new Count(c, a.evidence(), persons(Set.copyOf(a.noun())),
            withPredicate(w, a.evidence(), reader.frame(w, a.evidence(), others)),
            withPredicate(w, a.evidence(), reader.core(w, a.evidence(), others)),
            places(w, a.evidence()), Set.copyOf(acts), acts.isEmpty() ? "" : acts.get(0), b[0],
            b[1], a.shown(), null));
      }
    }
    return out;
  }

  /**
   * Whether the amount's evidence holds the noun it counts, and that noun tells what is
   * counted (not "others").
   */
  private boolean ownNoun(Amount a) {
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

  /**
   * The count of {@code others} that best matches {@code c} as a count of the same words, or
   * null when none does or one that agrees does nearly as well.
   */
  private static CountMatch bestCount(ArticlePair pair, Count c, List<Count> others,
      boolean cIsLeft) {
    List<CountMatch> found = new ArrayList<>();
    List<Double> ranks = new ArrayList<>();
    for (Count o : others) {
      if (o == c || o.view() == c.view()) {
        continue;
      }
      ArticlePair.Related rel = (cIsLeft ? pair.relation(c.view(), o.view())
          : pair.relation(o.view(), c.view())).orElse(null);
      if (rel == null || !agree(c.noun(), c.frame(), o.noun(), o.frame())
          || !samePlaces(c.places(), c.view(), o.places(), o.view())
          || !sameAct(c.acts(), union(c.noun(), c.frame()), o.acts(),
              union(o.noun(), o.frame()))) {
        continue;
      }
      Set<String> nouns = union(c.noun(), o.noun());
      Set<String> leave = c.verb().equals(o.verb()) ? union(nouns, Set.of(c.verb())) : nouns;
      int frame = shared(c.frame(), o.frame(), leave);
      int core = shared(c.core(), o.core(), leave);
      boolean person = c.vague() != null && c.vague().scale().person()
          || o.vague() != null && o.vague().scale().person();
      if (related(frame, core, nouns.size(), person, rel)) {
        found.add(new CountMatch(o, frame, rel.score()));
        ranks.add(frame + core + 0.1 * Math.min(rel.shared().size(), 8) + rel.score());
      }
    }
    int b = -1;
    for (int i = 0; i < found.size(); i++) {
      if (b < 0 || ranks.get(i) > ranks.get(b)) {
        b = i;
      }
    }
    if (b < 0) {
      return null;
    }
    for (int i = 0; i < found.size(); i++) {
      if (i != b && ranks.get(i) >= ranks.get(b) - TIE && !disagree(c, found.get(i).count())) {
        return null;
      }
    }
    return found.get(b);
  }

  /** Whether no value lies within what the words of both counts allow. */
  private static boolean disagree(Count a, Count b) {
    return a.high() < b.low() || b.high() < a.low();
  }

  /**
   * Whether {@code others} (of one article) hold a count that agrees with {@code c}, of the same
   * thing (in a like frame) or in the same words: then the two articles may count two sets, or
   * one of them only says more.
   */
  private static boolean agreesElsewhere(Count c, List<Count> others) {
    for (Count o : others) {
      if (o != c && agree(c.noun(), c.frame(), o.noun(), o.frame()) && !disagree(c, o)
          && (likeFrames(c.noun(), c.frame(), c.core(), o.noun(), o.frame(), o.core())
              || c.shown().equals(o.shown()) && c.noun().equals(o.noun()))) {
        return true;
      }
    }
    return false;
  }
}
