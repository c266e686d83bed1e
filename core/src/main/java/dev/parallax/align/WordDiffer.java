package dev.parallax.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level diff of two sentences with java-diff-utils (Myers), comparing words by their
 * lower-cased form, so "Zone" equals "zone" and punctuation and spacing never count. Two
 * sentences longer than a few thousand words each (only a text without punctuation has them) get
 * a coarse diff in bounded time. Stateless and thread-safe.
 */
public final class WordDiffer {
  /**
   * Above this many word pairs (2,000 words a side, say) two runs are diffed coarsely: Myers'
   * algorithm would take time in proportion to their product.
   */
  static final long MAX_CELLS = 4_000_000L;

  /** The kind of a diff run. */
  public enum Kind {
    /** Words both sentences have. */
    EQUAL,
    /** Words only the left sentence has. */
    DELETE,
    /** Words only the right sentence has. */
    INSERT,
    /** Words of the left sentence replaced by words of the right. */
    CHANGE
  }

  /**
   * One run of words, as word index ranges {@code [from, to)} into each text. A side that has no
   * words in the run has an empty range.
   *
   * @param kind what happened
   * @param leftFrom first word of the run on the left
   * @param leftTo end of the run on the left
   * @param rightFrom first word of the run on the right
   * @param rightTo end of the run on the right
   */
  public record Run(Kind kind, int leftFrom, int leftTo, int rightFrom, int rightTo) {}

  /** Diffs sentence {@code ls} of {@code left} against sentence {@code rs} of {@code right}. */
  public List<Run> diff(AnalyzedText left, int ls, AnalyzedText right, int rs) {
    int lFrom = left.firstWord(ls);
    int rFrom = right.firstWord(rs);
    List<String> a = terms(left, lFrom, left.endWord(ls));
    List<String> b = terms(right, rFrom, right.endWord(rs));
    if (a.equals(b)) { // the same words: one run, or none (many aligned pairs are syndicated copy)
      return a.isEmpty() ? List.of()
          : List.of(new Run(Kind.EQUAL, lFrom, lFrom + a.size(), rFrom, rFrom + b.size()));
    }
    List<Run> runs = new ArrayList<>();
    if ((long) a.size() * b.size() > MAX_CELLS) {
      return coarse(a, b, lFrom, rFrom);
    }
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b, String::equals).getDeltas()) {
      Chunk<String> src = d.getSource();
      Chunk<String> tgt = d.getTarget();
      if (src.getPosition() > i) {
        runs.add(new Run(Kind.EQUAL, lFrom + i, lFrom + src.getPosition(), rFrom + j,
            rFrom + tgt.getPosition()));
      }
      Kind kind =
          switch (d.getType()) {
            case DELETE -> Kind.DELETE;
            case INSERT -> Kind.INSERT;
            case CHANGE -> Kind.CHANGE;
            case EQUAL -> Kind.EQUAL;
          };
      i = src.getPosition() + src.size();
      j = tgt.getPosition() + tgt.size();
      runs.add(new Run(kind, lFrom + src.getPosition(), lFrom + i, rFrom + tgt.getPosition(),
          rFrom + j));
    }
    if (i < a.size() || j < b.size()) {
      runs.add(new Run(Kind.EQUAL, lFrom + i, lFrom + a.size(), rFrom + j, rFrom + b.size()));
    }
    return runs;
  }

  /**
   * The diff of two very long word runs, in bounded time: the common beginning and end as equal
   * runs, the middle as one change. Sentences of news never come near this size; a text without
   * punctuation can.
   */
  private static List<Run> coarse(List<String> a, List<String> b, int lFrom, int rFrom) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    List<Run> runs = new ArrayList<>();
    if (head > 0) {
      runs.add(new Run(Kind.EQUAL, lFrom, lFrom + head, rFrom, rFrom + head));
    }
    int la = a.size() - tail;
    int lb = b.size() - tail;
    if (head < la || head < lb) {
      Kind kind = head == la ? Kind.INSERT : head == lb ? Kind.DELETE : Kind.CHANGE;
      runs.add(new Run(kind, lFrom + head, lFrom + la, rFrom + head, rFrom + lb));
    }
    if (tail > 0) {
      runs.add(new Run(Kind.EQUAL, lFrom + la, lFrom + a.size(), rFrom + lb, rFrom + b.size()));
    }
    return runs;
  }

  private static List<String> terms(AnalyzedText t, int from, int to) {
    List<String> out = new ArrayList<>(to - from);
    for (int w = from; w < to; w++) {
      out.add(t.term(w));
    }
    return out;
  }

  @Override
  public String toString() {
    return "WordDiffer[Myers, lower-cased words]";
  }
}
