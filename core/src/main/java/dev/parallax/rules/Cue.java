package dev.parallax.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A lexical cue for the fact extractors: words that signal a facet ("August" is a month with value
 * 8, "kilometers" a length unit, "never" a negation), with an optional value the extractor of that
 * facet reads. Written in packs as a {@code cue} block; {@link #toString()} prints it back.
 *
 * @param id the cue's id, unique within its pack
 * @param facet the facet it signals ({@code month}, {@code unit}, {@code negation}, ...)
 * @param value what it means for that facet ({@code 8}, {@code length km 1.609344}), if anything
 * @param matchers what it finds
 * @param excepts phrases in which a match does not count
 * @param caseSensitive whether words match their exact written form
 * @param note a remark for readers of the pack, if any
 * @param examples the {@code expect:} lines
 * @param line the line of {@code cue <id>} in the pack file
 */
public record Cue(
    String id,
    String facet,
    Optional<String> value,
    List<RuleMatcher> matchers,
    List<String> excepts,
    boolean caseSensitive,
    Optional<String> note,
    List<Rule.Example> examples,
    int line)
    implements PackEntry {

  /** Checks and copies the arguments. */
  public Cue {
    requireNonNull(id, "id");
    requireNonNull(facet, "facet");
    // The extractors compare the facet of every hit with their constants (literals, which are
    // interned): interned, equal facets compare at once. Facets are few, so the pool stays small.
    facet = facet.intern();
    requireNonNull(value, "value");
    requireNonNull(note, "note");
    matchers = List.copyOf(matchers);
    excepts = List.copyOf(excepts);
    examples = List.copyOf(examples);
  }

  /** The cue in pack syntax. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("cue ").append(id).append('\n');
    sb.append("  facet: ").append(facet).append('\n');
    value.ifPresent(v -> sb.append("  value: ").append(v).append('\n'));
    if (caseSensitive) {
      sb.append("  case: sensitive\n");
    }
    for (RuleMatcher m : matchers) {
      sb.append("  ").append(m).append('\n');
    }
    if (!excepts.isEmpty()) {
      sb.append("  except: ").append(String.join(", ", excepts)).append('\n');
    }
    note.ifPresent(n -> sb.append("  note: ").append(n).append('\n'));
    for (Rule.Example e : examples) {
      sb.append("  expect: ").append(e.written()).append('\n');
    }
    return sb.toString();
  }
}
