package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The noun a number counts, read from the words after it: its head (the plural) first, then
 * the words that modify it, hyphenated modifiers included.
 */
class CountedNounTest {
  static Stream<Arguments> nouns() {
    return Stream.of(
        Arguments.of("The observatory has discovered 142 near-Earth objects.",
            List.of("142 near-Earth objects count [object, near, earth]")),
        Arguments.of("Police sent 40 off-duty officers to the stadium.",
            List.of("40 off-duty officers count [offic, off, duti]")),
        Arguments.of("The navy seized six AK-47 rifles.",
            List.of("six AK-47 rifles count [rifl, ak, 47]")),
        // a function word not joined to the next word ends the noun: "in" names no thing
        Arguments.of("The storm destroyed 40 in the valley.", List.of("40 number []")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nouns")
  void theCountedNounHoldsItsHyphenatedModifiers(String text, List<String> expected) {
    assertThat(CheckCases.amounts(text)).containsExactlyElementsOf(expected);
  }
}
