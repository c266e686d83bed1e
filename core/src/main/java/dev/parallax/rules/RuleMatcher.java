package dev.parallax.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One way a rule finds text: a list of words and phrases, a token pattern, or a sentence shape.
 * Prints back in pack syntax.
 */
public sealed interface RuleMatcher {

  /**
   * Words and phrases, matched on stems ({@code =word}: on the exact lower-cased form).
   *
   * @param phrases the phrases as written in the pack
   */
  record Words(List<String> phrases) implements RuleMatcher {
    /** Copies the list. */
    public Words {
      phrases = List.copyOf(phrases);
    }

    @Override
    public String toString() {
      return "words: " + String.join(", ", phrases);
    }
  }

  /**
   * A token pattern.
   *
   * @param source the pattern as written
   * @param elements its parsed elements
   */
  record Pattern(String source, List<Element> elements) implements RuleMatcher {
    /** Copies the list. */
    public Pattern {
      requireNonNull(source, "source");
      elements = List.copyOf(elements);
    }

    @Override
    public String toString() {
      return "pattern: " + source;
    }
  }

  /**
   * A sentence shape: the whole sentence is tagged.
   *
   * @param kind which shape
   */
  record Shape(ShapeKind kind) implements RuleMatcher {
    /** Checks the argument. */
    public Shape {
      requireNonNull(kind, "kind");
    }

    @Override
    public String toString() {
      return "shape: " + kind.packName();
    }
  }

  /** Sentence shapes. */
  enum ShapeKind {
    /** A sentence that ends with "?": the whole sentence. */
    QUESTION,
    /** A sentence that ends with "!": the whole sentence. */
    EXCLAMATION,
    /**
     * A quotation of one to three words inside a sentence, not introduced by a colon or comma
     * (the writer's distance, as in the regime's “experts”): the quotation, marks included.
     */
    SCARE_QUOTE;

    /** The name packs use: {@code question}, {@code exclamation}, {@code scare-quote}. */
    public String packName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** An element of a token pattern. */
  sealed interface Element {}

  /**
   * A word: same stem, or with {@code exact} the same lower-cased form.
   *
   * @param text the word as written (without "=")
   * @param exact whether only this form matches
   */
  record Word(String text, boolean exact) implements Element {
    @Override
    public String toString() {
      return (exact ? "=" : "") + text;
    }
  }

  /**
   * Any of several words.
   *
   * @param words the alternatives
   */
  record AnyOf(List<Word> words) implements Element {
    /** Copies the list. */
    public AnyOf {
      words = List.copyOf(words);
    }

    @Override
    public String toString() {
      return String.join("|", words.stream().map(Word::toString).toList());
    }
  }

  /** Any one word: {@code *}. */
  record AnyWord() implements Element {
    @Override
    public String toString() {
      return "*";
    }
  }

  /**
   * Zero to {@code max} words: {@code ...}.
   *
   * @param max most words skipped
   */
  record Gap(int max) implements Element {
    @Override
    public String toString() {
      return "...";
    }
  }

  /** A word that starts with a capital letter: {@code <Cap>}. */
  record Capitalized() implements Element {
    @Override
    public String toString() {
      return "<Cap>";
    }
  }

  /** A word that holds a digit: {@code <num>}. */
  record Numeric() implements Element {
    @Override
    public String toString() {
      return "<num>";
    }
  }

  /** The start of the sentence: {@code ^}. */
  record SentenceStart() implements Element {
    @Override
    public String toString() {
      return "^";
    }
  }

  /**
   * The end of the sentence, marked by {@code ?} or {@code !}.
   *
   * @param mark the final mark
   */
  record SentenceEnd(char mark) implements Element {
    @Override
    public String toString() {
      return String.valueOf(mark);
    }
  }
}
