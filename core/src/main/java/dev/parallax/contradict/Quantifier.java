package dev.parallax.contradict;

import dev.parallax.TextSpan;
import java.util.Set;

/**
 * A quantifier, frequency or degree phrase as a fact mention ("few residents", "never stops",
 * "partially destroyed", "dozens of families"), with what it quantifies and its frame.
 *
 * @param word the scale phrase (with the vague plural it belongs to: "hundreds of thousands")
 * @param evidence the phrase with the words it quantifies
 * @param phrase the scale phrase in lower case, as the pack writes it
 * @param scale its place on its scale
 * @param head the stems of the words it quantifies ("passengers"; "people" and the verb for "no
 *     one was hurt")
 * @param frame the stems of the content words around it
 * @param core the stems of the nearest content words around it
 * @param places the stems of the places named near it ("in Takengon")
 * @param acts the stems of what the quantified words do or undergo: the content words after the
 *     first and after the last quantified word, or the one before the quantifier ("were
 *     evacuated", "killing")
 * @param verb the first of the acts, or empty
 * @param low the least count the words allow, NaN when they give none
 * @param high the greatest count the words allow, NaN when they give none
 * @param whole the whole the words take a share of, the one plain count in the evidence after
 *     them ("most of the 260 patients", "all five hostages"), NaN when there is none or more
 * @param group the fates by which the quantified words name a group of people ("the victims",
 *     "those killed": death), empty when they name none
 * @param elided whether the quantified words are a participle after a demonstrative, the noun
 *     left out ("most of those evacuated")
 * @param predicate what befalls the quantified words as the clause goes on after them
 */
record Quantifier(
    TextSpan word,
    TextSpan evidence,
    String phrase,
    QuantifierScale scale,
    Set<String> head,
    Set<String> frame,
    Set<String> core,
    Set<String> places,
    Set<String> acts,
    String verb,
    double low,
    double high,
    double whole,
    Set<String> group,
    boolean elided,
    Predicate predicate) {

  /** Whether the words give a range of counts ("dozens": 24 to 144, "no": 0). */
  boolean counts() {
    return !Double.isNaN(low);
  }

  /**
   * Whether this and {@code other} quantify one group of people named two ways: their words name
   * it by the same fates ("most of the victims" and "a few of those killed"; not "the dead" and
   * "the injured").
   */
  boolean sameGroup(Quantifier other) {
    return !group.isEmpty() && group.equals(other.group);
  }

  /**
   * Whether this and {@code other} quantify one group, one of them naming it by a demonstrative
   * and a participle with its noun left out ("a few of those expelled") and the other by the
   * same participle before the noun ("most of the expelled students"): the quantified words of
   * the one without its noun are all among the other's.
   */
  boolean sameElidedGroup(Quantifier other) {
    return elided != other.elided && !head.isEmpty() && !other.head.isEmpty()
        && (elided ? other.head.containsAll(head) : head.containsAll(other.head));
  }
}
