package dev.parallax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contradictions grouped by disagreement for the reports: findings of one kind with the same two
 * values (either way round) between different pairs of articles are one disagreement, as when
 * many reports repeat the two versions of one fact. Each group keeps the findings in their order,
 * the first one standing for the group.
 */
final class Disagreements {

  private Disagreements() {}

  /** The findings, grouped; groups in the order of their first finding. */
  static List<List<Contradiction>> of(List<Contradiction> found) {
    Map<List<Object>, List<Contradiction>> groups = new LinkedHashMap<>();
    for (Contradiction x : found) {
      String l = value(x.leftValue(), x.leftEvidence());
      String r = value(x.rightValue(), x.rightEvidence());
      boolean inOrder = l.compareTo(r) <= 0;
      List<Object> key = new ArrayList<>(List.of(x.kind(), inOrder ? l : r, inOrder ? r : l));
      // one pair of articles with two findings of the same values tells two facts: "ruled out
      // an explosion" and "represents the workers" are two denials, not one seen twice
      while (groups.containsKey(key) && samePair(groups.get(key), x)) {
        key.add("+");
      }
      groups.computeIfAbsent(List.copyOf(key), k -> new ArrayList<>()).add(x);
    }
    return List.copyOf(groups.values());
  }

  /**
   * What a side says: its value, or for a statement and its denial (whose values are only
   * "asserted" and "denied") the words it states or denies, lower case.
   */
  private static String value(String value, TextSpan evidence) {
    return value.equals("asserted") || value.equals("denied")
        ? value + ": " + evidence.text().toLowerCase(java.util.Locale.ROOT) : value;
  }

  private static boolean samePair(List<Contradiction> group, Contradiction x) {
    for (Contradiction y : group) {
      if (y.left().article().equals(x.left().article())
          && y.right().article().equals(x.right().article())) {
        return true;
      }
    }
    return false;
  }

  /** The other pairs of articles of a group, "a – b, c – d", after its first finding. */
  static String otherPairs(List<Contradiction> group) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i < group.size(); i++) {
      Contradiction y = group.get(i);
      sb.append(i > 1 ? ", " : "").append(y.left().article()).append(" – ")
          .append(y.right().article());
    }
    return sb.toString();
  }
}
