package dev.parallax.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One rule of a pack: what it finds ({@link RuleMatcher}s), how to call it ({@link Category},
 * {@link Severity}), why it matters, a neutral alternative, where it does not apply, and the
 * examples it must pass. {@link #toString()} prints the rule back in pack syntax.
 *
 * @param id the rule's id, unique within its pack
 * @param category what kind of language it tags
 * @param severity how strongly
 * @param matchers what it finds
 * @param excepts phrases in which a match is not loaded
 * @param caseSensitive whether words match their exact written form (case and all, no stemming)
 * @param why the reason shown to readers
 * @param neutral a neutral alternative, if there is one
 * @param examples the {@code expect:} lines
 * @param line the line of {@code rule <id>} in the pack file
 */
public record Rule(
    String id,
    Category category,
    Severity severity,
    List<RuleMatcher> matchers,
    List<String> excepts,
    boolean caseSensitive,
    String why,
    Optional<String> neutral,
    List<Example> examples,
    int line)
    implements PackEntry {

  /** Checks and copies the arguments. */
  public Rule {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(severity, "severity");
    requireNonNull(why, "why");
    requireNonNull(neutral, "neutral");
    matchers = List.copyOf(matchers);
    excepts = List.copyOf(excepts);
    examples = List.copyOf(examples);
  }

  /**
   * One {@code expect:} line: the example text (brackets removed) and the spans that must be tagged.
   *
   * @param text the example, without {@code [[} and {@code ]]}
   * @param marked the stretches of {@code text} the rule must tag, exactly
   * @param line the line in the pack file
   * @param column the column where the example starts in that line
   * @param written the line as written, brackets and all
   */
  public record Example(String text, List<Mark> marked, int line, int column, String written) {
    /** Copies the list. */
    public Example {
      requireNonNull(text, "text");
      requireNonNull(written, "written");
      marked = List.copyOf(marked);
    }
  }

  /**
   * A stretch {@code [start, end)} of an example's text, in chars: one that is marked with
   * {@code [[...]]}, or one that a rule tags.
   *
   * @param start the first char
   * @param end the char after the last
   */
  public record Mark(int start, int end) {
    /** Checks the bounds. */
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad stretch [" + start + ", " + end + ")");
      }
    }

    /** The words of {@code text} it covers. */
    public String of(String text) {
      return text.substring(start, end);
    }
  }

  /** The rule in pack syntax. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("rule ").append(id).append('\n');
    sb.append("  category: ").append(category.packName()).append('\n');
    sb.append("  severity: ").append(severity.packName()).append('\n');
    if (caseSensitive) {
      sb.append("  case: sensitive\n");
    }
    for (RuleMatcher m : matchers) {
      sb.append("  ").append(m).append('\n');
    }
    if (!excepts.isEmpty()) {
      sb.append("  except: ").append(String.join(", ", excepts)).append('\n');
    }
    sb.append("  why: ").append(why).append('\n');
    neutral.ifPresent(n -> sb.append("  neutral: ").append(n).append('\n'));
    for (Example e : examples) {
      sb.append("  expect: ").append(e.written()).append('\n');
    }
    return sb.toString();
  }
}
