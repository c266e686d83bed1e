package dev.parallax.facts;

import static dev.parallax.facts.PolarityExtractor.lastWordBefore;
import static dev.parallax.facts.PolarityExtractor.punctuationBreak;
import static dev.parallax.facts.PolarityExtractor.startsOf;
import static dev.parallax.facts.PolarityExtractor.wordAt;

import dev.parallax.NameFacet;
import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.facts.PolarityExtractor.Starts;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads named things: people, places, organisations and other proper names, each with the
 * canonical name that stands for all its variants.
 *
 * <ol>
 *   <li><b>Known names.</b> The {@code name} cues of {@code names.rules} give the variants of a
 *       thing and its canonical name ("DMZ", "Demilitarized Zone" and "the demilitarized zone"
 *       are all {@code demilitarized zone}); a {@code name-loose} cue ("military officials")
 *       counts only when no capitalised content word stands right before it. Where known names
 *       overlap, the longest wins.
 *   <li><b>Other proper names.</b> Runs of capitalised words in one clause, joined by
 *       {@code name-connector} words between capitalised words ("Joint Chiefs of Staff"); a
 *       possessive ends a run ("Korea's"). A run never starts with a {@code not-name} word
 *       (months, weekdays, sentence openers) or a stop word. At the start of a sentence (or after
 *       an opening quotation mark or a colon) a run of one word counts only when the text also
 *       capitalises that word in mid-sentence; a run of two or more capitalised words counts
 *       ("Joint Chiefs of Staff said"). A run of two or more words takes in a short lower-case
 *       word hyphenated to its last ("Moon Jae-in"). In a title-case headline (no final period, three
 *       quarters of its content words capitalised: "Why Are Defections So Rare") only known
 *       names and acronyms count. An acronym (two to eight capitals, or dotted
 *       capitals as in "U.S.") is a name anywhere; a dotted one keeps its final period.
 *       The canonical name is the name lower-cased; an acronym that the text defines in brackets
 *       after a name whose initials it spells ("Korean Workers' Party (KWP)") takes that name's
 *       canonical name, everywhere in the text.
 * </ol>
 *
 * <p>Immutable and thread-safe; work is linear in the words of the text.
 */
public final class NameExtractor {
  /** The longest run of words read as one name. */
  static final int MAX_NAME_WORDS = 8;

  /** A name extractor. */
  public NameExtractor() {}

  /** The named things of one analysed text, in text order. */
  public List<NameFacet> extract(Spans spans, CueHits cues) {
    AnalyzedText t = spans.text();
    int n = t.wordCount();
    List<NameFacet> out = new ArrayList<>();
    if (n == 0) {
      return out;
    }
    String text = t.text();
    boolean[] taken = new boolean[n];
    // 1. known names, longest first
    List<CueHit> known = new ArrayList<>(cues.of("name"));
    for (CueHit h : cues.of("name-loose")) {
      int first = wordAt(t, h.start());
      if (first <= 0 || breakBefore(t, first) || !capitalised(t, first - 1)
          || t.isStopWord(first - 1)) {
        known.add(h);
      }
    }
    known.sort(LONGEST_FIRST);
    List<int[]> names = new ArrayList<>(); // {start, end, index into canonicals}
    List<String> canonicals = new ArrayList<>();
    for (CueHit h : known) {
      int first = wordAt(t, h.start());
      int last = lastWordBefore(t, h.end());
      if (first < 0 || last < first || anyTaken(taken, first, last)) {
        continue;
      }
      for (int w = first; w <= last; w++) {
        taken[w] = true;
      }
      names.add(new int[] {h.start(), withFinalPeriod(t, last, h.end()), canonicals.size()});
      canonicals.add(h.value().isBlank() ? canonical(text.substring(h.start(), h.end()))
          : h.value().strip().toLowerCase(Locale.ROOT));
    }
    // 2. capitalised runs
    Starts notName = startsOf(cues, "not-name");
    Starts connector = startsOf(cues, "name-connector");
    boolean[] title = new boolean[t.sentences().size()];
    Set<String> midSentence = new HashSet<>();
    for (int s = 0; s < title.length; s++) {
      title[s] = isTitleCase(t, s);
      if (!title[s]) {
        for (int w = t.firstWord(s); w < t.endWord(s); w++) {
          if (capitalised(t, w) && !opensClause(t, s, w) && !notName.contains(t.start(w))) {
            midSentence.add(surface(t, w));
          }
        }
      }
    }
    Map<String, String> acronyms = new HashMap<>();
    List<int[]> runs = new ArrayList<>(); // {firstWord, lastWord}
    for (int s = 0; s < title.length; s++) {
      int to = t.endWord(s);
      int w = t.firstWord(s);
      while (w < to) {
        if (taken[w] || !startsName(t, w, notName) || (title[s] && !isAcronym(t, w))) {
          w++;
          continue;
        }
        int last = w;
        int k = w + 1;
        while (k < to && k - w < MAX_NAME_WORDS && !taken[k] && !breakBefore(t, k)
            && !possessive(t, last) && !title[s]) {
          if (capitalised(t, k) && !notName.contains(t.start(k))) {
            last = k;
            k++;
          } else if (connector.contains(t.start(k))) {
            int c = k;
            while (c < to && connector.contains(t.start(c)) && c - k < 2 && !breakBefore(t, c)) {
              c++;
            }
            if (c < to && !taken[c] && !breakBefore(t, c) && capitalised(t, c)
                && !notName.contains(t.start(c)) && !t.isStopWord(c)) {
              last = c;
              k = c + 1;
            } else {
              break;
            }
          } else {
            if (last > w && hyphenated(t, k) && !isAcronym(t, last)) {
              last = k; // "Moon Jae-in": the second syllable of a hyphenated given name
            }
            break;
          }
        }
        if (last == w && opensClause(t, s, w) && !isAcronym(t, w)
            && !midSentence.contains(surface(t, w))) {
          w++; // one capitalised word opening a sentence: capitalised for the sentence's sake
          continue;
        }
        runs.add(new int[] {w, last});
        w = last + 1;
      }
    }
    // acronyms defined in brackets right after a name they spell
    for (int i = 0; i < runs.size(); i++) {
      int[] r = runs.get(i);
      int a = r[1] + 1;
      if (a < n && isAcronym(t, a) && bracketed(t, r[1], a) && spells(t, r[0], r[1], t.word(a),
          connector)) {
        acronyms.putIfAbsent(t.word(a), canonical(text.substring(t.start(r[0]),
            t.endWithoutPossessive(r[1]))));
      }
    }
    for (int[] r : runs) {
      int start = t.start(r[0]);
      int end = withFinalPeriod(t, r[1], t.endWithoutPossessive(r[1]));
      String name = text.substring(start, t.endWithoutPossessive(r[1]));
      String canon = r[0] == r[1] && acronyms.containsKey(name) ? acronyms.get(name)
          : canonical(name);
      names.add(new int[] {start, end, canonicals.size()});
      canonicals.add(canon);
    }
    names.sort(IN_TEXT_ORDER);
    for (int[] x : names) {
      out.add(new NameFacet(spans.of(x[0], x[1]), canonicals.get(x[2])));
    }
    return List.copyOf(out);
  }

  /** A short lower-case word joined to the word before by a hyphen alone ("Jae-in"). */
  private static boolean hyphenated(AnalyzedText t, int k) {
    return t.start(k) == t.end(k - 1) + 1 && t.text().charAt(t.end(k - 1)) == '-'
        && Character.isLowerCase(t.text().charAt(t.start(k))) && t.term(k).length() <= 6
        && !t.isNumber(k);
  }

  private static boolean anyTaken(boolean[] taken, int first, int last) {
    for (int w = first; w <= last; w++) {
      if (taken[w]) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code w} may start a name: capitalised, not a not-name and not a stop word. */
  private static boolean startsName(AnalyzedText t, int w, Starts notName) {
    return capitalised(t, w) && !notName.contains(t.start(w))
        && (!t.isStopWord(w) || isAcronym(t, w));
  }

  private static boolean capitalised(AnalyzedText t, int w) {
    return Character.isUpperCase(t.text().codePointAt(t.start(w)));
  }

  private static boolean possessive(AnalyzedText t, int w) {
    return t.endWithoutPossessive(w) != t.end(w);
  }

  /** The word without a possessive, as written. */
  private static String surface(AnalyzedText t, int w) {
    return t.text().substring(t.start(w), t.endWithoutPossessive(w));
  }

  /** Two to eight capitals ("DMZ"), or dotted capitals ("U.S", "U.N"). */
  static boolean isAcronym(AnalyzedText t, int w) {
    String s = surface(t, w);
    if (s.length() < 2 || s.length() > 12) {
      return false;
    }
    int letters = 0;
    boolean dotted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters++;
      } else if (c == '.' && i > 0 && s.charAt(i - 1) != '.') {
        dotted = true;
      } else {
        return false;
      }
    }
    return letters >= 2 && letters <= 8 || dotted && letters >= 2;
  }

  /** The end of a name that ends with word {@code last}: over the period of "U.S.". */
  private static int withFinalPeriod(AnalyzedText t, int last, int end) {
    String text = t.text();
    if (end == t.end(last) && end < text.length() && text.charAt(end) == '.'
        && t.word(last).indexOf('.') > 0) {
      return end + 1;
    }
    return end;
  }

  /** Whether word {@code w} opens sentence {@code s} or follows an opening quotation or colon. */
  private static boolean opensClause(AnalyzedText t, int s, int w) {
    if (w == t.firstWord(s)) {
      return true;
    }
    // the chars between the words hold ':' or '“', or start with a space and end with '"' (white
    // space aside); read in place, as this runs for many words
    String text = t.text();
    int from = t.end(w - 1);
    int lastVisible = -1;
    for (int i = from; i < t.start(w); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == '“') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        lastVisible = i;
      }
    }
    return lastVisible >= 0 && text.charAt(lastVisible) == '"' && text.charAt(from) == ' ';
  }

  /**
   * A headline in title case: it does not end with a period and at least three quarters of its
   * content words (three or more) are capitalised.
   */
  static boolean isTitleCase(AnalyzedText t, int s) {
    if (endsWithPeriod(t.text(), t.sentences().get(s))) {
      return false;
    }
    int content = 0;
    int caps = 0;
    for (int w = t.firstWord(s); w < t.endWord(s); w++) {
      if (t.isStopWord(w) || t.isNumber(w)) {
        continue;
      }
      content++;
      if (capitalised(t, w)) {
        caps++;
      }
    }
    return caps >= 3 && caps * 4 >= content * 3;
  }

  /**
   * Whether the span's text, white space stripped from its ends, ends with a period: read back
   * from its end, with no copy of the sentence.
   */
  static boolean endsWithPeriod(String text, CharSpan span) {
    int e = span.end();
    while (e > span.start() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e > span.start() && text.charAt(e - 1) == '.';
  }

  private static boolean breakBefore(AnalyzedText t, int w) {
    return w > 0 && (punctuationBreak(t.text(), t.end(w - 1), t.start(w))
        || quoteMark(t.text(), t.end(w - 1), t.start(w)));
  }

  /**
   * Whether a double quotation mark stands between two words: a name does not run out of or into
   * a quotation (the "Republican" House, the “Big Apple” Mayor).
   */
  private static boolean quoteMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("\"\u201c\u201d\u201e\u00ab\u00bb".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code a} stands in brackets right after word {@code last}. */
  private static boolean bracketed(AnalyzedText t, int last, int a) {
    String text = t.text();
    String before = text.substring(t.end(last), t.start(a)).strip();
    int close = t.end(a);
    while (close < text.length() && Character.isWhitespace(text.charAt(close))) {
      close++;
    }
    return before.equals("(") && close < text.length() && text.charAt(close) == ')';
  }

  /** Whether the initials of the words {@code [first, last]} (connectors aside) spell it. */
  private static boolean spells(AnalyzedText t, int first, int last, String acronym,
      Starts connector) {
    StringBuilder initials = new StringBuilder();
    for (int w = first; w <= last; w++) {
      if (!connector.contains(t.start(w))) {
        initials.append(Character.toUpperCase(t.text().charAt(t.start(w))));
      }
    }
    return initials.toString().equals(acronym.replace(".", ""));
  }

  /** Known names longest first, then in text order. */
  private static final Comparator<CueHit> LONGEST_FIRST = (a, b) -> {
    int c = Integer.compare(a.start() - a.end(), b.start() - b.end());
    return c != 0 ? c : Integer.compare(a.start(), b.start());
  };

  /** Names ({start, end, ...}) by start, then end. */
  private static final Comparator<int[]> IN_TEXT_ORDER = (a, b) -> {
    int c = Integer.compare(a[0], b[0]);
    return c != 0 ? c : Integer.compare(a[1], b[1]);
  };

  /** Runs of white space (compiled once: also read by the other extractors). */
  static final Pattern SPACES = Pattern.compile("\\s+");

  /** A name lower-cased, with its white space collapsed and curly apostrophes straightened. */
  static String canonical(String name) {
    return SPACES.matcher(name).replaceAll(" ").strip().replace('\u2019', '\'')
        .toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "NameExtractor[known names, capitalised runs, acronyms]";
  }
}
