package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One quotation given to two different named speakers: the same quoted words said by "A.J.
 * Butler" in one article and by "A.J. Smith" in the other. See {@link AttributeCheck} for the
 * rules.
 */
final class QuoteSpeakers {
  /** The least number of identical words two quotations share to be one quotation. */
  static final int MIN_WORDS = 6;
  /** The least number of content words among them. */
  static final int MIN_CONTENT = 3;
  /**
   * The words in a row from which one quotation is one person's words even when both articles
   * name both speakers: two people may both say a short phrase, hardly the same long sentence.
   */
  static final int LONG_QUOTE = 8;
  /** The same for a quotation in the first person plural, which speaks for a group. */
  static final int LONG_GROUP_QUOTE = 14;
  /** The most words between a quotation and its speech verb, or its speech verb and name. */
  static final int MAX_SPEAKER_WORDS = 8;
  /** The most words between a speech verb and the colon that opens its quotation. */
  static final int MAX_LEAD = 4;
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private final AttributeWords words;

  QuoteSpeakers(AttributeWords words) {
    this.words = words;
  }

  void inspect(ArticlePair pair, List<Finding> out) {
    Set<String> leftWords = null;
    Set<String> rightWords = null;
    Map<String, Set<List<String>>> leftNames = null;
    Map<String, Set<List<String>>> rightNames = null;
    Map<Object, Finding> best = new LinkedHashMap<>();
    Map<ClaimView, String[]> quoting = new IdentityHashMap<>();
    for (ArticlePair.Side side : List.of(pair.left(), pair.right())) {
      for (ClaimView c : side.claims()) {
        if (Quotes.hasMark(c.claim().text())) {
          ClaimWords w = c.words();
          String[] lower = new String[w.size()];
          for (int i = 0; i < lower.length; i++) {
            lower[i] = w.lower(i);
          }
          quoting.put(c, lower);
        }
      }
    }
    for (ArticlePair.Related rel : pair.related()) {
      String[] ll = quoting.get(rel.left());
      String[] rl = quoting.get(rel.right());
      if (ll == null || rl == null) {
        continue; // no quotation in one of them
      }
      ClaimWords l = rel.left().words();
      ClaimWords r = rel.right().words();
      int[] run = commonRun(l, ll, r, rl);
      if (run == null) {
        continue;
      }
      int n = run[2];
      if (leftNames == null) {
        leftNames = PersonName.givenNames(pair.left(), words.titles());
        rightNames = PersonName.givenNames(pair.right(), words.titles());
        leftWords = capitalisedWords(pair.left());
        rightWords = capitalisedWords(pair.right());
      }
      PersonName a = speaker(l, run[0] - n + 1, run[0], leftNames);
      PersonName b = speaker(r, run[1] - n + 1, run[1], rightNames);
      if (a == null || b == null || a.samePerson(b) || alike(a.surname(), b.surname())
          || n < longQuote(l, run[0] - n + 1, run[0]) && rightWords.contains(a.surname())
              && leftWords.contains(b.surname())) {
        continue;
      }
      String lq = l.between(l.start(run[0] - n + 1), l.end(run[0]));
      String rq = r.between(r.start(run[1] - n + 1), r.end(run[1]));
      String quote = lq.compareTo(rq) <= 0 ? lq : rq; // the same whichever article is first
      double conf = AttributeCheck.BASE + 0.1 + 0.02 * Math.min(n - MIN_WORDS, 10);
      if (a.words() == 1 && !a.titled() || b.words() == 1 && !b.titled()) {
        conf -= 0.1;
      }
      List<String> notes = List.of("Both quote the same words: \"" + quote + "\".");
      AttributeCheck.keep(best, Stream.of(a.surname(), b.surname()).sorted().toList(),
          new Finding(Kind.ATTRIBUTE, rel.left().claim(), rel.right().claim(), a.span(),
              b.span(), a.span().text(), b.span().text(), "speaker", notes, conf));
    }
    out.addAll(best.values());
  }

  /**
   * How many words in a row make the quotation of words {@code [first, last]} one person's:
   * {@value #LONG_GROUP_QUOTE} when it opens in the first person plural (pack facet {@code
   * group-voice}: "We are heartbroken ...", a group's statement that two of its members may
   * read; not "the darkest day for our city", one person's words), else {@value #LONG_QUOTE}.
   */
  private int longQuote(ClaimWords w, int first, int last) {
    return first <= last && words.groupVoices().contains(w.lower(first)) ? LONG_GROUP_QUOTE
        : LONG_QUOTE;
  }

  /** Two surnames one letter apart or one inside the other: a spelling, not two people. */
  static boolean alike(String a, String b) {
    if (a.contains(b) || b.contains(a)) {
      return true;
    }
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] <= 1;
  }

  /** Every capitalised word of an article, lower case and without periods. */
  static Set<String> capitalisedWords(ArticlePair.Side side) {
    Set<String> out = new HashSet<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        if (w.isCapitalised(i)) {
          out.add(PersonName.unowned(w, i));
        }
      }
    }
    return out;
  }

  /**
   * The longest run of identical words of the two claims, with no quotation mark inside it on
   * either side, as {last word of a, last word of b, length}; null when it is shorter than
   * {@value #MIN_WORDS} words or holds fewer than {@value #MIN_CONTENT} content words.
   */
  private static int[] commonRun(ClaimWords a, String[] al, ClaimWords b, String[] bl) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    int best = 0;
    int bi = -1;
    int bj = -1;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        if (!al[i].equals(bl[j])) {
          cur[j + 1] = 0;
          continue;
        }
        int len = prev[j] > 0 && !Quotes.hasMark(a.between(a.end(i - 1), a.start(i)))
            && !Quotes.hasMark(b.between(b.end(j - 1), b.start(j))) ? prev[j] + 1 : 1;
        cur[j + 1] = len;
        if (len > best) {
          best = len;
          bi = i;
          bj = j;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      java.util.Arrays.fill(cur, 0);
    }
    if (best < MIN_WORDS) {
      return null;
    }
    int content = 0;
    for (int i = bi - best + 1; i <= bi; i++) {
      if (a.isContent(i)) {
        content++;
      }
    }
    return content < MIN_CONTENT ? null : new int[] {bi, bj, best};
  }

  /**
   * The named speaker of the quotation that holds words {@code [first, last]}: a name with a
   * speech verb right after the closing mark ("..., '' team general manager A.J. Smith said",
   * "...," said Lisa Su) or right before the opening mark (Smith said: "..."); null when the
   * words lie outside quotation marks or no name of a person stands there.
   */
  private PersonName speaker(ClaimWords w, int first, int last,
      Map<String, Set<List<String>>> firstNames) {
    int[] q = Quotes.around(w, w.start(first), w.end(last));
    if (q == null) {
      return null;
    }
    PersonName p = after(w, q[1]);
    if (p == null) {
      p = before(w, q[0]);
    }
    if (p == null || words.organisationWords().contains(p.surname())) {
      return null;
    }
    if (p.given().isEmpty() && !p.titled() && !firstNames.containsKey(p.surname())) {
      return null; // one capitalised word the article never writes as a person's name
    }
    return p;
  }

  /** The speaker after a closing mark that ends at article offset {@code close}. */
  private PersonName after(ClaimWords w, int close) {
    int k = w.firstWordFrom(close);
    if (k >= w.size() || !w.between(close, w.start(k)).matches("[\\s,\u2014\u2013-]*")) {
      return null;
    }
    if (words.speechVerbs().contains(w.lower(k))) {
      // "said Lisa Su, senior vice president"
      PersonName p = nameFrom(w, k + 1);
      if (p == null) {
        // "said her chief of staff, Tom Rivera": an office in lower case, then its holder's name
        for (int j = k + 1; j < w.size() - 1 && j - k < MAX_SPEAKER_WORDS
            && !w.isCapitalised(j); j++) {
          if (w.between(w.end(j), w.start(j + 1)).strip().equals(",")) {
            return PersonName.capitalised(w, j + 1) ? nameFrom(w, j + 1) : null;
          }
        }
      }
      return p;
    }
    for (int v = k; v < w.size() && v - k <= MAX_SPEAKER_WORDS; v++) {
      if (v > k && !PersonName.joined(w, v)) {
        return aside(w, k); // a clause break before any speech verb
      }
      if (words.speechVerbs().contains(w.lower(v))) {
        return v == k ? null : lastName(w, k, v - 1); // "team general manager A.J. Smith said"
      }
    }
    return null;
  }

  /**
   * The speaker named with an aside set off by commas after a closing mark, a speech verb right
   * after the second comma: the name first ("Jane Roe, the agency's director, said"; "Jane Roe,
   * 58, said"; "chief executive Jane Roe, 58, told reporters") or the office first ("the
   * agency's director, Jane Roe, said"); null otherwise.
   */
  private PersonName aside(ClaimWords w, int k) {
    int first = segmentEnd(w, k);
    int second = first < 0 ? -1 : segmentEnd(w, first + 1);
    if (second < 0 || second + 1 >= w.size()
        || !words.speechVerbs().contains(w.lower(second + 1))) {
      return null;
    }
    // the name first, an office in lower case before it allowed ("chief executive Ruth Roe, 51,
    // told reporters"), or the office first ("the agency's director, Jane Roe, said")
    if (PersonName.capitalised(w, first)) {
      return w.isCapitalised(first + 1) ? null : lastName(w, k, first);
    }
    return allCapitalised(w, first + 1, second) ? lastName(w, first + 1, second) : null;
  }

  /**
   * The last word of the words from {@code k} up to a comma, joined by spaces, at most {@value
   * #MAX_SPEAKER_WORDS} of them; -1 when a quotation mark or other punctuation comes first.
   */
  private static int segmentEnd(ClaimWords w, int k) {
    for (int j = k; j < w.size() - 1 && j - k < MAX_SPEAKER_WORDS; j++) {
      if (j > k && !PersonName.joined(w, j)) {
        return -1;
      }
      if (w.between(w.end(j), w.start(j + 1)).equals(", ")) {
        return j;
      }
    }
    return -1;
  }

  /** Whether words {@code [from, to]} all start with a capital (a name, its title included). */
  private static boolean allCapitalised(ClaimWords w, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!PersonName.capitalised(w, i)) {
        return false;
      }
    }
    return true;
  }

  /** The name that starts at word {@code k}, right after a speech verb or an office. */
  private PersonName nameFrom(ClaimWords w, int k) {
    int end = k;
    while (end < w.size() && end - k < MAX_SPEAKER_WORDS
        && (end == k || PersonName.joined(w, end))
        && !(end > k && w.isStopWord(end) && !PersonName.capitalised(w, end))) {
      end++;
    }
    return lastName(w, k, end - 1);
  }

  /** The speaker before an opening mark at article offset {@code open}: Smith said: "...". */
  private PersonName before(ClaimWords w, int open) {
    int v = w.lastWordBefore(open);
    if (v < 1 || !w.between(w.end(v), open).matches("[\\s,:]*")) {
      return null;
    }
    if (!words.speechVerbs().contains(w.lower(v)) && w.between(w.end(v), open).contains(":")) {
      // "Smith said in a written statement: ...", "Smith told reporters: ..."
      int at = v;
      while (at > 0 && v - at < MAX_LEAD && !w.isCapitalised(at) && PersonName.joined(w, at)
          && !words.speechVerbs().contains(w.lower(at))) {
        at--;
      }
      v = at;
    }
    if (v < 1 || !words.speechVerbs().contains(w.lower(v))) {
      return null;
    }
    int from = v - 1;
    while (from - 1 >= 0 && v - from < MAX_SPEAKER_WORDS && PersonName.joined(w, from)) {
      from--;
    }
    return lastName(w, from, v - 1);
  }

  /**
   * The person's name that ends the words {@code [from, to]}: their last run of capitals, from
   * after its last title or office word ("AMD CEO Lisa Su" is "Lisa Su"); null when the run
   * follows "the" or "a" ("the Chargers").
   */
  private PersonName lastName(ClaimWords w, int from, int to) {
    int end = to;
    while (end >= from && !PersonName.capitalised(w, end)) {
      end--;
    }
    if (end < from) {
      return null;
    }
    int[] run = PersonName.runTo(w, end);
    int start = Math.max(run[0], from);
    if (start > from && DETERMINERS.contains(w.lower(start - 1))) {
      return null;
    }
    for (int i = from; i < start; i++) {
      if (w.isStopWord(i) && !w.isCapitalised(i) && !DETERMINERS.contains(w.lower(i))
          && !officeOf(w, i, start)) {
        return null; // "said the lawyer for John Doe": the name is not the speaker's
      }
    }
    return PersonName.of(w, start, end, words.titles());
  }

  /**
   * Whether word {@code i} is the "of" inside an office written before a name ("army chief of
   * staff General Tomas Nhaga"): an office word before it and a lower-case noun after it, ahead
   * of the name that starts at word {@code start}.
   */
  private boolean officeOf(ClaimWords w, int i, int start) {
    return w.lower(i).equals("of") && i > 0 && i + 1 < start
        && words.roleHeads().contains(w.lower(i - 1)) && w.isContent(i + 1)
        && !w.isCapitalised(i + 1);
  }

  /** Every quotation mark reading of a claim, for {@link QuoteSpeakers}. */
  static final class Quotes {
    private Quotes() {}

    /** Whether the text holds a quotation mark. */
    static boolean hasMark(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (kind(s, i) != 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * The kind of mark at {@code s[i]}: 1 opens, 2 closes, 3 may do either, 0 is no mark. Curly
     * marks, {@code ``} and {@code ''} tell; a straight mark opens before a word and closes after
     * one; between spaces it may do either.
     */
    static int kind(String s, int i) {
      char c = s.charAt(i);
      switch (c) {
        case '\u201c', '\u00ab':
          return 1;
        case '\u201d', '\u00bb':
          return 2;
        case '`':
          return i + 1 < s.length() && s.charAt(i + 1) == '`' ? 1 : 0;
        case '\'':
          return i + 1 < s.length() && s.charAt(i + 1) == '\'' ? 2 : 0;
        case '"': {
          boolean wordBefore = i > 0 && !Character.isWhitespace(s.charAt(i - 1))
              && s.charAt(i - 1) != '(';
          boolean wordAfter = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
          if (wordBefore && !wordAfter) {
            return 2;
          }
          if (wordAfter && !wordBefore) {
            return 1;
          }
          return 3;
        }
        default:
          return 0;
      }
    }

    /**
     * The quotation around article offsets {@code [from, to)} of a claim, as {end of its opening
     * mark, start of its closing mark}: the marks of the claim read in order, each opening or
     * closing as its kind tells or else turning the state; null when the words are not inside
     * one quotation.
     */
    static int[] around(ClaimWords w, int from, int to) {
      int base = w.claim().span().start();
      String s = w.claim().text();
      boolean inside = false;
      int open = -1;
      for (int i = 0; i < s.length(); i++) {
        int k = kind(s, i);
        if (k == 0) {
          continue;
        }
        int at = base + i;
        int width = (s.charAt(i) == '`' || s.charAt(i) == '\'') ? 2 : 1;
        boolean opens = k == 1 || k == 3 && !inside;
        if (at >= to) {
          return inside && !opens ? new int[] {open, at + width} : null;
        }
        if (at >= from) {
          return null; // a mark inside the words
        }
        inside = opens;
        open = opens ? at : -1;
        i += width - 1;
      }
      return null;
    }
  }
}
