package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Quotations;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits sentences into claims: parts that each state something checkable. A sentence is cut at
 * a semicolon, at a single dash between clauses ("this year—the first occurred last August"; two
 * dashes enclose an aside and cut nothing), and before a clause connective of the claims pack
 * (cues of facet {@code clause-break}) that follows a comma — never inside a quotation, and only
 * when both sides hold at least {@value #MIN_WORDS} words. Spans are trimmed of white space and
 * of the punctuation at the cut. Stateless.
 */
public final class ClaimSplitter {
  /** The fewest words a part needs to be a claim of its own. */
  static final int MIN_WORDS = 4;

  /**
   * One claim: its span and the index of its sentence.
   *
   * @param sentence index of the sentence it belongs to
   * @param span its chars
   */
  public record ClaimSpan(int sentence, CharSpan span) {}

  /** The claims of every sentence of {@code t}, in order. */
  public List<ClaimSpan> split(AnalyzedText t, CueHits cues) {
    String text = t.text();
    List<CharSpan> quotes = t.quotations();
    List<ClaimSpan> out = new ArrayList<>();
    for (int s = 0; s < t.sentences().size(); s++) {
      CharSpan sentence = t.sentences().get(s);
      List<int[]> cuts = cuts(t, cues, sentence, quotes); // {leftEnd, rightStart}
      int start = sentence.start();
      for (int[] cut : cuts) {
        CharSpan left = trim(text, start, cut[0]);
        CharSpan rest = trim(text, cut[1], sentence.end());
        if (words(t, left) >= MIN_WORDS && words(t, rest) >= MIN_WORDS) {
          out.add(new ClaimSpan(s, left));
          start = cut[1];
        }
      }
      out.add(new ClaimSpan(s, trim(text, start, sentence.end())));
    }
    return out;
  }

  /** Candidate cuts of one sentence, in order. */
  private static List<int[]> cuts(AnalyzedText t, CueHits cues, CharSpan sentence,
      List<CharSpan> quotes) {
    String text = t.text();
    List<int[]> cuts = new ArrayList<>();
    List<Integer> dashes = new ArrayList<>();
    for (int i = sentence.start(); i < sentence.end(); i++) {
      char c = text.charAt(i);
      if ((c != ';' && c != '—' && c != '–' && c != '-') // only these can cut
          || Quotations.inside(quotes, i, i + 1)) {
        continue;
      }
      if (c == ';') {
        cuts.add(new int[] {i, i + 1});
      } else if (c == '—' || (c == '–' && spaced(text, i))
          || (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-' && spaced(text, i))) {
        dashes.add(i);
        if (c == '-') {
          i++;
        }
      }
    }
    if (dashes.size() == 1) {
      int d = dashes.get(0);
      int after = text.charAt(d) == '-' ? d + 2 : d + 1;
      cuts.add(new int[] {d, after});
    }
    for (CueHit h : cues.of("clause-break", sentence.start() + 1, sentence.end())) {
      if (Quotations.inside(quotes, h.start(), h.end())) {
        continue;
      }
      int comma = h.start() - 1;
      while (comma > sentence.start() && Character.isWhitespace(text.charAt(comma))) {
        comma--;
      }
      if (text.charAt(comma) == ',') {
        cuts.add(new int[] {comma, h.start()});
      }
    }
    cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
    return cuts;
  }

  private static boolean spaced(String text, int i) {
    return i > 0 && Character.isWhitespace(text.charAt(i - 1));
  }

  private static CharSpan trim(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new CharSpan(s, e);
  }

  private static int words(AnalyzedText t, CharSpan span) {
    return Quotations.words(t, span);
  }

  @Override
  public String toString() {
    return "ClaimSplitter[min " + MIN_WORDS + " words a side]";
  }
}
