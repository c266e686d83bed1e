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
      boolean inOrder = x.leftValue().compareTo(x.rightValue()) <= 0;
      List<Object> key = List.of(x.kind(), inOrder ? x.leftValue() : x.rightValue(),
          inOrder ? x.rightValue() : x.leftValue());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
    }
    return List.copyOf(groups.values());
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
