package dev.parallax.facts;

/**
 * Reads a number written in digits, as one Lucene token: "34,000", "2.5", "1,111.11" and
 * "1.111,11" (the last separator is the decimal one), "12,34,567.89", "5,00", "1.3e6", with letters
 * attached after it ("10k", "5km", "21st"), which are returned for the caller to look up. Shapes
 * that are no number ("192.168.1.2", "007", "5'11", "L202") give {@code null}. Stateless.
 */
final class NumberText {

  private NumberText() {}

  /**
   * A number read from a token.
   *
   * @param value the number
   * @param suffix letters written right after it, "" when none
   * @param digits the digit part as written
   * @param grouped whether it has a thousands separator
   */
  record Digits(double value, String suffix, String digits, boolean grouped) {
    boolean plainInteger() {
      if (!suffix.isEmpty()) {
        return false;
      }
      for (int i = 0; i < digits.length(); i++) { // no stream: asked at every number
        if (!Character.isDigit(digits.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /** Thousands grouped by narrow no-break or thin spaces, which word breaking keeps together. */
  private static final java.util.regex.Pattern NARROW_GROUPS =
      java.util.regex.Pattern.compile("\\d{1,3}(?:[\u202F\u2009]\\d{3})+(?:[.,]\\d+)?[A-Za-z]*");

  /** The number in {@code token}, or null when the token is not one. */
  static Digits parse(String token) {
    boolean narrow = (token.indexOf('\u202F') >= 0 || token.indexOf('\u2009') >= 0)
        && NARROW_GROUPS.matcher(token).matches();
    if (narrow) {
      // "12\u202F500": a narrow no-break space groups thousands inside one token
      token = token.replace("\u202F", "").replace("\u2009", "");
    }
    int n = token.length();
    if (n == 0 || n > 40 || !Character.isDigit(token.charAt(0))) {
      return null;
    }
    int i = 0;
    while (i < n && (Character.isDigit(token.charAt(i)) || token.charAt(i) == ','
        || token.charAt(i) == '.')) {
      i++;
    }
    String num = token.substring(0, i);
    String rest = token.substring(i);
    // scientific notation: 1.3e6, 2E-3
    if (rest.length() >= 2 && (rest.charAt(0) == 'e' || rest.charAt(0) == 'E')) {
      String exp = rest.substring(1);
      if (exp.matches("[+-]?\\d{1,3}")) {
        Double m = plain(num);
        return m == null ? null : new Digits(m * Math.pow(10, Integer.parseInt(exp)), "", num,
            false);
      }
    }
    for (int k = 0; k < rest.length(); k++) {
      if (!Character.isLetter(rest.charAt(k))) {
        return null; // "5'11", "L-202"-like shapes, digits after letters
      }
    }
    while (num.endsWith(".") || num.endsWith(",")) {
      num = num.substring(0, num.length() - 1);
    }
    if (num.length() > 1 && num.charAt(0) == '0' && Character.isDigit(num.charAt(1))) {
      return null; // "007", "05": a code, not an amount
    }
    Double v = plain(num);
    if (v == null) {
      return null;
    }
    boolean grouped = num.indexOf(',') >= 0 && num.indexOf('.') < 0
        || (num.indexOf(',') >= 0 && num.indexOf('.') >= 0)
        || num.indexOf('.') != num.lastIndexOf('.'); // two dots or more
    return new Digits(v, rest, num, grouped || narrow);
  }

  /** Digits with separators, without letters. */
  private static Double plain(String num) {
    if (num.isEmpty()) {
      return null;
    }
    int lastDot = num.lastIndexOf('.');
    int lastComma = num.lastIndexOf(',');
    String s;
    if (lastDot >= 0 && lastComma >= 0) {
      // both: the later one is the decimal separator
      if (lastDot > lastComma) {
        s = num.replace(",", "");
        if (s.indexOf('.') != s.lastIndexOf('.')) {
          return null;
        }
      } else {
        s = num.replace(".", "").replace(',', '.');
        if (s.indexOf('.') != s.lastIndexOf('.')) {
          return null;
        }
      }
    } else if (lastComma >= 0) {
      String[] groups = num.split(",", -1);
      boolean thousands = groups[0].length() <= 3 && groups[0].length() >= 1;
      for (int g = 1; g < groups.length; g++) {
        thousands &= groups[g].length() == 3;
      }
      if (thousands) {
        s = num.replace(",", "");
      } else if (groups.length == 2 && groups[1].length() <= 2 && groups[1].length() >= 1) {
        s = num.replace(',', '.'); // "5,00": a decimal comma
      } else if (indian(groups)) {
        s = num.replace(",", "");
      } else {
        return null;
      }
    } else if (lastDot >= 0) {
      String[] groups = num.split("\\.", -1);
      if (groups.length == 2) {
        s = num;
      } else {
        boolean thousands = groups[0].length() <= 3;
        for (int g = 1; g < groups.length; g++) {
          thousands &= groups[g].length() == 3;
        }
        if (!thousands) {
          return null; // "192.168.1.2"
        }
        s = num.replace(".", "");
      }
    } else {
      s = num;
    }
    if (s.isEmpty() || s.startsWith(".")) {
      return null;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Indian grouping: "12,34,567": twos, then a final three. */
  private static boolean indian(String[] groups) {
    if (groups.length < 3 || groups[groups.length - 1].length() != 3) {
      return false;
    }
    for (int g = 1; g < groups.length - 1; g++) {
      if (groups[g].length() != 2) {
        return false;
      }
    }
    return groups[0].length() >= 1 && groups[0].length() <= 2;
  }
}
