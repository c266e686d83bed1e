package dev.parallax.facts;

import dev.parallax.PolarityFacet;
import dev.parallax.PolarityFacet.Kind;
import dev.parallax.TextSpan;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Quotations;
import dev.parallax.text.SentenceSplitter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Reads polarity facets: negations ("not", "didn't", "never", "no", "without", "failed to",
 * "denied", "neither ... nor"), modals ("may", "might", "could", "would", "should", "must") and
 * hedges ("reportedly", "allegedly", "appears to", "it's possible"), from the cues of facets
 * {@code negation}, {@code modal} and {@code hedge} ({@code polarity.rules}).
 *
 * <p><b>Scope.</b> A cue bears on the words after it up to the end of its clause: the clause ends
 * before a comma, semicolon, colon, dash (an em or en dash, or a hyphen standing apart) or
 * bracket between two words, before a contrast word (the {@code clause-break} cues: "but",
 * "while", "although", ...) unless that word follows a cue other than "no" at once ("not yet
 * decided"), before "and" with an auxiliary of its own (the {@code scope-break} cues: "was not
 * taking on water and was anchored"), at the end of the quotation of speech that holds the cue (a quotation that {@link
 * Quotations#isSpeech} holds for, or one right after a speech verb: {@code he said "no."}; other
 * quotations are the writer's words: there was "no evidence" of it), at the end of the sentence,
 * also of a sentence inside a quotation or bracket that the sentence splitter keeps whole
 * ({@code "We will not go. The talks are over."}: "not" bears on "go"), and after at most
 * {@value #MAX_SCOPE_WORDS} words. When no word follows the cue in its clause ("He did not."), the
 * scope is the cue itself. A cue inside a longer cue of the same kind counts once.
 *
 * <p><b>Denial.</b> A negation is kept only when it denies what its clause states. It is dropped
 * when
 *
 * <ul>
 *   <li>it lies inside a {@code negation-idiom} cue whose words no clause mark parts ("nothing
 *       but a rumour", "not least", "no less than 30"); with value {@code abbreviation}, only
 *       when a full stop follows its first word ("No. 10", not "no 3G coverage");
 *   <li>a hyphen joins it to the word before or after it: a compound ("no-fly zone",
 *       "not-for-profit", "never-ending", "a yes-or-no question");
 *   <li>it is the determiner "no" (cue value {@code determiner}) and no word follows it in its
 *       clause: an answer or a vote ("he said no", "the answer was no", {@code "No," she said});
 *   <li>it opens its clause or quotation of speech (only adverbs in "-ly" before it: "Absolutely
 *       not"; "no" and the pronouns "nobody", "nothing"... only when they open a sentence, a
 *       quotation of speech or follow a colon: after a comma or "but" they continue a list or an
 *       ellipsis, "no electricity, no food", "damage, but no injuries"),
 *       does not hold its own verb (cue value {@code verb}: "didn't", "failed to"), and its scope
 *       holds no predicate: a verbless fragment ("Not a candidate.", "No comment.", "Not yet.",
 *       "Never again.", {@code "No."}, "Without warning, ..."). A predicate is a {@code predicate}
 *       cue (auxiliaries, copulas, common verbs), a modal, a lower-case word in "-ed", a
 *       contraction of "is" or "has" ("it's", "Nobody's"), or a lower-case word in "-s" right
 *       after a pronoun cue ("Nobody cares") or, not at the end of the clause, after a word that
 *       is neither a stop word nor the cue ("Not one soldier returns fire", but not "No
 *       comments", "No further questions"). "No one was injured." still denies.
 * </ul>
 *
 * <p>Immutable and thread-safe; work is linear in the number of cues times
 * {@value #MAX_SCOPE_WORDS}, plus one sentence split of each quotation or bracket that a scope
 * reaches across a full stop.
 */
public final class PolarityExtractor {
  /** The longest scope, in words. */
  static final int MAX_SCOPE_WORDS = 40;
  /** The most "-ly" adverbs that may stand before a negation that opens its clause. */
  static final int MAX_LEADING_ADVERBS = 2;

  /** A polarity extractor. */
  public PolarityExtractor() {}

  /** The polarity facets of one analysed text, in text order. */
  public List<PolarityFacet> extract(Spans spans, CueHits cues) {
    AnalyzedText t = spans.text();
    List<PolarityFacet> out = new ArrayList<>();
    if (t.wordCount() == 0) {
      return out;
    }
    Reader r = null;
    for (Kind kind : Kind.values()) {
      List<CueHit> hits = outermost(cues.of(kind.name().toLowerCase(java.util.Locale.ROOT)));
      for (CueHit h : hits) {
        int first = wordAt(t, h.start());
        int last = lastWordBefore(t, h.end());
        if (first < 0 || last < first) {
          continue;
        }
        if (r == null) {
          r = new Reader(t, cues);
        }
        int sentence = sentenceOf(t, first);
        CharSpan quote = r.speechAround(h.start());
        int j = r.scopeEnd(sentence, quote, last, !h.value().equals("determiner"));
        if (kind == Kind.NEGATION && !r.denies(h, sentence, quote, first, last, j)) {
          continue;
        }
        TextSpan cue = spans.of(h.start(), h.end());
        TextSpan scope = j == last ? cue : spans.words(last + 1, j);
        out.add(new PolarityFacet(cue, kind, scope));
      }
    }
    out.sort(Comparator.comparing(PolarityFacet::span));
    return List.copyOf(out);
  }

  /** A negation inside its clause ("He did not go"). */
  private static final int INSIDE = 0;
  /** A negation after a comma, dash or contrast word ("the army, not the police"). */
  private static final int CLAUSE = 1;
  /** A negation that opens a sentence or a quotation of speech, or follows a colon. */
  private static final int STATEMENT = 2;

  /** The cues and quotations of one text, and the scope and denial tests over them. */
  private static final class Reader {
    private final AnalyzedText t;
    private final String text;
    private final Starts breakWords;
    private final Starts scopeBreaks;
    private final Starts predicates;
    private final Starts modals;
    private final BitSet idioms = new BitSet(); // chars of idioms whose words no clause mark parts
    private final BitSet speechVerbEnds = new BitSet(); // ends of speech verbs: he said "no."
    private final List<CharSpan> quotes;
    private final InnerEnds innerEnds;

    Reader(AnalyzedText t, CueHits cues) {
      this.t = t;
      this.text = t.text();
      this.breakWords = startsOf(cues, "clause-break");
      this.scopeBreaks = startsOf(cues, "scope-break");
      this.predicates = startsOf(cues, "predicate");
      this.modals = startsOf(cues, "modal");
      for (CueHit h : cues.of("negation-idiom")) {
        if (!partedByPunctuation(h) && (!h.value().equals("abbreviation") || abbreviated(h))) {
          idioms.set(h.start(), h.end());
        }
      }
      for (CueHit h : cues.of("attribution")) {
        speechVerbEnds.set(h.end());
      }
      this.quotes = t.quotations();
      this.innerEnds = new InnerEnds(t, quotes);
    }

    /**
     * The last word of the scope of a cue whose last word is {@code last}; with {@code yet}, a
     * contrast word right after the cue does not end it ("not yet decided"; but "said no but").
     */
    int scopeEnd(int sentence, CharSpan quote, int last, boolean yet) {
      int sentenceEnd = t.endWord(sentence);
      int j = last;
      while (j + 1 < sentenceEnd && j - last < MAX_SCOPE_WORDS
          && !punctuationBreak(text, t.end(j), t.start(j + 1))
          && !((j > last || !yet) && breakWords.contains(t.start(j + 1)))
          && !(j > last && scopeBreaks.contains(t.start(j + 1)))
          && !(quote != null && t.start(j + 1) >= quote.end())
          && !innerEnds.between(sentence, t.end(j), t.start(j + 1))) {
        j++;
      }
      return j;
    }

    /** Whether negation {@code h} (words {@code first..last}, scope to {@code j}) denies. */
    boolean denies(CueHit h, int sentence, CharSpan quote, int first, int last, int j) {
      if (idioms.nextClearBit(h.start()) >= h.end() || hyphenated(h.start(), h.end())) {
        return false; // "nothing but", "no-fly zone"
      }
      if (h.value().equals("verb")) {
        return true; // "didn't", "failed to": the verb is in the cue
      }
      if (h.value().equals("determiner") && j == last) {
        return false; // "he said no", "the answer was no"
      }
      boolean pronoun = h.value().equals("pronoun");
      int opens = opens(sentence, quote, first);
      if (opens == INSIDE
          || (opens == CLAUSE && (pronoun || h.value().equals("determiner")))) {
        // "He did not go", "There was no sign"; a list or an ellipsis after a comma or "but":
        // "no electricity, no food", "damage, but no injuries"
        return true;
      }
      if (pronoun && t.endWithoutPossessive(last) < t.end(last)) {
        return true; // "Nobody's perfect"
      }
      if (predicateIn(last + 1, j, last, pronoun)) {
        return true; // "No one was injured", "Never before have ..."
      }
      if (pronoun || h.value().equals("determiner")) {
        // a subject with an aside: "No one, including the driver, was hurt"
        int k = afterAside(sentence, quote, j);
        return k >= 0 && predicateIn(k, scopeEnd(sentence, quote, k, false), k - 1, true);
      }
      return false; // "Not a candidate.", "No comment.", "Not yet."
    }

    /** Whether words {@code from..to} hold a predicate (see {@link #predicate}). */
    private boolean predicateIn(int from, int to, int cueLast, boolean pronounCue) {
      for (int w = from; w <= to; w++) {
        if (predicate(w, cueLast, pronounCue, to)) {
          return true;
        }
      }
      return false;
    }

    /**
     * When word {@code j} ends a scope before a comma, dash or opening bracket: the first word
     * after the aside that the mark opens, where the same mark (or the closing bracket) stands
     * again in the sentence and quotation ("No one, [including the driver,] was hurt"); else -1.
     */
    private int afterAside(int sentence, CharSpan quote, int j) {
      int end = t.endWord(sentence);
      if (j + 1 >= end || (quote != null && t.start(j + 1) >= quote.end())) {
        return -1;
      }
      char open = asideMark(t.end(j), t.start(j + 1));
      char close = open == '(' ? ')' : open == '[' ? ']' : open;
      if (open == 0 || open == ')' || open == ']') {
        return -1;
      }
      for (int k = j + 1; k + 1 < end && k - j <= MAX_SCOPE_WORDS; k++) {
        if (quote != null && t.start(k + 1) >= quote.end()) {
          return -1;
        }
        if (asideMark(t.end(k), t.start(k + 1)) == close) {
          return k + 1;
        }
      }
      return -1;
    }

    /**
     * The mark in chars {@code [from, to)} that opens or closes an aside: ',', '\u2014' for any
     * dash, or a bracket; 0 when there is none.
     */
    private char asideMark(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == ',' || c == '(' || c == ')' || c == '[' || c == ']') {
          return c;
        }
        boolean spacedHyphen = c == '-' && ((i > from && apart(text.charAt(i - 1)))
            || (i + 1 < to && apart(text.charAt(i + 1))));
        if (c == '\u2014' || c == '\u2013' || c == '\u2015' || spacedHyphen) {
          return '\u2014';
        }
      }
      return 0;
    }

    /**
     * What word {@code first} opens, past adverbs in "-ly" before it ("Absolutely not"): a
     * {@link #STATEMENT} when it opens its sentence, the quotation of speech {@code quote} or a
     * sentence inside a quotation, or follows a colon; a {@link #CLAUSE} when it follows another
     * clause mark or a contrast word; else it is {@link #INSIDE} a clause.
     */
    private int opens(int sentence, CharSpan quote, int first) {
      int sentenceStart = t.firstWord(sentence);
      for (int w = first; ; w--) {
        if (w == sentenceStart
            || (quote != null && t.start(w - 1) < quote.start())
            || innerEnds.between(sentence, t.end(w - 1), t.start(w))
            || colon(t.end(w - 1), t.start(w))) {
          return STATEMENT;
        }
        if (punctuationBreak(text, t.end(w - 1), t.start(w))
            || breakWords.contains(t.start(w - 1))) {
          return CLAUSE;
        }
        if (first - w >= MAX_LEADING_ADVERBS || !adverb(w - 1, sentenceStart)) {
          return INSIDE;
        }
      }
    }

    /**
     * Whether word {@code w} of a scope after the cue ending at {@code cueLast} and ending at
     * {@code scopeEnd} is a verb.
     */
    private boolean predicate(int w, int cueLast, boolean pronounCue, int scopeEnd) {
      int start = t.start(w);
      if (predicates.contains(start) || modals.contains(start) || contracted(w)) {
        return true;
      }
      if (!Character.isLowerCase(text.charAt(start))) {
        return false;
      }
      String term = t.term(w);
      if (term.length() > 4 && term.endsWith("ed")) {
        return true; // "crossed", "fired"
      }
      // a verb in "-s" right after a pronoun ("Nobody cares"), or after another word that is no
      // stop word, with more of its clause to come ("Not one soldier returns fire"); not a plural
      // ("No comments", "Not in years", "No further questions")
      return term.length() > 3 && term.endsWith("s") && !term.endsWith("ss")
          && !term.endsWith("us") && !term.endsWith("is")
          && (w - 1 == cueLast ? pronounCue : !t.isStopWord(w - 1) && w < scopeEnd);
    }

    /** Whether word {@code w} is a stop word written with "'s": "it's", "there's" ("is", "has"). */
    private boolean contracted(int w) {
      return t.endWithoutPossessive(w) < t.end(w) && t.isStopWord(w);
    }

    /** White space or a hyphen: a hyphen next to one stands apart, as a dash. */
    private static boolean apart(char c) {
      return Character.isWhitespace(c) || c == '-';
    }

    /** Whether chars {@code [from, to)} hold a colon. */
    private boolean colon(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == ':') {
          return true;
        }
      }
      return false;
    }

    /**
     * An adverb in "-ly" ("absolutely", "Certainly"): written in lower case unless it opens its
     * sentence ("Italy" inside a sentence is a name).
     */
    private boolean adverb(int w, int sentenceStart) {
      String term = t.term(w);
      return term.length() > 4 && term.endsWith("ly")
          && (w == sentenceStart || Character.isLowerCase(text.charAt(t.start(w))));
    }

    /** Whether a hyphen joins chars {@code [start, end)} to a word before or after them. */
    private boolean hyphenated(int start, int end) {
      boolean after = end + 1 < text.length() && hyphen(text.charAt(end))
          && Character.isLetterOrDigit(text.charAt(end + 1));
      boolean before = start >= 2 && hyphen(text.charAt(start - 1))
          && Character.isLetterOrDigit(text.charAt(start - 2));
      return after || before;
    }

    private static boolean hyphen(char c) {
      return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Whether a clause mark stands between two words of hit {@code h}. */
    private boolean partedByPunctuation(CueHit h) {
      int first = wordAt(t, h.start());
      int last = lastWordBefore(t, h.end());
      for (int w = first; w >= 0 && w < last; w++) {
        if (punctuationBreak(text, t.end(w), t.start(w + 1))) {
          return true;
        }
      }
      return false;
    }

    /** Whether the first word of hit {@code h} ends with a full stop ("No. 10", not "no 3G"). */
    private boolean abbreviated(CueHit h) {
      int end = t.end(wordAt(t, h.start()));
      return end < text.length() && text.charAt(end) == '.';
    }

    /**
     * The quotation that encloses char {@code c} and reports speech, or null: one that {@link
     * Quotations#isSpeech} holds for ({@code He said: "We will not go."}), or one right after a
     * speech verb ({@code he said "no."}). Speech is a clause of its own; other quotations are
     * the writer's words (there was "no evidence") and bound nothing.
     */
    CharSpan speechAround(int c) {
      int lo = 0;
      int hi = quotes.size() - 1;
      CharSpan found = null;
      while (lo <= hi) { // the last quotation that opens before c
        int mid = (lo + hi) >>> 1;
        if (quotes.get(mid).start() < c) {
          found = quotes.get(mid);
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      if (found == null || c >= found.end()) {
        return null;
      }
      if (Quotations.isSpeech(t, found)) {
        return found;
      }
      int before = lastWordBefore(t, found.start());
      return before >= 0 && speechVerbEnds.get(t.end(before)) ? found : null;
    }
  }

  /**
   * The sentence ends inside the quotations and brackets of one text, where the sentence splitter
   * places none; found for one sentence at a time, when a scope first reaches a full stop in it.
   */
  private static final class InnerEnds {
    private final AnalyzedText t;
    private final List<CharSpan> quotes;
    private final BitSet scanned = new BitSet(); // sentences
    private final BitSet ends = new BitSet(); // chars just after an inner sentence

    InnerEnds(AnalyzedText t, List<CharSpan> quotes) {
      this.t = t;
      this.quotes = quotes;
    }

    /** Whether an inner sentence of sentence {@code s} ends in chars {@code [from, to]}. */
    boolean between(int s, int from, int to) {
      if (!terminal(t.text(), from, to)) {
        return false; // most gaps: no full stop, no need to look
      }
      if (!scanned.get(s)) {
        scanned.set(s);
        scan(t.sentences().get(s));
      }
      int e = ends.nextSetBit(from);
      return e >= 0 && e <= to;
    }

    private static boolean terminal(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
          return true;
        }
      }
      return false;
    }

    private void scan(CharSpan sentence) {
      String text = t.text();
      int lo = 0;
      int hi = quotes.size();
      while (lo < hi) { // the first quotation that ends after the sentence starts
        int mid = (lo + hi) >>> 1;
        if (quotes.get(mid).end() <= sentence.start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int k = lo; k < quotes.size() && quotes.get(k).start() < sentence.end(); k++) {
        CharSpan q = quotes.get(k);
        split(Math.max(q.start() + 1, sentence.start()), Math.min(q.end() - 1, sentence.end()));
      }
      Deque<Integer> open = new ArrayDeque<>();
      for (int i = sentence.start(); i < sentence.end(); i++) {
        char c = text.charAt(i);
        if (c == '(' || c == '[') {
          open.push(i);
        } else if ((c == ')' || c == ']') && !open.isEmpty()) {
          split(open.pop() + 1, i);
        }
      }
    }

    /** Marks the ends of all but the last sentence of chars {@code [from, to)}. */
    private void split(int from, int to) {
      if (to - from < 4 || !terminal(t.text(), from, to)) {
        return;
      }
      List<CharSpan> inner = SentenceSplitter.english().split(t.text().substring(from, to));
      for (int k = 0; k + 1 < inner.size(); k++) {
        ends.set(from + inner.get(k).end());
      }
    }
  }

  /** Hits that do not lie inside a longer hit of the same list, in text order. */
  static List<CueHit> outermost(List<CueHit> hits) {
    List<CueHit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparingInt(CueHit::start)
        .thenComparing(Comparator.comparingInt(CueHit::end).reversed()));
    List<CueHit> out = new ArrayList<>();
    int maxEnd = -1;
    for (CueHit h : sorted) {
      if (h.end() <= maxEnd) {
        continue; // inside an earlier, longer hit (or the same span again)
      }
      maxEnd = h.end();
      out.add(h);
    }
    return out;
  }

  /** The first chars of the hits of {@code facet}. */
  static Starts startsOf(CueHits cues, String facet) {
    return new Starts(cues, cues.indices(facet));
  }

  /**
   * The chars where the hits of one facet start: the facet's own hits, shared with {@link
   * CueHits} and searched by halves (no copy, no boxing), once the cues say that any hit starts
   * at the char (most words have none).
   */
  static final class Starts {
    private final CueHits cues;
    private final int[] hits;

    private Starts(CueHits cues, int[] hits) {
      this.cues = cues;
      this.hits = hits;
    }

    /** Whether a hit starts at char {@code start}. */
    boolean contains(int start) {
      return hits.length > 0 && cues.anyAt(start) && cues.startsAt(hits, start);
    }
  }

  /**
   * Whether the chars {@code [from, to)} between two words end a clause: they hold a comma,
   * semicolon, colon, bracket, an em or en dash, or a hyphen next to white space or another
   * hyphen ("year - the", "year--the"), but not "U.S.-led".
   */
  static boolean punctuationBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (",;:()[]{}\u2014\u2013\u2015".indexOf(c) >= 0) {
        return true;
      }
      if (c == '-') {
        boolean before = i > from && (Character.isWhitespace(text.charAt(i - 1))
            || text.charAt(i - 1) == '-');
        boolean after = i + 1 < to && (Character.isWhitespace(text.charAt(i + 1))
            || text.charAt(i + 1) == '-');
        if (before || after) {
          return true;
        }
      }
    }
    return false;
  }

  /** The word that starts at or holds char {@code c}, or the next word after it; -1 past the end. */
  static int wordAt(AnalyzedText t, int c) {
    int lo = 0;
    int hi = t.wordCount() - 1;
    int found = -1;
    while (lo <= hi) { // the first word whose end is after c
      int mid = (lo + hi) >>> 1;
      if (t.end(mid) > c) {
        found = mid;
        hi = mid - 1;
      } else {
        lo = mid + 1;
      }
    }
    return found;
  }

  /** The last word that starts before char {@code c}, or -1. */
  static int lastWordBefore(AnalyzedText t, int c) {
    int lo = 0;
    int hi = t.wordCount() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.start(mid) < c) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The sentence that holds word {@code w}. */
  static int sentenceOf(AnalyzedText t, int w) {
    int lo = 0;
    int hi = t.sentences().size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (t.firstWord(mid) <= w) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    while (found + 1 < t.sentences().size() && t.endWord(found) <= w) {
      found++; // skip sentences without words
    }
    return found;
  }

  @Override
  public String toString() {
    return "PolarityExtractor[negation, modal, hedge; scope to the end of the clause;"
        + " fragments, answers, idioms and compounds deny nothing]";
  }
}
