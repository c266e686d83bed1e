package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.NameFacet;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final NameExtractor EXTRACTOR = new NameExtractor();

  static List<NameFacet> extract(String text) {
    AnalyzedText t = ANALYZER.analyze(text);
    return EXTRACTOR.extract(new Spans("a", t), CUES.find(t));
  }

  /** "name=canonical" for each facet, after checking that its span indexes the text. */
  static List<String> names(String text) {
    List<NameFacet> got = extract(text);
    for (NameFacet f : got) {
      assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text());
    }
    return got.stream().map(f -> f.span().text() + "=" + f.canonical()).toList();
  }

  /** text | the names found, as name=canonical, separated by ";". */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the seed: variants of the DMZ
    "The South Korean military swiftly took custody of the defector who crossed the central area"
        + " of the Demilitarized Zone (DMZ), a stretch of land that is anything but demilitarized."
        + " | South Korean military=south korean military;Demilitarized Zone=demilitarized zone"
        + ";DMZ=demilitarized zone",
    "The defection occurred in the middle portion of the demilitarized zone."
        + " | demilitarized zone=demilitarized zone",
    "Nonetheless, the defector was able to make an effective break into South Korean territory,"
        + " most notably where military officials quickly took him into custody."
        + " | South Korean=south korea;military officials=south korean military",
    // countries, demonyms, acronyms
    "Most of North Korea’s estimated 34,000 defectors fled through China’s porous border."
        + " | North Korea=north korea;China=china",
    "While far from U.S. soil, events on the Korean Peninsula ripple into East Asia."
        + " | U.S.=united states;Korean Peninsula=korean peninsula;East Asia=east asia",
    "The unpredictability of Pyongyang undermines stability in the DPRK."
        + " | Pyongyang=pyongyang;DPRK=north korea",
    // capitalised runs, connectors, sentence starts
    "South Korea's Joint Chiefs of Staff said the soldier crossed near Paju."
        + " | South Korea=south korea;Joint Chiefs of Staff=joint chiefs of staff;Paju=paju",
    "The current administration under President Lee Jae Myung has pursued reconciliation."
        + " | President=president;Lee Jae Myung=lee jae myung",
    "Landmines, tank traps and troops surround it. | ''",
    // a name does not run out of a quotation
    "He called it the “Republican” House plan. | House=house",
    "The “Big Apple” Mayor Eric Adams spoke. | Big Apple=big apple;Mayor Eric Adams=mayor eric adams",
    "On Sunday a soldier crossed in August. | ''",
    "Despite these risks, Moon Jae-in visited the Bank of Korea. | Moon Jae-in=moon jae-in"
        + ";Bank of Korea=bank of korea",
    "The talks stalled after Russian military officials denied it. | Russian=russian",
    // a number opening a sentence is capitalised for the sentence, not part of a name
    "Five Israeli soldiers were killed on Wednesday. | Israeli=israeli",
    "Dozens of Red Cross workers arrived. | Red Cross=red cross",
  })
  void findsNamesWithTheirCanonicalNames(String text, String expected) {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(";"));
    assertThat(names(text)).isEqualTo(want);
  }

  @Test
  void theDmzAndTheDemilitarizedZoneShareACanonicalName() {
    String opinion = "The South Korean military swiftly took custody of the defector who crossed"
        + " the central area of the Demilitarized Zone (DMZ), a stretch of land.";
    String wire = "The defection occurred in the middle portion of the demilitarized zone.";
    List<String> a = extract(opinion).stream().map(NameFacet::canonical).toList();
    List<String> b = extract(wire).stream().map(NameFacet::canonical).toList();
    assertThat(a).contains("demilitarized zone");
    assertThat(b).containsExactly("demilitarized zone");
    NameFacet dmz = extract(opinion).get(2);
    assertThat(dmz.span().text()).isEqualTo("DMZ");
    assertThat(dmz.span().start()).isEqualTo(opinion.indexOf("DMZ"));
  }

  @Test
  void theSouthKoreanMilitaryAndMilitaryOfficialsAreOneThing() {
    assertThat(extract("The South Korean military took custody of the defector."))
        .extracting(NameFacet::canonical).containsExactly("south korean military");
    assertThat(extract("Military officials quickly took him into custody."))
        .extracting(NameFacet::canonical).containsExactly("south korean military");
  }

  @Test
  void anAcronymTheTextDefinesTakesItsExpansion() {
    String text = "The Korean Workers' Party (KWP) met. Later the KWP said little.";
    assertThat(names(text)).containsExactly("Korean Workers' Party=korean workers' party",
        "KWP=korean workers' party", "KWP=korean workers' party");
    String known = "The Unification Support Agency (USA) met.";
    assertThat(names(known)).as("a known name wins").contains("USA=united states");
    String defined = "The National Intelligence Service (NIS) said the NIS knew.";
    assertThat(names(defined)).containsExactly(
        "National Intelligence Service=national intelligence service",
        "NIS=national intelligence service", "NIS=national intelligence service");
  }

  @Test
  void aSentenceStartCountsWhenTheTextCapitalisesTheWordElsewhere() {
    assertThat(names("Paju is quiet. Soldiers patrol near Paju."))
        .containsExactly("Paju=paju", "Paju=paju");
    assertThat(names("Soldiers patrol near the border.")).isEmpty();
  }

  @Test
  void aTitleCaseHeadlineGivesOnlyKnownNamesAndAcronyms() {
    String headline = "Another North Korean Soldier Risks Everything to Defect Across the DMZ\n\n"
        + "Why Are Defections So Rare and What Makes Them So Dangerous?";
    assertThat(names(headline))
        .containsExactly("North Korean=north korea", "DMZ=demilitarized zone");
  }

  @Test
  void thePackVerifiesAndIsBundled() {
    RulePack pack = RulePack.fromClasspath("/dev/parallax/facts/en/names.rules");
    assertThat(pack.verify()).isEmpty();
    assertThat(pack.id()).isEqualTo("names-en");
    assertThat(FactCues.englishPacks()).extracting(RulePack::id).contains("names-en");
  }
}
