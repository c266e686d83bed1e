package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

  /** Each row: a text (lines joined by "/"), then the quoted paragraphs joined by ";". */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a line that opens with a mark: to the next mark, or on to the line's end
        "\"Always reckless.\"/He left.                     | \"Always reckless.\"",
        "\"The regime must fall, \" said Lee./It did.      | \"The regime must fall, \"",
        "\"It is terrifying./We ran.\" She cried.          | \"It is terrifying.",
        "''Resources are tight. It was hard. ''/He left.    | ''Resources are tight. It was hard. ''",
        "“He was writing a dramatic dialogue; he was happy. | “He was writing a dramatic dialogue; he was happy.",
        // a line that ends with a closing mark after punctuation, with no other mark
        "He said:/\"Now we wait./He's just this magnificent new man. \" | \"Now we wait.;He's just this magnificent new man. \"",
        // not speech: a title in a line, a mark inside the line, a mark after a word
        "\"Twilight\" author Meyer confirmed it.          | \"Twilight\"",
        "He starred in the show \"Friends\".              | ''",
        "The plan was \"a disaster,\" he said.            | ''",
        "It was a brutal plan \"                           | ''",
      })
  void aParagraphThatOpensWithAMarkIsSpeech(String rows, String expected) {
    String text = rows.strip().replace('/', '\n');
    String got = String.join(";",
        Quotations.paragraphs(text).stream().map(s -> s.of(text)).toList());
    assertThat(got).isEqualTo(expected.strip());
  }

  /** Each row: a text (lines joined by "/"), then its quoted paragraphs joined by ";". */
  static Stream<Arguments> singleMarkLines() {
    return Stream.of(
        // a line that opens with a single mark: to the mark that closes after a word
        Arguments.of("'Wholly untrue'/The ministry denied it.", "'Wholly untrue'"),
        Arguments.of("`Grim outlook' for farmers/Prices fell.", "`Grim outlook'"),
        Arguments.of("‘We won’t back down,’ she said./They left.", "‘We won’t back down,’"),
        // a line that ends with a single mark after sentence punctuation closes a quotation
        Arguments.of("Reyes told jurors 'he wanted it gone./Cornered men lie. '/It ended.",
            "Cornered men lie. '"),
        // not speech: apostrophes, a mark opening before a digit, a plural possessive
        Arguments.of("The players' union met./It didn't last.", ""),
        Arguments.of("'90s rock was back./It was loud.", ""),
        Arguments.of("Rock 'n' roll was back, she said.'", ""),
        Arguments.of("'Tis the season./It snowed.", ""));
  }

  @ParameterizedTest
  @MethodSource("singleMarkLines")
  void aLineInSingleMarksIsSpeech(String rows, String expected) {
    String text = rows.replace('/', '\n');
    String got = String.join(";",
        Quotations.paragraphs(text).stream().map(s -> s.of(text)).toList());
    assertThat(got).isEqualTo(expected);
  }
}
