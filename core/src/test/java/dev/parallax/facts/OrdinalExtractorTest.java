package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.OrdinalFacet;
import dev.parallax.TimeFacet;
import dev.parallax.TimeFacet.Type;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalExtractorTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.english();
  private static final FactCues CUES = new FactCues(FactCues.englishPacks(), ANALYZER);
  private static final OrdinalExtractor EXTRACTOR = new OrdinalExtractor();

  /** A text with the time expressions the time extractor would give it, written by hand. */
  private static final class Case {
    final String text;
    final AnalyzedText analyzed;
    final Spans spans;
    final List<TimeFacet> times = new ArrayList<>();

    Case(String text) {
      this.text = text;
      this.analyzed = ANALYZER.analyze(text);
      this.spans = new Spans("a", analyzed);
    }

    /** The time expression {@code words} (its first occurrence) with its value. */
    Case time(String words, Type type, String value, String from) {
      int at = text.indexOf(words);
      assertThat(at).as(words).isNotNegative();
      times.add(new TimeFacet(spans.of(at, at + words.length()), type, value,
          Optional.ofNullable(from), Optional.empty()));
      return this;
    }

    List<OrdinalFacet> extract() {
      List<OrdinalFacet> got = EXTRACTOR.extract(spans, CUES.find(analyzed), times);
      for (OrdinalFacet f : got) {
        assertThat(text.substring(f.span().start(), f.span().end())).isEqualTo(f.span().text());
      }
      return got;
    }

    OrdinalFacet only() {
      List<OrdinalFacet> got = extract();
      assertThat(got).as(got.toString()).hasSize(1);
      return got.get(0);
    }
  }

  @Test
  void aCommonNounsPossessiveDeterminesTheOrdinalAndNamesWhereItIsCounted() {
    OrdinalFacet f = new Case("The fire is the region's second major wildfire this summer.")
        .time("this summer", Type.DATE, "2025-SU", null).only();
    assertThat(f.span().text()).isEqualTo("the region's second major wildfire");
    assertThat(f.ordinal()).isEqualTo(2);
    assertThat(f.event()).isEqualTo("major wildfire of region");
    assertThat(f.window().map(TimeFacet::value)).contains("2025-SU");
    // a name's possessive opens no ordinal statement: a person's career has many sequences
    assertThat(new Case("It was Klitschko's 58th victory in the ring.").extract()).isEmpty();
  }

  @Test
  void wordsThatBoundTheWindowAreNotTheEvent() {
    OrdinalFacet f = new Case("It was the plant's second walkout in nearly three decades.")
        .time("three decades", Type.DURATION, "P30Y", null).only();
    assertThat(f.event()).isEqualTo("walkout of plant");
    assertThat(f.window().map(TimeFacet::value)).contains("P30Y");
    OrdinalFacet g = new Case("It was the third crash on the road in more than a year.")
        .time("a year", Type.DURATION, "P1Y", null).only();
    assertThat(g.event()).isEqualTo("crash on the road");
    assertThat(g.span().text()).isEqualTo("the third crash on the road");
  }

  @Test
  void aPlacesNamedPossessiveNamesWhereItIsCounted() {
    OrdinalFacet f = new Case("It was Lenox County's third hostage standoff of the year.")
        .time("the year", Type.DATE, "2024", null).only();
    assertThat(f.span().text()).isEqualTo("Lenox County's third hostage standoff");
    assertThat(f.span().start()).isEqualTo(7);
    assertThat(f.ordinal()).isEqualTo(3);
    assertThat(f.event()).isEqualTo("hostage standoff of Lenox County");
    // a name that ends in no word for a place is a person's, or an organisation's
    assertThat(new Case("It was Klitschko's 58th victory in the ring.").extract()).isEmpty();
    assertThat(new Case("It was Lenox Mining's third accident.").extract()).isEmpty();
  }

  @Test
  void anyNamesPossessiveCountsWithAWindowToCountIn() {
    String text = "It was Helion's 11th launch of the year and 31st since the company began.";
    OrdinalFacet f = new Case(text).time("the year", Type.DATE, "2025", null).extract().get(0);
    assertThat(f.span().text()).isEqualTo("Helion's 11th launch");
    assertThat(f.event()).isEqualTo("launch of Helion");
    assertThat(f.window().map(TimeFacet::value)).contains("2025");
    OrdinalFacet g = new Case("It was Lenox Mining's third accident this year.")
        .time("this year", Type.DATE, "2025", null).only();
    assertThat(g.event()).isEqualTo("accident of Lenox Mining");
  }

  /**
   * text | time words | value | event | window or "when": a length of time dates no single event,
   * so after a participle, or at the end of a clause of the counted noun, it is the window.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "She is the second judge convicted of bribery in a decade. | a decade | P10Y | judge"
        + " | window",
    "He is the first goalkeeper in the club to be sent off twice in the past five years."
        + " | the past five years | P5Y | goalkeeper | window",
    "It is the third dam the agency has inspected in ten years. | ten years | P10Y"
        + " | dam the agency | window",
    // a date after the verb says when the counted event happened
    "The first case was reported last August. | last August | 2024-08 | case | when",
    // a date at the end of a clause is no stretch to count in
    "It is the third dam the agency has inspected from the air on Monday. | Monday"
        + " | 2025-06-09 | dam | none",
  })
  void aLengthOfTimeAfterAParticipleOrAClauseIsTheWindow(String text, String words,
      String value, String event, String reading) {
    Type type = value.startsWith("P") ? Type.DURATION : Type.DATE;
    OrdinalFacet f = new Case(text).time(words, type, value, null).only();
    assertThat(f.event()).isEqualTo(event);
    assertThat(f.window().map(TimeFacet::value))
        .isEqualTo(reading.equals("window") ? Optional.of(value) : Optional.empty());
    assertThat(f.when().map(TimeFacet::value))
        .isEqualTo(reading.equals("when") ? Optional.of(value) : Optional.empty());
  }

  /** text | time words | value | ordinal | event: the copula's subject names what is counted. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "The deal is the third this year involving a lender. | this year | 2025 | 3 | deal",
    "The launch was Helion's ninth of the year. | the year | 2025 | 9 | launch of Helion",
    "The accident is the fourth fatal one at the plant this year. | this year | 2025 | 4"
        + " | fatal accident at the plant",
    "The accident is the fourth fatal one this year. | this year | 2025 | 4 | fatal accident",
    // a participle before its noun is no verb that ends the statement
    "It was the second named storm to strike the state this year. | this year | 2025 | 2"
        + " | named storm to strike the state",
  })
  void theSubjectOfACopulaNamesWhatAnOrdinalCounts(String text, String words, String value,
      int ordinal, String event) {
    OrdinalFacet f = new Case(text).time(words, Type.DATE, value, null).only();
    assertThat(f.ordinal()).isEqualTo(ordinal);
    assertThat(f.event()).isEqualTo(event);
    assertThat(f.window().map(TimeFacet::value)).contains(value);
  }

  @Test
  void anOrdinalWithoutItsNounInAHistoryCountsOverAllOfIt() {
    // the noun of the ordinal before, not its window: three wins ever, one since 2016
    List<OrdinalFacet> got = new Case("It was the club's first tournament win since 2016 and"
        + " only the third in school history.").time("since 2016", Type.DATE, "2016", "2016")
        .extract();
    assertThat(got).extracting(f -> f.span().text())
        .containsExactly("the club's first tournament win", "only the third");
    assertThat(got.get(1).event()).isEqualTo("tournament win of club");
    assertThat(got.get(1).window()).isEmpty();
    // without a history the window is the one before's
    List<OrdinalFacet> plain = new Case("It was the club's first tournament win since 2016 and"
        + " only the third this decade.").time("since 2016", Type.DATE, "2016", "2016")
        .extract();
    assertThat(plain.get(1).window().map(TimeFacet::value)).contains("2016");
  }

  @Test
  void sinceRightAfterAnOrdinalWithoutItsNounOpensItsWindow() {
    // the copula's subject names what is counted, "since" and its clause the window, and an
    // organisation's name keeps the article it takes
    OrdinalFacet f = new Case("The raise was the ECB's fourth since it started tightening in"
        + " July 2022.").time("July 2022", Type.DATE, "2022-07", null).only();
    assertThat(f.span().text()).isEqualTo("the ECB's fourth");
    assertThat(f.ordinal()).isEqualTo(4);
    assertThat(f.event()).isEqualTo("raise of ECB");
    assertThat(f.window().map(TimeFacet::value)).contains("2022-07");
    assertThat(f.window().flatMap(TimeFacet::from)).contains("2022-07");
    assertThat(f.window().map(w -> w.span().text()))
        .contains("since it started tightening in July 2022");
    assertThat(f.when()).isEmpty();
    // after a statement with its noun, the window is its own, not the other's date
    List<OrdinalFacet> g = new Case("It was the mill's third strike this year, and the first"
        + " since 2019.").time("this year", Type.DATE, "2025", null)
        .time("2019", Type.DATE, "2019", "2019").extract();
    assertThat(g).hasSize(2);
    assertThat(g.get(1).event()).isEqualTo("strike of mill");
    assertThat(g.get(1).window().flatMap(TimeFacet::from)).contains("2019");
    assertThat(g.get(1).when()).isEmpty();
  }

  /** text | the ordinal's span: a noun that makes a kind only when joined by a hyphen. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "It was the lender's fourth rate cut this year. | the lender's fourth rate cut",
    "He was the second person charged this year. | the second person",
    "It was a third-rate burglary this year. | ''",
    "It is told as a first-person account this year. | ''",
  })
  void aKindNounNamesAKindOnlyWhenJoinedByAHyphen(String text, String span) {
    List<OrdinalFacet> got = new Case(text).time("this year", Type.DATE, "2025", null)
        .extract();
    assertThat(got.stream().map(f -> f.span().text()).toList())
        .isEqualTo(span.isEmpty() ? List.of() : List.of(span));
  }

  @Test
  void aPronounSubjectNamesNothing() {
    OrdinalFacet f = new Case("It is the third this year.")
        .time("this year", Type.DATE, "2025", null).only();
    assertThat(f.event()).isEmpty();
    assertThat(f.window()).isEmpty();
    assertThat(f.when().map(TimeFacet::value)).contains("2025");
  }

  @Test
  void wireSeedTheFirstKnownDefectionSinceAStaffSergeantDefectedInAugust2024() {
    String text = "It would mark the first known defection since a staff sergeant defected over"
        + " the eastern part of the border in August 2024.";
    OrdinalFacet f = new Case(text).time("August 2024", Type.DATE, "2024-08", null).only();
    assertThat(f.ordinal()).isEqualTo(1);
    assertThat(f.event()).isEqualTo("defection");
    assertThat(f.qualifiers()).containsExactly("known");
    assertThat(f.span().text()).isEqualTo("the first known defection");
    assertThat(f.span().start()).isEqualTo(text.indexOf("the first"));
    TimeFacet w = f.window().orElseThrow();
    assertThat(w.span().text()).isEqualTo(
        "since a staff sergeant defected over the eastern part of the border in August 2024");
    assertThat(w.value()).isEqualTo("2024-08");
    assertThat(w.from()).contains("2024-08");
    assertThat(w.to()).isEmpty();
    assertThat(f.when()).isEmpty();
  }

  @Test
  void opinionSeedOnlyTheSecondKnownCaseThisYearAndTheFirstLastAugust() {
    String text = "Despite these risks, this recent defection marks only the second known case via"
        + " direct land crossing this year—the first occurred last August in the eastern section.";
    List<OrdinalFacet> got = new Case(text)
        .time("this year", Type.DATE, "2025", null)
        .time("last August", Type.DATE, "2025-08", null)
        .extract();
    assertThat(got).hasSize(2);
    OrdinalFacet second = got.get(0);
    assertThat(second.ordinal()).isEqualTo(2);
    assertThat(second.event()).isEqualTo("case via direct land crossing");
    assertThat(second.span().text()).isEqualTo("only the second known case via direct land crossing");
    assertThat(second.window().orElseThrow().value()).isEqualTo("2025");
    assertThat(second.window().orElseThrow().span().text()).isEqualTo("this year");
    assertThat(second.qualifiers()).containsExactly("only", "known");
    OrdinalFacet first = got.get(1);
    assertThat(first.ordinal()).isEqualTo(1);
    assertThat(first.span().text()).isEqualTo("the first");
    assertThat(first.span().start()).isEqualTo(text.indexOf("the first"));
    assertThat(first.when().orElseThrow().value()).isEqualTo("2025-08");
    assertThat(first.event()).as("the noun left out is the one before").isEqualTo(second.event());
    assertThat(first.window()).isEqualTo(second.window());
    assertThat(first.qualifiers()).isEmpty();
  }

  /** text | time words | type | value | ordinal | event | span | window words | qualifiers. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "It was the first known defection since August 2024. | August 2024 | DATE | 2024-08 | 1"
        + " | defection | the first known defection | since August 2024 | known",
    "It was the third time in a month that troops fired. | in a month | DURATION | P1M | 3"
        + " | time | the third time | in a month | ''",
    "Leaders met for the first time in ten years. | ten years | DURATION | P10Y | 1 | time"
        + " | the first time | ten years | ''",
    "Police logged the 10th such incident this year. | this year | DATE | 2025 | 10"
        + " | incident | the 10th such incident | this year | such",
    "It is the latest in a string of crossings and the 2nd confirmed crossing this month."
        + " | this month | DATE | 2025-10 | 2 | crossing | the 2nd confirmed crossing"
        + " | this month | confirmed",
    "It was only the fourth successful crossing over the past decade. | the past decade"
        + " | DURATION | P10Y | 4 | crossing | only the fourth successful crossing"
        + " | the past decade | only;successful",
    // a "since" later in the clause of the counted noun opens its window
    "It is the fourth theft from a wine cellar in the region since 2023. | since 2023 | DATE"
        + " | 2023 | 4 | theft from a wine cellar in the region"
        + " | the fourth theft from a wine cellar in the region | since 2023 | ''",
    // a year or part of one that ends the clause of the counted noun bounds the count; a
    // participle with an object after the noun says more of it, and is no part of it
    "It was the fourth crash involving a police pursuit in West Yorkshire this year. | this year"
        + " | DATE | 2025 | 4 | crash | the fourth crash | this year | ''",
    "It was the third such collapse at an outdoor event in the United States this year."
        + " | this year | DATE | 2025 | 3 | collapse | the third such collapse | this year"
        + " | such",
  })
  void readsOrdinalEventWindowAndQualifiers(String text, String timeWords, Type type,
      String value, int ordinal, String event, String span, String window, String qualifiers) {
    OrdinalFacet f = new Case(text).time(timeWords, type, value, null).only();
    assertThat(f.ordinal()).isEqualTo(ordinal);
    assertThat(f.event()).isEqualTo(event);
    assertThat(f.span().text()).isEqualTo(span);
    assertThat(f.span().start()).isEqualTo(text.indexOf(span));
    assertThat(f.window().orElseThrow().span().text()).isEqualTo(window);
    assertThat(f.window().orElseThrow().value()).isEqualTo(value);
    assertThat(f.qualifiers())
        .isEqualTo(qualifiers.isEmpty() ? List.of() : List.of(qualifiers.split(";")));
  }

  @Test
  void anOrdinalOverAClassOfOwnersStatesNoSeriesOfTheStory() {
    String text = "The recall is the third this year for a Norwegian drugmaker.";
    assertThat(new Case(text).time("this year", Type.DATE, "2025", null).extract())
        .as("\"for a Norwegian drugmaker\" counts many owners' recalls").isEmpty();
    String club = "It was the third final in the last five seasons to be won for a club by a"
        + " penalty.";
    assertThat(new Case(club).time("the last five seasons", Type.DURATION, "P5Y", null)
        .only().ordinal()).as("\"for a club\" after \"to\" is another clause").isEqualTo(3);
  }

  @Test
  void aSinceAfterAJoinedClauseIsNotTheWindowOfTheOrdinalBeforeIt() {
    String text = "The win was the third tournament victory in the club's history and its first"
        + " since 2016.";
    OrdinalFacet third = new Case(text).time("since 2016", Type.DATE, "2016", null).extract().get(0);
    assertThat(third.ordinal()).isEqualTo(3);
    assertThat(third.window()).as("\"and its first since 2016\" is another count").isEmpty();
  }

  @Test
  void aFarDateBehindADeedOrADayIsNoWindow() {
    String deed = "He was the second soldier killed by a sniper in the town this year.";
    assertThat(new Case(deed).time("this year", Type.DATE, "2025", null).only().window())
        .as("a past participle between: the year dates the deed").isEmpty();
    String day = "It was the third fire at the old grain mill near the river on Monday.";
    assertThat(new Case(day).time("Monday", Type.DATE, "2025-10-20", null).only().window())
        .as("a day dates one event").isEmpty();
  }

  @Test
  void aSinceExpressionTheTimeExtractorGaveWholeIsTakenAsItIs() {
    String text = "It was the first known defection since August 2024.";
    OrdinalFacet f = new Case(text)
        .time("since August 2024", Type.DATE, "2024-08", "2024-08").only();
    assertThat(f.window().orElseThrow().span().text()).isEqualTo("since August 2024");
    assertThat(f.window().orElseThrow().from()).contains("2024-08");
  }

  /** text | ordinal | event (without a time expression). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "It was the second defection attempt by a soldier. | 2 | defection attempt",
    // a stop word joined by a hyphen to the next word modifies the noun
    "It was the 11th near-Earth asteroid spotted by the survey. | 11 | near-Earth asteroid",
    "He got his second one-year contract extension. | 2 | one-year contract extension",
    "The third incident drew a warning from Seoul. | 3 | incident",
    "Its fifth launch failed. | 5 | launch",
    "Officials counted the twentieth case of the kind. | 20 | case",
    // a capital in a title-case headline tells no name
    "Obama Wins a Second Term | 2 | Term",
    "She won her third title in Paris. | 3 | title",
    "The company posted its first loss. | 1 | loss",
    "It was the first-ever visit of its kind. | 1 | visit",
    "He won by an 11th-round knockout. | 11 | round knockout",
    "They need a win to wrap up their first division title. | 1 | division title",
  })
  void readsTheEventWithoutAWindow(String text, int ordinal, String event) {
    OrdinalFacet f = new Case(text).only();
    assertThat(f.ordinal()).isEqualTo(ordinal);
    assertThat(f.event()).isEqualTo(event);
    assertThat(f.window()).isEmpty();
  }

  /** text | the span of the member's ordinal statement | its ordinal | its event. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Her second marriage also failed, as did a third. | a third | 3 | marriage",
    "He scored the first goal and a second before the break. | a second | 2 | goal",
  })
  void oneMoreMemberOfASeriesTakesItsNoun(String text, String span, int ordinal, String event) {
    List<OrdinalFacet> all = new Case(text).extract();
    OrdinalFacet f = all.get(all.size() - 1);
    assertThat(f.span().text()).isEqualTo(span);
    assertThat(f.ordinal()).isEqualTo(ordinal);
    assertThat(f.event()).isEqualTo(event);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // not one more: the ordinal before it is not of one less, or "in a second" is a moment
    "Her first marriage failed, as did a third. | 1",
    "The first attempt failed, and in a second the door opened. | 1",
    // a clause after an ordinal without its noun counts a part: it takes no event before it
    "It was the third lift accident this year, and the first in which a cable failed. | 1",
    "It was the third lift accident this year, and the first to kill a worker. | 1",
    "It was the third crash of this year's race and the second on a descent. | 1",
  })
  void anOrdinalAfterAWithoutItsNounOnlyAddsOneToASeries(String text, int statements) {
    assertThat(new Case(text).extract()).hasSize(statements);
  }

  @Test
  void aPastTenseVerbEndsTheEventAndItsTimeSaysWhen() {
    String text = "The first defection occurred last August.";
    OrdinalFacet f = new Case(text).time("last August", Type.DATE, "2025-08", null).only();
    assertThat(f.event()).isEqualTo("defection");
    assertThat(f.window()).isEmpty();
    assertThat(f.when().orElseThrow().value()).isEqualTo("2025-08");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "First, the soldiers crossed the line.",
    "The first lady visited Seoul.",
    "Seoul is the second largest city.",
    "He waited for thirty seconds.",
    "He crossed in a second.",
    "The soldier first crossed the line at dawn.",
    // an ordinal that names a thing counts nothing
    "He invoked the Fifth Amendment and refused to answer.",
    "The 14th Amendment guarantees equal protection.",
    "The house was built in the 21st century.",
    "Her office is on the third floor.",
    "He served in the 82nd Airborne Division.",
    "He works at the First National Bank.",
    "The Second World War ended in 1945.",
    // an ordinal word written with a capital inside its sentence is a name, its noun unsaid
    "He pleaded the Fifth and declined to testify.",
    "Henry the Eighth had six wives.",
    // an ordinal that makes a kind or a rank
    "She is a third-generation farmer with a third-degree burn.",
    "It was the third-biggest debut and a third-rate burglary.",
    // any superlative joined by a hyphen ranks; the listed ones written apart too
    "Grace Hollow is the second-oldest church in the county.",
    "It was the fourth-wettest June on record.",
    "It is the second oldest church in the county.",
    // an ordinal before "of" and a month names a day
    "Fireworks exploded on the Fourth of July.",
    "The rally is set for the first of May, or else the tenth of the month.",
    // idioms
    "Force should be the last resort, not the first resort.",
    "At first glance it was the first sight of land.",
  })
  void findsNoStatementWhereThereIsNone(String text) {
    assertThat(new Case(text).extract()).isEmpty();
  }

  @Test
  void anOrdinalInsideADateIsNoStatement() {
    String text = "He crossed on the 1st of August.";
    assertThat(new Case(text).time("the 1st of August", Type.DATE, "2025-08-01", null).extract())
        .isEmpty();
  }

  @Test
  void digitsReadTheirOrdinal() {
    assertThat(OrdinalExtractor.digits("1st")).isEqualTo(1);
    assertThat(OrdinalExtractor.digits("22nd")).isEqualTo(22);
    assertThat(OrdinalExtractor.digits("103rd")).isEqualTo(103);
    assertThat(OrdinalExtractor.digits("first")).isZero();
    assertThat(OrdinalExtractor.digits("10k")).isZero();
  }

  @Test
  void thePackVerifiesAndIsBundled() {
    RulePack pack = RulePack.fromClasspath("/dev/parallax/facts/en/ordinals.rules");
    assertThat(pack.verify()).isEmpty();
    assertThat(pack.id()).isEqualTo("ordinals-en");
    assertThat(FactCues.englishPacks()).extracting(RulePack::id).contains("ordinals-en");
  }
}
