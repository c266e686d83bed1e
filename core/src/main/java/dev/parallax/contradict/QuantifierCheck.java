package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
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
 * <p><b>Mentions.</b> The mentions of each claim ({@link Quantifier}) are read once per claim by
 * {@link QuantifierReader}: a phrase of one of the scales of the pack with the words it
 * quantifies, its frame, the places it is counted in and what befell what it quantifies.
 *
 * <p><b>Same thing.</b> Two mentions of one scale are compared when their claims are related and
 * <ul>
 *   <li>their quantified words agree: they share a stem, and each one's words are among the
 *       other's words or frame ("many young protesters" and "few protesters" do not agree); or
 *       they name one group of people by the same fates ("most of the victims" and "a few of
 *       those killed", {@link Quantifier#sameGroup}); or one leaves out the noun the other
 *       names with the same participle ("a few of those expelled" and "most of the expelled
 *       students", {@link Quantifier#sameElidedGroup});
 *   <li>the same befalls what they quantify: the content words after the quantified words (or
 *       the verb before the quantifier) of each are among the other's words ("were sheltering"
 *       and "were killed" differ, as do "gives interviews" and "gives speeches"), or their
 *       predicates say the same in other words ({@link Predicate#sameAs}: "had not been wearing
 *       seat belts" and "had not buckled their seat belts"); never a negated predicate and one
 *       that is not;
 *   <li>their frames (the content words around them, up to the next number or quantifier) share
 *       a near word or two words beyond the quantified words and their common verb, or, for
 *       "no one" and "everyone", a group named two ways or three agreeing quantified words, one
 *       word or three words of their claims; or their claims restate each other but for the
 *       quantifier, with one verb ({@link #restated}: "Most of the passengers were Greek" against
 *       "Only a few of the passengers were Greek");
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
 * <p><b>Vague counts and numbers</b>, and a part of a stated whole against "all" of it, are
 * set against each other by {@link QuantifierCounts}.
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
  /** How many content words claims share for a strong agreement of quantified words. */
  static final int STRONG_SHARED = 3;
  /** The most words one side may tell of an act beyond all the other's words of it. */
  static final int MORE_OF_ACT = 1;

  /** The least alignment score of two claims whose counts share only their noun and verb. */
  static final double RESTATED_SCORE = 0.5;

  /** Vague counts, parts and "all" against numbers. */
  private final QuantifierCounts counts;
  /** The modal verbs, lower case: no word a restated claim says more ("would be contacted"). */
  private final Set<String> modals;
  /** Determiners that name a known group after "of" ("a few of the injured"), lower case. */
  private final Set<String> groupDeterminers;

  /**
   * A check.
   *
   * @param groupDeterminers determiners that, after "of", name a group the story knows (pack
   *     facets {@code definite-determiner} and {@code possessive-determiner}: "of the", "of its"),
   *     lower case
   */
  QuantifierCheck(Lexicon lexicon, Set<String> groupDeterminers) {
    this.counts = new QuantifierCounts(new CountedNumbers(lexicon));
    this.modals = lexicon.amountWords().modals();
    this.groupDeterminers = Set.copyOf(groupDeterminers);
  }

  /** A quantifier with its claim. */
  record Mention(ClaimView view, Quantifier q) {
    TextSpan evidence() {
      return q.evidence();
    }

    String phrase() {
      return q.phrase();
    }

    QuantifierScale scale() {
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

    /** The whole the words take a share of, or NaN ({@link Quantifier#whole}). */
    double whole() {
      return q.whole();
    }
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Finding> found = new ArrayList<>();
    List<Mention> left = mentions(pair.left());
    List<Mention> right = mentions(pair.right());
    quantifiers(pair, left, right, found);
    counts.inspect(pair, left, right, found);
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
      Match ab = best(pair, a, right, true, modals);
      if (ab == null) {
        continue;
      }
      Match ba = best(pair, ab.mention(), left, false, modals);
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
        case "quantifier-vote" -> "votes";
        default -> "amounts";
      };
      // of one stated whole ("of the eight"), or of one group named with no number
      boolean shares = !Double.isNaN(a.whole()) && a.whole() == b.whole()
          && !a.scale().excludesByRank(b.scale());
      boolean groups = !shares && !a.scale().excludes(b.scale()) && Double.isNaN(a.whole())
          && group(a) != null;
      out.add(new Finding(Kind.QUANTIFIER, a.view().claim(), b.view().claim(), a.evidence(),
          b.evidence(), shares ? share(a) : groups ? share(a, group(a)) : a.scale().name(),
          shares ? share(b) : groups ? share(b, group(b)) : b.scale().name(), aspect, List.of(),
          conf));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Mentions of an article, and what two must share to be compared
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
   * Whether two mentions or counts say that the same befell what they count: one's acts are all
   * among the other's counted words, frame or acts, and the other's too, or but for at most {@value
   * #MORE_OF_ACT} when the two share an act word ("would be contacted by letter" and "will be
   * contacted"; "were sheltering" and "were killed" are not), or neither has any.
   */
  static boolean sameAct(Set<String> acts, Set<String> context, Set<String> otherActs,
      Set<String> otherContext) {
    if (acts.isEmpty() || otherActs.isEmpty()) {
      return acts.isEmpty() && otherActs.isEmpty();
    }
    // one may tell a little more of the same act ("would be contacted by letter", "will be
    // contacted"), no other act
    boolean inOther = union(otherContext, otherActs).containsAll(acts);
    boolean otherIn = union(context, acts).containsAll(otherActs);
    if (inOther && otherIn) {
      return true;
    }
    boolean oneAct = acts.stream().anyMatch(otherActs::contains);
    return oneAct && (inOther && beyond(otherActs, union(context, acts)) <= MORE_OF_ACT
        || otherIn && beyond(acts, union(otherContext, otherActs)) <= MORE_OF_ACT);
  }

  /** How many of {@code acts} are not among {@code words}. */
  private static int beyond(Set<String> acts, Set<String> words) {
    int n = 0;
    for (String a : acts) {
      n += words.contains(a) ? 0 : 1;
    }
    return n;
  }

  /**
   * Whether two mentions or counts say the same of what they count: their acts agree ({@link
   * #sameAct}), or their predicates say the same in other words ({@link Predicate#sameAs}); and
   * when one predicate is negated and the other not, only when they are opposite predicates ("did
   * not reopen" and "stayed closed"; "most riders wore helmets" and "a few riders did not wear
   * helmets" agree), and never when both or neither are and they are opposite predicates ("most members
   * backed the plan" and "a few members opposed the plan" agree).
   */
  static boolean sameDoing(Set<String> acts, Set<String> context, Predicate predicate,
      Set<String> otherActs, Set<String> otherContext, Predicate otherPredicate,
      Set<String> heads) {
    if (predicate.negated() != otherPredicate.negated()) {
      return predicate.sameAs(otherPredicate, heads); // "did not reopen", "stayed closed"
    }
    return !predicate.opposes(otherPredicate)
        && (sameAct(acts, context, otherActs, otherContext)
            || predicate.sameAs(otherPredicate, heads));
  }

  /** Whether each side's places are named in the other side's claim. */
  static boolean samePlaces(Set<String> a, ClaimView ca, Set<String> b, ClaimView cb) {
    return cb.stems().containsAll(a) && ca.stems().containsAll(b);
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
  private Match best(ArticlePair pair, Mention m, List<Mention> others, boolean mIsLeft,
      Set<String> modals) {
    List<BestMatch.Candidate<Match>> found = new ArrayList<>();
    for (Mention o : others) {
      if (!o.scale().scale().equals(m.scale().scale())) {
        continue;
      }
      ArticlePair.Related rel = (mIsLeft ? pair.relation(m.view(), o.view())
          : pair.relation(o.view(), m.view())).orElse(null);
      if (rel == null || !agree(m.head(), m.frame(), o.head(), o.frame())
          && !m.q().sameGroup(o.q()) && !m.q().sameElidedGroup(o.q())) {
        continue;
      }
      Set<String> heads = union(m.head(), o.head());
      boolean amount = m.scale().scale().equals(QuantifierReader.AMOUNT);
      Set<String> leave = amount && m.verb().equals(o.verb()) ? union(heads, Set.of(m.verb()))
          : heads;
      int frame = shared(m.frame(), o.frame(), leave);
      int core = shared(m.core(), o.core(), leave);
      // a group named by what befell it counts people as "no one was hurt" does
      boolean person = m.scale().person() || o.scale().person() || m.q().sameGroup(o.q());
      if ((related(frame, core, heads.size(), person, rel) || restated(m, o, rel, modals))
          && samePlaces(m.places(), m.view(), o.places(), o.view())
          && (m.scale().afterCopula() || o.scale().afterCopula()
              || sameDoing(m.acts(), union(m.head(), m.frame()), m.q().predicate(), o.acts(),
                  union(o.head(), o.frame()), o.q().predicate(), heads))) {
        found.add(new BestMatch.Candidate<>(new Match(o, frame, rel.score()),
            frame + core + BestMatch.claimRank(rel)));
      }
    }
    return BestMatch.of(found, x -> !clash(m, x.mention())).map(BestMatch::chosen)
        .orElse(null);
  }

  /**
   * Whether two mentions whose frames share {@code frame} words, {@code core} of them near the
   * mentions, and whose agreeing quantified words are {@code heads} words in all, in claims
   * related by {@code rel}, speak of one thing: they share a near word or two words of their
   * frames; or they agree on three quantified words ("attacks on aid convoys"), or on people and
   * what befell them ("no one was killed" and "12 people were killed"), and share a frame word or
   * their claims {@value #STRONG_SHARED} words.
   */
  static boolean related(int frame, int core, int heads, boolean person,
      ArticlePair.Related rel) {
    boolean strong = heads >= 3 || person && heads >= 2;
    return core >= 1 || frame >= 2
        || strong && (frame >= 1 || rel.sharedCount() >= STRONG_SHARED);
  }

  /**
   * Whether two mentions of the same words with the same verb (or, with no verb read, the same
   * words after them: "are under 40") stand in claims that restate each other but for the
   * quantifier: aligned with a score of at least {@value #RESTATED_SCORE}, and the two claims
   * together say at most {@value #MORE_OF_ACT} content word the other does not ("would be
   * contacted by letter" and "will be contacted", as {@link #sameAct} allows), and no time or
   * number. A short claim has no frame beyond its group and its predicate ("Most of the
   * passengers were Greek" against "Only a few of the passengers were Greek"), and nothing else
   * sets the two apart.
   */
  static boolean restated(Mention a, Mention b, ArticlePair.Related rel, Set<String> modals) {
    boolean oneVerb = !a.verb().isEmpty() && a.verb().equals(b.verb())
        || a.verb().isEmpty() && b.verb().isEmpty() && sameRest(a, b);
    return oneVerb && rel.score() >= RESTATED_SCORE
        && saysMore(a, b, modals) + saysMore(b, a, modals) <= MORE_OF_ACT;
  }

  /**
   * Whether two mentions with no verb of their own to read say the same after them ("are under
   * 40"): a predicate is the same when it is written the same.
   */
  private static boolean sameRest(Mention a, Mention b) {
    String ra = rest(a);
    return !ra.isEmpty() && ra.equals(rest(b));
  }

  /**
   * The words of a mention's claim after its evidence up to a comma ("..., police said"), in
   * lower case with single spaces and no closing punctuation.
   */
  private static String rest(Mention m) {
    ClaimWords w = m.view().words();
    String after = w.between(m.evidence().end(), m.view().claim().span().end());
    int comma = after.indexOf(',');
    return (comma < 0 ? after : after.substring(0, comma))
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\p{Pf}\\p{Pe}\"'.!?]+$", "")
        .replaceAll("\\s+", " ").strip();
  }

  /**
   * How many content words the claim of {@code m}, but for its quantifier, says that the claim
   * of {@code other} does not, modal verbs ({@code modals}) left out; more than {@value
   * #MORE_OF_ACT} when it names a time or number the other does not.
   */
  private static int saysMore(Mention m, Mention other, Set<String> modals) {
    ClaimWords w = m.view().words();
    if (m.view().timesBeyond(other.view(), m.evidence())) {
      return MORE_OF_ACT + 1;
    }
    int more = 0;
    for (int i = 0; i < w.size(); i++) {
      if (w.isContent(i) && !Spans.within(w.start(i), w.end(i), m.q().word())
          && !other.view().stems().contains(w.stem(i)) && !modals.contains(w.lower(i))) {
        more++;
      }
    }
    return more;
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

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return s;
  }

  /** How many stems {@code a} and {@code b} share, {@code leave} left out. */
  static int shared(Set<String> a, Set<String> b, Set<String> leave) {
    Set<String> s = new LinkedHashSet<>(a);
    s.retainAll(b);
    s.removeAll(leave);
    return s.size();
  }

  /**
   * Whether the two places on one scale exclude each other, or, as shares of one whole both
   * state, cannot meet ({@link #shares}).
   */
  boolean clash(Mention a, Mention b) {
    if (a.scale().excludes(b.scale())) {
      return true;
    }
    if (!a.scale().scale().equals(QuantifierReader.AMOUNT)
        || !b.scale().scale().equals(QuantifierReader.AMOUNT)) {
      return false;
    }
    double whole = a.whole();
    if (Double.isNaN(whole) && Double.isNaN(b.whole()) && group(a) != null
        && group(b) != null) {
      // "a few of the injured" and "most of the injured": a small share of one group the story
      // knows against more than half of it, as of a stated whole; "most" and "all" of a group
      // with no number, or "one of" it, may still both hold
      return (smallShare(a) && b.scale().rank() >= WHOLE - 1
          || smallShare(b) && a.scale().rank() >= WHOLE - 1)
          && !a.scale().one() && !b.scale().one();
    } else if (Double.isNaN(whole) || whole != b.whole()) {
      return false;
    }
    double[] x = a.scale().shares(whole);
    double[] y = b.scale().shares(whole);
    return x[1] < y[0] || y[1] < x[0];
  }

  /** Whether a mention gives a small share that is there ("a few of", "a handful of"). */
  private static boolean smallShare(Mention m) {
    return m.scale().small() && m.scale().rank() >= 1;
  }

  /**
   * The group, in lower case, that a mention takes a share of when its words name it after "of"
   * and a determiner of {@code groupDeterminers} ("a few of the injured": "the injured"), or null
   * when they do not.
   */
  String group(Mention m) {
    String word = m.q().word().text().toLowerCase(java.util.Locale.ROOT);
    String after = m.evidence().text().substring(m.q().word().end() - m.evidence().start())
        .strip().toLowerCase(java.util.Locale.ROOT);
    if (!word.endsWith(" of")) {
      if (!after.startsWith("of ")) {
        return null;
      }
      after = after.substring(3).strip();
    }
    int space = after.indexOf(' ');
    return space > 0 && groupDeterminers.contains(after.substring(0, space)) ? after : null;
  }

  /** How an explanation names the share of its whole a mention gives ("more than half of 8"). */
  static String share(Mention m) {
    return share(m, NumberWords.plain(m.whole()));
  }

  /** The same, of a whole named by {@code whole} ("at most about half of the injured"). */
  static String share(Mention m, String whole) {
    QuantifierScale s = m.scale();
    if (s.rank() == 0) {
      return "none of " + whole;
    } else if (s.one()) {
      return "one of " + whole;
    } else if (s.small()) {
      return "at most about half of " + whole;
    } else if (s.half()) {
      return "about half of " + whole;
    } else if (s.large()) {
      return "more than two thirds of " + whole + ", not all";
    } else if (s.rank() == WHOLE - 1) {
      return "more than half of " + whole + ", not all";
    } else if (s.rank() == WHOLE) {
      return "all " + whole;
    }
    return s.name() + " of " + whole;
  }

  /**
   * Whether {@code others} say something that agrees with {@code m} of the same thing (in a like
   * frame) or in the same words ("dozens of children" in both): then the two articles may speak
   * of two sets, or one of them only says more.
   */
  private boolean statedElsewhere(Mention m, List<Mention> others) {
    for (Mention o : others) {
      if (o.scale().scale().equals(m.scale().scale())
          && (agree(m.head(), m.frame(), o.head(), o.frame()) || m.q().sameGroup(o.q())
              || m.q().sameElidedGroup(o.q()))
          && !clash(m, o)
          && (likeFrames(m.head(), m.frame(), m.core(), o.head(), o.frame(), o.core())
              || o.phrase().equals(m.phrase()) && o.head().equals(m.head()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two frames share a word beyond the quantified words. */
  static boolean likeFrames(Set<String> head, Set<String> frame, Set<String> core,
      Set<String> otherHead, Set<String> otherFrame, Set<String> otherCore) {
    Set<String> heads = union(head, otherHead);
    return shared(frame, otherFrame, heads) + shared(core, otherCore, heads) >= 1;
  }
}
