package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import dev.parallax.rules.Cue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * POLARITY by two outcomes of one decision, test or judgement that exclude each other, with no
 * negation word: "approved the merger" against "rejected the merger", "passed its inspection"
 * against "failed its inspection", "the permit was valid" against "an expired permit" (pairs of
 * the pack facet {@code opposite-deed}, exact word forms or phrases: "voted down"). English states
 * the opposite of a decision or a verdict with a word of its own as often as with "not", and a
 * report that calls a thing by one outcome denies the other.
 *
 * <p>The two claims are close (aligned with a score of at least {@value #MIN_SCORE}, or sharing
 * at least {@value #MIN_SHARED} content words and {@value #MIN_SHARE} of the smaller claim's),
 * neither hedged; neither outcome is negated (a denied outcome agrees with its opposite), neither
 * governs an infinitive ("failed to reach", "refused to comment": an attempt, read by the
 * polarity check) or follows "to" ("is expected to approve": a plan), and neither claim holds
 * both outcomes of one thing ("convicted of bribery but acquitted of fraud" judges two). Both
 * outcomes are said of one thing: of the noun phrases after each (from the
 * first content word within {@value #OBJECT_WORDS} words, not past punctuation or a conjunction
 * of the pack facet {@code frame-conjunction}: "approved 9-2 the merger") and, after a form of "be" or a copula, before it ("the
 * permit was valid"), the head of one is a word of one of the other's ("an expired permit"); a
 * clause after "that" is said of from its verb, past its subject and auxiliaries ("denied that
 * the group had ignored the order" against "acknowledged that it had ignored the order");
 * "approved the budget" and "rejected an amendment to the budget" judge two things. The subjects of the two outcomes, where both are written, must not name two
 * doers: the nearest content word before each is the same, or a word of the other claim ("The
 * Senate approved the bill" and "The House rejected the bill" may both be true). A decision may
 * be taken back: two claims of which one names a time or writes a number that the other does not
 * are not compared.
 */
final class OppositeDeeds implements Check {
  /** The least alignment score of two claims compared. */
  static final double MIN_SCORE = 0.5;
  /** The least number of content words two unaligned claims share to be compared. */
  static final int MIN_SHARED = 4;
  /** The least share of the smaller claim's content words two unaligned claims share. */
  static final double MIN_SHARE = 0.6;
  /** How many words after an outcome the head of its thing may stand. */
  static final int OBJECT_WORDS = 3;
  /** The most words of a clause after "that" that may stand before its auxiliary. */
  static final int CLAUSE_WORDS = 6;
  /** The most words between an outcome and the "that" of its clause ("denied in 2002 that"). */
  static final int THAT_WORDS = 3;


  private final Lexicon lexicon;
  private final Set<String> passives;
  private final Map<List<String>, Set<List<String>>> opposite;
  private final Set<String> organisations;

  /**
   * A check.
   *
   * @param passives the forms of "be" before a participle or an adjective (pack facet {@code
   *     passive-auxiliary}), lower case
   * @param opposite each outcome (lower-case words) with the outcomes that exclude it
   * @param organisations last words of the names of organisations (pack facet {@code
   *     organisation-word}: "company"), lower case
   */
  OppositeDeeds(Lexicon lexicon, Set<String> passives,
      Map<List<String>, Set<List<String>>> opposite, Set<String> organisations) {
    this.lexicon = lexicon;
    this.passives = Set.copyOf(passives);
    this.opposite = Map.copyOf(opposite);
    this.organisations = Set.copyOf(organisations);
  }

  /** The outcomes of the pack: each cue's words against the phrases of its value (commas). */
  static Map<List<String>, Set<List<String>>> pairs(PackCues pack) {
    Map<List<String>, Set<List<String>>> out = new LinkedHashMap<>();
    for (Cue cue : pack.cues()) {
      if (!cue.facet().equals("opposite-deed")) {
        continue;
      }
      for (String s : pack.lower(cue)) {
        for (String o : pack.value(cue).split(",")) {
          List<String> a = List.of(s.trim().split(" +"));
          List<String> b = List.of(o.trim().toLowerCase(java.util.Locale.ROOT).split(" +"));
          out.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
          out.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
        }
      }
    }
    Map<List<String>, Set<List<String>>> frozen = new LinkedHashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return frozen;
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    for (ArticlePair.Related rel : pair.related()) {
      ClaimView l = rel.left();
      ClaimView r = rel.right();
      int smaller = Math.min(l.stems().size(), r.stems().size());
      boolean close = rel.score() >= MIN_SCORE || rel.sharedCount() >= MIN_SHARED
          && rel.sharedCount() >= MIN_SHARE * smaller;
      if (!close || l.hedged() || r.hedged() || l.webAddress() || r.webAddress()
          || l.timesBeyond(r, none(l)) || r.timesBeyond(l, none(r))) {
        continue;
      }
      Finding f = first(pair, rel, l, r);
      if (f != null) {
        out.add(f);
      }
    }
  }

  /** An empty span at the start of a claim: no words are excepted from its times. */
  private static TextSpan none(ClaimView c) {
    return c.words().span(c.claim().span().start(), c.claim().span().start());
  }

  /** The first pair of opposite outcomes of one thing in the two claims; null if none. */
  private Finding first(ArticlePair pair, ArticlePair.Related rel, ClaimView a, ClaimView b) {
    List<int[]> left = outcomes(a);
    if (left.isEmpty()) {
      return null;
    }
    List<int[]> right = outcomes(b);
    for (int[] x : left) {
      Set<List<String>> other = opposite.get(phrase(a.words(), x));
      for (int[] y : right) {
        if (!other.contains(phrase(b.words(), y))
            || holds(a, other, objects(a.words(), x))
            || holds(b, opposite.get(phrase(b.words(), y)), objects(b.words(), y))) {
          continue;
        }
        if (!oneThing(things(a.words(), x), things(b.words(), y))
            || !sameDoer(a, x, b, y) && !namedOrganisation(a, x, b, y, pair.left())
            && !namedOrganisation(b, y, a, x, pair.right())) {
          continue;
        }
        ClaimWords wa = a.words();
        ClaimWords wb = b.words();
        TextSpan ex = wa.span(wa.start(x[0]), wa.end(x[1]));
        TextSpan ey = wb.span(wb.start(y[0]), wb.end(y[1]));
        return new Finding(Kind.POLARITY, a.claim(), b.claim(), ex, ey, ex.text(), ey.text(),
            "state", List.of(), 0.5 + 0.4 * Math.min(1, rel.score()));
      }
    }
    return null;
  }

  /**
   * The outcomes of the pack in a claim, as first and last word, neither negated nor before
   * "to".
   */
  private List<int[]> outcomes(ClaimView c) {
    ClaimWords w = c.words();
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      for (List<String> p : opposite.keySet()) {
        int last = i + p.size() - 1;
        if (last >= w.size() || !matches(w, i, p)) {
          continue;
        }
        if (last + 1 < w.size() && w.lower(last + 1).equals("to")
            || i > 0 && w.lower(i - 1).equals("to")
            || negated(w, w.span(w.start(i), w.end(last)))) {
          continue; // "failed to reach": an attempt; "expected to approve": a plan; "was not
          // approved": a denied outcome
        }
        out.add(new int[] {i, last});
      }
    }
    return out;
  }

  /**
   * Whether a negation of the claim other than the outcome itself covers it: the reader takes
   * "rejected" for a negation of what follows it, which is the outcome compared here.
   */
  private static boolean negated(ClaimWords w, TextSpan span) {
    for (dev.parallax.PolarityFacet p : w.negations()) {
      if (Spans.overlap(p.scope(), span)
          || Spans.overlap(p.span(), span) && !p.span().equals(span)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code i} are the phrase, one space between each. */
  private static boolean matches(ClaimWords w, int i, List<String> p) {
    for (int k = 0; k < p.size(); k++) {
      if (!w.lower(i + k).equals(p.get(k))
          || k > 0 && !w.gapIsSpace(w.end(i + k - 1), w.start(i + k))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> phrase(ClaimWords w, int[] x) {
    List<String> out = new ArrayList<>();
    for (int k = x[0]; k <= x[1]; k++) {
      out.add(w.lower(k));
    }
    return out;
  }

  /**
   * Whether the claim holds one of the outcomes said of the thing after the outcome compared
   * ({@code objects}), or of a thing either does not name after it: "convicted of bribery but
   * acquitted of fraud" judges two charges, and each may be set against another report's verdict
   * on it.
   */
  private boolean holds(ClaimView c, Set<List<String>> phrases, List<List<String>> objects) {
    ClaimWords w = c.words();
    for (int i = 0; i < w.size(); i++) {
      for (List<String> p : phrases) {
        if (i + p.size() <= w.size() && matches(w, i, p)) {
          List<List<String>> own = objects(w, new int[] {i, i + p.size() - 1});
          if (own.isEmpty() || objects.isEmpty() || oneThing(own, objects)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * What the outcome at {@code x} is said of, as noun phrases (their content stems, the head
   * first): the phrase after it (from the first content word within {@value #OBJECT_WORDS}
   * words, not past punctuation or a clause word, to the last of the content words that follow
   * it: "passed its annual safety inspection"), and, after a form of "be" or a copula, or when
   * nothing follows, the subject before it ("the trawler's fishing licence was valid").
   */
  private List<List<String>> things(ClaimWords w, int[] x) {
    List<List<String>> out = new ArrayList<>(objects(w, x));
    int before = x[0] - 1;
    if (out.isEmpty() || before >= 0 && (passives.contains(w.lower(before))
        || lexicon.copulas().contains(w.lower(before))
        || lexicon.leftStates().contains(w.lower(before)))) {
      int head = subject(w, x[0]);
      if (head >= 0) {
        List<String> phrase = new ArrayList<>();
        for (int i = head; i >= 0 && w.isContent(i) && (i == head || plainGap(w, i + 1)); i--) {
          phrase.add(w.stem(i));
        }
        out.add(phrase);
      }
    }
    return out;
  }

  /**
   * The noun phrase after the outcome at {@code x} (its content stems, the head first), from the
   * first content word within {@value #OBJECT_WORDS} words, not past punctuation or a clause
   * word; empty when there is none.
   */
  private List<List<String>> objects(ClaimWords w, int[] x) {
    int verb = clauseVerb(w, x[1]);
    // "denied that the group had ignored the order": said of ignoring the order, not the group
    return objectAfter(w, verb);
  }

  /**
   * The noun phrase after word {@code from} (its content stems, the head first), from the first
   * content word within {@value #OBJECT_WORDS} words, not past punctuation or a clause word;
   * empty when there is none.
   */
  private List<List<String>> objectAfter(ClaimWords w, int from) {
    for (int k = from + 1; k < w.size() && k <= from + OBJECT_WORDS; k++) {
      if (!plainGap(w, k) || lexicon.frameConjunctions().contains(w.lower(k))) {
        break;
      }
      if (w.isContent(k)) {
        List<String> phrase = new ArrayList<>();
        int last = k;
        while (last + 1 < w.size() && w.isContent(last + 1) && plainGap(w, last + 1)) {
          last++;
        }
        for (int i = last; i >= k; i--) {
          phrase.add(w.stem(i));
        }
        return List.of(phrase);
      }
    }
    return List.of();
  }

  /**
   * Where the words said of a clause after "that" (within {@value #THAT_WORDS} words of the
   * outcome: "denied in 2002 that") start: the last auxiliary (pack facet {@code
   * clause-auxiliary}) of the clause's first {@value #CLAUSE_WORDS} words, past its subject
   * ("denied that the group had ignored the order" and "acknowledged that it had ignored the
   * order" are said of ignoring the order, not of the group); {@code last}, the outcome's last
   * word, when no "that" follows it or no auxiliary stands there.
   */
  private int clauseVerb(ClaimWords w, int last) {
    int that = last + 1;
    while (that < w.size() && that <= last + THAT_WORDS && plainGap(w, that)
        && !w.lower(that).equals("that")) {
      that++; // "denied in 2002 that he had failed"
    }
    if (that + 1 >= w.size() || !w.lower(that).equals("that") || !plainGap(w, that)) {
      return last;
    }
    int verb = last;
    for (int k = that + 1; k < w.size() && k <= that + CLAUSE_WORDS && plainGap(w, k); k++) {
      if (lexicon.phrases().clauseAuxiliaries().contains(w.lower(k))) {
        verb = k;
      } else if (verb > last) {
        break;
      }
    }
    return verb;
  }

  /** Whether only spaces, quotation marks or a hyphen stand before word {@code k}. */
  private static boolean plainGap(ClaimWords w, int k) {
    return w.between(w.end(k - 1), w.start(k)).matches("[\\s\"'\u201c\u201d\u2018\u2019-]*");
  }

  /**
   * Whether two outcomes are said of one thing: the head of a phrase of one is a word of a
   * phrase of the other ("safety inspection" and "annual safety inspection"; "licence" and
   * "fishing licence").
   */
  private static boolean oneThing(List<List<String>> a, List<List<String>> b) {
    for (List<String> x : a) {
      for (List<String> y : b) {
        if (y.contains(x.get(0)) || x.contains(y.get(0))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The nearest content word before word {@code i}, past forms of "be", copulas and state verbs,
   * not past punctuation; -1 if none.
   */
  private int subject(ClaimWords w, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!w.gapIsSpace(w.end(k), w.start(k + 1))) {
        return -1;
      }
      if (w.isContent(k) && !lexicon.copulas().contains(w.lower(k))
          && !lexicon.leftStates().contains(w.lower(k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the doer of outcome {@code x} of claim {@code a} is "the" and a word of the pack facet
   * {@code organisation-word} that open the claim ("The company denied"), the doer of {@code y}
   * of {@code b} a capitalised name alone that opens its claim ("Kestrel acknowledged"), and the
   * report of {@code a}, {@code side}, writes that name too: the story's organisation, named one
   * way in one report and by its kind in the other.
   */
  private boolean namedOrganisation(ClaimView a, int[] x, ClaimView b, int[] y,
      ArticlePair.Side side) {
    int s = subject(a.words(), x[0]);
    int t = subject(b.words(), y[0]);
    if (s != 1 || t != 0 || !a.words().lower(0).equals("the")
        || !organisations.contains(a.words().lower(1)) || !b.words().isCapitalised(0)
        || organisations.contains(b.words().lower(0))) {
      return false;
    }
    String name = b.words().text(0);
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        if (w.text(i).equals(name) && c != a) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the two outcomes are not said by two doers: the nearest content word before each
   * (past forms of "be") is the same, or a word of the other claim, or one of them has none.
   */
  private boolean sameDoer(ClaimView a, int[] x, ClaimView b, int[] y) {
    int s = subject(a.words(), x[0]);
    int t = subject(b.words(), y[0]);
    return s < 0 || t < 0 || a.words().stem(s).equals(b.words().stem(t))
        || b.stems().contains(a.words().stem(s)) || a.stems().contains(b.words().stem(t));
  }
}
