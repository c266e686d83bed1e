package dev.parallax.facts;

import static dev.parallax.facts.PolarityExtractor.lastWordBefore;
import static dev.parallax.facts.PolarityExtractor.punctuationBreak;
import static dev.parallax.facts.PolarityExtractor.startsOf;
import static dev.parallax.facts.PolarityExtractor.wordAt;

import dev.parallax.AttributionFacet;
import dev.parallax.AttributionFacet.Mode;
import dev.parallax.TextSpan;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.facts.PolarityExtractor.Starts;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Quotations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads who says each sentence, with the cues of {@code attribution-cues.rules}. Every sentence
 * gets at least one attribution facet:
 *
 * <ul>
 *   <li>{@link Mode#DIRECT_QUOTE} for each quotation that reports speech ({@link
 *       Quotations#speech}) in the sentence; the span is the quoted part of the sentence, marks
 *       included; the source and cue come from an attribution cue at most
 *       {@value #QUOTE_REACH} words from the quotation, in the sentence that opens or closes it
 *       (“We will fight,” the minister said);
 *   <li>{@link Mode#INDIRECT} for each other attribution cue outside quotations: a speech verb
 *       ("said", "told reporters", "indicated", "claimed", "reported", "expressed his desire")
 *       with its speaker before it, or after it when the verb follows a comma or quotation
 *       ("..., said the minister"), or "according to" with the speaker after it. The span covers
 *       speaker and cue;
 *   <li>{@link Mode#REPORTER} when the sentence has neither; the span is the sentence's words.
 * </ul>
 *
 * <p><b>Source.</b> The speaker is the noun phrase next to the cue, bounded: read leftwards from
 * a speech verb (over adverbs such as "later" or "quickly"), it stops at a clause break
 * (punctuation), a boundary word ("that", "and", "who"...), another cue or the start of the
 * sentence, and after a determiner ("the soldier") unless a preposition joins it to more
 * ("a spokesman for the ministry"); read rightwards it stops at a clause break, a boundary word,
 * a second determiner or a stop word after the first content word ("by Yonhap on Monday"). Either way at most {@value #MAX_SOURCE_WORDS} words.
 * A time of reporting ("the agency on Tuesday said", "..., said Tuesday the head of the agency")
 * and, after the verb, a leading prepositional phrase ("said in Kyiv the minister") are passed
 * over; a verb after an aside set off by commas takes the noun phrase before the aside ("Smith,
 * a spokesman for the agency, said"; not a participle such as "saying", nor across a quotation
 * mark); an auxiliary alone is no speaker. A verb right
 * after a determiner is a noun ("the report said") and no cue; after a form of "be" it is
 * passive ("it was reported"), the speaker then follows "by" or is unknown.
 *
 * <p>Immutable and thread-safe; work per cue is bounded by {@value #MAX_SOURCE_WORDS} words.
 */
public final class AttributionExtractor {
  /** The longest source noun phrase, in words. */
  static final int MAX_SOURCE_WORDS = 8;
  /** The most asides between a speaker and the verb ("Bob Currie, 66, a resident, said"). */
  static final int MAX_ASIDES = 3;
  /** How far, in words, a cue may stand from the quotation it introduces. */
  static final int QUOTE_REACH = 3;

  /** An attribution extractor. */
  public AttributionExtractor() {}

  /** The attribution facets of one analysed text: at least one per sentence, in text order. */
  public List<AttributionFacet> extract(Spans spans, CueHits cues) {
    AnalyzedText t = spans.text();
    Words words = new Words(t, cues);
    List<CharSpan> quotes = Quotations.speech(t);
    List<CueHit> attributions = PolarityExtractor.outermost(cues.of("attribution"));
    List<AttributionFacet> out = new ArrayList<>();
    int nextCue = 0;
    int nextQuote = 0;
    for (int s = 0; s < t.sentences().size(); s++) {
      int from = t.firstWord(s);
      int to = t.endWord(s);
      if (from >= to) {
        continue;
      }
      CharSpan sentence = t.sentences().get(s);
      List<Found> found = new ArrayList<>();
      while (nextCue < attributions.size() && attributions.get(nextCue).start() < t.start(from)) {
        nextCue++;
      }
      for (int c = nextCue; c < attributions.size()
          && attributions.get(c).start() < t.end(to - 1); c++) {
        CueHit h = attributions.get(c);
        if (!Quotations.inside(quotes, h.start(), h.end())) {
          Found f = read(words, h, from, to);
          if (f != null) {
            found.add(f);
          }
        }
      }
      while (nextQuote < quotes.size() && quotes.get(nextQuote).end() <= sentence.start()) {
        nextQuote++;
      }
      Set<Found> used = null; // made at the first quotation with a speaker (most have none)
      for (int q = nextQuote; q < quotes.size() && quotes.get(q).start() < sentence.end(); q++) {
        CharSpan quote = quotes.get(q);
        int start = Math.max(quote.start(), sentence.start());
        int end = Math.min(quote.end(), sentence.end());
        if (start >= end) {
          continue;
        }
        Found speaker = speakerOf(words, quote, found, s, attributions, quotes);
        if (speaker != null) {
          if (used == null) {
            used = new HashSet<>();
          }
          used.add(speaker);
        }
        out.add(new AttributionFacet(spans.of(start, end), Mode.DIRECT_QUOTE,
            speaker == null ? Optional.empty() : speaker.source(),
            speaker == null ? Optional.empty() : Optional.of(speaker.cue())));
      }
      boolean any = out.size() > 0 && out.get(out.size() - 1).span().start() >= sentence.start();
      for (int i = 0; i < found.size(); i++) { // no iterator a sentence
        Found f = found.get(i);
        if (used == null || !used.contains(f)) {
          out.add(new AttributionFacet(spans.of(f.start(), f.end()), Mode.INDIRECT, f.source(),
              Optional.of(f.cue())));
          any = true;
        }
      }
      if (!any) {
        out.add(new AttributionFacet(spans.words(from, to - 1), Mode.REPORTER, Optional.empty(),
            Optional.empty()));
      }
    }
    out.sort(Comparator.comparing(AttributionFacet::span));
    return List.copyOf(out);
  }

  /**
   * The cue that introduces {@code quote}: one in {@code found} (this sentence) or in the
   * sentence that opens or closes the quotation, outside every quotation, at most
   * {@value #QUOTE_REACH} words before the quote's start or after its end.
   */
  private static Found speakerOf(Words words, CharSpan quote, List<Found> found, int sentence,
      List<CueHit> attributions, List<CharSpan> quotes) {
    AnalyzedText t = words.t;
    List<Found> candidates = new ArrayList<>(found);
    int openS = PolarityExtractor.sentenceOf(t, Math.max(0, wordAt(t, quote.start())));
    int lastQ = lastWordBefore(t, quote.end());
    int closeS = lastQ < 0 ? openS : PolarityExtractor.sentenceOf(t, lastQ);
    for (int s : new int[] {openS, closeS}) {
      if (s == sentence) {
        continue;
      }
      int from = t.firstWord(s);
      int to = t.endWord(s);
      for (CueHit h : attributions) {
        if (from < to && h.start() >= t.start(from) && h.start() < t.end(to - 1)
            && !Quotations.inside(quotes, h.start(), h.end())) {
          Found f = read(words, h, from, to);
          if (f != null) {
            candidates.add(f);
          }
        }
      }
    }
    int before = wordAt(t, quote.start());
    int after = lastQ;
    for (Found f : candidates) {
      int fFirst = wordAt(t, f.start());
      int fLast = lastWordBefore(t, f.end());
      boolean leads = f.end() <= quote.start() && before - fLast <= QUOTE_REACH;
      boolean follows = f.start() >= quote.end() && fFirst - after <= QUOTE_REACH;
      if (leads || follows) {
        return f;
      }
    }
    return null;
  }

  /** Reads one cue in sentence words {@code [from, to)}, or null when it is no attribution. */
  private static Found read(Words w, CueHit h, int from, int to) {
    AnalyzedText t = w.t;
    int first = wordAt(t, h.start());
    int last = lastWordBefore(t, h.end());
    if (first < from || last >= to) {
      return null;
    }
    String cue = collapse(t.text().substring(h.start(), h.end()));
    if (h.value().equals("after")) {
      int[] np = rightwards(w, last + 1, to);
      return new Found(h.start(), np == null ? h.end() : t.end(np[1]), cue,
          source(t, np));
    }
    int prev = first - 1;
    if (prev >= from && !breakBefore(t, first) && w.determiner.contains(t.start(prev))) {
      return null; // "the report said", "his claims": a noun
    }
    boolean clause = h.value().equals("clause") && h.end() < t.text().length()
        && Character.isWhitespace(t.text().charAt(h.end())); // "said 12 people died"
    if (!clause && last + 1 < to && !breakBefore(t, last + 1)
        && t.isNumber(last + 1) && allDigits(t.term(last + 1))) {
      return null; // "Carter added 12 for the Bulldogs": a verb with a count, not a report
    }
    if (prev >= from && !breakBefore(t, first) && w.passive.contains(t.start(prev))) {
      int start = t.start(prev);
      int[] np = null;
      if (last + 2 < to && t.term(last + 1).equals("by")) {
        np = rightwards(w, last + 2, to);
      }
      return new Found(start, np == null ? h.end() : t.end(np[1]), cue, source(t, np));
    }
    int[] np = leftwards(w, prev, from);
    if (np == null && first > from && breakBefore(t, first) && !t.term(first).endsWith("ing")) {
      np = beforeAside(w, first, from); // "Smith, a spokesman for the agency, said"
      if (np != null) {
        return new Found(t.start(np[0]), h.end(), cue, source(t, np));
      }
    }
    if (np == null && last + 1 < to && (first == from || breakBefore(t, first))) {
      np = rightwards(w, last + 1, to); // "..., said the minister"
      if (np != null) {
        return new Found(h.start(), t.end(np[1]), cue, source(t, np));
      }
    }
    return new Found(np == null ? h.start() : t.start(np[0]), h.end(), cue, source(t, np));
  }

  /**
   * The speaker before an aside set off by commas, when the verb of saying at {@code first}
   * follows the aside's closing comma ("Smith, 45, said", "The ministry, in a statement Tuesday,
   * said"): a noun phrase of at most {@value #MAX_SOURCE_WORDS} words between two breaks (no
   * preposition or number first, no form of "be", boundary word or other cue in it). A phrase
   * that is a number, opens in lower case without a determiner and holds a preposition ("66",
   * "head of production for the studio"), or opens with an indefinite article after a comma
   * ("Majed Hamdan, an AP photographer, who rushed there, said") is one more aside, up to {@value #MAX_ASIDES}. The
   * phrase speaks when it opens the sentence, follows a quotation or an opening phrase with a
   * preposition ("After the vote, officials, visibly tired, said"), or when the aside after it
   * is an apposition (opens with a determiner, a number, a lower-case word or a boundary word:
   * "..., Fauzi, an official of the agency, told AFP"; or is a name after a phrase with a
   * determiner: "..., his son, Ike LaRue III, said"); else null, and the verb may be inverted
   * ("He died in Springfield, Missouri, on Monday, said a spokesman").
   */
  private static int[] beforeAside(Words ws, int first, int from) {
    AnalyzedText t = ws.t;
    int open = asideOpening(ws, first, from);
    for (int asides = 0; open > from && asides < MAX_ASIDES; asides++) {
      int start = segmentStart(t, open, from, MAX_SOURCE_WORDS);
      if (start < 0 || open - start > MAX_SOURCE_WORDS
          || ws.preposition.contains(t.start(start))) {
        return null;
      }
      boolean link = false;
      for (int k = start; k < open; k++) {
        int c = t.start(k);
        if (ws.boundary.contains(c) || ws.cue.contains(c) || ws.passive.contains(c)) {
          return null;
        }
        link |= ws.link.contains(c);
      }
      boolean lower = Character.isLowerCase(t.text().charAt(t.start(start)))
          && !ws.determiner.contains(t.start(start));
      if (t.isNumber(start) && start == open - 1 || lower && link
          || ws.indefinite.contains(t.start(start)) && start > from) {
        if (start == from || !commaBetween(t, start - 1, start)) {
          return null;
        }
        open = start; // "Bob Currie, 66, a resident of the block, said": one more aside
        continue;
      }
      if (t.isNumber(start)) {
        return null;
      }
      boolean opens = start == from || quoteBetween(t, start - 1, start)
          || opening(ws, start, from);
      int a = t.start(open);
      boolean apposition = !ws.coordinator.contains(a) && (ws.determiner.contains(a)
          || t.isNumber(open) || ws.boundary.contains(a)
          || Character.isLowerCase(t.text().charAt(a)) && !ws.preposition.contains(a))
          || ws.determiner.contains(t.start(start)) && Character.isUpperCase(t.text().charAt(a));
      return opens || apposition && commaBetween(t, start - 1, start)
          ? new int[] {start, open - 1} : null;
    }
    return null;
  }

  /**
   * The first word of the phrase that ends before word {@code end}: the word after the break
   * before it, or the sentence's first; -1 across a quotation mark or past {@code limit} words
   * (so the work per cue stays bounded).
   */
  private static int segmentStart(AnalyzedText t, int end, int from, int limit) {
    int start = end - 1;
    while (start > from && !breakBefore(t, start)) {
      if (quoteBetween(t, start - 1, start) || end - start > limit) {
        return -1;
      }
      start--;
    }
    return start;
  }

  /** Whether the phrase before word {@code start} opens the sentence with a preposition. */
  private static boolean opening(Words ws, int start, int from) {
    if (start <= from) {
      return false;
    }
    int before = segmentStart(ws.t, start, from, 3 * MAX_SOURCE_WORDS);
    return before == from && ws.preposition.contains(ws.t.start(before));
  }

  /**
   * The first word of the aside that ends with a comma before word {@code close}, or -1: the
   * aside opens after a comma, holds no quotation mark and no form of "be" or auxiliary verb
   * unless it opens with a boundary word, and is at most three times {@value #MAX_SOURCE_WORDS} words long.
   */
  private static int asideOpening(Words ws, int close, int from) {
    AnalyzedText t = ws.t;
    if (!commaBetween(t, close - 1, close)) {
      return -1;
    }
    boolean be = false;
    for (int k = close - 1; k > from && close - k <= 3 * MAX_SOURCE_WORDS; k--) {
      if (quoteBetween(t, k - 1, k)) {
        return -1;
      }
      be |= ws.passive.contains(t.start(k)) || ws.auxiliary.contains(t.start(k));
      if (breakBefore(t, k)) {
        boolean clause = ws.boundary.contains(t.start(k));
        return commaBetween(t, k - 1, k) && (!be || clause) ? k : -1;
      }
    }
    return -1;
  }

  /** Whether {@code s} is all digits (no stream: asked after every cue). */
  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a comma and no quotation mark stand between words {@code a} and {@code b}. */
  private static boolean commaBetween(AnalyzedText t, int a, int b) {
    return t.text().substring(t.end(a), t.start(b)).indexOf(',') >= 0 && !quoteBetween(t, a, b);
  }

  /** The speaker's words read leftwards from word {@code w}: {first, last}, or null. */
  private static int[] leftwards(Words ws, int w, int from) {
    AnalyzedText t = ws.t;
    int end = w;
    while (end >= from && end > from && !breakBefore(t, end + 1) && isSkippable(ws, end)) {
      end--;
    }
    if (end < from || breakBefore(t, end + 1) || isSkippable(ws, end)) {
      return null; // "Has said nothing since": an auxiliary alone is no speaker
    }
    int k = end;
    int first = -1;
    while (k >= from && end - k < MAX_SOURCE_WORDS) {
      int c = t.start(k);
      if (ws.boundary.contains(c) || ws.cue.contains(c) || ws.passive.contains(c)) {
        break;
      }
      first = k;
      if (ws.determiner.contains(c)) {
        boolean joined = k - 2 >= from && ws.link.contains(t.start(k - 1))
            && !breakBefore(t, k) && !breakBefore(t, k - 1);
        if (!joined) {
          break;
        }
      }
      if (k == from || breakBefore(t, k)) {
        break;
      }
      k--;
    }
    return first < 0 ? null : new int[] {first, end};
  }

  /** The speaker's words read rightwards from word {@code w}: {first, last}, or null. */
  private static int[] rightwards(Words ws, int w, int to) {
    AnalyzedText t = ws.t;
    if (w < to && !breakBefore(t, w) && ws.infinitive.contains(t.start(w))) {
      return null; // "the pirates, said to be in a dhow": no report, no speaker
    }
    w = pastTime(ws, w, to);
    if (w < to && !breakBefore(t, w) && ws.preposition.contains(t.start(w))) {
      w = pastPhrase(ws, w, to); // "said in Kyiv the minister"
    }
    if (w >= to || breakBefore(t, w)) {
      return null;
    }
    int last = -1;
    boolean content = false;
    for (int k = w; k < to && k - w < MAX_SOURCE_WORDS; k++) {
      int c = t.start(k);
      if (ws.boundary.contains(c) || ws.cue.contains(c) || ws.passive.contains(c)) {
        break;
      }
      if (ws.determiner.contains(c) && content && !ws.link.contains(t.start(k - 1))) {
        break; // "according to the ministry the soldier ...": a new noun phrase
      }
      boolean function = ws.determiner.contains(c) || ws.link.contains(c);
      if (content && !function && t.isStopWord(k)) {
        break; // "by Yonhap on Monday": the speaker ends before "on"
      }
      if (!function) {
        content = true;
      }
      last = k;
      if (k + 1 < to && breakBefore(t, k + 1)) {
        break;
      }
    }
    while (last >= w && ws.link.contains(t.start(last))) {
      last--;
    }
    return last < w || !content ? null : new int[] {w, last};
  }

  /** Whether a quotation mark stands between words {@code a} and {@code b}. */
  private static boolean quoteBetween(AnalyzedText t, int a, int b) {
    String text = t.text();
    for (int i = t.end(a); i < t.start(b); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '\'' || c == '‘' || c == '’' || c == '«'
          || c == '»') {
        return true;
      }
    }
    return false;
  }

  /**
   * The first word at or after {@code w} past a time of reporting ("Tuesday", "late Tuesday",
   * "on Tuesday", "last week"), read rightwards within one clause.
   */
  private static int pastTime(Words ws, int w, int to) {
    AnalyzedText t = ws.t;
    int past = w;
    int k = w;
    while (k < to && k - w < MAX_SOURCE_WORDS && (k == w || !breakBefore(t, k))) {
      int c = t.start(k);
      if (ws.time.contains(c)) {
        past = ++k; // "Tuesday", "late Tuesday", "on Tuesday night"
      } else if (ws.timeLead.contains(c)) {
        k++;
      } else {
        break;
      }
    }
    return past;
  }

  /**
   * The first word after a prepositional phrase that opens at {@code w} (the preposition, an
   * optional determiner and the words up to the next determiner: "in a statement the ministry",
   * "in Kyiv the minister"), or {@code to} when no determiner follows within the clause.
   */
  private static int pastPhrase(Words ws, int w, int to) {
    AnalyzedText t = ws.t;
    int k = w + 1;
    if (k < to && !breakBefore(t, k) && ws.determiner.contains(t.start(k))) {
      k++;
    }
    for (; k < to && k - w <= MAX_SOURCE_WORDS && !breakBefore(t, k); k++) {
      if (ws.determiner.contains(t.start(k))) {
        return k;
      }
    }
    return to;
  }

  /** An adverb between speaker and verb: a skip cue, or a lower-case word in "-ly". */
  private static boolean isSkippable(Words ws, int w) {
    AnalyzedText t = ws.t;
    if (ws.skip.contains(t.start(w)) || ws.time.contains(t.start(w))) {
      return true;
    }
    if (ws.timeLead.contains(t.start(w)) && w + 1 < t.wordCount()
        && (ws.time.contains(t.start(w + 1)) || ws.timeLead.contains(t.start(w + 1)))) {
      return true; // "on Tuesday", "late Tuesday"
    }
    String term = t.term(w);
    boolean ly = term.length() > 4 && term.endsWith("ly")
        && Character.isLowerCase(t.text().charAt(t.start(w)));
    // after a determiner or a possessive, a word in "-ly" is a noun: "the family", "Felt's family"
    return ly && w > 0 && !ws.determiner.contains(t.start(w - 1))
        && t.endWithoutPossessive(w - 1) == t.end(w - 1);
  }

  private static boolean breakBefore(AnalyzedText t, int w) {
    return w > 0 && w < t.wordCount() && punctuationBreak(t.text(), t.end(w - 1), t.start(w));
  }

  private static Optional<String> source(AnalyzedText t, int[] np) {
    if (np == null) {
      return Optional.empty();
    }
    return Optional.of(collapse(t.text().substring(t.start(np[0]), t.endWithoutPossessive(np[1]))));
  }

  private static String collapse(String s) {
    return NameExtractor.SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** An attribution read from one cue: its span, cue words and speaker. */
  private record Found(int start, int end, String cue, Optional<String> source) {}

  /** The first chars of the words each helper facet marks, for one text. */
  private static final class Words {
    final AnalyzedText t;
    final Starts determiner;
    final Starts passive;
    final Starts boundary;
    final Starts skip;
    final Starts link;
    final Starts cue;
    final Starts time;
    final Starts timeLead;
    final Starts preposition;
    final Starts infinitive;
    final Starts auxiliary;
    final Starts coordinator;
    final Starts indefinite;

    Words(AnalyzedText t, CueHits cues) {
      this.t = t;
      this.determiner = startsOf(cues, "attribution-determiner");
      this.passive = startsOf(cues, "attribution-passive");
      this.boundary = startsOf(cues, "attribution-boundary");
      this.skip = startsOf(cues, "attribution-skip");
      this.link = startsOf(cues, "attribution-link");
      this.cue = startsOf(cues, "attribution");
      this.time = startsOf(cues, "attribution-time");
      this.timeLead = startsOf(cues, "attribution-time-lead");
      this.preposition = startsOf(cues, "attribution-preposition");
      this.infinitive = startsOf(cues, "attribution-infinitive");
      this.auxiliary = startsOf(cues, "attribution-auxiliary");
      this.coordinator = startsOf(cues, "attribution-coordinator");
      this.indefinite = startsOf(cues, "attribution-indefinite");
    }
  }

  @Override
  public String toString() {
    return "AttributionExtractor[direct quote, indirect, reporter]";
  }
}
