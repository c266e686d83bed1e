package dev.parallax.facts;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.rules.Cue;
import dev.parallax.rules.RuleMatcher;
import dev.parallax.rules.RulePack;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The quantity cues of some packs, with their {@code value:} lines read once (see the header of
 * {@code quantities.rules} for the syntax), plus what cannot be a Lucene token: the words of a
 * cue by their written form, for letters attached to digits ("5km", "€5m"), and the symbols
 * ("$", "%", "°C", "-") read from the characters around numbers. Immutable.
 */
final class QuantityLexicon {

  static final String NUMBER = "quantity-number";
  static final String MULTIPLIER = "quantity-multiplier";
  static final String FRACTION = "quantity-fraction";
  static final String RATIO = "quantity-ratio";
  static final String SIGN = "quantity-sign";
  static final String POINT = "quantity-point";
  static final String UNIT = "quantity-unit";
  static final String APPROX = "quantity-approx";
  static final String APPROX_AFTER = "quantity-approx-after";
  static final String RANGE = "quantity-range";
  static final String NOT = "quantity-not";
  static final String OF = "quantity-of";
  static final String UNIT_PART = "quantity-unit-part";
  static final String UNIT_SCALED = "quantity-unit-scaled";
  static final String ORDINAL_PART = "quantity-ordinal-part";
  static final String ORDINAL = "quantity-ordinal";
  static final String TAIL = "quantity-tail";
  static final String VAGUE_COUNT = "quantity-vague-count";
  static final String SIGN_AFTER = "quantity-sign-after";
  static final String RANGE_OPEN = "quantity-range-open";
  static final String BOUNDS_JOIN = "quantity-bounds-join";
  static final String BELOW_ZERO = "quantity-below-zero";
  static final String CHANGE = "quantity-change";
  static final String PLURAL = "quantity-plural";
  static final String MEMBER = "quantity-member";

  /** A cue value, read. */
  sealed interface Lex permits NumberWord, Multiplier, Fraction, Unit, Approx, Range, Not, Plain {}

  record NumberWord(double value, boolean pronoun, boolean article, boolean times) implements Lex {}

  record Multiplier(double factor, boolean money, double pluralStep, boolean suffix)
      implements Lex {
    boolean plural() {
      return pluralStep > 0;
    }
  }

  record Fraction(double denominator, boolean alone, boolean pronoun) implements Lex {}

  record Unit(String dimension, String unit, double factor, boolean before, double subunit)
      implements Lex {
    Unit(String dimension, String unit, double factor, boolean before) {
      this(dimension, unit, factor, before, 0);
    }

    boolean money() {
      return dimension.startsWith("money");
    }
  }

  record Approx(Approximation kind, double tolerance, boolean nearly) implements Lex {}

  record Range(String role) implements Lex {}

  record Not(String why) implements Lex {}

  /** A cue whose value the extractor does not read further (sign, point, ratio, of). */
  record Plain(String facet, String value) implements Lex {}

  /** A symbol and what it stands for. */
  record Symbol(String text, Lex lex) {}

  // by facet, then value: looked up for many words, so without building a key string
  private final Map<String, Map<String, Lex>> byValue = new HashMap<>();
  private final Map<String, List<Lex>> exactWords = new HashMap<>();
  private final Map<String, List<Lex>> lowerWords = new HashMap<>();
  private final List<Symbol> symbols = new ArrayList<>();
  // the symbols by their first and by their last char, each longest first as in symbols: only
  // those can stand at a place (null while some symbol is empty: then every symbol is tried)
  private final Map<Character, List<Symbol>> byFirst;
  private final Map<Character, List<Symbol>> byLast;
  // by kind of reading (Lex.class: any), the chars its symbols begin (end) with: most chars begin
  // none, and are told so without a boxed key (a curly quote or a dash is no cached Character);
  // every kind but Lex is a record, so a symbol is of a kind when its reading's class is that kind
  private final Map<Class<?>, BitSet> firstChars = new HashMap<>();
  private final Map<Class<?>, BitSet> lastChars = new HashMap<>();

  QuantityLexicon(List<RulePack> packs) {
    for (RulePack pack : packs) {
      for (Cue cue : pack.cues()) {
        if (!cue.facet().startsWith("quantity-")) {
          continue;
        }
        String value = cue.value().orElse("");
        Lex lex = read(cue.facet(), value);
        byValue.computeIfAbsent(cue.facet(), k -> new HashMap<>()).put(value, lex);
        for (String opt : value.split("\\s+")) {
          if (opt.startsWith("symbol=") && opt.length() > 7) {
            String sym = opt.substring(7);
            int star = sym.indexOf('*', 1);
            if (lex instanceof Fraction f) {
              // a vulgar-fraction character: "⅔*2" is 2/3, "½" is 1/2
              double num = star > 0 ? Double.parseDouble(sym.substring(star + 1)) : 1;
              symbols.add(new Symbol(star > 0 ? sym.substring(0, star) : sym,
                  new NumberWord(num / f.denominator(), false, false, false)));
            } else {
              symbols.add(new Symbol(sym, lex));
            }
          }
        }
        if ((lex instanceof Unit || lex instanceof Multiplier || lex instanceof Not)
            && !cue.facet().equals(UNIT_PART) && !cue.facet().equals(UNIT_SCALED)) {
          for (RuleMatcher m : cue.matchers()) {
            if (m instanceof RuleMatcher.Words w) {
              for (String phrase : w.phrases()) {
                String p = phrase.startsWith("=") ? phrase.substring(1) : phrase;
                if (p.indexOf(' ') >= 0) {
                  continue;
                }
                if (cue.caseSensitive()) {
                  exactWords.computeIfAbsent(p, k -> new ArrayList<>()).add(lex);
                } else {
                  lowerWords.computeIfAbsent(p.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                      .add(lex);
                }
              }
            }
          }
        }
      }
    }
    symbols.sort(Comparator.comparingInt((Symbol s) -> -s.text().length()));
    boolean anyEmpty = symbols.stream().anyMatch(s -> s.text().isEmpty());
    this.byFirst = anyEmpty ? null : new HashMap<>();
    this.byLast = anyEmpty ? null : new HashMap<>();
    if (!anyEmpty) {
      for (Symbol s : symbols) { // in order: each list stays longest first
        String x = s.text();
        byFirst.computeIfAbsent(x.charAt(0), k -> new ArrayList<>()).add(s);
        byLast.computeIfAbsent(x.charAt(x.length() - 1), k -> new ArrayList<>()).add(s);
        for (Class<?> k : List.of(Lex.class, s.lex().getClass())) {
          firstChars.computeIfAbsent(k, c -> new BitSet()).set(x.charAt(0));
          lastChars.computeIfAbsent(k, c -> new BitSet()).set(x.charAt(x.length() - 1));
        }
      }
    }
  }

  /** The reading of a cue hit's value. */
  Lex of(String facet, String value) {
    Map<String, Lex> values = byValue.get(facet);
    Lex l = values == null ? null : values.get(value);
    return l != null ? l : read(facet, value);
  }

  /** What letters attached to digits ("km", "bn", "M") stand for: exact forms first. */
  List<Lex> word(String written) {
    List<Lex> out = new ArrayList<>(exactWords.getOrDefault(written, List.of()));
    out.addAll(lowerWords.getOrDefault(written.toLowerCase(Locale.ROOT), List.of()));
    return out;
  }

  /** Symbols, longest first. */
  List<Symbol> symbols() {
    return symbols;
  }

  /** The longest symbol of a kind written at {@code at} in {@code text}, if any. */
  Optional<Symbol> symbolAt(String text, int at, Class<? extends Lex> kind) {
    List<Symbol> candidates = symbols;
    if (byFirst != null && at >= 0 && at < text.length()) {
      char c = text.charAt(at);
      BitSet kindChars = firstChars.get(kind);
      if (kindChars == null || !kindChars.get(c)) {
        return Optional.empty();
      }
      candidates = byFirst.getOrDefault(c, List.of());
    }
    for (Symbol s : candidates) {
      if (kind.isInstance(s.lex()) && text.startsWith(s.text(), at)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The longest symbol of a kind that ends at {@code end} in {@code text}, if any. */
  Optional<Symbol> symbolEndingAt(String text, int end, Class<? extends Lex> kind) {
    List<Symbol> candidates = symbols;
    if (byLast != null && end > 0 && end <= text.length()) {
      char c = text.charAt(end - 1);
      BitSet kindChars = lastChars.get(kind);
      if (kindChars == null || !kindChars.get(c)) {
        return Optional.empty();
      }
      candidates = byLast.getOrDefault(c, List.of());
    }
    for (Symbol s : candidates) {
      int at = end - s.text().length();
      if (at >= 0 && kind.isInstance(s.lex()) && text.startsWith(s.text(), at)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Lex read(String facet, String value) {
    String[] f = value.isBlank() ? new String[0] : value.trim().split("\\s+");
    try {
      switch (facet) {
        case NUMBER:
          return new NumberWord(Double.parseDouble(f[0]), has(f, "pronoun"), has(f, "article"),
              has(f, "times"));
        case MULTIPLIER: {
          double step = 0;
          for (int i = 1; i + 1 < f.length; i++) {
            if (f[i].equals("plural")) {
              step = Double.parseDouble(f[i + 1]);
            }
          }
          return new Multiplier(Double.parseDouble(f[0]), has(f, "money"), step,
              has(f, "suffix"));
        }
        case FRACTION:
          return new Fraction(Double.parseDouble(f[0]), has(f, "alone"), has(f, "pronoun"));
        case UNIT:
        case UNIT_PART:
        case UNIT_SCALED: {
          double sub = 0;
          for (String o : f) {
            if (o.startsWith("subunit=")) {
              sub = Double.parseDouble(o.substring(8));
            }
          }
          return new Unit(f[0], f[1], Double.parseDouble(f[2]), has(f, "before"), sub);
        }
        case APPROX:
        case APPROX_AFTER:
          // a lower bound has no upper one unless its cue gives a tolerance ("just over")
          Approximation k = kind(f[0]);
          double none = k == Approximation.MORE_THAN || k == Approximation.AT_LEAST ? 0 : 0.1;
          return new Approx(k, f.length > 1 && !f[1].contains("=")
              ? Double.parseDouble(f[1]) : none, f[0].equals("nearly"));
        case RANGE:
          return new Range(f.length > 0 ? f[0] : "join");
        case NOT:
          return new Not(value);
        case CHANGE:
          Double.parseDouble(f[0]); // how many times the change the level is at least
          return new Plain(facet, value);
        default:
          return new Plain(facet, value);
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "unreadable value '" + value + "' of a " + facet + " cue", e);
    }
  }

  private static Approximation kind(String k) {
    return switch (k) {
      case "about" -> Approximation.ABOUT;
      case "nearly", "less-than" -> Approximation.LESS_THAN;
      case "more-than" -> Approximation.MORE_THAN;
      case "at-least" -> Approximation.AT_LEAST;
      case "at-most" -> Approximation.AT_MOST;
      case "exact" -> Approximation.EXACT;
      default -> throw new IllegalArgumentException("unknown approximation '" + k + "'");
    };
  }

  private static boolean has(String[] f, String opt) {
    for (String s : f) {
      if (s.equals(opt)) {
        return true;
      }
    }
    return false;
  }
}
