package dev.parallax.contradict;

import dev.parallax.OrdinalFacet;
import dev.parallax.TimeFacet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the sentence that explains a finding to a reader, naming each article as given: what
 * each side states, in its own words and normalised, and why the two cannot both hold, followed
 * by the finding's notes (assumptions, reasons for a lower confidence).
 */
final class Explainer {

  /**
   * The explanation of {@code f}.
   *
   * @param f the finding
   * @param left how to name the article of {@code f.left()}
   * @param right how to name the article of {@code f.right()}
   */
  String explain(Finding f, String left, String right) {
    String main = switch (f.kind()) {
      case NUMERIC -> f.aspect().equals(NumericCheck.DIRECTION)
          || f.aspect().equals(TallyCheck.TALLY)
          ? left + " gives " + f.leftValue() + " (" + quote(f.leftEvidence().text()) + "); "
              + right + " gives " + f.rightValue() + " (" + quote(f.rightEvidence().text())
              + "): the " + f.aspect() + " differs."
          : left + " gives " + f.leftValue() + " (" + quote(f.leftEvidence().text())
          + "); " + right + " gives " + f.rightValue() + " (" + quote(f.rightEvidence().text())
          + "), which no rounding or approximation reconciles.";
      case TEMPORAL -> f.aspect().equals(LastReachedCheck.LAST)
          || f.aspect().equals(LastReachedCheck.LAST_HAPPENED)
          ? left + " says it " + f.leftValue() + " (" + quote(f.leftEvidence().text()) + "); "
              + right + " says it " + f.rightValue() + " (" + quote(f.rightEvidence().text())
              + "): the " + f.aspect() + " differs."
          : f.aspect().equals(NumericCheck.GAME_CLOCK)
          || f.aspect().equals(NumericCheck.DISTANCE) || f.aspect().equals(AgeCheck.AGE)
          ? left + " gives " + f.leftValue() + " (" + quote(f.leftEvidence().text()) + "); "
              + right + " gives " + f.rightValue() + " (" + quote(f.rightEvidence().text())
              + "): the " + f.aspect() + " differs."
          : left + " dates this to " + date(f.leftValue()) + " ("
          + quote(f.leftEvidence().text()) + "); " + right + " dates it to "
          + date(f.rightValue()) + " (" + quote(f.rightEvidence().text()) + ")"
          + (f.aspect().isEmpty() ? "." : ": the " + f.aspect() + " differs.");
      case ORDINAL -> ordinal(f, left, right);
      case POLARITY -> !f.aspect().isEmpty()
          ? left + " says " + quote(f.leftEvidence().text()) + "; " + right + " says "
              + quote(f.rightEvidence().text()) + ": the two states exclude each other."
          : f.leftValue().equals("denied")
          ? right + " states it (" + quote(f.rightEvidence().text()) + "); " + left
              + " denies it (" + quote(f.leftEvidence().text()) + ")."
          : left + " states it (" + quote(f.leftEvidence().text()) + "); " + right
              + " denies it (" + quote(f.rightEvidence().text()) + ").";
      case QUANTIFIER -> left + " says " + quote(f.leftEvidence().text()) + " (" + f.leftValue()
          + "); " + right + " says " + quote(f.rightEvidence().text()) + " (" + f.rightValue()
          + "): the two " + (f.aspect().isEmpty() ? "amounts" : f.aspect())
          + " exclude each other.";
      case ATTRIBUTE -> left + " gives the " + f.aspect() + " as "
          + quote(f.leftEvidence().text()) + "; " + right + " gives it as "
          + quote(f.rightEvidence().text()) + ".";
    };
    StringBuilder b = new StringBuilder(main);
    for (String n : f.notes()) {
      b.append(' ').append(n);
    }
    return b.toString();
  }

  /**
   * The words in double quotation marks. Quotation marks of the source inside them become single
   * ones, as a quotation inside a quotation is written ("'insufficiently' equipped"); a mark whose
   * partner lies outside the words is left out ("poorly\" equipped" is shown as "poorly
   * equipped").
   */
  static String quote(String s) {
    long straight = s.chars().filter(c -> c == '"').count();
    long open = s.chars().filter(c -> c == '\u201c').count();
    long close = s.chars().filter(c -> c == '\u201d').count();
    String inner = straight % 2 == 0 && open == close
        ? s.replace('"', '\'').replace('\u201c', '\u2018').replace('\u201d', '\u2019')
        : s.replace("\"", "").replace("\u201c", "").replace("\u201d", "");
    return '"' + inner + '"';
  }

  /** A TIMEX3 value as a reader writes it. */
  private static String date(String value) {
    Optional<When> w = When.of(value);
    return w.map(When::human).filter(s -> !s.isEmpty()).orElse(value);
  }

  private static String ordinal(Finding f, String left, String right) {
    if (f.counts().isEmpty()) {
      return left + " numbers it " + quote(f.leftEvidence().text()) + "; " + right
          + " numbers it " + quote(f.rightEvidence().text())
          + (f.aspect().equals(RankCheck.RANKING)
              ? ": one thing cannot hold two places in one ranking."
              : ": one thing cannot hold two places in one sequence.");
    }
    Finding.Counts c = f.counts().orElseThrow();
    OrdinalFacet o = c.outer();
    OrdinalFacet i = c.inner();
    if (f.aspect().equals(OrdinalCheck.LAST_BEFORE)) {
      // an ordinal with no noun of its own ("its first since 2019") counts the other's event
      String eo = o.event().isBlank() ? i.event() : event(o);
      String ei = i.event().isBlank() ? o.event() : event(i);
      return left + " counts this as the first " + eo + " " + phrase(o.window().get())
          + "; " + right + " counts it as the first " + ei + " "
          + phrase(i.window().get()) + ": the first since a date, or in a number of years,"
          + " says when the one before it came, and the two differ.";
    }
    boolean outerLeft = f.leftEvidence().equals(o.span());
    if (o.window().isEmpty() && i.window().isEmpty()) {
      // "the third in school history" against "the second victory in Northfield's history"
      String says = "the " + ordinalWord(o.ordinal()) + " " + event(o);
      String other = "the " + ordinalWord(i.ordinal()) + " " + event(i);
      return (outerLeft
          ? left + " counts this as " + says + "; " + right + " counts it as " + other
          : left + " counts this as " + other + "; " + right + " counts it as " + says)
          + ", both over all of its history.";
    }
    if (o.window().isEmpty()) {
      String says = "the " + ordinalWord(o.ordinal()) + " " + event(o) + ", naming no stretch";
      String other = "the " + ordinalWord(i.ordinal()) + " " + event(i) + " "
          + phrase(i.window().get());
      return (outerLeft
          ? left + " counts this as " + says + "; " + right + " counts it as " + other
          : left + " counts this as " + other + "; " + right + " counts it as " + says)
          + ": so many within " + period(i.window().get()) + " leave no room for fewer ever.";
    }
    String outerSays = "the " + ordinalWord(o.ordinal()) + " " + event(o) + " "
        + phrase(o.window().get());
    String innerSays = "the " + ordinalWord(i.ordinal()) + " " + event(i) + " "
        + phrase(i.window().get())
        + c.earlier().map(e -> ", the " + ordinalWord(e.ordinal()) + " "
            + datePhrase(e.when().get()) + " (\"" + e.when().get().span().text() + "\")")
            .orElse("");
    return (outerLeft
        ? left + " counts this as " + outerSays + "; " + right + " counts it as " + innerSays
        : left + " counts this as " + innerSays + "; " + right + " counts it as " + outerSays)
        + (period(i.window().get()).equals(period(o.window().get()))
            ? ", both within " + period(o.window().get()) + "."
            : ", and " + period(i.window().get()) + " lies within " + period(o.window().get())
                + ".");
  }

  private static String event(OrdinalFacet o) {
    List<String> q = o.qualifiers().stream().filter(w -> !w.equals("only")).toList();
    return (q.isEmpty() ? "" : String.join(" ", q) + " ") + o.event();
  }

  /** "2025", "August 2025", "Sunday 19 October 2025"; other values as they are. */
  static String human(String value) {
    LocalDate[] d = Window.days(value);
    if (d == null) {
      return value;
    }
    if (d[0].getDayOfYear() == 1 && d[1].getMonthValue() == 12 && d[1].getDayOfMonth() == 31) {
      return Integer.toString(d[0].getYear());
    }
    YearMonth ym = YearMonth.from(d[0]);
    String month = ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (!d[0].equals(d[1])) {
      return month + " " + ym.getYear();
    }
    return d[0].getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + d[0].getDayOfMonth() + " " + month + " " + d[0].getYear();
  }

  /** "in 2025", "in August 2025", "on Sunday 19 October 2025". */
  private static String datePhrase(TimeFacet t) {
    return (t.value().length() == 10 ? "on " : "in ") + human(t.value());
  }

  /**
   * How a window reads: "since August 2024", "in 2025", "between May 2024 and June 2025",
   * "within 18 months".
   */
  private static String phrase(TimeFacet w) {
    if (w.type() == TimeFacet.Type.DURATION) {
      return "within " + w.span().text();
    }
    if (w.from().isPresent() && w.to().isPresent()) {
      return "between " + human(w.from().get()) + " and " + human(w.to().get());
    }
    if (w.from().isPresent()) {
      return "since " + human(w.from().get());
    }
    return datePhrase(w);
  }

  /** A window as a noun: "the period since August 2024", "2025", "August 2025". */
  private static String period(TimeFacet w) {
    if (w.type() == TimeFacet.Type.DURATION) {
      return "\"" + w.span().text() + "\"";
    }
    if (w.from().isPresent()) {
      return "the period " + phrase(w);
    }
    return human(w.value());
  }

  private static final String[] ORDINALS = {"zeroth", "first", "second", "third", "fourth",
      "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
      "twentieth"};

  static String ordinalWord(int n) {
    if (n >= 0 && n < ORDINALS.length) {
      return ORDINALS[n];
    }
    return ordinalDigits(n);
  }

  /** "1st", "2nd", "3rd", "11th", "22nd". */
  static String ordinalDigits(int n) {
    int mod100 = n % 100;
    String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }
}
