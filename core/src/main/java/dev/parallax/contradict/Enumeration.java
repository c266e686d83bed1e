package dev.parallax.contradict;

import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An enumeration of mentions: three or more amounts or dates set side by side with commas and a
 * closing conjunction ("damaged 42 buildings, 2 roads, 14 hotels and 8 bridges"; "six rifles, 12
 * magazines and about 300 rounds were seized"), or two counts that open their claim as its subject
 * ("Nine protesters and 21 officers needed hospital treatment"). The items of one enumeration share what governs
 * it: the words before its first item belong to every item ("damaged" goes with the bridges as
 * much as with the buildings), and so do the words after its last item when no item but the last
 * has words of its own after it ("were seized"). The words between two items belong to the item
 * before the separator ("40 buildings including churches and mosques, 8 bridges": "mosques" is not
 * about the bridges).
 *
 * <p>A chain of clauses, each with its verb before its number ("killed 12, injured 30 and left 5
 * missing"), is no enumeration: a separator must stand right before each item.
 *
 * @param items the items, in text order
 * @param ownEnds for each item, the offset where its own words end: the start of the separator
 *     after it, or for the last item the end of the claim
 * @param sharedTail whether the words after the last item belong to every item
 * @param tailFrom the offset where the shared words after the last item start: after the plural
 *     the last item counts ("400 rounds of ammunition were seized": "of ammunition were seized")
 */
record Enumeration(List<TextSpan> items, List<Integer> ownEnds, boolean sharedTail,
    int tailFrom) {

  /** How many words a counted noun phrase after an item's number holds at most. */
  static final int NOUN_WORDS = 4;

  /** The first item: the words before it are the head every item shares. */
  TextSpan first() {
    return items.get(0);
  }

  /** The last item: the words after it may be the tail every item shares. */
  TextSpan last() {
    return items.get(items.size() - 1);
  }

  /** The index of the item that overlaps {@code span}, or -1. */
  int indexOf(TextSpan span) {
    for (int i = 0; i < items.size(); i++) {
      if (Spans.overlap(items.get(i), span)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The enumeration {@code self} is an item of, or null: {@code self} and the {@code others} of
   * its claim, chained while the text between two of them ends in a separator (a comma, or one of
   * {@code conjunctions} after an optional comma) and closed by a conjunction.
   */
  static Enumeration of(ClaimWords w, TextSpan self, List<TextSpan> others, Lexicon lexicon) {
    Set<String> conjunctions = lexicon.listConjunctions();
    List<TextSpan> all = new ArrayList<>();
    all.add(self);
    for (TextSpan o : others) {
      if (!Spans.overlap(o, self) && all.stream().noneMatch(a -> Spans.overlap(a, o))) {
        all.add(o);
      }
    }
    all.sort(Comparator.comparingInt(TextSpan::start));
    int at = all.indexOf(self);
    int from = at;
    while (from > 0 && separator(w, all.get(from - 1), all.get(from), conjunctions) >= 0) {
      from--;
    }
    int to = at;
    while (to + 1 < all.size()
        && separator(w, all.get(to), all.get(to + 1), conjunctions) >= 0) {
      to++;
    }
    if (to - from + 1 == 2 && !subjectPair(w, all.get(from), all.get(to), lexicon)
        || to - from + 1 < 2 || !closedByConjunction(w, all.get(to - 1), all.get(to),
        conjunctions)) {
      return null;
    }
    List<TextSpan> items = List.copyOf(all.subList(from, to + 1));
    List<Integer> ends = new ArrayList<>();
    boolean tailless = true;
    for (int i = 0; i + 1 < items.size(); i++) {
      int sep = separator(w, items.get(i), items.get(i + 1), conjunctions);
      ends.add(sep);
      tailless &= countedOnly(w, items.get(i).end(), sep, lexicon);
    }
    ends.add(w.claim().span().end());
    TextSpan last = items.get(items.size() - 1);
    int tailFrom = last.end();
    // past the plural the last item counts, and the words that modify it ("30 fire trucks")
    for (int i = w.firstWordFrom(last.end()), n = 0; i < w.size() && n < NOUN_WORDS; i++, n++) {
      if (countedOnly(w, last.end(), w.end(i), lexicon)) {
        tailFrom = w.end(i);
      }
    }
    return new Enumeration(items, List.copyOf(ends), tailless, tailFrom);
  }

  /**
   * Whether two counts joined by a conjunction open their claim as its subject ("Nine protesters
   * and 21 officers needed hospital treatment", "Five soldiers and three civilians were killed"):
   * only stop words before the first, only its plural and the conjunction between them, and a
   * plural of its own after the second. Two such counts share what the clause says after them;
   * two counts after a verb may instead be two clauses ("the quake killed 12 people and 20 were
   * hurt") and are left alone.
   */
  private static boolean subjectPair(ClaimWords w, TextSpan a, TextSpan b, Lexicon lexicon) {
    int first = w.firstWordFrom(a.start());
    for (int i = 0; i < first; i++) {
      if (!w.isStopWord(i)) {
        return false;
      }
    }
    int conj = w.lastWordBefore(b.start());
    if (conj < 1 || !countedOnly(w, a.end(), w.start(conj), lexicon)
        || !lexicon.plural(w.text(conj - 1))) {
      return false; // the first count names its plural
    }
    int k = w.lastWordBefore(b.end());
    if (lexicon.plural(w.text(k))) {
      return true;
    }
    // the plural may follow words that modify it: "and 45 fire engines fought the blaze"
    int from = w.firstWordFrom(b.end());
    if (from >= w.size() || !w.gapIsSpace(b.end(), w.start(from))) {
      return false;
    }
    for (k = from; k < w.size() && k < from + NOUN_WORDS; k++) {
      if (countedOnly(w, b.end(), w.end(k), lexicon)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words between offsets {@code from} and {@code to} are at most the plural an item
   * counts, with the words that modify it ("rifles", "AK-47 assault rifles"): no verb or clause
   * of the item's own ("12 people died, 30 were hurt and 5 are missing").
   */
  private static boolean countedOnly(ClaimWords w, int from, int to, Lexicon lexicon) {
    int first = w.firstWordFrom(from);
    int last = w.lastWordBefore(to);
    if (last < first) {
      return true;
    }
    for (int i = first; i <= last; i++) {
      String gap = w.between(i == first ? from : w.end(i - 1), w.start(i));
      if (!gap.isBlank() && !gap.equals("-") || w.isStopWord(i)) {
        return false;
      }
    }
    return last - first < NOUN_WORDS && lexicon.plural(w.text(last));
  }

  /**
   * Where the separator between items {@code a} and {@code b} starts, or -1 when the text between
   * them does not end in one: the last comma when the text ends in a comma or a comma and a
   * conjunction, the conjunction when it ends in a conjunction alone.
   */
  private static int separator(ClaimWords w, TextSpan a, TextSpan b, Set<String> conjunctions) {
    String gap = w.between(a.end(), b.start());
    String trimmed = gap.stripTrailing();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    int cut = trimmed.length() - conjunctionAtEnd(lower, conjunctions);
    String before = trimmed.substring(0, cut).stripTrailing();
    if (before.endsWith(",")) {
      return a.end() + before.length() - 1;
    }
    if (cut < trimmed.length()) {
      return a.end() + cut;
    }
    return -1;
  }

  /**
   * Whether two mentions of one claim stand side by side: nothing but a comma, a conjunction of
   * {@code conjunctions} or both between them ("ages 6 and 16", "late Saturday and early
   * Sunday"), in either order.
   */
  static boolean sideBySide(ClaimWords w, TextSpan a, TextSpan b, Set<String> conjunctions) {
    String gap = (a.start() < b.start() ? w.between(a.end(), b.start())
        : w.between(b.end(), a.start())).strip().toLowerCase(Locale.ROOT);
    if (gap.startsWith(",")) {
      gap = gap.substring(1).strip();
    }
    return gap.isEmpty() || conjunctions.contains(gap);
  }

  /** Whether the separator between {@code a} and {@code b} holds a conjunction. */
  private static boolean closedByConjunction(ClaimWords w, TextSpan a, TextSpan b,
      Set<String> conjunctions) {
    String lower = w.between(a.end(), b.start()).strip().toLowerCase(Locale.ROOT);
    return conjunctionAtEnd(lower, conjunctions) > 0;
  }

  /**
   * The length of the longest of {@code conjunctions} that ends {@code lower} as a whole word
   * ("mosques, and" ends in "and", "brand" does not), or 0.
   */
  private static int conjunctionAtEnd(String lower, Set<String> conjunctions) {
    int longest = 0;
    for (String c : conjunctions) {
      if (lower.endsWith(c) && (lower.length() == c.length()
          || !Character.isLetter(lower.charAt(lower.length() - c.length() - 1)))) {
        longest = Math.max(longest, c.length());
      }
    }
    return longest;
  }
}
