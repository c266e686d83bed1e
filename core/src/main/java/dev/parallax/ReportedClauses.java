package dev.parallax;

import dev.parallax.facts.CueHits;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The reported clauses of indirect speech: the words a source is said to have said without
 * quotation marks, read from the {@link AttributionFacet.Mode#INDIRECT} facets of a text. A loaded
 * word inside one is the source's, as it is inside a quotation, and its tag is marked quoted.
 *
 * <ul>
 *   <li>After a speaker and a verb of saying ("Officials said the damage was catastrophic"), the
 *       clause runs from the verb to the end of the sentence, or to a semicolon or a word of
 *       facet {@value #END} ("..., but he downplayed lay-offs"), where the writer speaks again.
 *       Only "say" (cue value {@code clause}), a verb of asserting of facet {@value #ASSERTING}
 *       ("insisted", "admitted": what follows is a claim even without "that", but not a phrase
 *       after a preposition: "insisted on a vote") or a verb followed
 *       by a word of facet {@value #COMPLEMENT} ("added that") opens one: other verbs may take a
 *       thing as object ("announced drastic cuts"). "According to X, ..." at the start of a
 *       sentence opens one too.
 *   <li>After a comma, when the attribution ends the sentence ("..., he said Saturday";
 *       "..., according to police"; not "Smith, a professor, said the idea is absurd", whose
 *       comma closes an aside), the clause is the text before the comma, less an opening stretch that a comma closes and an aside after it that opens
 *       with a word of facet {@value #ASIDE}: those are the writer's description of the subject
 *       ("Legendary pin-up queen Bettie Page died ..., her agent said"; "Bettie Page, the model
 *       whose photographs ..., has died, her agent said").
 * </ul>
 *
 * After a verb of labelling and its "as" ("dismissed by critics as a sham"), the few words of the
 * label are the labeller's as well (see {@link #labels}).
 *
 * <p>A speaker of facet {@value #WRITER} ("I", "we") is the writer, and a facet without a named
 * source (a passive "it was reported") reports no one's clause. The words are cues of {@code
 * attribution-cues.rules}.
 */
final class ReportedClauses {
  static final String END = "reported-clause-end";
  static final String COMPLEMENT = "attribution-complement";
  static final String ASIDE = "attribution-aside";
  static final String WRITER = "attribution-writer";
  static final String FORWARD = "attribution-forward";
  static final String ASSERTING = "attribution-asserting";
  static final String LABELLING = "attribution-labelling";
  static final String LABEL_AS = "attribution-label-as";
  /** The most words between a verb of labelling and its "as", and after the "as". */
  private static final int LABEL_WORDS = 6;

  private ReportedClauses() {}

  /** The reported clauses of {@code t}, in the order of their facets. */
  static List<CharSpan> of(AnalyzedText t, List<Facet> facets, CueHits cues) {
    List<CharSpan> out = new ArrayList<>();
    String text = t.text();
    for (Facet f : facets) {
      if (!(f instanceof AttributionFacet a) || a.mode() != AttributionFacet.Mode.INDIRECT
          || a.source().isEmpty() || a.cue().isEmpty()) {
        continue;
      }
      int start = a.span().start();
      int end = a.span().end();
      int s = t.sentenceFrom(start);
      if (s >= t.sentences().size() || t.sentences().get(s).start() > start
          || !cues.of(WRITER, start, end).isEmpty()) {
        continue;
      }
      CharSpan sentence = t.sentences().get(s);
      String cue = a.cue().get();
      int before = lastNonSpace(text, sentence.start(), start);
      boolean cueFirst = text.regionMatches(true, start, cue, 0, cue.length());
      if (before >= 0 && text.charAt(before) == ',' && cues.of(FORWARD, start, end).isEmpty()
          && (cueFirst || !clauseFollows(t, cues, end, sentence.end()))) {
        CharSpan c = trailing(t, cues, sentence.start(), before);
        if (c != null) {
          out.add(c);
        }
        continue;
      }
      boolean opens;
      if (cueFirst) {
        opens = before < 0; // "According to police, ..." opening its sentence
      } else {
        opens = cues.of("attribution", start, end).stream()
            .anyMatch(h -> h.end() == end && "clause".equals(h.value()))
            || cues.of(ASSERTING, start, end).stream().anyMatch(h -> h.end() == end)
                && !nextWordIs(t, cues, end, sentence.end(), "attribution-preposition")
            || nextWordIs(t, cues, end, sentence.end(), COMPLEMENT);
      }
      if (opens) {
        int to = sentence.end();
        int semicolon = text.indexOf(';', end);
        if (semicolon >= 0 && semicolon < to) {
          to = semicolon;
        }
        for (CueHit h : cues.of(END, end, to)) {
          to = h.start();
          break;
        }
        if (to > end) {
          out.add(new CharSpan(end, to));
        }
      }
    }
    labels(t, cues, out);
    return out;
  }

  /**
   * Adds the labels given by someone else: after a verb of labelling of facet {@value #LABELLING}
   * and its "as" (facet {@value #LABEL_AS}) within {@value #LABEL_WORDS} words and no comma
   * ("dismissed by critics as a sham", "a system they see as corrupt and incompetent", "describing
   * the teen as a hard-working student"), the words after the "as" up to a comma, a semicolon, a
   * word of facet {@value #END} or {@value #LABEL_WORDS} words are the label of the one who gave
   * it, not the writer's, unless the writer gave it ("I see it as").
   */
  private static void labels(AnalyzedText t, CueHits cues, List<CharSpan> out) {
    String text = t.text();
    for (CueHit verb : cues.of(LABELLING)) {
      int v = t.wordsBefore(verb.start()); // the verb's word
      if (v > 0 && !cues.of(WRITER, t.start(Math.max(0, v - 2)), verb.start()).isEmpty()) {
        continue; // "I see it as", "we have described it as"
      }
      int w = t.wordsBefore(verb.end());
      int s = t.sentenceFrom(verb.start());
      if (s >= t.sentences().size()) {
        continue;
      }
      int limit = t.sentences().get(s).end();
      int as = -1;
      for (int i = w; i < w + LABEL_WORDS + 1 && i < t.wordCount() && t.start(i) < limit; i++) {
        if (text.substring(verb.end(), t.start(i)).indexOf(',') >= 0) {
          break;
        }
        if (!cues.at(t.start(i), LABEL_AS).isEmpty()) {
          as = i;
          break;
        }
      }
      if (as < 0 || as + 1 >= t.wordCount() || t.start(as + 1) >= limit) {
        continue;
      }
      int from = t.start(as + 1);
      int to = Math.min(limit, as + 1 + LABEL_WORDS < t.wordCount()
          ? t.start(as + 1 + LABEL_WORDS) : limit);
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == ',' || text.charAt(i) == ';') {
          to = i;
          break;
        }
      }
      for (CueHit h : cues.of(END, from, to)) {
        to = h.start();
        break;
      }
      if (to > from) {
        out.add(new CharSpan(from, to));
      }
    }
  }

  /**
   * The clause before the comma at {@code comma} of a sentence from {@code from}: less an opening
   * stretch closed by a comma, and an aside after it, the writer's description of the subject.
   */
  private static CharSpan trailing(AnalyzedText t, CueHits cues, int from, int comma) {
    String text = t.text();
    int first = clauseComma(text, from, comma);
    if (first < 0) {
      return new CharSpan(from, comma);
    }
    int next = first + 1;
    int word = t.wordsBefore(next);
    if (word < t.wordCount() && t.start(word) < comma
        && !cues.at(t.start(word), ASIDE).isEmpty()) {
      int second = clauseComma(text, next, comma);
      if (second < 0) {
        return null;
      }
      next = second + 1;
    }
    return next < comma ? new CharSpan(next, comma) : null;
  }

  /** The first comma in {@code [from, to)} followed by a space (not one inside a number), or -1. */
  private static int clauseComma(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == ',' && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastNonSpace(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether a clause follows {@code at} in the sentence, past a time of reporting ("Saturday",
   * "on Tuesday"): after "Smith, a professor at the university, said" the clause that follows is
   * what was said, and the comma before the speaker closes an aside, not a reported clause. A
   * comma ("..., jurors said, was ...") or a preposition ("said in a statement") comes first in
   * an attribution that ends its clause.
   */
  private static boolean clauseFollows(AnalyzedText t, CueHits cues, int at, int limit) {
    String text = t.text();
    int w = t.wordsBefore(at);
    int from = at;
    while (w < t.wordCount() && t.start(w) < limit) {
      if (text.substring(from, t.start(w)).indexOf(',') >= 0) {
        return false; // "..., jurors said, was ...", "..., organizers said on Friday, in a move"
      }
      if (cues.at(t.start(w), "attribution-time").isEmpty()
          && cues.at(t.start(w), "attribution-time-lead").isEmpty()) {
        // "..., the school has said in a statement": a phrase on how it was said, no clause
        return cues.at(t.start(w), "attribution-preposition").isEmpty();
      }
      from = t.end(w);
      w++;
    }
    return false;
  }

  private static boolean nextWordIs(AnalyzedText t, CueHits cues, int at, int limit,
      String facet) {
    int w = t.wordsBefore(at);
    return w < t.wordCount() && t.start(w) < limit && !cues.at(t.start(w), facet).isEmpty();
  }
}
