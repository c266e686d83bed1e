package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values as a reader writes them in explanations and the text report. */
class NumberWordsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "34000       |          | 34,000",
    "140937785   | USD      | $140.94 million",
    "3500000000  | USD      | $3.5 billion",
    "5.4         | %        | 5.4%",
    "248         | km       | 248 km",
    "0.3333333333333333 | ratio | 1 in 3",
    "0.2         | ratio    | 1 in 5",
    "0.4         | ratio    | 2 in 5",
    "0.002       | ratio    | 1 in 500",
    "0.123456789 | ratio    | 12.35%",
  })
  void writesAValueAsAReaderDoes(double value, String unit, String shown) {
    assertThat(NumberWords.shown(value, unit == null ? "" : unit)).isEqualTo(shown);
  }

  @ParameterizedTest
  @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th",
      "21, 21st", "22, 22nd", "101, 101st", "111, 111th"})
  void writesOrdinalsInDigits(int n, String shown) {
    assertThat(Explainer.ordinalDigits(n)).isEqualTo(shown);
  }
}
