package dev.parallax.contradict;

/**
 * Kinds of one thing named by a number joined to its unit before a noun ("the 11-inch model" and
 * "the 13-inch model"): two claims that each name such a kind speak of two things.
 */
final class KindModifiers {

  private KindModifiers() {}

  /**
   * Whether the two claims name two kinds of one thing by a number joined to its unit before a
   * noun ("the 11-inch model" and "the 13-inch model", "a seven-year deal" and "an 8-year deal"):
   * each has such a modifier, of one measure, that the other claim does not state, before the
   * amounts compared, where it names what the clause then tells of. Their other amounts then
   * belong to two things (the battery life of two models, the worth of two offers) and are not
   * compared; the modifiers themselves are. A modifier after them ("guilty on 14 counts after a
   * two-week trial") names no kind: it tells when or how.
   */
  static boolean two(NumericCheck.Holder h, NumericCheck.Holder o) {
    for (Amount m : h.view().amounts()) {
      if (m == h.amount() || !Stops.isModifier(m.claim(), m.evidence())
          || m.evidence().start() > h.amount().evidence().start()) {
        continue;
      }
      for (Amount n : o.view().amounts()) {
        if (n != o.amount() && Stops.isModifier(n.claim(), n.evidence())
            && n.evidence().start() < o.amount().evidence().start()
            && m.measure().equals(n.measure()) && AmountIntervals.disagree(m, n)
            && !sameValueIn(m, o.view()) && !sameValueIn(n, h.view())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameValueIn(Amount a, ClaimView claim) {
    for (Amount o : claim.amounts()) {
      if (AmountIntervals.same(o.value(), a.value()) && NumericCheck.comparable(a, o)) {
        return true;
      }
    }
    return false;
  }
}
