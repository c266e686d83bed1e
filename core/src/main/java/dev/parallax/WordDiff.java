package dev.parallax;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The word-level difference between two aligned claims, left to right: runs of equal, deleted,
 * inserted and changed words. Words are compared lower-cased, so case, punctuation and spacing do
 * not count as differences; each run keeps the exact text of each side (from its first to its
 * last word).
 *
 * <p>{@link #toString()} prints the diff inline, {@code wdiff}-style: {@code [-deleted-]} and
 * {@code {+inserted+}}.
 *
 * @param runs the runs, in order
 */
public record WordDiff(List<Run> runs) {

  /** The kind of a run. */
  public enum Op {
    /** Words both claims have. */
    EQUAL,
    /** Words only the left claim has. */
    DELETE,
    /** Words only the right claim has. */
    INSERT,
    /** Left words replaced by right words. */
    CHANGE
  }

  /**
   * One run of words.
   *
   * @param op what happened
   * @param left the left claim's words of the run, as written ("" for an insert)
   * @param right the right claim's words of the run, as written ("" for a delete)
   */
  public record Run(Op op, String left, String right) {
    /** Checks that each side is present exactly when the op has one. */
    public Run {
      requireNonNull(op, "op");
      requireNonNull(left, "left");
      requireNonNull(right, "right");
      if ((op == Op.INSERT) != left.isEmpty() || (op == Op.DELETE) != right.isEmpty()) {
        throw new IllegalArgumentException("a " + op + " run with left '" + left
            + "' and right '" + right + "'");
      }
    }

    @Override
    public String toString() {
      return switch (op) {
        case EQUAL -> left;
        case DELETE -> "[-" + left + "-]";
        case INSERT -> "{+" + right + "+}";
        case CHANGE -> "[-" + left + "-]{+" + right + "+}";
      };
    }
  }

  /** Copies the runs. */
  public WordDiff {
    runs = List.copyOf(runs);
  }

  /** Whether the claims have the same words. */
  public boolean isEqual() {
    return runs.stream().allMatch(r -> r.op() == Op.EQUAL);
  }

  /** The runs that differ. */
  public List<Run> changes() {
    return runs.stream().filter(r -> r.op() != Op.EQUAL).toList();
  }

  /** Inline form: {@code The defection occurred in the [-middle portion-]{+central area+} of ...}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(r);
    }
    return sb.toString();
  }
}
