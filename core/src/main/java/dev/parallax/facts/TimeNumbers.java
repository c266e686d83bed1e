package dev.parallax.facts;


/**
 * Reads the numbers of time expressions in one sentence: a count in digits or number words
 * ("3", "2.5", "three", "twenty-five", "a", "several"), the unit of time after it, a day of the
 * month, a year; and writes a count of units as a TIMEX3 duration (P3D, P10Y, PT3H, PXY when
 * vague). Made for one sentence; not shared.
 */
final class TimeNumbers extends TimeClauseReader {

  /**
   * A count: its value (NaN when vague, "several"), the word after it, whether it is in digits
   * and whether it is the article "a" or "an".
   */
  record Num(double value, int end, boolean digits, boolean article) {
    boolean vague() {
      return Double.isNaN(value);
    }
  }

  /** The counts read so far, by word of the sentence: the grammar asks for one many times. */
  private Num[] read;
  /** Whether the count at each word of the sentence is in {@link #read} (null for none). */
  private boolean[] isRead;

  TimeNumbers(TimeClause clause) {
    super(clause);
  }

  /** Whether {@code s} is {@code min} to {@code max} ASCII digits (regex {@code \\d{min,max}}). */
  static boolean digits(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A count: digits ("3", "2.5") or number words ("three", "twenty-five", "a", "several"). */
  Num number(int w) {
    if (w >= to) {
      return null;
    }
    if (w < from || !t.isNumber(w) && !tw.any(w)) {
      return readNumber(w); // no figures and no time cue: quickly none, nothing to keep
    }
    if (read == null) {
      read = new Num[to - from];
      isRead = new boolean[to - from];
    }
    if (!isRead[w - from]) {
      read[w - from] = readNumber(w);
      isRead[w - from] = true;
    }
    return read[w - from];
  }

  private Num readNumber(int w) {
    if (t.isNumber(w)) {
      String term = t.term(w);
      if (!countFigures(term)) {
        return null;
      }
      return new Num(Double.parseDouble(term), w + 1, true, false);
    }
    String share = tw.value(w, TimeWords.FRACTION_OF);
    if (share != null) {
      int e = tw.after(w, TimeWords.FRACTION_OF);
      if (e < to && tw.has(e, TimeWords.UNIT) && !"quarter".equals(tw.value(e, TimeWords.UNIT))
          && !plural(e)) {
        // "half a century", "a quarter century": that share of one unit
        return new Num(Double.parseDouble(share), e, false, false);
      }
    }
    String h = tw.value(w, TimeWords.NUMBER);
    if (h == null) {
      return null;
    }
    String[] p = h.split(" ");
    int e = tw.after(w, TimeWords.NUMBER);
    if (p[0].equals("X")) {
      return new Num(Double.NaN, e, false, false);
    }
    double n = Double.parseDouble(p[0]);
    boolean article = p.length > 1 && p[1].equals("article");
    if (n >= 20 && n < 100 && n % 10 == 0 && e < to && tw.joined(e - 1, "-")) {
      String next = tw.value(e, TimeWords.NUMBER);
      if (next != null && next.matches("[1-9]")) {
        n += Integer.parseInt(next);
        e = tw.after(e, TimeWords.NUMBER);
      }
    }
    if (e < to && tw.has(e, TimeWords.FRACTION)) {
      // "two and a half years": the count and a share more
      int after = tw.after(e, TimeWords.FRACTION);
      if (after < to && tw.has(after, TimeWords.UNIT)) {
        return new Num(n + Double.parseDouble(tw.value(e, TimeWords.FRACTION)), after, false,
            false);
      }
    }
    return new Num(n, e, false, article);
  }

  /**
   * The share of a unit written after it ("an hour and a half": 0.5 at word {@code e}), with
   * the word after it, or null.
   */
  double[] shareAfter(int e) {
    if (e >= to || !tw.has(e, TimeWords.FRACTION)) {
      return null;
    }
    return new double[] {Double.parseDouble(tw.value(e, TimeWords.FRACTION)),
        tw.after(e, TimeWords.FRACTION)};
  }

  /**
   * The word of the unit after a number, allowing one adjective before a plural unit; none for
   * the article "a" or "an" before a plural unit. A word that adds to a stretch (pack facet
   * {@code time-degree}, value {@code added}: "five more years", "a few more months") may stand
   * before any unit.
   */
  int unitAfter(Num n) {
    int u = n.end();
    if (u >= to || !tw.joined(u - 1, "-")) {
      return -1;
    }
    if (tw.has(u, TimeWords.UNIT)) {
      // "a decades-long fight", "a days-old camp": the article goes with the noun the compound
      // describes, and a plural unit is no one unit
      return n.article() && plural(u) ? -1 : u;
    }
    if (u + 1 < to && "added".equals(tw.value(u, TimeWords.DEGREE))
        && tw.has(u + 1, TimeWords.UNIT) && tw.blankAfter(u)) {
      return u + 1; // "five more years", "a few more months", "two further weeks"
    }
    if (!n.article() && u + 1 < to && tw.has(u + 1, TimeWords.UNIT) && plural(u + 1)
        && isPlainWord(u) && tw.joined(u, "-")) {
      return u + 1;
    }
    return -1;
  }

  /** The day of the month at word {@code w} ("19", "19th"), or -1. */
  int dayOfMonth(int w) {
    if (w >= to || !t.isNumber(w)) {
      return -1;
    }
    int d = ordinalFigures(t.term(w), true);
    return d >= 1 && d <= 31 ? d : -1;
  }

  /**
   * Whether {@code term} is a count in figures: one to four ASCII digits, and a point and one or
   * two more ("3", "2.5"). Read char by char: it is asked at every number that may begin a time.
   */
  static boolean countFigures(String term) {
    int n = term.length();
    int i = 0;
    while (i < n && isAsciiDigit(term.charAt(i))) {
      i++;
    }
    if (i < 1 || i > 4) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (term.charAt(i) != '.') {
      return false;
    }
    int j = i + 1;
    while (j < n && isAsciiDigit(term.charAt(j))) {
      j++;
    }
    return j == n && j - i - 1 >= 1 && j - i - 1 <= 2;
  }

  /**
   * The number of one or two ASCII digits followed by "st", "nd", "rd" or "th" ("19th", "21st"),
   * or, when {@code bare}, by nothing ("19"); -1 for any other term. Read char by char: it is
   * asked at every word that may begin a time.
   */
  static int ordinalFigures(String term, boolean bare) {
    int n = term.length();
    if (!(bare && n >= 1 && n <= 2)) {
      n -= 2;
      if (n < 1 || n > 2) {
        return -1;
      }
      char a = term.charAt(n);
      char b = term.charAt(n + 1);
      if (!(a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd'
          || a == 't' && b == 'h')) {
        return -1;
      }
    }
    int value = 0;
    for (int i = 0; i < n; i++) {
      char c = term.charAt(i);
      if (!isAsciiDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The year at word {@code w}, four digits from 1000 to 2199, or -1. */
  int yearNumber(int w) {
    if (w >= to || !t.isNumber(w) || !digits(t.term(w), 4, 4)) {
      return -1;
    }
    int y = Integer.parseInt(t.term(w));
    return y >= 1000 && y <= 2199 ? y : -1;
  }

  /** {@code s} as an int, or -1 when it is none. */
  static int intOf(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A TIMEX3 duration: P3D, P2W, P6M, P2Y, P10Y (a decade), PT3H, PT10S; PXY when vague. */
  static String duration(String unit, double n) {
    boolean vague = Double.isNaN(n);
    return switch (unit) {
      case "hour" -> "PT" + (vague ? "X" : fmt(n)) + "H";
      case "minute" -> "PT" + (vague ? "X" : fmt(n)) + "M";
      case "second" -> "PT" + (vague ? "X" : fmt(n)) + "S";
      case "day" -> "P" + (vague ? "X" : fmt(n)) + "D";
      case "week" -> "P" + (vague ? "X" : fmt(n)) + "W";
      case "fortnight" -> "P" + (vague ? "X" : fmt(2 * n)) + "W";
      case "weekend" -> "P" + (vague ? "X" : fmt(n)) + "WE";
      case "month" -> "P" + (vague ? "X" : fmt(n)) + "M";
      case "quarter" -> "P" + (vague ? "X" : fmt(n)) + "Q";
      case "decade" -> vague ? "PXDE" : "P" + fmt(10 * n) + "Y";
      case "century" -> vague ? "PXCE" : "P" + fmt(100 * n) + "Y";
      default -> "P" + (vague ? "X" : fmt(n)) + "Y";
    };
  }

  private static String fmt(double n) {
    if (n == Math.rint(n)) {
      return Long.toString((long) n);
    }
    return String.valueOf(n);
  }
}
