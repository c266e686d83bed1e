package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ages given together ("two women, 68 and 48 years old", "8- and 10-year-old girls") are ages:
 * no number of the list counts the noun before it or is a length of time; an age set off after a
 * name ("Andrew Lopez, 20,") is that person's even after a count whose noun it could borrow; and
 * "a third" that adds one to a group counts nothing. Each row is a one-claim article and each
 * amount the contradiction checks read in it, as {@code "evidence measure noun"}.
 */
class CoordinatedAgesTest {

  static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        // the ages of a list: each number an age of one of several, neither counted nor a length
        row("Firefighters found two men -- 71 and 39-years-old -- in the cellar.",
            "two men count [men]"),
        row("Two brothers, 9- and 11-year-old boys, were pulled from the lake.",
            "Two brothers count [brother]"),
        row("The boys, 12 and 14 years old, were pulled from the lake."),
        row("A 6- and an 8-year-old were pulled from the lake."),
        row("Three cousins, 5, 7 and 10 years old, were pulled from the lake.",
            "Three cousins count [cousin]"),
        // a number before a list word and a named person's age: two facts
        row("Reyes scored 20 and 19-year-old Ortiz added 12 for the visitors.",
            "20 number []", "19-year-old age [ortiz, ad]", "12 number []"),
        // numbers before lengths of time that are no ages: no list of ages
        row("The two boys were held for 3 and 4 years.", "two boys count [boi]",
            "3 duration []", "4 years duration []"),
        // an age set off after a name is the name's, not a count of the noun before it
        row("Police arrested 12 protesters, and Maria Lund, 44, was charged.",
            "12 protesters count [protest]", "44 age [maria, lund]"),
        // one more member of a group: "a third" counts nothing
        row("The gunman shot dead two guards and wounded a third.", "two guards count [guard]"),
        row("Two firms cut their staff by a third.", "Two firms count [compani]",
            "a third count [compani]"));
  }

  @ParameterizedTest
  @MethodSource("table")
  void readsEachNumberOfTheList(String text, List<String> expected) {
    assertThat(CheckCases.amounts(text)).containsExactlyElementsOf(expected);
  }
}
