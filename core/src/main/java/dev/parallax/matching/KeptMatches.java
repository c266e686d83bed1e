package dev.parallax.matching;

import dev.parallax.matching.PackMatcher.Sink;
import dev.parallax.rules.PackEntry;
import java.util.Arrays;

/**
 * The matches of one {@link PackMatcher} scan that are kept, each given to the sink of its group
 * of packs: repeats of one rule at one span are dropped, and so is a match that lies inside a
 * longer match of the same rule ("huge deal" wins over "huge"); matches of different rules all
 * stand. Given in order of start, then end, then rule.
 *
 * <p>Fed the matches of a few sentences at a time ({@link #keep}), each batch starting after the
 * last: one sort a batch, in the order of the result (the matches come nearly in that order
 * already). In it, a match lies inside another of its rule when that one starts earlier and ends
 * no sooner ({@code maxEnd} holds the furthest end of each rule over the earlier starts, of all
 * batches), or starts at the same char and ends later or at the same char (a repeat): a later
 * match of the same start group, so only the last match of a rule in its start group can stand.
 * Not thread-safe: one per scan.
 */
final class KeptMatches {
  private final int[] packOf; // by rule index: the index of its pack in its group
  private final PackEntry[] entryOf; // by rule index
  private final int[] groupEnds; // per group of packs, one past the index of its last rule
  private final Sink[] sinks; // by group
  private final int[] maxEnd;

  KeptMatches(int[] packOf, PackEntry[] entryOf, int[] groupEnds, Sink[] sinks) {
    this.packOf = packOf;
    this.entryOf = entryOf;
    this.groupEnds = groupEnds;
    this.sinks = sinks;
    this.maxEnd = new int[packOf.length];
    Arrays.fill(maxEnd, -1);
  }

  /** Keeps what stands of {@code found}, whose matches all start after those kept before. */
  void keep(FoundSpans found) {
    int[] order = found.order();
    int size = found.size();
    int group = 0;
    while (group < size) {
      int start = found.start(order[group]);
      int groupEnd = group + 1;
      while (groupEnd < size && found.start(order[groupEnd]) == start) {
        groupEnd++;
      }
      // only the last match of a rule in the group can stand (the order is by end): the others
      // are repeats or lie inside it; groups are small (a few cues a word), so a scan finds it
      for (int i = group; i < groupEnd; i++) {
        int f = order[i];
        int rule = found.rule(f);
        int end = found.end(f);
        if (end > maxEnd[rule] && !coveredLater(found, order, i, groupEnd)) {
          int g = 0;
          while (rule >= groupEnds[g]) {
            g++;
          }
          sinks[g].found(packOf[rule], g == 0 ? rule : rule - groupEnds[g - 1], entryOf[rule],
              start, end);
          maxEnd[rule] = end; // no other match of the rule in the group ends later
        }
      }
      group = groupEnd;
    }
  }

  /** Whether a match of the same rule follows {@code order[i]} before {@code groupEnd}. */
  private static boolean coveredLater(FoundSpans found, int[] order, int i, int groupEnd) {
    int rule = found.rule(order[i]);
    for (int k = i + 1; k < groupEnd; k++) {
      if (found.rule(order[k]) == rule) {
        return true; // it ends later, or at the same char: a repeat
      }
    }
    return false;
  }
}
