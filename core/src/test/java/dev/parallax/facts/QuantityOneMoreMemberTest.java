package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "a third" that names one more member of a group counted before it ("killed two and wounded a
 * third") gives no quantity, while "a third" as a share of a whole stays 1/3: each row a sentence
 * and every quantity read from it as {@code "span=value"}; the ordinal numbers of the same
 * sentence follow the quantities, as {@code "span#value"}.
 */
class QuantityOneMoreMemberTest {

  static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // one more after a count of one less: no fraction, the ordinal place instead
        row("The gunman shot dead two guards and wounded a third.", "two=2.0", "third#3"),
        row("Three men were charged, and detectives are looking for a fourth.", "Three=3.0",
            "fourth#4"),
        row("Police arrested 4 suspects on Monday and a fifth, the driver, on Tuesday.",
            "4=4.0", "fifth#5"),
        row("His first two films flopped, and so did a third.", "two=2.0", "first#1",
            "third#3"),
        row("Two soldiers died and a third, a medic, was hurt.", "Two=2.0", "third#3"),
        // after the ordinal of one less
        row("Her second restaurant closed in May, as did a third.", "second#2", "third#3"),
        // a share of a whole stays a share
        row("A third of the budget went to roads.", "A third=0.3333333333333333"),
        row("Two firms cut their staff by a third.", "Two=2.0", "a third=0.3333333333333333"),
        row("Two polls put support for the plan at a third.", "Two=2.0",
            "a third=0.3333333333333333"),
        row("In two surveys support fell nearly a third.", "two=2.0",
            "nearly a third=0.3333333333333333"),
        row("Two months later the town had lost a third.", "Two=2.0",
            "a third=0.3333333333333333"),
        row("Two-thirds of the land flooded; the rain took a third.",
            "Two-thirds=0.6666666666666666", "a third=0.3333333333333333"),
        // a count that is not one less, and "a third" with no count before it
        row("Five boats sank and storms took a third.", "Five=5.0",
            "a third=0.3333333333333333"),
        row("Officials said prices had fallen by a third.", "a third=0.3333333333333333"),
        // a day of a month and a clock time are no counts
        row("On March 2 the rebels seized a third.", "a third=0.3333333333333333"),
        row("By 2 p.m. the rebels held a third.", "a third=0.3333333333333333"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void readsEachThirdAsItsSentenceMeansIt(String text, List<String> expected) {
    assertThat(withValues(text)).containsExactlyElementsOf(expected);
  }

  /** The quantities of {@code text} as "span=value", then its ordinal numbers as "span#value". */
  private static List<String> withValues(String text) {
    List<String> out = new java.util.ArrayList<>();
    QuantityExtractorTest.extract(text).forEach(q -> out.add(q.span().text() + "=" + q.value()));
    OrdinalNumberReaderTest.read(text).forEach(o -> out.add(o.replace('=', '#')));
    return out;
  }
}
