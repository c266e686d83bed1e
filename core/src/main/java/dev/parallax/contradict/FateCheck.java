package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.PolarityFacet;
import dev.parallax.TextSpan;
import dev.parallax.align.Synonyms;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * POLARITY of what befell people: one report says no one met a fate ("No deaths have been
 * reported", "no one was killed or injured"), the other counts at least one person who did ("one
 * resident had been killed"). The denial opens with a phrase of the pack facet {@code
 * fate-denial} ("no one", "nobody", "no deaths"), opens its clause (after who tells it, names
 * and the words of the facet {@code fate-opener} only: "activist sources said no one was hurt",
 * "..., and no one was hurt", not "an accident in which nobody was hurt"), is the only negation
 * of its clause and what follows, and names its
 * fates (pack facet {@code people-fate}) at once, with only function words, other fates and words
 * of the facet {@code fate-report} ("have been reported") around them. The count is a count of
 * the claim's amounts, at least one, whose nearest words name the same fate, in a claim with no
 * negation, or one person that "a", "an" or "one" counts before a noun for people, with the
 * fate right after it or right before the article ("A worker was killed", "the blast killed a
 * worker"; pack facet {@code fate-one}) or a fate's noun after a light verb ("Police have made
 * an arrest"), in a claim that names no time or number the denial does not. Neither
 * claim is hedged, and neither may say where or when beyond the other: every
 * content word of the denial's clause, and of the count's clause from its reporting verb on,
 * other than names, fates, reporting words and the counted noun, must be a word of the other
 * claim ("no one was hurt in Tuesday's aftershock" is not compared with "the quake injured 12").
 */
final class FateCheck implements Check {
  /** The confidence of a finding. */
  static final double CONFIDENCE = 0.7;
  /** How many words after a count its fate may stand ("one resident had been killed"). */
  static final int FATE_AFTER = 5;
  /** How many words may stand between "a" and the noun for people it counts. */
  static final int ONE_MODIFIERS = 3;

  private final Lexicon lexicon;
  private final Map<String, Set<String>> fates;
  private final Set<String> lightVerbs;

  /**
   * @param lightVerbs lower-case verbs that give their deed to the noun after them (pack facet
   *     {@code light-verb}): "Police have made an arrest" counts one person arrested
   */
  FateCheck(Lexicon lexicon, Synonyms synonyms, Set<String> lightVerbs) {
    this.lexicon = lexicon;
    this.fates = FateWords.byStem(lexicon, synonyms);
    this.lightVerbs = Set.copyOf(lightVerbs);
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    Set<ClaimView> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ArticlePair.Related rel : pair.related()) {
      Finding f = either(rel.left(), rel.right(), false);
      if (f != null) {
        out.add(f);
        seen.add(rel.left());
        seen.add(rel.right());
      }
    }
    Set<ClaimView> bareLeft = bareClaims(pair.left());
    Set<ClaimView> bareRight = bareClaims(pair.right());
    for (ClaimView l : pair.left().claims()) {
      if (seen.contains(l) || !bareLeft.contains(l)) {
        continue;
      }
      for (ClaimView r : pair.right().claims()) {
        Finding f = seen.contains(r) || !bareRight.contains(r) || pair.byClaims()
            .getOrDefault(l, Map.of()).containsKey(r) ? null : either(l, r, true);
        if (f != null) {
          out.add(f);
          break;
        }
      }
    }
  }

  /** The claims of an article that say nothing but a fate, read once per article. */
  private Set<ClaimView> bareClaims(ArticlePair.Side side) {
    return side.memo(this, "bare", x -> {
      Set<ClaimView> out = Collections.newSetFromMap(new IdentityHashMap<>());
      for (ClaimView c : x.claims()) {
        if (bare(c)) {
          out.add(c);
        }
      }
      return out;
    });
  }

  /** The finding of a denial in either claim against a count in the other, or null. */
  private Finding either(ClaimView l, ClaimView r, boolean bare) {
    Denial den = denial(l);
    Finding f = den == null ? null : against(den, r);
    if (f == null) {
      den = denial(r);
      f = den == null ? null : against(den, l);
      f = f == null ? null : f.swapped();
    }
    return f;
  }

  /**
   * Whether a claim says nothing but a fate: every content word of it is a name, a fate, a
   * reporting word or a word of who tells it ("Activist sources said", {@link #tellers}), a word
   * of an amount ("two officers"), a noun for people (pack facet {@code people-noun}) or a word
   * that describes one ("a resort employee", {@link #describers}), or the
   * story's event after a preposition and "the" ("in the attack") ("No deaths have been
   * reported, she said", "She said one resident had been killed"). Two such claims are about
   * the story's one event even when they share no word.
   */
  private boolean bare(ClaimView c) {
    ClaimWords w = c.words();
    boolean fate = false;
    boolean[] teller = tellers(w);
    boolean[] whom = describers(w);
    Denial den = denial(c);
    for (int i = den == null ? 0 : den.from(); i < w.size(); i++) {
      if (!fatesOf(w, i).isEmpty()
          || den != null && i >= den.first() && i < den.last() && !deniedFates(w, i).isEmpty()) {
        fate = true;
      } else if (w.isContent(i) && !(i > 0 && w.isCapitalised(i)) && !teller[i]
          && !theEvent(w, i) && !telling(w, i)
          && !(i + 1 < w.size() && lexicon.reporting().contains(w.stem(i + 1)))
          && !lexicon.fateWords().fateReports().contains(w.lower(i))
          && !lexicon.fateWords().fateGrades().contains(w.lower(i))
          && !lexicon.fateWords().fateDenials().contains(w.lower(i))
          && !lexicon.fateWords().fateOpeners().contains(w.lower(i))
          && !lexicon.peopleNouns().contains(w.rawStem(i)) && !whom[i]
          && !inAmount(c, w.start(i), w.end(i))) {
        return false;
      }
    }
    return fate;
  }

  /**
   * The words that describe one person a word of pack facet {@code fate-one} counts: the
   * lower-case words, at most {@value #ONE_MODIFIERS}, between it and a noun for people ("A
   * resort employee has been detained", "a local man"). They tell whom, not where or when.
   */
  private boolean[] describers(ClaimWords w) {
    boolean[] out = new boolean[w.size()];
    for (int k = 0; k < w.size(); k++) {
      if (lexicon.fateWords().oneArticles().contains(w.lower(k))) {
        int head = personAfter(w, k, i -> lexicon.peopleNouns().contains(w.rawStem(i))
            || lexicon.peopleNouns().contains(w.stem(i)));
        for (int j = k + 1; j < head; j++) {
          out[j] = true;
        }
      }
    }
    return out;
  }

  /**
   * The noun for people that word {@code k} ("a", "an", "one", "the") counts, with at most
   * {@value #ONE_MODIFIERS} lower-case words between ("a 40-year-old construction worker"), or
   * -1: the first word after {@code k} that {@code person} accepts.
   */
  private static int personAfter(ClaimWords w, int k, java.util.function.IntPredicate person) {
    for (int i = k + 1; i < w.size() && i <= k + ONE_MODIFIERS + 1; i++) {
      if (w.isCapitalised(i) || !w.between(w.end(i - 1), w.start(i)).matches("[ -]*")
          || !w.isContent(i) && !w.isNumber(i)) {
        return -1;
      }
      if (person.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The words of who tells a claim: each word before a reporting word or a verb of pack facet
   * {@code fate-teller} in its clause (to a comma or semicolon), with no fate between ("Activist
   * sources said that ...", "..., the local official said.").
   */
  private boolean[] tellers(ClaimWords w) {
    boolean[] out = new boolean[w.size()];
    boolean open = false;
    for (int i = w.size() - 1; i >= 0; i--) {
      if (telling(w, i)) {
        open = true;
      } else if (!fatesOf(w, i).isEmpty()) {
        open = false;
      } else {
        out[i] = open;
      }
      if (i > 0 && w.between(w.end(i - 1), w.start(i)).matches(".*[,;:].*")) {
        open = false;
      }
    }
    return out;
  }

  /** Whether word {@code i} is a reporting word or a verb of telling of a fate's teller. */
  private boolean telling(ClaimWords w, int i) {
    return lexicon.reporting().contains(w.stem(i))
        || lexicon.fateWords().fateTellers().contains(w.lower(i));
  }

  /** Whether the chars {@code start..end} lie within an amount of the claim. */
  private static boolean inAmount(ClaimView c, int start, int end) {
    return c.amounts().stream().anyMatch(a -> Spans.within(start, end, a.evidence()));
  }

  /**
   * A denied fate: the claim, its fates, the words of the denial, its clause's words, the first
   * word of its clause, and whether words of an earlier clause or of who tells it stand before
   * it (then the claim may name no time or number the other claim lacks).
   */
  private record Denial(ClaimView claim, Set<String> fates, TextSpan evidence, int first,
      int last, int from, boolean context) {}

  /**
   * The first word of the clause of word {@code k}: after the last semicolon before it, or the
   * last comma followed by a word of pack facet {@code fate-clause-opener} ("..., and no one was
   * injured"), or 0. An earlier clause is another statement: its words and negations are not
   * the denial's.
   */
  private int clauseStart(ClaimWords w, int k) {
    for (int j = k; j > 0; j--) {
      String gap = w.between(w.end(j - 1), w.start(j));
      if (gap.contains(";") || gap.contains(",")
          && lexicon.fateWords().clauseOpeners().contains(w.lower(j))) {
        return j;
      }
    }
    return 0;
  }

  /** The fates of word {@code i}, or an empty set. */
  private Set<String> fatesOf(ClaimWords w, int i) {
    Set<String> f = fates.get(w.stem(i));
    return f == null ? fates.getOrDefault(w.rawStem(i), Set.of()) : f;
  }

  /**
   * The fates word {@code i} names in a denial: its own, or those of a noun of several fates
   * (pack facet {@code fate-casualty}: "no casualties" denies deaths and injuries). Only a
   * denial reads the latter: a count of casualties may be of the injured alone.
   */
  private Set<String> deniedFates(ClaimWords w, int i) {
    Set<String> f = fatesOf(w, i);
    return f.isEmpty() ? lexicon.fateWords().casualties().getOrDefault(w.lower(i), Set.of()) : f;
  }

  /** The denied fate of a claim, or null. */
  private Denial denial(ClaimView c) {
    ClaimWords w = c.words();
    if (c.hedged() || c.webAddress()) {
      return null;
    }
    PolarityFacet neg = null;
    int k = -1;
    int next = -1;
    for (PolarityFacet p : w.negations()) {
      int at = w.firstWordFrom(p.span().start());
      int end = at >= w.size() ? -1
          : lexicon.fateWords().fateDenials().contains(w.lower(at)) ? at + 1
          : at + 1 < w.size() && lexicon.fateWords().fateDenials()
              .contains(w.lower(at) + " " + w.lower(at + 1)) ? at + 2 : -1;
      if (end > 0) {
        if (neg != null) {
          return null;
        }
        neg = p;
        k = at;
        next = end;
      }
    }
    if (neg == null) {
      return null;
    }
    int from = clauseStart(w, k);
    for (PolarityFacet p : w.negations()) {
      if (p != neg && w.firstWordFrom(p.span().start()) >= from) {
        return null; // a second negation in the denial's clause or after it
      }
    }
    int teller = from - 1; // the words up to the last verb of telling tell who denies
    for (int i = from; i < k; i++) {
      if (telling(w, i)) {
        teller = i;
      }
    }
    for (int i = teller + 1; i < k; i++) {
      if (!(i == 0 || w.isCapitalised(i))
          && !lexicon.fateWords().fateOpeners().contains(w.lower(i))) {
        return null; // "an accident in which nobody was hurt": another event's fate
      }
    }
    boolean context = from > 0;
    for (int i = from; i < teller; i++) {
      if (!fatesOf(w, i).isEmpty() || w.isNumber(i)) {
        return null; // "residents of the village where a flood killed nine said": another toll
      }
      context |= w.isContent(i) && !(i == 0 || w.isCapitalised(i)) && !telling(w, i);
    }
    for (int i = 0; i < k; i++) {
      if (lexicon.fateWords().otherEvents().contains(w.lower(i))) {
        return null; // "a similar fire destroyed the mill, and no one was hurt"
      }
    }
    Set<String> named = new TreeSet<>();
    int lastFate = -1;
    for (int i = k; i < next; i++) {
      if (!deniedFates(w, i).isEmpty()) {
        named.addAll(deniedFates(w, i));
        lastFate = i;
      }
    }
    int i = next;
    for (; i < w.size() && Spans.within(w.start(i), w.end(i), neg.scope()); i++) {
      if (!deniedFates(w, i).isEmpty()) {
        named.addAll(deniedFates(w, i));
        lastFate = i;
      } else if (w.isContent(i) && !lexicon.fateWords().fateReports().contains(w.lower(i))) {
        break;
      }
    }
    if (named.isEmpty()) {
      return null;
    }
    return new Denial(c, named, w.span(w.start(k), w.end(lastFate)), k, i, from, context);
  }

  /** The finding of a denial against a count of the same fate in claim {@code s}, or null. */
  private Finding against(Denial den, ClaimView s) {
    ClaimWords ws = s.words();
    if (s.hedged() || s.webAddress() || !ws.negations().isEmpty()
        || den.context() && den.claim().timesBeyond(s, den.evidence())) {
      return null; // "In 2015 a fire gutted the mill, and no one was hurt": another event
    }
    ClaimWords wd = den.claim().words();
    for (Amount a : s.amounts()) {
      if (!a.measure().equals("count") || a.low() < 1 || a.increment() || a.derived()) {
        continue;
      }
      int from = ws.firstWordFrom(a.evidence().start());
      int to = ws.lastWordBefore(a.evidence().end());
      int fate = -1;
      int start = from;
      if (from > 0 && !fatesOf(ws, from - 1).isEmpty()) {
        // "killing two people": the fate right before the count is its own
        fate = fatesOf(ws, from - 1).stream().anyMatch(den.fates()::contains) ? from - 1 : -1;
        start = from - 1;
      } else if (to > from && !fatesOf(ws, to).isEmpty()) {
        // "and nine killed": a fate that stands for the people counted is the count's own
        fate = fatesOf(ws, to).stream().anyMatch(den.fates()::contains) ? to : -1;
      } else {
        for (int i = Math.max(1, to + 1); i < ws.size() && i <= to + FATE_AFTER; i++) {
          if (ws.between(ws.end(i - 1), ws.start(i)).matches(".*[,;:].*") || ws.isNumber(i)) {
            break;
          }
          if (!fatesOf(ws, i).isEmpty()) {
            fate = fatesOf(ws, i).stream().anyMatch(den.fates()::contains) ? i : -1;
            break;
          }
        }
      }
      if (fate < 0 || !bounded(ws, start, Math.max(fate, to), wd, den)) {
        continue;
      }
      TextSpan ev = ws.span(ws.start(start), ws.end(Math.max(fate, to)));
      return new Finding(Kind.POLARITY, den.claim().claim(), s.claim(), den.evidence(), ev,
          "denied", "asserted", "", List.of(), CONFIDENCE);
    }
    int[] one = onePerson(ws, den);
    if (one != null && bounded(ws, one[0], one[1], wd, den)
        && !s.timesBeyond(den.claim(), ws.span(ws.start(one[0]), ws.end(one[1])))) {
      return new Finding(Kind.POLARITY, den.claim().claim(), s.claim(), den.evidence(),
          ws.span(ws.start(one[0]), ws.end(one[1])), "denied", "asserted", "", List.of(),
          CONFIDENCE);
    }
    return null;
  }

  /**
   * One person who met a fate of the denial: a pronoun of pack facet {@code fate-one-pronoun}
   * that opens its clause ("He was slightly injured"), with the fate after it as below, or a word
   * of pack facet {@code fate-one} ("a", "an", "one", "the") before a noun for people, with at most {@value #ONE_MODIFIERS} lower-case words
   * between ("a 40-year-old construction worker"), and the fate right before the article ("the
   * blast killed a worker") or within {@value #FATE_AFTER} words after the noun with no comma,
   * number or reporting word between ("A worker was killed"); the first and last words of that
   * stretch, or null. The noun ends its phrase: a content word after it is a fate ("a farmer
   * died") or a verb of pack facet {@code fate-verb} ("a firefighter suffered minor injuries"),
   * or none stands there ("a worker union" is no person). A noun for people is one of pack facet {@code people-noun} or, for the
   * fates of the doer-ending cues, a lower-case noun with a doer ending ("a farmer died").
   */
  private int[] onePerson(ClaimWords ws, Denial den) {
    for (int k = 0; k < ws.size(); k++) {
      boolean pronoun = lexicon.fateWords().onePronouns().contains(ws.lower(k))
          && (k == 0 || !ws.gapIsSpace(ws.end(k - 1), ws.start(k))
              || lexicon.reporting().contains(ws.stem(k - 1)));
      if (!pronoun && !lexicon.fateWords().oneArticles().contains(ws.lower(k))) {
        continue;
      }
      if (!pronoun && k > 0 && k + 1 < ws.size() && lightVerbs.contains(ws.lower(k - 1))
          && fatesOf(ws, k + 1).stream().anyMatch(den.fates()::contains)
          && ws.gapIsSpace(ws.end(k), ws.start(k + 1))) {
        return new int[] {k, k + 1}; // "Police have made an arrest": one person arrested
      }
      int head = pronoun ? k : personAfter(ws, k, i -> person(ws, i, den.fates()));
      if (head < 0 || !pronoun && head + 1 < ws.size() && ws.isContent(head + 1)
          && fatesOf(ws, head + 1).isEmpty()
          && !lexicon.fateWords().fateVerbs().contains(ws.lower(head + 1))
          && ws.gapIsSpace(ws.end(head), ws.start(head + 1))) {
        continue; // "a worker union": the noun for people is no head ("a worker died" is)
      }
      if (!pronoun && k > 0 && fatesOf(ws, k - 1).stream().anyMatch(den.fates()::contains)) {
        return new int[] {k - 1, head};
      }
      for (int i = head + 1; i < ws.size() && i <= head + FATE_AFTER; i++) {
        if (ws.between(ws.end(i - 1), ws.start(i)).matches(".*[,;:].*") || ws.isNumber(i)
            || lexicon.reporting().contains(ws.stem(i))) {
          break;
        }
        if (!fatesOf(ws, i).isEmpty()) {
          if (fatesOf(ws, i).stream().anyMatch(den.fates()::contains)) {
            return new int[] {k, i};
          }
          break;
        }
      }
    }
    return null;
  }

  /**
   * Whether word {@code i} is a lower-case noun for people: of pack facet {@code people-noun},
   * or, when {@code fates} hold one of the doer-ending cues' fates, with a doer ending.
   */
  private boolean person(ClaimWords w, int i, Set<String> fates) {
    if (!w.text(i).equals(w.lower(i))) {
      return false;
    }
    if (lexicon.peopleNouns().contains(w.rawStem(i)) || lexicon.peopleNouns().contains(w.stem(i))) {
      return true;
    }
    if (java.util.Collections.disjoint(fates, lexicon.phrases().doerFates())) {
      return false;
    }
    String word = w.lower(i);
    return lexicon.phrases().doerEndings().stream()
        .anyMatch(e -> word.length() > e.length() + 2 && word.endsWith(e));
  }

  /**
   * Whether neither claim says more of where, when or whom than the other: the content words of
   * the count's clause (from its reporting verb, the clause's start or a conjunction of pack
   * facet {@code fate-conjunction} right after another fate, to its end) and of the denial's
   * clause other than names, fates, numbers, reporting words and the count's own words are words
   * of the other claim. A count joined to another fate ("nine soldiers were killed and 14
   * wounded") keeps its own verb: the first fate's words are not said of it.
   */
  private boolean bounded(ClaimWords ws, int from, int fate, ClaimWords wd, Denial den) {
    // the count's clause: back to a reporting verb, a comma, a second fate's "and" or the start;
    // on to a comma or the end
    int i = from - 1;
    while (i >= 0 && !telling(ws, i)
        && !ws.between(ws.end(i), ws.start(i + 1)).matches(".*[,;:].*")
        && !(i > 0 && lexicon.fateWords().fateConjunctions().contains(ws.lower(i))
            && !fatesOf(ws, i - 1).isEmpty())) {
      if (!extra(ws, i, wd)) {
        i--;
        continue;
      }
      return false;
    }
    for (int j = fate + 1; j < ws.size()
        && !ws.between(ws.end(j - 1), ws.start(j)).matches(".*[,;:].*"); j++) {
      if (extra(ws, j, wd)) {
        return false;
      }
    }
    for (int j = den.last(); j < wd.size()
        && !wd.between(wd.end(j - 1), wd.start(j)).matches(".*[,;:].*"); j++) {
      if (extra(wd, j, ws)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether word {@code i} of {@code w} says something the {@code other} claim does not. The
   * event of a fate, named on one side only with a preposition and "the" ("no one was hurt in
   * the blast"), is the story's one event: the other claim, naming no event, tells of it too.
   */
  private boolean extra(ClaimWords w, int i, ClaimWords other) {
    if (!w.isContent(i) || w.isCapitalised(i) || w.isNumber(i) || !fatesOf(w, i).isEmpty()
        || telling(w, i)
        || lexicon.fateWords().fateReports().contains(w.lower(i))
        || lexicon.fateWords().fateVerbs().contains(w.lower(i))
        || theEvent(w, i) && !namesEvent(other)) {
      return false;
    }
    for (int j = 0; j < other.size(); j++) {
      if (other.stem(j).equals(w.stem(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code i} is an event of a fate after a preposition and "the" ("in the blast"). */
  private boolean theEvent(ClaimWords w, int i) {
    FateWords f = lexicon.fateWords();
    return i >= 2 && f.fateEvents().contains(w.lower(i)) && w.lower(i - 1).equals("the")
        && f.fateEventPrepositions().contains(w.lower(i - 2))
        && w.gapIsSpace(w.end(i - 2), w.start(i - 1)) && w.gapIsSpace(w.end(i - 1), w.start(i));
  }

  /**
   * Whether a claim names an event of a fate ("attack", "blast") anywhere but in who tells it
   * ("the local fire chief said").
   */
  private boolean namesEvent(ClaimWords w) {
    boolean[] teller = tellers(w);
    for (int j = 0; j < w.size(); j++) {
      if (!teller[j] && lexicon.fateWords().fateEvents().contains(w.lower(j))) {
        return true;
      }
    }
    return false;
  }
}
