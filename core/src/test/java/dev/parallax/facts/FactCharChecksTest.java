package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.CharSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The char-by-char checks that stand in for a regular expression or a copied substring. */
class FactCharChecksTest {

  @ParameterizedTest
  @CsvSource({
    "19th, 19", "21st, 21", "2nd, 2", "3rd, 3", "1st, 1", "00th, 0",
    "123th, -1", "th, -1", "19, -1", "19st1, -1", "x9th, -1", "19TH, -1", "19sd, -1", "1rt, -1",
    "'', -1", "\u0661\u0669th, -1"
  })
  void ordinalFiguresReadOneOrTwoAsciiDigitsAndAnOrdinalSuffix(String term, int expected) {
    assertThat(TimeNumbers.ordinalFigures(term, false)).isEqualTo(expected);
    assertThat(TimeNumbers.ordinalFigures(term, false)).isEqualTo(byPattern(term, false));
  }

  @ParameterizedTest
  @CsvSource({
    "19th, 19", "7, 7", "31, 31", "07, 7", "123, -1", "1st, 1", "'', -1", "1.5, -1", "x, -1",
    "12rd, 12"
  })
  void ordinalFiguresMayTakeBareDigits(String term, int expected) {
    assertThat(TimeNumbers.ordinalFigures(term, true)).isEqualTo(expected);
    assertThat(TimeNumbers.ordinalFigures(term, true)).isEqualTo(byPattern(term, true));
  }

  private static int byPattern(String term, boolean bare) {
    Matcher m = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)" + (bare ? "?" : "")).matcher(term);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  @ParameterizedTest
  @CsvSource({
    "3, true", "2.5, true", "2024, true", "12.25, true", "12345, false", "1.234, false",
    "1., false", ".5, false", "'', false", "'1,000', false", "3rd, false", "\u0663, false",
    "1.5.2, false"
  })
  void countFiguresMatchesUpToFourDigitsAndTwoDecimals(String term, boolean expected) {
    assertThat(TimeNumbers.countFigures(term)).isEqualTo(expected);
    assertThat(TimeNumbers.countFigures(term))
        .isEqualTo(term.matches("\\d{1,4}(?:\\.\\d{1,2})?"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Rain fell.|0|10|true",
    "'Rain fell.  \t'|0|13|true",
    "Why Are Defections So Rare|0|26|false",
    "'  .  '|0|5|true",
    "'   '|0|3|false",
    "ab.cd|0|3|true",
    "ab.cd|3|5|false",
    "'x. '|1|3|true",
    "'x. '|2|3|false"
  })
  void endsWithPeriodStripsWhiteSpaceLikeStrip(String text, int start, int end,
      boolean expected) {
    CharSpan span = new CharSpan(start, end);
    assertThat(NameExtractor.endsWithPeriod(text, span)).isEqualTo(expected);
    assertThat(NameExtractor.endsWithPeriod(text, span))
        .isEqualTo(span.of(text).strip().endsWith("."));
  }
}
