package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.QuantityFacet.Approximation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * NUMERIC, the family a report tells of: each report's only count of one kind of kin ("and by
 * nine grandchildren" against "four children; and seven grandchildren") counts the family of the
 * story's person, whatever else the claims say; obituaries list it at their end, in claims that
 * share no other word. A count is of kin when its noun is a word of pack facet {@code family-count-noun}
 * ("grandchildren", "great-grandchildren"), or one of {@code family-count-noun-in-context} ("children",
 * "sons") with a possessive determiner right before the number ("his four children") or a word of
 * {@code family-count-context} ("survived", "leaves") in its claim or in the claims before it in its
 * sentence.
 *
 * <p>Left alone: a kind of kin whose article gives two counts (two families, or a family and a
 * part of it), a count qualified after its noun ("three children from his first marriage": a
 * part), and counts with a bound ("more than 20 grandchildren"). Confidence {@value
 * #CONFIDENCE}, 0.1 less for a hedged claim. Immutable and thread-safe.
 */
final class KinCounts implements Check {
  /** The confidence of a finding: two families may be told of in one story. */
  static final double CONFIDENCE = 0.55;
  /** How many claims before a count, in its sentence, may hold a word of its context. */
  static final int CONTEXT_CLAIMS = 3;

  private final NumericCheck numeric;
  private final Set<String> kin;
  private final Set<String> kinInContext;
  private final Set<String> context;
  private final Set<String> possessives;
  private final Set<String> qualifiers;

  /**
   * @param numeric reads the counts of each article
   * @param kin nouns that always count kin (pack facet {@code family-count-noun}), lower case
   * @param kinInContext nouns that count kin in a context of kin ({@code family-count-noun-in-context})
   * @param context words that make a claim tell of kin ({@code family-count-context})
   * @param possessives possessive determiners ({@code possessive-determiner})
   * @param qualifiers words after the noun that make the count a part of the family ({@code
   *     family-count-qualifier}: "from his first marriage")
   */
  KinCounts(NumericCheck numeric, Set<String> kin, Set<String> kinInContext,
      Set<String> context, Set<String> possessives, Set<String> qualifiers) {
    this.numeric = numeric;
    this.kin = Set.copyOf(kin);
    this.kinInContext = Set.copyOf(kinInContext);
    this.context = Set.copyOf(context);
    this.possessives = Set.copyOf(possessives);
    this.qualifiers = Set.copyOf(qualifiers);
  }

  /** A count of one kind of kin: the kind as written, in lower case, and its count. */
  private record Kin(String kind, NumericCheck.Holder holder) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Kin> left = counts(pair.left());
    List<Kin> right = counts(pair.right());
    for (Kin a : left) {
      for (Kin b : right) {
        Amount x = a.holder().amount();
        Amount y = b.holder().amount();
        if (!a.kind().equals(b.kind()) || x.value() == y.value()) {
          continue;
        }
        double conf = CONFIDENCE
            - (a.holder().view().hedged() || b.holder().view().hedged() ? 0.1 : 0);
        out.add(new Finding(Kind.NUMERIC, a.holder().view().claim(),
            b.holder().view().claim(), x.evidence(), y.evidence(), x.shown(), y.shown(), "",
            List.of("Each report gives one count of the " + a.kind() + " it tells of."), conf));
      }
    }
  }

  /** The counts of kin of one article; none of a kind it counts twice. */
  private List<Kin> counts(ArticlePair.Side side) {
    return side.memo(this, "kin", s -> List.copyOf(readCounts(s)));
  }

  private List<Kin> readCounts(ArticlePair.Side side) {
    List<Kin> all = new ArrayList<>();
    List<ClaimView> claims = side.claims();
    for (NumericCheck.Holder h : numeric.holders(side)) {
      Amount a = h.amount();
      ClaimWords w = h.view().words();
      int at = w.firstWordFrom(a.evidence().start());
      int head = at + 1;
      if (!a.measure().equals("count") || a.approximation() != Approximation.EXACT
          || head >= w.size()) {
        continue;
      }
      String noun = w.lower(head);
      if (noun.equals("great") && head + 1 < w.size()) {
        noun = "great-" + w.lower(head + 1); // "two great-grandchildren"
      }
      int after = noun.startsWith("great-") ? head + 2 : head + 1;
      if (after < w.size() && qualifiers.contains(w.lower(after))) {
        continue; // "three children from his first marriage": a part of the family
      }
      boolean always = kin.contains(noun);
      if (!always && !(kinInContext.contains(noun) && (at > 0
          && possessives.contains(w.lower(at - 1)) || told(claims, h.view())))) {
        continue;
      }
      all.add(new Kin(noun, h));
    }
    List<Kin> out = new ArrayList<>();
    for (Kin k : all) {
      if (all.stream().noneMatch(o -> o.kind().equals(k.kind())
          && o.holder().amount().value() != k.holder().amount().value())) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Whether a word of the kin context stands in claim {@code c} or in up to {@value
   * #CONTEXT_CLAIMS} claims right before it that its sentence runs through ("He leaves his wife;
   * four children; and seven grandchildren").
   */
  private boolean told(List<ClaimView> claims, ClaimView c) {
    int i = claims.indexOf(c);
    for (int k = i; k >= 0 && k >= i - CONTEXT_CLAIMS; k--) {
      ClaimView v = claims.get(k);
      if (k < i && claims.get(k + 1).claim().span().start() - v.claim().span().end() > 3) {
        return false; // another sentence
      }
      ClaimWords w = v.words();
      for (int j = 0; j < w.size(); j++) {
        if (context.contains(w.lower(j))) {
          return true;
        }
      }
    }
    return false;
  }
}
