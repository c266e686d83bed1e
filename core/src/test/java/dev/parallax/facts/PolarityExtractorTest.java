package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.PolarityFacet;
import dev.parallax.PolarityFacet.Kind;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final PolarityExtractor EXTRACTOR = new PolarityExtractor();

  static List<PolarityFacet> extract(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    return EXTRACTOR.extract(new Spans("a", t), CUES.find(t));
  }

  /** One line per facet: text | cue | kind | scope. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the seed sentences
    "Never before have so many North Koreans defected, with the number of defectors outpacing"
        + " the end of the Korean War in 1953. | Never | NEGATION"
        + " | before have so many North Koreans defected",
    "It’s possible that picture is changing, as one more North Korean soldier has defected."
        + " | It’s possible | HEDGE | that picture is changing",
    // negation
    "The soldier did not carry a weapon. | not | NEGATION | carry a weapon",
    "The army didn't confirm his rank; officials said little more. | didn't | NEGATION"
        + " | confirm his rank",
    "Officials won’t say more. | won’t | NEGATION | say more",
    "He crossed without a shot being fired, officials said. | without | NEGATION"
        + " | a shot being fired",
    "The guards failed to stop him before he reached the line. | failed to | NEGATION"
        + " | stop him before he reached the line",
    "Pyongyang denied that any soldier had crossed. | denied | NEGATION"
        + " | that any soldier had crossed",
    "The ministry refused to comment but confirmed the crossing. | refused to | NEGATION"
        + " | comment",
    "No one was hurt in the crossing. | No one | NEGATION | was hurt in the crossing",
    "The soldier was not armed—he carried only a radio. | not | NEGATION | armed",
    // modal
    "More soldiers may follow in the coming months. | may | MODAL | follow in the coming months",
    "The crossing could signal unrest within the ranks. | could | MODAL"
        + " | signal unrest within the ranks",
    "Seoul should press for talks, although few expect any. | should | MODAL | press for talks",
    // hedge
    "The soldier reportedly crossed at dawn. | reportedly | HEDGE | crossed at dawn",
    "He was allegedly a staff sergeant. | allegedly | HEDGE | a staff sergeant",
    "The soldier appears to be a sergeant in the border guard. | appears to | HEDGE"
        + " | be a sergeant in the border guard",
    "The defector is believed to be in good health. | is believed to | HEDGE | be in good health",
    "The soldier apparently swam. | apparently | HEDGE | swam",
  })
  void readsCueKindAndScope(String text, String cue, Kind kind, String scope) {
    List<PolarityFacet> got = extract(text);
    assertThat(got).as(got.toString()).hasSize(1);
    PolarityFacet f = got.get(0);
    assertThat(f.span().text()).isEqualTo(cue);
    assertThat(f.kind()).isEqualTo(kind);
    assertThat(f.scope().text()).isEqualTo(scope);
    assertThat(f.span().start()).isEqualTo(text.indexOf(cue));
    assertThat(f.scope().start()).isEqualTo(text.indexOf(scope, f.span().end()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The soldier crossed at dawn and surrendered.",
    "It’s designed not just to separate two rival nations but to prevent this kind of escape.",
    "He defected in May 2024.",
    "The army showed its military might.",
    "It is possible to apply online.",
    "The apparent motive was hunger.",
  })
  void findsNothingWhereNothingIsDeniedOrHedged(String text) {
    assertThat(extract(text)).isEmpty();
  }

  @Test
  void aNegatedModalIsBothAndNeitherNorAreTwoNegations() {
    String text = "The guards couldn't stop him. Neither side fired, nor did anyone call.";
    List<PolarityFacet> got = extract(text);
    assertThat(got).extracting(f -> f.kind() + " " + f.span().text() + " / " + f.scope().text())
        .containsExactly(
            "NEGATION couldn't / stop him",
            "MODAL couldn't / stop him",
            "NEGATION Neither / side fired",
            "NEGATION nor / did anyone call");
  }

  @Test
  void aCueAtTheEndOfItsClauseBearsOnItself() {
    List<PolarityFacet> got = extract("Did he cross? He did not.");
    assertThat(got).hasSize(1);
    assertThat(got.get(0).scope()).isEqualTo(got.get(0).span());
  }

  @Test
  void scopeIsBounded() {
    String text = "He did not " + "walk ".repeat(200) + "home.";
    PolarityFacet f = extract(text).get(0);
    assertThat(f.scope().text().split(" ")).hasSize(PolarityExtractor.MAX_SCOPE_WORDS);
  }

  @Test
  void spansIndexTheTextExactly() {
    String text = "Line one.\r\nThe soldier \uD83D\uDE00 did not return; he may stay.";
    for (PolarityFacet f : extract(text)) {
      assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text());
      assertThat(text.substring(f.scope().start(), f.scope().end())).isEqualTo(f.scope().text());
      assertThat(f.span().line()).isEqualTo(2);
    }
  }

  @Test
  void thePackVerifiesAndIsBundled() {
    RulePack pack = RulePack.fromClasspath("/dev/parallax/facts/en/polarity.rules");
    assertThat(pack.verify()).isEmpty();
    assertThat(pack.id()).isEqualTo("polarity-en");
    assertThat(pack.license()).isEqualTo("Apache-2.0");
    assertThat(FactCues.englishPacks()).extracting(RulePack::id).contains("polarity-en");
  }
}
