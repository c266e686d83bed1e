package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AttributionFacet;
import dev.parallax.AttributionFacet.Mode;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final AttributionExtractor EXTRACTOR = new AttributionExtractor();

  static List<AttributionFacet> extract(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    List<AttributionFacet> got = EXTRACTOR.extract(new Spans("a", t), CUES.find(t));
    for (AttributionFacet f : got) {
      assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text());
    }
    return got;
  }

  /** One sentence, one facet: text | mode | span | source | cue ('' when none). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the seed sentences
    "Nonetheless, the defector was able to make an effective break into South Korean territory,"
        + " most notably where military officials quickly took him into custody. | REPORTER"
        + " | Nonetheless, the defector was able to make an effective break into South Korean"
        + " territory, most notably where military officials quickly took him into custody | '' | ''",
    "The soldier expressed his desire to resettle in South Korea, choosing freedom over loyalty."
        + " | INDIRECT | The soldier expressed his desire | The soldier | expressed his desire",
    "The noncommissioned officer indicated he wished to resettle in South Korea, once he arrived."
        + " | INDIRECT | The noncommissioned officer indicated | The noncommissioned officer"
        + " | indicated",
    // speech verbs, speaker before
    "Military officials said the soldier was unarmed. | INDIRECT | Military officials said"
        + " | Military officials | said",
    "South Korea's Joint Chiefs of Staff said he crossed at dawn. | INDIRECT"
        + " | South Korea's Joint Chiefs of Staff said | South Korea's Joint Chiefs of Staff | said",
    "Officials later said the soldier was a staff sergeant. | INDIRECT | Officials later said"
        + " | Officials | said",
    "The company has said it will appeal the ruling. | INDIRECT | The company has said"
        + " | The company | said",
    "A spokesman for the ministry told reporters the soldier was in good health. | INDIRECT"
        + " | A spokesman for the ministry told reporters | A spokesman for the ministry"
        + " | told reporters",
    "The soldier was unarmed, the ministry claimed. | INDIRECT | the ministry claimed"
        + " | the ministry | claimed",
    // a verb of saying with a count after it reports no speech
    "Carter added 12 for the Bulldogs. | REPORTER | Carter added 12 for the Bulldogs | '' | ''",
    "Health officials reported 40 new cases. | REPORTER | Health officials reported 40 new cases"
        + " | '' | ''",
    // "say" takes what was said, never a count: a number after it opens the report
    "The agency said 12 people died. | INDIRECT | The agency said | The agency | said",
    "Police on Monday said 18 people were hurt. | INDIRECT | Police on Monday said | Police"
        + " | said",
    "Witnesses say 200 troops crossed. | INDIRECT | Witnesses say | Witnesses | say",
    // a word in "-ly" after a possessive is a noun, not an adverb to skip
    "Felt's family revealed his identity in 2005. | INDIRECT | Felt's family revealed"
        + " | Felt's family | revealed",
    // set phrases with a verb of saying report nobody's words
    "Needless to say, the plan failed. | REPORTER | Needless to say, the plan failed | '' | ''",
    "It goes without saying that the plan failed. | REPORTER"
        + " | It goes without saying that the plan failed | '' | ''",
    // speaker after
    "The soldier was unarmed, according to the Ministry of Unification. | INDIRECT"
        + " | according to the Ministry of Unification | the Ministry of Unification"
        + " | according to",
    "According to Yonhap, the soldier crossed at dawn. | INDIRECT | According to Yonhap"
        + " | Yonhap | According to",
    "The soldier crossed at dawn, said a ministry official. | INDIRECT"
        + " | said a ministry official | a ministry official | said",
    // passive, and a speaker not found
    "It was reported that the soldier crossed at dawn. | INDIRECT | was reported | '' | reported",
    "The defection was reported by Yonhap on Monday. | INDIRECT | was reported by Yonhap"
        + " | Yonhap | reported",
    "The soldier crossed the line and told officials he wanted to stay. | INDIRECT | told | ''"
        + " | told",
    // a verb after a determiner is a noun; a noun can speak
    "The report said little about the soldier. | INDIRECT | The report said | The report"
        + " | said",
    "The reported defection drew attention. | REPORTER"
        + " | The reported defection drew attention | '' | ''",
    "His claims were never checked. | REPORTER | His claims were never checked | '' | ''",
    // when a report was made is no part of who made it
    "The agency on Tuesday said profits rose. | INDIRECT | The agency on Tuesday said"
        + " | The agency | said",
    "The company late Tuesday said profits rose. | INDIRECT | The company late Tuesday said"
        + " | The company | said",
    "The plan is dead, said Tuesday the head of the agency. | INDIRECT"
        + " | said Tuesday the head of the agency | the head of the agency | said",
    "The Times said profits rose. | INDIRECT | The Times said | The Times | said",
    // a prepositional phrase is no speaker
    "The plan is dead, said in Kyiv the minister. | INDIRECT | said in Kyiv the minister"
        + " | the minister | said",
    "Officials in Kyiv said the attack killed five. | INDIRECT | Officials in Kyiv said"
        + " | Officials in Kyiv | said",
    // the speaker before an aside set off by commas
    "Smith, 45, said the plan failed. | INDIRECT | Smith, 45, said | Smith | said",
    "The ministry, in a statement Tuesday, said the leak was contained. | INDIRECT"
        + " | The ministry, in a statement Tuesday, said | The ministry | said",
    "After the vote, officials, visibly tired, said the plan failed. | INDIRECT"
        + " | officials, visibly tired, said | officials | said",
    "In Kyiv, the plan is dead, said the minister. | INDIRECT | said the minister"
        + " | the minister | said",
    "Bob Currie, 66, a resident of the block, said he saw it. | INDIRECT"
        + " | Bob Currie, 66, a resident of the block, said | Bob Currie | said",
    "John Christie, head of production for Paperny Films, located down the street, said they"
        + " were planning a party. | INDIRECT | John Christie, head of production for Paperny"
        + " Films, located down the street, said | John Christie | said",
    "Five people died in the quake, Fauzi, an official from the local disaster agency, told AFP."
        + " | INDIRECT | Fauzi, an official from the local disaster agency, told | Fauzi | told",
    "His heart failed while he was reading, his son, Ike LaRue III, said. | INDIRECT"
        + " | his son, Ike LaRue III, said | his son | said",
    "The plan is dead, officials, who asked not to be named, said. | INDIRECT"
        + " | officials, who asked not to be named, said | officials | said",
    "Majed Hamdan, an AP photographer, who rushed to the scene, said many died. | INDIRECT"
        + " | Majed Hamdan, an AP photographer, who rushed to the scene, said | Majed Hamdan"
        + " | said",
    // no aside: a clause before an inverted verb, a list, a quotation, a participle
    "He died in a prison in Springfield, Missouri, on Monday morning, said a spokesman."
        + " | INDIRECT | said a spokesman | a spokesman | said",
    "Bringing HP and EDS together could trigger clashes, said analyst Dana Stiffler. | INDIRECT"
        + " | said analyst Dana Stiffler | analyst Dana Stiffler | said",
    "AMD plans to meet media, data, and graphic requirements, says Dave Orton. | INDIRECT"
        + " | says Dave Orton | Dave Orton | says",
    "The pirates, said to be in a dhow, fired at it. | INDIRECT | said | '' | said",
    "USA Today reports that the deal failed. | INDIRECT | USA Today reports | USA Today"
        + " | reports",
    "HP today announced a deal. | INDIRECT | HP today announced | HP | announced",
    // an auxiliary alone is no speaker
    "Has said nothing since. | INDIRECT | said | '' | said",
    // "May" with a capital is a name, part of the speaker; "may" is an auxiliary, passed over
    "Mrs. May said she would resign. | INDIRECT | Mrs. May said | Mrs. May | said",
    "Prime Minister Theresa May told reporters the talks would continue. | INDIRECT"
        + " | Prime Minister Theresa May told reporters | Prime Minister Theresa May"
        + " | told reporters",
    "Officials may say more on Monday. | INDIRECT | Officials may say | Officials | say",
    "The F.B.I. director James B. Comey said Tuesday that he would testify. | INDIRECT"
        + " | The F.B.I. director James B. Comey said | The F.B.I. director James B. Comey"
        + " | said",
  })
  void readsModeSpanSourceAndCue(
      String text, Mode mode, String span, String source, String cue) {
    List<AttributionFacet> got = extract(text);
    assertThat(got).as(got.toString()).hasSize(1);
    AttributionFacet f = got.get(0);
    assertThat(f.mode()).isEqualTo(mode);
    assertThat(f.span().text()).isEqualTo(span);
    assertThat(f.span().start()).isEqualTo(text.indexOf(span));
    assertThat(f.source().orElse("")).isEqualTo(source);
    assertThat(f.cue().orElse("")).isEqualTo(cue);
  }

  @Test
  void aQuotationThatReportsSpeechIsADirectQuoteWithItsSpeaker() {
    String text = "“We will not go back,” the soldier said. He said: “I wanted to be free.”";
    List<AttributionFacet> got = extract(text);
    assertThat(got).extracting(f -> f.mode() + " " + f.span().text() + " / "
            + f.source().orElse("") + " / " + f.cue().orElse(""))
        .containsExactly(
            "DIRECT_QUOTE “We will not go back,” / the soldier / said",
            "DIRECT_QUOTE “I wanted to be free.” / He / said");
  }

  @Test
  void aWeekdayOrAPrepositionAfterAnInvertedVerbIsNoSpeaker() {
    assertThat(extract("“The talks failed,” said Tuesday a spokesman."))
        .extracting(f -> f.mode() + " " + f.source().orElse("-"))
        .containsExactly("DIRECT_QUOTE a spokesman");
    assertThat(extract("“It is over,” said in an interview the minister."))
        .extracting(f -> f.mode() + " " + f.source().orElse("-"))
        .containsExactly("DIRECT_QUOTE the minister");
    assertThat(extract("“I’m scared for everything, myself, my store,” said Salm Sami, 45."))
        .extracting(f -> f.mode() + " " + f.source().orElse("-"))
        .containsExactly("DIRECT_QUOTE Salm Sami");
    assertThat(extract("“We are ready,” said Tuesday."))
        .extracting(f -> f.mode() + " " + f.source().orElse("-"))
        .containsExactly("DIRECT_QUOTE -");
  }

  @Test
  void aSpeakerAfterTheQuotationIsFound() {
    List<AttributionFacet> got = extract("“We will fight,” said the minister.");
    assertThat(got).hasSize(1);
    assertThat(got.get(0).mode()).isEqualTo(Mode.DIRECT_QUOTE);
    assertThat(got.get(0).source()).contains("the minister");
  }

  @Test
  void aQuotationOfTwoSentencesIsOneDirectQuote() {
    String text = "The minister said: “We will not bow. We will never bow.” Then he left.";
    List<AttributionFacet> got = extract(text);
    assertThat(got).extracting(f -> f.mode() + " " + f.source().orElse("-"))
        .containsExactly("DIRECT_QUOTE The minister", "REPORTER -");
    assertThat(got.get(0).span().text()).isEqualTo("“We will not bow. We will never bow.”");
  }

  @Test
  void aScareQuoteIsTheReportersVoiceAndACueInsideAQuotationIsNotIndirect() {
    assertThat(extract("The regime's “experts” disagree with the findings."))
        .extracting(AttributionFacet::mode).containsExactly(Mode.REPORTER);
    List<AttributionFacet> got = extract("“He said he would come back,” she said.");
    assertThat(got).extracting(f -> f.mode() + " " + f.source().orElse(""))
        .containsExactly("DIRECT_QUOTE she");
  }

  @Test
  void everySentenceGetsAtLeastOneFacet() {
    String text = "The soldier crossed. Officials said he was unarmed, according to Yonhap."
        + " It would mark the first known defection since August 2024.";
    List<AttributionFacet> got = extract(text);
    assertThat(got).extracting(f -> f.mode() + " " + f.source().orElse("-"))
        .containsExactly("REPORTER -", "INDIRECT Officials", "INDIRECT Yonhap", "REPORTER -");
  }

  @Test
  void sourceIsBounded() {
    String text = "The " + "very ".repeat(30) + "tall man said so.";
    AttributionFacet f = extract(text).get(0);
    assertThat(f.source().orElseThrow().split(" "))
        .hasSizeLessThanOrEqualTo(AttributionExtractor.MAX_SOURCE_WORDS);
  }

  @Test
  void asidesAndTimesAreReadWithinBoundedWords() {
    // a long clause with no break, then many verbs after commas; and a long run of weekdays
    String text = "The " + "very ".repeat(20000) + "tall man" + ", a spokesman, said".repeat(2000)
        + " so. It is over, said " + "Tuesday ".repeat(20000) + "the minister.";
    List<AttributionFacet> got = extract(text);
    assertThat(got).allSatisfy(f -> assertThat(f.source().orElse("").split(" "))
        .hasSizeLessThanOrEqualTo(AttributionExtractor.MAX_SOURCE_WORDS));
  }

  @Test
  void thePackVerifiesAndIsBundled() {
    RulePack pack = RulePack.fromClasspath("/dev/parallax/facts/en/attribution-cues.rules");
    assertThat(pack.verify()).isEmpty();
    assertThat(pack.id()).isEqualTo("attribution-cues-en");
    assertThat(FactCues.englishPacks()).extracting(RulePack::id).contains("attribution-cues-en");
  }
}
