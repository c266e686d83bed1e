package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "He said “the regime is brutal” today.          | “the regime is brutal”",
        "He said \"the regime is brutal\" today.        | \"the regime is brutal\"",
        "„Ja“ and «non» were said.                      | „Ja“;«non»",
        "An “open quote never closes.                   | ''",
        "One “two” three “four” five.                   | “two”;“four”",
      })
  void findsDirectQuotations(String text, String expected) {
    List<CharSpan> spans = Quotations.of(text.strip());
    String got = String.join(";", spans.stream().map(s -> s.of(text.strip())).toList());
    assertThat(got).isEqualTo(expected.strip());
  }

  @org.junit.jupiter.api.Test
  void typewrittenMarksPair() {
    String text = "``Yes,'' he said of \"Van Wilder '' and the players' ball.";
    assertThat(Quotations.of(text)).extracting(s -> s.of(text))
        .containsExactly("``Yes,''", "\"Van Wilder ''");
  }

  @ParameterizedTest
  @CsvSource({"'A “quote\n\nnever crosses” a blank line.', 0", "'A “quote\ncrosses” a line.', 1"})
  void aQuotationEndsWithItsParagraph(String text, int count) {
    assertThat(Quotations.of(text)).hasSize(count);
  }
}
