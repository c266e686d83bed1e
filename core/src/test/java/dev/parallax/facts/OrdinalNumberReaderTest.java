package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.Article;
import dev.parallax.OrdinalNumber;
import dev.parallax.Parallax;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ordinal numbers read as numbers: ordinal words with the number words before them, and digits
 * with their suffix; with the fractions, units and codes that must stay no ordinal.
 */
class OrdinalNumberReaderTest {

  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final QuantityExtractor EXTRACTOR = QuantityExtractor.english();

  static List<String> read(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    return EXTRACTOR.ordinals(new Spans("t", t), CUES.find(t)).stream()
        .map(o -> o.span().text() + "=" + o.value()).toList();
  }

  static Arguments row(String text, String... expected) {
    return Arguments.of(text, List.of(expected));
  }

  static Stream<Arguments> table() {
    return Stream.of(
        row("She finished second!", "second=2"),
        row("Speak the first word.", "first=1"),
        row("It was the eleventh attempt.", "eleventh=11"),
        row("the twenty-first century", "twenty-first=21"),
        row("his thirty-second birthday", "thirty-second=32"),
        row("the one hundred twenty-fifth session", "one hundred twenty-fifth=125"),
        row("the one hundred and fifth day", "one hundred and fifth=105"),
        row("the trillionth time", "trillionth=1000000000000"),
        // singular after a number other than one, a scale ordinal is no fraction
        row("three trillionth", "three trillionth=3000000000000"),
        row("a hundred trillionth", "a hundred trillionth=100000000000000"),
        row("the two hundredth visitor", "two hundredth=200"),
        row("the one thousand two hundredth visitor", "one thousand two hundredth=1200"),
        row("the millionth visitor", "millionth=1000000"),
        row("It ranked 21st.", "21st=21"),
        row("the 2nd and 3rd rounds", "2nd=2", "3rd=3"),
        row("the 11th, 12th and 13th floors", "11th=11", "12th=12", "13th=13"),
        row("the 101st and 112th days", "101st=101", "112th=112"),
        row("the 22ND district", "22ND=22"),
        row("the 1,000th visitor", "1,000th=1000"),
        row("a second time", "second=2"),
        // a number before "and" that does not fit the ordinal's place is another number
        row("She won two and finished fifth.", "fifth=5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void readsTheTable(String text, List<String> expected) {
    assertThat(read(text)).containsExactlyElementsOf(expected);
  }

  @Test
  void fractionsUnitsAndCodesAreNoOrdinals() {
    // a fraction is the quantity: "a third", "two fifths", "one third", "a hundredth"
    assertThat(read("A third of the staff and two fifths of the budget.")).isEmpty();
    assertThat(read("One third left; a hundredth of the vote.")).isEmpty();
    assertThat(read("It is forty two and a third.")).isEmpty();
    // a scale ordinal after one, or plural, is a fraction: "one thousandth", "three trillionths"
    assertThat(read("one thousandth of the vote")).isEmpty();
    assertThat(read("three trillionths")).isEmpty();
    // number words that take the ordinal's place: "one second" is a time
    assertThat(read("Wait one second.")).isEmpty();
    assertThat(read("It took thirty seconds.")).isEmpty();
    // a suffix English does not write after the number, and codes
    assertThat(read("the 21th and 12st and 3th")).isEmpty();
    assertThat(read("Model 5thx and 0th")).isEmpty();
  }

  @Test
  void parallaxReadsTheOrdinalsOfAnArticle() {
    List<OrdinalNumber> found = Parallax.standard().ordinalNumbers(
        Article.builder().id("a").text("The 21st ballot was the third this year.").build());
    assertThat(found).extracting(o -> o.span().text(), OrdinalNumber::value)
        .containsExactly(tuple("21st", 21L), tuple("third", 3L));
    assertThat(found.get(0).span().article()).isEqualTo("a");
  }

  @Test
  void anOrdinalIsAPositionOfOneOrMore() {
    AnalyzedText t = ANALYZER.analyze("the first");
    OrdinalNumber o = EXTRACTOR.ordinals(new Spans("t", t), CUES.find(t)).get(0);
    assertThat(o.value()).isEqualTo(1L);
    assertThat(o.span().start()).isEqualTo(4);
    assertThat(o.span().end()).isEqualTo(9);
  }
}
