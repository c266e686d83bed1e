package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NUMERIC, the tally of one vote: a vote ends with one count for and one against, whatever words
 * tell it ("approved the budget 31-18", "by 118 votes to 93", "by a vote of 19 to 5"), so two
 * reports of one vote that give two tallies disagree ("31-18" against "33-18"). A tally is two
 * numbers joined by a dash or by "to" after a word of voting (pack facet {@code tally-word}:
 * "voted", "approved", "by a vote of") or before one ("a 31-18 vote"), or "N votes to M", or "N
 * in favour and M against" (pack facets {@code tally-for}, {@code tally-against}); the counts
 * may be written in words ("voted eight to one");
 * the order of its counts does not matter ("rejected 18-31" is "31-18"). A vote told as unanimous
 * (pack facet {@code tally-unanimous}: "voted unanimously", "a unanimous vote") had no vote
 * against, so it disagrees with a tally of one vote against or more ("by a 7-2 vote").
 *
 * <p>Two tallies are one vote's when their claims are related (aligned, or sharing much of their
 * wording) or each article tells a single vote, and neither claim names a voting body the other
 * does not (pack facet {@code voting-body}: "the Senate" against "the House", "the committee"
 * against "the full committee"); in a claim of several tallies each is the vote of the body named
 * last before it ("the Senate approved it 31-18, and the House 72-54"), and a claim of several
 * tallies that are not told apart so is left alone. Confidence {@value #ALIGNED} for aligned claims,
 * {@value #SINGLE} otherwise; 0.15 less for a hedged claim. Immutable and
 * thread-safe.
 */
final class TallyCheck implements Check {
  /** The aspect of a finding: what differs. */
  static final String TALLY = "vote tally";
  /** The confidence of two tallies in aligned claims. */
  static final double ALIGNED = 0.7;
  /** The confidence of two tallies in claims that are not aligned. */
  static final double SINGLE = 0.6;
  /** The most words between a word of voting and the tally after it. */
  static final int REACH = 6;
  /** The largest count of a tally: larger numbers are sums, years or other amounts. */
  static final int MAX_COUNT = 999;

  private final Set<String> tallyWords;
  private final Set<String> bodies;
  private final Set<String> forWords;
  private final Set<String> againstWords;
  private final Set<String> unanimous;
  private final Set<String> near;

  /**
   * @param tallyWords words of voting near which two joined numbers are a tally (pack facet {@code
   *     tally-word}), lower case
   * @param bodies the words that name a body that votes (pack facet {@code voting-body}), lower
   *     case
   * @param forWords the phrases after the count of votes for (pack facet {@code tally-for}: "in
   *     favour"), lower case
   * @param againstWords the words after the count of votes against (pack facet {@code
   *     tally-against}), lower case
   * @param unanimous words that tell a vote without a vote against (pack facet {@code
   *     tally-unanimous}: "unanimously"), lower case
   * @param near words before one of {@code unanimous} that leave a few votes against (pack facet
   *     {@code tally-near-unanimous}: "almost"), lower case
   */
  TallyCheck(Set<String> tallyWords, Set<String> bodies, Set<String> forWords,
      Set<String> againstWords, Set<String> unanimous, Set<String> near) {
    this.tallyWords = Set.copyOf(tallyWords);
    this.bodies = Set.copyOf(bodies);
    this.forWords = Set.copyOf(forWords);
    this.againstWords = Set.copyOf(againstWords);
    this.unanimous = Set.copyOf(unanimous);
    this.near = Set.copyOf(near);
  }

  /**
   * A tally of one claim: its two counts, larger first, the words that give them and the stem of
   * the voting body named last before it in the claim, or "".
   */
  record Tally(ClaimView view, int high, int low, int from, int to, String body) {
    /** A vote without a vote against, its count for untold ("voted unanimously"). */
    static final int UNANIMOUS = -1;

    String shown() {
      return high == UNANIMOUS ? "unanimous, none against" : high + " to " + low;
    }

    /** Whether the two may be one tally: the same counts, or none against in both. */
    boolean sameCounts(Tally o) {
      return high == o.high && low == o.low
          || (high == UNANIMOUS || o.high == UNANIMOUS) && low == 0 && o.low == 0;
    }
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Tally> left = tallies(pair.left());
    List<Tally> right = tallies(pair.right());
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    boolean single = left.size() == 1 && right.size() == 1;
    for (Tally a : left) {
      for (Tally b : right) {
        if (a.sameCounts(b) || a.view() == b.view()) {
          continue;
        }
        var rel = pair.relation(a.view(), b.view());
        boolean aligned = rel.isPresent() && rel.get().score() >= PolarityCheck.MIN_SCORE;
        boolean related = rel.isPresent() && (aligned || rel.get().overlap() >= 0.5);
        if (!related && !(single && sharesTopic(a.view(), b.view()))) {
          continue;
        }
        if (!sameBodies(a, b)) {
          continue; // "the Senate approved it 31-18" and "the House passed it 72-54"
        }
        double conf = aligned ? ALIGNED : SINGLE;
        if (a.view().hedged() || b.view().hedged()) {
          conf -= 0.15;
        }
        out.add(new Finding(Kind.NUMERIC, a.view().claim(), b.view().claim(),
            a.view().words().span(a.from(), a.to()), b.view().words().span(b.from(), b.to()),
            a.shown(), b.shown(), TALLY, List.of("A vote ends with one tally."), conf));
      }
    }
  }

  /** The tallies of an article's claims. */
  private List<Tally> tallies(ArticlePair.Side side) {
    return side.memo(this, "tallies", s -> {
      List<Tally> all = new ArrayList<>();
      for (ClaimView v : s.claims()) {
        all.addAll(read(v));
      }
      return List.copyOf(all);
    });
  }

  /**
   * The tallies one claim states; none when it states several and one of them has no voting body
   * of its own to tell it apart ("approved it 31-18, and the House passed it 72-54").
   */
  List<Tally> read(ClaimView v) {
    List<Tally> all = readAll(v);
    if (all.size() > 1) {
      for (int i = 0; i < all.size(); i++) {
        Tally t = all.get(i);
        Tally before = i == 0 ? null : all.get(i - 1);
        if (t.body().isEmpty() || before != null && before.body().equals(t.body())) {
          return List.of();
        }
      }
    }
    return all;
  }

  private List<Tally> readAll(ClaimView v) {
    ClaimWords w = v.words();
    List<Tally> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      if (unanimous(v, i)) {
        out.add(new Tally(v, Tally.UNANIMOUS, 0, w.start(i), w.end(i), body(w, i)));
        continue;
      }
      int x = i + 1 < w.size() ? count(w, i) : -1;
      if (x < 0) {
        continue;
      }
      // "31-18": two numbers joined by a dash, not a part of a longer run ("9-1-1")
      if (dash(w, i) && count(w, i + 1) >= 0 && !(i > 0 && dash(w, i - 1))
          && !(i + 2 < w.size() && dash(w, i + 1))
          && (votedBefore(w, i) || i + 2 < w.size() && tallyWords.contains(w.lower(i + 2)))) {
        out.add(tally(v, x, count(w, i + 1), i, i + 1));
        i++;
        continue;
      }
      // "by 118 votes to 93"
      if (i + 3 < w.size() && tallyWords.contains(w.lower(i + 1)) && w.lower(i + 2).equals("to")
          && count(w, i + 3) >= 0) {
        out.add(tally(v, x, count(w, i + 3), i, i + 3));
        i += 3;
        continue;
      }
      // "with six directors in favour and one against"
      int[] against = inFavourAgainst(w, i);
      if (against != null) {
        out.add(tally(v, x, count(w, against[0]), i, against[1]));
        i = against[1];
        continue;
      }
      // "by a vote of 19 to 5": after a word of voting, not "from 19 to 25"
      if (i + 2 < w.size() && w.lower(i + 1).equals("to") && count(w, i + 2) >= 0
          && votedBefore(w, i) && !(i > 0 && w.lower(i - 1).equals("from"))) {
        out.add(tally(v, x, count(w, i + 2), i, i + 2));
        i += 2;
      }
    }
    return out;
  }

  /**
   * The words of the second count and of "against" of a tally told as "N [noun] in favour and M
   * [noun] against" (pack facets {@code tally-for}, {@code tally-against}) that starts with the
   * count at word i, or null.
   */
  private int[] inFavourAgainst(ClaimWords w, int i) {
    int k = i + 1;
    while (k < w.size() && k <= i + 2 && w.isContent(k) && !forWord(w, k)) {
      k++; // "six directors"
    }
    if (k >= w.size() || !forWord(w, k)) {
      return null;
    }
    k = forEnd(w, k);
    if (k >= w.size() || !w.lower(k).equals("and") || k + 1 >= w.size()
        || count(w, k + 1) < 0) {
      return null;
    }
    int j = k + 1;
    for (int m = j + 1; m < w.size() && m <= j + 2; m++) {
      if (againstWords.contains(w.lower(m))) {
        return new int[] {j, m}; // the evidence runs to "against": "six in favour and one against"
      }
    }
    return null;
  }

  /** Whether a word of {@code tally-for} starts at word k ("in favour", "for"). */
  private boolean forWord(ClaimWords w, int k) {
    return forEnd(w, k) > k;
  }

  /** One past the last word of the {@code tally-for} phrase at word k, or k when none. */
  private int forEnd(ClaimWords w, int k) {
    for (String f : forWords) {
      String[] parts = f.split(" ");
      boolean all = k + parts.length <= w.size();
      for (int p = 0; all && p < parts.length; p++) {
        all = w.lower(k + p).equals(parts[p]);
      }
      if (all) {
        return k + parts.length;
      }
    }
    return k;
  }

  private Tally tally(ClaimView v, int x, int y, int from, int to) {
    ClaimWords w = v.words();
    return new Tally(v, Math.max(x, y), Math.min(x, y), w.start(from), w.end(to),
        body(w, from));
  }

  /** The stem of the voting body named last before word {@code from}, or "". */
  private String body(ClaimWords w, int from) {
    for (int k = from - 1; k >= 0; k--) {
      if (bodies.contains(w.lower(k))) {
        return w.stem(k);
      }
    }
    return "";
  }

  /**
   * Whether word i tells a vote without a vote against (pack facet {@code tally-unanimous}),
   * not negated ("was not unanimous") nor near ("almost unanimously"): next to a word of voting ("voted unanimously",
   * "unanimously approved", "a unanimous vote") or two words from one ("approved the budget
   * unanimously"); "a unanimous decision" of judges and "unanimous praise" are no votes.
   */
  private boolean unanimous(ClaimView v, int i) {
    ClaimWords w = v.words();
    if (!unanimous.contains(w.lower(i)) || v.negated(w.span(w.start(i), w.end(i)))
        || i > 0 && near.contains(w.lower(i - 1))) {
      return false;
    }
    for (int k = Math.max(0, i - 3); k < w.size() && k <= i + 1; k++) {
      if (k != i && tallyWords.contains(w.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The count word i gives, in digits or as a number word the claim reads as a whole number on
   * its own ("eight"), or -1.
   */
  private static int count(ClaimWords w, int i) {
    String t = w.text(i);
    if (!t.isEmpty() && t.length() <= 3 && t.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(t);
      return n <= MAX_COUNT ? n : -1;
    }
    if (t.isEmpty() || !Character.isLetter(t.charAt(0))) {
      return -1;
    }
    for (QuantityFacet q : w.claim().facets(QuantityFacet.class)) {
      if (q.span().start() == w.start(i) && q.span().end() == w.end(i) && q.unit().isEmpty()
          && q.dimension().isEmpty() && q.value() == Math.rint(q.value()) && q.value() >= 0
          && q.value() <= MAX_COUNT) {
        return (int) q.value();
      }
    }
    return -1;
  }

  /** Whether words i and i + 1 are joined by a dash alone. */
  private static boolean dash(ClaimWords w, int i) {
    if (i + 1 >= w.size()) {
      return false;
    }
    String gap = w.between(w.end(i), w.start(i + 1));
    return gap.equals("-") || gap.equals("\u2013") || gap.equals("\u2014");
  }

  /** Whether a word of voting stands at most {@value #REACH} words before word i. */
  private boolean votedBefore(ClaimWords w, int i) {
    for (int k = i - 1; k >= 0 && k >= i - REACH; k--) {
      if (tallyWords.contains(w.lower(k))) {
        return true;
      }
      if (count(w, k) >= 0 && !(dash(w, k) && count(w, k + 1) < 0)) {
        return false; // another number between ("the 300-member assembly" is none): the word of
                      // voting is another's
      }
    }
    return false;
  }

  /**
   * Whether two tallies are of one body: the bodies named before them, or else the bodies their
   * claims name, are the same when both name one.
   */
  private boolean sameBodies(Tally a, Tally b) {
    if (!a.body().isEmpty() && !b.body().isEmpty()) {
      return a.body().equals(b.body());
    }
    Set<String> x = a.body().isEmpty() ? bodiesOf(a.view().words()) : Set.of(a.body());
    Set<String> y = b.body().isEmpty() ? bodiesOf(b.view().words()) : Set.of(b.body());
    return x.isEmpty() || y.isEmpty() || x.equals(y);
  }

  private Set<String> bodiesOf(ClaimWords w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < w.size(); i++) {
      if (bodies.contains(w.lower(i))) {
        out.add(w.stem(i));
      }
    }
    return out;
  }

  /** Whether two claims share a content word (numbers are none): what was voted on. */
  private static boolean sharesTopic(ClaimView a, ClaimView b) {
    ClaimWords w = a.words();
    Set<String> other = b.words().contentStems();
    for (int i = 0; i < w.size(); i++) {
      if (w.isContent(i) && other.contains(w.stem(i))) {
        return true;
      }
    }
    return false;
  }
}
