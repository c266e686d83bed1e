package dev.parallax.matching;

import dev.parallax.rules.PackEntry;
import dev.parallax.rules.RuleMatcher;
import dev.parallax.rules.RuleMatcher.ShapeKind;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one or more packs compiled for matching: every word, phrase and pattern is turned
 * into steps over analysed words once, and indexed by the word that starts it, so matching all
 * rules costs about one scan of a text's words plus a hash lookup per word. Immutable and
 * thread-safe. This is engine machinery: use {@code Parallax} to tag articles.
 */
public final class PackMatcher {

  /**
   * One place a rule matched: UTF-16 offsets {@code [start, end)} of the analysed text.
   *
   * @param pack the index of the entry's pack in its group, as the packs were given to {@link
   *     #of} or {@link #ofGroups}
   * @param entry the rule or cue that matched
   * @param start first char
   * @param end end (exclusive)
   */
  public record Match(int pack, PackEntry entry, int start, int end) {}

  /**
   * Takes the matches of one group of packs from {@link #scan}, in the order {@link #match} gives
   * them, as their parts: a caller that turns matches into records of its own makes no {@link
   * Match} for them.
   */
  @FunctionalInterface
  public interface Sink {
    /**
     * Entry {@code entry} of pack {@code pack} (the pack's index in its group) matched at {@code
     * [start, end)}; {@code index} is the entry's index in its group, the entries of the group's
     * packs numbered one pack after another (so that a caller can keep a table by entry).
     */
    void found(int pack, int index, PackEntry entry, int start, int end);
  }

  private static final String CLOSERS = "\"'”’»)]}";

  private final PhraseTrie<Entry> phrases = new PhraseTrie<>(); // one stem or term a word
  private final Map<String, List<Candidate>> byStem = new HashMap<>();
  private final Map<String, List<Candidate>> byTerm = new HashMap<>();
  private FirstWords<Entry, Candidate> starts; // the trie's first words and byStem, byTerm
  private final List<Entry> floating = new ArrayList<>();
  private final List<Entry> anchored = new ArrayList<>();
  private final List<ShapeEntry> shapes = new ArrayList<>();
  private final int[] groupEnds; // per group of packs, one past the index of its last rule
  private final int[] packOf; // by rule index: the index of its pack in its group
  private final PackEntry[] entryOf; // by rule index

  private PackMatcher(int ruleCount, int[] groupEnds) {
    this.groupEnds = groupEnds;
    this.packOf = new int[ruleCount];
    this.entryOf = new PackEntry[ruleCount];
  }

  /**
   * Compiles {@code packs}, each given as its entries (a rule pack's {@code entries()}), stemming
   * their words with {@code analyzer}.
   */
  public static PackMatcher of(List<List<PackEntry>> packs, TextAnalyzer analyzer) {
    return ofGroups(List.of(packs), analyzer);
  }

  /**
   * Compiles several groups of packs, each pack given as its entries, into one matcher, so that
   * one scan of a text ({@link #matchGroups}) serves them all (the fact packs' cues and the rule
   * packs' rules, say).
   */
  public static PackMatcher ofGroups(List<List<List<PackEntry>>> groups,
      TextAnalyzer analyzer) {
    int[] groupEnds = new int[groups.size()];
    int count = 0;
    for (int g = 0; g < groupEnds.length; g++) {
      for (List<PackEntry> pack : groups.get(g)) {
        count += pack.size();
      }
      groupEnds[g] = count;
    }
    PackMatcher m = new PackMatcher(count, groupEnds);
    int index = 0;
    for (List<List<PackEntry>> group : groups) {
      for (int pack = 0; pack < group.size(); pack++) {
        for (PackEntry rule : group.get(pack)) {
          m.compile(rule, index++, pack, analyzer);
        }
      }
    }
    m.starts = new FirstWords<>(m.phrases, m.byStem, m.byTerm);
    return m;
  }

  /** Compiles {@code rule}, rule number {@code ruleIndex}, of pack {@code pack} of its group. */
  private void compile(PackEntry rule, int ruleIndex, int pack, TextAnalyzer analyzer) {
    packOf[ruleIndex] = pack;
    entryOf[ruleIndex] = rule;
    boolean exact = rule.caseSensitive();
    List<Step[]> excepts = new ArrayList<>();
    for (String e : rule.excepts()) {
      excepts.add(Step.phrase(e, analyzer, exact));
    }
    ExceptWords exceptWords = ExceptWords.of(excepts);
    for (RuleMatcher matcher : rule.matchers()) {
      if (matcher instanceof RuleMatcher.Words w) {
        for (String phrase : w.phrases()) {
          add(new Entry(pack, rule, ruleIndex, Step.phrase(phrase, analyzer, exact), excepts,
              exceptWords));
        }
      } else if (matcher instanceof RuleMatcher.Pattern p) {
        add(new Entry(pack, rule, ruleIndex, Step.pattern(p, analyzer, exact), excepts,
            exceptWords));
      } else if (matcher instanceof RuleMatcher.Shape s) {
        shapes.add(new ShapeEntry(pack, rule, ruleIndex, s.kind(), excepts));
      }
    }
  }

  private void add(Entry e) {
    String[] stems = new String[e.steps().length];
    String[] terms = new String[e.steps().length];
    boolean keyed = true;
    for (int i = 0; i < stems.length && keyed; i++) {
      Step s = e.steps()[i];
      keyed = s.kind() == Step.Kind.WORD && s.surfaces().isEmpty()
          && s.stems().size() + s.terms().size() == 1;
      if (keyed) {
        stems[i] = s.stems().isEmpty() ? null : s.stems().iterator().next();
        terms[i] = s.terms().isEmpty() ? null : s.terms().iterator().next();
      }
    }
    Step first = e.steps()[0];
    if (keyed) {
      // every match starts with the first word's stem or term: its except places are known
      phrases.add(stems, terms, new Entry(e.pack(), e.rule(), e.ruleIndex(), e.steps(),
          e.excepts(), e.exceptWords().forFirstWord(stems[0], terms[0])));
    } else if (first.kind() == Step.Kind.START) {
      anchored.add(e);
    } else if (first.kind() == Step.Kind.WORD) {
      for (String s : first.stems()) {
        byStem.computeIfAbsent(s, k -> new ArrayList<>()).add(new Candidate(e, true));
      }
      for (String t : first.terms()) {
        byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(new Candidate(e, true));
      }
      for (String w : first.surfaces()) { // case-sensitive: the word itself is checked
        byTerm.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(new Candidate(e, false));
      }
    } else {
      floating.add(e);
    }
  }

  /**
   * The short quotations of {@code t} that a word of saying before them in their sentence makes
   * someone's words ("she said she was "hopeful""): those a {@code scare-quote} rule leaves out
   * by its {@code except} phrases. Words inside them are quoted, not the writer's.
   */
  public List<CharSpan> attributedQuotes(AnalyzedText t) {
    List<CharSpan> out = new ArrayList<>();
    if (shapes.isEmpty()) {
      return out;
    }
    ScareQuotes scareQuotes = new ScareQuotes(t);
    for (CharSpan sentence : t.sentences()) {
      for (CharSpan q : scareQuotes.in(sentence)) {
        for (ShapeEntry e : shapes) {
          if (e.kind() == ShapeKind.SCARE_QUOTE && saidBefore(t, e.excepts(), sentence, q)) {
            out.add(q);
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Every match in {@code t}, in text order; one per rule and span, and none inside a longer match
   * of the same rule.
   */
  public List<Match> match(AnalyzedText t) {
    return matchGroups(t).get(0);
  }

  /**
   * Every match in {@code t} of each group of packs this matcher was compiled from, as {@link
   * #match} gives them, from one scan of the text.
   */
  public List<List<Match>> matchGroups(AnalyzedText t) {
    List<List<Match>> out = new ArrayList<>(groupEnds.length);
    List<Sink> sinks = new ArrayList<>(groupEnds.length);
    for (int g = 0; g < groupEnds.length; g++) {
      List<Match> matches = new ArrayList<>();
      out.add(matches);
      sinks.add((pack, index, entry, start, end) ->
          matches.add(new Match(pack, entry, start, end)));
    }
    scan(t, sinks);
    return out;
  }

  /**
   * Every match in {@code t} of each group of packs this matcher was compiled from, as {@link
   * #match} gives them, given to the sink of its group ({@code sinks}, one a group, in order),
   * from one scan of the text.
   */
  public void scan(AnalyzedText t, List<Sink> sinks) {
    if (sinks.size() != groupEnds.length) {
      throw new IllegalArgumentException(
          sinks.size() + " sinks for " + groupEnds.length + " groups of packs");
    }
    FoundSpans out = new FoundSpans(); // the matches of the sentences not yet kept
    KeptMatches kept =
        new KeptMatches(packOf, entryOf, groupEnds, sinks.toArray(Sink[]::new));
    Probe p = new Probe(); // reused by every attempt of this call
    String text = t.text();
    ScareQuotes scareQuotes = shapes.isEmpty() ? null : new ScareQuotes(t);
    for (int s = 0; s < t.sentences().size(); s++) {
      int from = t.firstWord(s);
      int to = t.endWord(s);
      CharSpan sentence = t.sentences().get(s);
      if (out.maxStart() < sentence.start()) {
        // every match of this sentence and the next starts at or after its first char: those
        // found so far come first in the result, and can be kept now
        kept.keep(out);
        out.clear();
      }
      PhraseTrie.Sink<Entry> sink = (entries, first, last) -> {
        int start = t.start(first); // the same span for every entry: read once
        int end = t.endWithoutPossessive(last);
        for (int i = 0; i < entries.size(); i++) { // no iterator: this runs at most words
          Entry e = entries.get(i);
          if (!excepted(t, e, first, last, from, to)) {
            out.add(e.ruleIndex(), start, end);
          }
        }
      };
      for (int i = 0; i < anchored.size(); i++) { // no iterator a sentence
        tryAt(t, anchored.get(i), from, false, from, to, sentence, p, out);
      }
      for (int w = from; w < to; w++) {
        String stem = t.stem(w);
        String term = t.term(w);
        FirstWords.Both<Entry, Candidate> byStem = starts.of(stem);
        // the analysis hands out one string when a word's term is its stem: one lookup
        FirstWords.Both<Entry, Candidate> byTerm = term == stem ? byStem : starts.of(term);
        if (byStem != null) {
          tryFrom(byStem.asStem(), t, w, from, to, sentence, p, out, sink);
        }
        if (byTerm != null) {
          tryFrom(byTerm.asTerm(), t, w, from, to, sentence, p, out, sink);
        }
        for (int i = 0; i < floating.size(); i++) { // no iterator a word: usually empty
          tryAt(t, floating.get(i), w, false, from, to, sentence, p, out);
        }
      }
      if (!shapes.isEmpty()) {
        char mark = finalMark(text, sentence);
        List<CharSpan> scare = scareQuotes.in(sentence);
        for (int i = 0; i < shapes.size(); i++) { // no iterator a sentence
          ShapeEntry e = shapes.get(i);
          if ((e.kind() == ShapeKind.QUESTION && mark == '?')
              || (e.kind() == ShapeKind.EXCLAMATION && mark == '!')
              && !endsWithExcept(t, e.excepts(), from, to)) {
            out.add(e.ruleIndex(), sentence.start(), sentence.end());
          } else if (e.kind() == ShapeKind.SCARE_QUOTE) {
            for (CharSpan q : scare) {
              if (!saidBefore(t, e.excepts(), sentence, q)) {
                out.add(e.ruleIndex(), q.start(), q.end());
              }
            }
          }
        }
      }
    }
    kept.keep(out);
  }

  /** Tries what starts at word {@code w}: the trie's phrases and the candidates. */
  private void tryFrom(FirstWords.Start<Entry, Candidate> start, AnalyzedText t, int w, int from,
      int to, CharSpan sentence, Probe p, FoundSpans out, PhraseTrie.Sink<Entry> sink) {
    if (start == null) {
      return;
    }
    if (start.after() != null) {
      phrases.findAfter(start.after(), t, w, to, sink);
    }
    if (start.candidates() != null) {
      tryAll(start.candidates(), t, w, from, to, sentence, p, out);
    }
  }

  private void tryAll(List<Candidate> candidates, AnalyzedText t, int w, int from, int to,
      CharSpan sentence, Probe p, FoundSpans out) {
    for (int i = 0; i < candidates.size(); i++) { // no iterator: this runs for every word
      Candidate c = candidates.get(i);
      tryAt(t, c.entry(), w, c.firstAccepted(), from, to, sentence, p, out);
    }
  }

  /**
   * Whether the last words of a sentence are one of a shape's {@code except} phrases: a name
   * that ends in the sentence's mark ("told E!", "on Jeopardy!") is not the writer's exclamation.
   */
  private static boolean endsWithExcept(AnalyzedText t, List<Step[]> excepts, int from, int to) {
    for (Step[] ex : excepts) {
      int q = to - ex.length;
      if (q >= from && Step.phraseAt(t, ex, q)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tries entry {@code e} from word {@code w}; {@code firstAccepted}: its first step is known to
   * accept word {@code w} (found by its stem or term), so it is not checked again.
   */
  private void tryAt(AnalyzedText t, Entry e, int w, boolean firstAccepted, int from, int to,
      CharSpan sentence, Probe p, FoundSpans out) {
    p.reset();
    p.firstAccepted = firstAccepted;
    if (!steps(t, e.steps(), 0, w, from, to, sentence, p) || p.firstWord < 0
        || excepted(t, e, p.firstWord, p.lastWord, from, to)) {
      return;
    }
    out.add(e.ruleIndex(), t.start(p.firstWord), p.end);
  }

  /** Whether one of {@code e}'s except phrases covers its match on words {@code [first, last]}. */
  private static boolean excepted(AnalyzedText t, Entry e, int first, int last, int from,
      int to) {
    return e.exceptWords().covers(t, first, last, from, to);
  }

  /** Matches steps {@code si...} from word {@code w}; fills the probe on success. */
  private static boolean steps(AnalyzedText t, Step[] steps, int si, int w, int from, int to,
      CharSpan sentence, Probe p) {
    if (si == steps.length) {
      return true;
    }
    Step step = steps[si];
    switch (step.kind()) {
      case START:
        return w == from && steps(t, steps, si + 1, w, from, to, sentence, p);
      case END: {
        if (w != to) {
          return false;
        }
        int at = markAt(t.text(), sentence);
        if (at < 0 || t.text().charAt(at) != step.mark()) {
          return false;
        }
        if (p.firstWord < 0) {
          return false;
        }
        p.end = at + 1;
        return true;
      }
      case GAP: {
        int firstWord = p.firstWord; // to undo a failed try
        int lastWord = p.lastWord;
        int end = p.end;
        for (int k = 0; k <= step.max() && w + k <= to; k++) {
          if (steps(t, steps, si + 1, w + k, from, to, sentence, p)) {
            return true;
          }
          p.firstWord = firstWord;
          p.lastWord = lastWord;
          p.end = end;
        }
        return false;
      }
      default: {
        if (w >= to || !(si == 0 && p.firstAccepted || step.accepts(t, w))) {
          return false;
        }
        int firstWord = p.firstWord; // to undo a failed try
        int lastWord = p.lastWord;
        int end = p.end;
        if (p.firstWord < 0) {
          p.firstWord = w;
        }
        p.lastWord = w;
        p.end = t.endWithoutPossessive(w);
        if (steps(t, steps, si + 1, w + 1, from, to, sentence, p)) {
          return true;
        }
        p.firstWord = firstWord;
        p.lastWord = lastWord;
        p.end = end;
        return false;
      }
    }
  }

  /**
   * Whether one of a shape rule's {@code except} phrases stands in {@code sentence} before
   * quotation {@code q}: a word of saying makes the quotation someone's words ("she said she was
   * "hopeful"", "called the plan "a disaster""), not the writer's doubt.
   */
  private static boolean saidBefore(AnalyzedText t, List<Step[]> excepts, CharSpan sentence,
      CharSpan q) {
    int first = t.wordsBefore(sentence.start());
    int quote = t.wordsBefore(q.start());
    int after = t.wordsBefore(q.end());
    int last = t.wordsBefore(sentence.end());
    for (Step[] ex : excepts) {
      for (int w = first; w + ex.length <= quote; w++) {
        if (Step.phraseAt(t, ex, w)) {
          return true;
        }
      }
      // ""a disaster," the mayor said": the word of saying may follow the quotation
      for (int w = after; w + ex.length <= last; w++) {
        if (Step.phraseAt(t, ex, w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The final ? or ! of a sentence (closing quotes and brackets aside), or 0. */
  static char finalMark(String text, CharSpan sentence) {
    int at = markAt(text, sentence);
    return at < 0 ? 0 : text.charAt(at);
  }

  private static int markAt(String text, CharSpan sentence) {
    int i = sentence.end() - 1;
    while (i >= sentence.start()
        && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
      i--;
    }
    return i >= sentence.start() && (text.charAt(i) == '?' || text.charAt(i) == '!') ? i : -1;
  }

  @Override
  public String toString() {
    int entries = phrases.size() + floating.size() + anchored.size() + shapes.size();
    for (List<Candidate> l : byStem.values()) {
      entries += l.size();
    }
    for (List<Candidate> l : byTerm.values()) {
      entries += l.size();
    }
    return "PackMatcher[" + entries + " entries]";
  }

  private record Entry(
      int pack, PackEntry rule, int ruleIndex, Step[] steps, List<Step[]> excepts,
      ExceptWords exceptWords) {}

  /**
   * An entry indexed by the stem or lower-cased form of its first word; {@code firstAccepted}: a
   * word found under that key always passes the first step (false for case-sensitive words).
   */
  private record Candidate(Entry entry, boolean firstAccepted) {}

  private record ShapeEntry(int pack, PackEntry rule, int ruleIndex, ShapeKind kind,
      List<Step[]> excepts) {}

  /** Where a match attempt stands: its first and last word and its end. */
  private static final class Probe {
    int firstWord = -1;
    int lastWord = -1;
    int end = -1;
    boolean firstAccepted; // the first step accepts the first word: no need to check it

    void reset() {
      firstWord = -1;
      lastWord = -1;
      end = -1;
    }
  }
}
