package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import java.util.List;
import java.util.Set;

/**
 * A place on a quantifier scale, read from a cue value {@code RANK NAME [FLAGS]}.
 *
 * @param scale the facet of the scale: {@code quantifier} (how many or how much),
 *     {@code quantifier-frequency} (how often), {@code quantifier-degree} (how completely) or
 *     {@code quantifier-vote} (how many members of a body agreed: divided, unanimous)
 * @param rank 0 (none, never) to 5 (all, always)
 * @param name how explanations name the place ("few", "often")
 * @param afterCopula whether the words count only when said of the noun before a copula
 *     ("such attacks are rare")
 * @param partial whether the words name a part and never the whole ("partly")
 * @param person whether the words count people and quantify them with the verb after them
 *     ("no one", "everyone")
 * @param small whether the words give a small share of a stated whole, at most about half of
 *     it ("a few of the eight passengers", "few of the 40 residents")
 * @param positive whether the words say that there are some, so never none ("a handful of",
 *     "only a few"; not "few", which may be none)
 * @param half whether the words give about half of a whole, a third to two thirds of it ("about
 *     half of the residents")
 * @param large whether the words give nearly all of a whole, more than two thirds of it but not
 *     all ("nearly all", "the vast majority of"): never a small share or about half
 * @param one whether the words give one member of a whole ("one of the three shifts", "only one
 *     of the four suspects"): of a stated whole, exactly one of it
 * @param minority whether the words give less than half of a whole, stated or not ("a minority
 *     of", "only a minority"): never most, nearly all or all
 * @param excepts lower-case phrases in which the words are no quantifier ("at all")
 */
record QuantifierScale(String scale, int rank, String name, boolean afterCopula, boolean partial,
    boolean person, boolean small, boolean positive, boolean half, boolean large, boolean one,
    boolean minority, List<String> excepts) {

  /** The facets of the quantifier scales: amounts, how often, how completely, how united. */
  static final Set<String> FACETS =
      Set.of("quantifier", "quantifier-frequency", "quantifier-degree", "quantifier-vote");

  /** The flags a place on a scale may carry after its rank and name. */
  private static final Set<String> FLAGS =
      Set.of("after-copula", "partial", "person", "small", "positive", "half", "large", "one",
          "minority");

  /**
   * The place a cue's value gives.
   *
   * @throws IllegalArgumentException naming the pack, the line and the cue when the value lacks
   *     a rank and a name or carries a flag that is not one of {@link #FLAGS}
   */
  static QuantifierScale of(PackCues pack, Cue cue) {
    String[] v = pack.value(cue).split("\\s+");
    if (v.length < 2) {
      throw new IllegalArgumentException(pack.where(cue) + "cue '" + cue.id()
          + "' needs a value RANK NAME [after-copula] [partial] [person] [small] [positive]"
          + " [half] [large] [one] [minority]");
    }
    List<String> flags = List.of(v).subList(2, v.length);
    for (String f : flags) {
      if (!FLAGS.contains(f)) {
        throw new IllegalArgumentException(pack.where(cue) + "cue '" + cue.id()
            + "' has an unknown flag '" + f + "'; known: after-copula, partial, person, small,"
            + " positive, half, large, one, minority");
      }
    }
    return new QuantifierScale(cue.facet(), Integer.parseInt(v[0]), v[1],
        flags.contains("after-copula"), flags.contains("partial"), flags.contains("person"),
        flags.contains("small"), flags.contains("positive"), flags.contains("half"),
        flags.contains("large"), flags.contains("one"), flags.contains("minority"),
        List.copyOf(PackCues.lower(cue.excepts())));
  }

  /**
   * The least and the most of a stated whole of {@code whole} that this place on the scale of
   * amounts allows: none is 0; a small place ("a few", "few") 1 to half the whole, rounded up
   * ("a few of the five" may be three); most more than half but not all (as news uses it: "most
   * of the 260 patients" says some were not); about half a third to two thirds of it, rounded
   * outwards; nearly all more than two thirds but not all; all the whole; one of it ("one of
   * the four suspects") exactly 1; any other place 1 to the whole.
   */
  double[] shares(double whole) {
    if (rank == 0) {
      return new double[] {0, 0};
    } else if (one) {
      return new double[] {1, 1};
    } else if (small) {
      return new double[] {1, Math.ceil(whole / 2)};
    } else if (half) {
      return new double[] {Math.floor(whole / 3), Math.ceil(2 * whole / 3)};
    } else if (large) {
      return new double[] {Math.floor(2 * whole / 3) + 1, whole - 1};
    } else if (rank == QuantifierCheck.WHOLE - 1) {
      return new double[] {Math.floor(whole / 2) + 1, whole - 1};
    } else if (rank == QuantifierCheck.WHOLE) {
      return new double[] {whole, whole};
    }
    return new double[] {1, whole};
  }

  /**
   * Whether this place and {@code other} exclude each other: on one scale, far enough apart; a
   * part and the whole; words that say there are some and none ("a handful of" and "none of");
   * nearly all and a small share or about half ("nearly all" and "only about half of"); less
   * than half and more than half ("a minority of" and "most").
   */
  boolean excludes(QuantifierScale other) {
    return excludesByRank(other) || scale.equals(other.scale())
        && (minority && other.rank() >= QuantifierCheck.WHOLE - 1
            || other.minority() && rank >= QuantifierCheck.WHOLE - 1);
  }

  /**
   * Whether this place and {@code other} exclude each other as {@link #excludes} says, but for
   * less than half against more than half, which a stated whole shows better as shares of it
   * ("a majority of the 12 jurors": more than half of 12).
   */
  boolean excludesByRank(QuantifierScale other) {
    if (!scale.equals(other.scale())) {
      return false;
    }
    int lo = Math.min(rank, other.rank());
    int hi = Math.max(rank, other.rank());
    return lo <= QuantifierCheck.MAX_LOW && hi - lo >= QuantifierCheck.MIN_GAP
        || partial && other.rank() == QuantifierCheck.WHOLE
        || other.partial() && rank == QuantifierCheck.WHOLE
        || positive && other.rank() == 0 || other.positive() && rank == 0
        || large && (other.small() || other.half()) || other.large() && (small || half);
  }
}
