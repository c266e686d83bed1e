package dev.parallax.facts;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import dev.parallax.text.Questions;
import dev.parallax.text.Quotations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits sentences into claims: parts that each state something checkable. A sentence is cut at
 * a semicolon, at a single dash between clauses ("this year—the first occurred last August"; two
 * dashes enclose an aside and cut nothing), and before a clause connective of the claims pack
 * (cues of facet {@code clause-break}) that follows a comma — never inside a quotation, and only
 * when both sides hold at least {@value #MIN_WORDS} words, or the first does and the rest is a
 * question of at least {@value #MIN_QUESTION_WORDS} words that ends the sentence: a question asks
 * only in its own clause ("McDermott now has 2,029 points, but who's counting?" states the
 * points; "Is it worth the money, though?" stays one question). Spans are trimmed of white space and of
 * the punctuation at the cut. Stateless.
 */
public final class ClaimSplitter {
  /** The fewest words a part needs to be a claim of its own. */
  static final int MIN_WORDS = 4;

  /**
   * The fewest words, connective included, of a question closing a sentence to be cut from the
   * clause before it: "but who's counting?" asks alone, "though?" only adds to its question.
   */
  static final int MIN_QUESTION_WORDS = 3;

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
    int[] marks = cutMarks(text);
    for (int s = 0; s < t.sentences().size(); s++) {
      CharSpan sentence = t.sentences().get(s);
      List<int[]> cuts = cuts(t, cues, sentence, quotes, marks); // {leftEnd, rightStart}
      int start = sentence.start();
      for (int[] cut : cuts) {
        CharSpan left = trim(text, start, cut[0]);
        CharSpan rest = trim(text, cut[1], sentence.end());
        if (words(t, left) >= MIN_WORDS
            && (words(t, rest) >= MIN_WORDS || words(t, rest) >= MIN_QUESTION_WORDS
                && Questions.asks(text, rest.start(), rest.end()))) {
          out.add(new ClaimSpan(s, left));
          start = cut[1];
        }
      }
      out.add(new ClaimSpan(s, trim(text, start, sentence.end())));
    }
    return out;
  }

  /** The chars that can cut a sentence: a semicolon and the dashes. */
  private static final char[] CUT_MARKS = {';', '—', '–', '-'};

  /**
   * The places of the chars that can cut ({@link #CUT_MARKS}) in {@code text}, in order: found by
   * {@code String.indexOf}, which passes the other chars faster than reading them one by one.
   */
  private static int[] cutMarks(String text) {
    int[] at = new int[16];
    int n = 0;
    for (char mark : CUT_MARKS) {
      for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = i;
      }
    }
    at = Arrays.copyOf(at, n);
    Arrays.sort(at);
    return at;
  }

  /** Candidate cuts of one sentence, in order; {@code marks}: {@link #cutMarks} of the text. */
  private static List<int[]> cuts(AnalyzedText t, CueHits cues, CharSpan sentence,
      List<CharSpan> quotes, int[] marks) {
    String text = t.text();
    List<int[]> cuts = new ArrayList<>();
    List<Integer> dashes = new ArrayList<>();
    int k = Arrays.binarySearch(marks, sentence.start());
    for (k = k >= 0 ? k : -k - 1; k < marks.length && marks[k] < sentence.end(); k++) {
      int i = marks[k]; // only these can cut
      char c = text.charAt(i);
      if (Quotations.inside(quotes, i, i + 1)) {
        continue;
      }
      if (c == ';') {
        cuts.add(new int[] {i, i + 1});
      } else if (c == '—' || (c == '–' && spaced(text, i))
          || (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-' && spaced(text, i))) {
        dashes.add(i);
        if (c == '-') {
          k++; // the second '-' of the pair, the next mark
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
