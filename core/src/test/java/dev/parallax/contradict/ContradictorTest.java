package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.ClaimAlignment;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import dev.parallax.WordDiff;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contradict stage on small article pairs: each kind of contradiction with its exact spans
 * and values, agreement that only looks different, and the invariants (symmetry, an article
 * against itself).
 */
class ContradictorTest {
  private static final Contradictor CONTRADICTOR = Contradictor.english(TextAnalyzer.english());
  private static final Parallax PX = Parallax.standard();

  private static final String DEFECTED_SUNDAY =
      "A North Korean soldier defected to South Korea on Sunday. ";
  private static final String WIRE_ORDINAL =
      "It would mark the first known defection since a staff sergeant defected over the eastern"
          + " part of the border in August 2024.";
  private static final String OPINION_ORDINAL =
      "Despite these risks, this recent defection marks only the second known case via direct"
          + " land crossing this year—the first occurred last August in the eastern section.";

  static Article article(String id, String text) {
    return Article.builder().id(id).outlet(id.toUpperCase(java.util.Locale.ROOT) + " outlet")
        .published("2025-10-20").text(text).build();
  }

  /** The claims of each article and the comparison's alignments, through the two-list API. */
  static List<Contradiction> find(Article... articles) {
    Comparison c = PX.compare(articles);
    return CONTRADICTOR.find(claims(articles), c.alignments());
  }

  /** The same with the articles given: outlets in explanations, windows end at publication. */
  static List<Contradiction> findWithArticles(Article... articles) {
    Comparison c = PX.compare(articles);
    return CONTRADICTOR.find(List.of(articles), claims(articles), c.alignments());
  }

  /** Claim {@code ca} of {@code a} and claim {@code cb} of {@code b} aligned by force. */
  static List<Contradiction> forced(Article a, int ca, Article b, int cb) {
    List<List<Claim>> claims = claims(a, b);
    ClaimAlignment al = new ClaimAlignment(claims.get(0).get(ca), claims.get(1).get(cb), 1.0,
        List.of(), new WordDiff(List.of()));
    return CONTRADICTOR.find(claims, List.of(al));
  }

  private static List<List<Claim>> claims(Article... articles) {
    List<List<Claim>> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(PX.annotate(a).claims());
    }
    return out;
  }

  private static void assertOne(List<Contradiction> found, Kind kind, String leftEvidence,
      String rightEvidence, String leftValue, String rightValue) {
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.leftEvidence().text()).isEqualTo(leftEvidence);
    assertThat(c.rightEvidence().text()).isEqualTo(rightEvidence);
    assertThat(c.leftValue()).isEqualTo(leftValue);
    assertThat(c.rightValue()).isEqualTo(rightValue);
    assertThat(c.left().article()).isNotEqualTo(c.right().article());
    assertThat(c.confidence()).isBetween(0.0, 1.0);
    assertThat(c.explanation()).isNotBlank();
    assertEvidenceIndexesText(c);
  }

  private static void assertEvidenceIndexesText(Contradiction c) {
    for (var pair : List.of(List.of(c.left(), c.leftEvidence()),
        List.of(c.right(), c.rightEvidence()))) {
      Claim claim = (Claim) pair.get(0);
      dev.parallax.TextSpan ev = (dev.parallax.TextSpan) pair.get(1);
      int from = ev.start() - claim.span().start();
      assertThat(claim.text().substring(from, from + ev.length())).isEqualTo(ev.text());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // NUMERIC
  // ---------------------------------------------------------------------------------------------

  @Test
  void oneChangeGivenTwoDirectionsIsNumeric() {
    Article a = article("a", "Profit rose 12 percent to $1.4 billion in the quarter.");
    Article b = article("b", "Profit fell 12 percent to $1.4 billion in the quarter.");
    List<Contradiction> found = findWithArticles(a, b);
    assertOne(found, Kind.NUMERIC, "12 percent", "12 percent", "up 12%", "down 12%");
    assertThat(found.get(0).explanation()).isEqualTo("A outlet gives up 12% (\"12 percent\");"
        + " B outlet gives down 12% (\"12 percent\"): the direction of the change differs.");
  }

  @Test
  void aVagueCountBesideBothCountsStatesNeither() {
    // "dozens" in each headline agrees with 31 and with more than 60: it says less than either
    // report, not the other report's value
    Article a = article("a", "Bridge collapse injures dozens in mountain town\n\nA footbridge"
        + " collapsed during a festival in the mountain town of Vell on Saturday, injuring 31"
        + " people, the regional governor said.");
    Article b = article("b", "Dozens hurt as footbridge gives way in Vell\n\nMore than 60"
        + " people were injured when a footbridge collapsed during a festival in Vell on"
        + " Saturday, the regional governor said.");
    Article same = article("s", "Dozens hurt as footbridge gives way in Vell\n\nMore than 30"
        + " people were injured when a footbridge collapsed during a festival in Vell on"
        + " Saturday, the regional governor said.");
    List<Contradiction> found = find(a, b);
    assertOne(found, Kind.NUMERIC, "31 people", "More than 60 people", "31 people",
        "more than 60 people");
    assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(0.5);
    assertThat(find(a, same)).isEmpty();
  }

  @Test
  void countsOfTheSameNounThatDisagreeAreNumeric() {
    Article a = article("a", DEFECTED_SUNDAY + "Officials said 12 people died in the attack.");
    Article b = article("b", DEFECTED_SUNDAY + "Officials said 15 people died in the attack.");
    List<Contradiction> found = find(a, b);
    assertOne(found, Kind.NUMERIC, "12 people", "15 people", "12 people", "15 people");
    Contradiction c = found.get(0);
    assertThat(c.leftEvidence().start()).isEqualTo(73);
    assertThat(c.leftEvidence().column()).isEqualTo(74);
    assertThat(c.rightEvidence().start()).isEqualTo(73);
    assertThat(c.explanation()).contains("12 people").contains("15 people");
  }

  @Test
  void aConversionInBracketsAgreesWithAnApproximation() {
    Article a = article("a", DEFECTED_SUNDAY
        + "The border is 248 kilometers (155 miles) long and heavily fortified.");
    Article b = article("b", DEFECTED_SUNDAY
        + "The border is approximately 248 kilometers long and heavily fortified.");
    assertThat(PX.compare(a, b).alignments()).hasSize(2);
    assertThat(find(a, b)).isEmpty();
    assertThat(forced(a, 1, b, 1)).isEmpty();
  }

  @Test
  void aboutAndEstimatedAgree() {
    Article a = article("a", DEFECTED_SUNDAY
        + "The army has about 34,000 troops stationed near the border.");
    Article b = article("b", DEFECTED_SUNDAY
        + "The army has an estimated 34,000 troops stationed near the border.");
    assertThat(PX.compare(a, b).alignments()).hasSize(2);
    assertThat(find(a, b)).isEmpty();
  }

  @Test
  void countsOfDifferentNounsAreNeverCompared() {
    Article a = article("a", "Troops fired 40 rounds at the border crossing.");
    Article b = article("b", "Troops from two nations guard the border crossing.");
    assertThat(find(a, b)).isEmpty();
    assertThat(forced(a, 0, b, 0)).isEmpty(); // even when aligned
  }

  @Test
  void roundsAgainstRoundsAreCompared() {
    Article a = article("a", "Troops fired 40 rounds at the border crossing.");
    Article b = article("b", "Troops fired 12 rounds at the border crossing.");
    assertOne(forced(a, 0, b, 0), Kind.NUMERIC, "40 rounds", "12 rounds", "40 rounds",
        "12 rounds");
  }

  @Test
  void lengthsCompareAcrossUnits() {
    Article a = article("a", "The zone is 248 kilometers long.");
    Article miles = article("b", "The zone is 155 miles long.");
    Article wrong = article("c", "The zone is 320 kilometers long.");
    assertThat(forced(a, 0, miles, 0)).isEmpty();
    // a round "250" is read as 245..255 (half a unit of its last stated digit), which meets 248
    assertThat(forced(a, 0, article("d", "The zone is 250 kilometers long."), 0)).isEmpty();
    assertThat(forced(a, 0, article("e", "The zone is about 250 kilometers long."), 0))
        .isEmpty();
    assertOne(forced(a, 0, wrong, 0), Kind.NUMERIC, "248 kilometers", "320 kilometers",
        "248 km", "320 km");
  }

  // ---------------------------------------------------------------------------------------------
  // TEMPORAL
  // ---------------------------------------------------------------------------------------------

  @Test
  void sundayAgainstMondayIsTemporal() {
    // published Monday 2025-10-20: "Sunday" is the day before, "Monday" the day itself
    Article a = article("a", DEFECTED_SUNDAY + "The military took him into custody.");
    Article b = article("b", "A North Korean soldier defected to South Korea on Monday."
        + " The military took him into custody.");
    List<Contradiction> found = find(a, b);
    assertOne(found, Kind.TEMPORAL, "Sunday", "Monday", "2025-10-19", "2025-10-20");
    assertThat(found.get(0).explanation())
        .contains("Sunday 19 October 2025").contains("Monday 20 October 2025");
  }

  @Test
  void aMonthInsideItsYearAgrees() {
    Article a = article("a", "A soldier defected across the border in August 2025.");
    Article b = article("b", "A soldier defected across the border in 2025.");
    assertThat(forced(a, 0, b, 0)).isEmpty();
  }

  @Test
  void differentYearsDisagree() {
    Article a = article("a", "A soldier defected across the border in August 2024.");
    Article b = article("b", "A soldier defected across the border in August 2025.");
    assertOne(forced(a, 0, b, 0), Kind.TEMPORAL, "August 2024", "August 2025", "2024-08",
        "2025-08");
  }

  @Test
  void aDateThatBoundsOrAnchorsAnotherEventIsNotTheClaimsDate() {
    // "since Sunday" starts a stretch of time, "two days after Friday" anchors another event
    Article a = article("a", "The soldier has been held since Sunday, officials said.");
    Article b = article("b", "The soldier was arrested on Monday, officials said.");
    assertThat(forced(a, 0, b, 0)).isEmpty();
    Article c = article("c", "The soldier defected two days after Sunday's vote.");
    Article d = article("d", "The soldier defected two days after Monday's vote.");
    assertThat(forced(c, 0, d, 0)).isEmpty();
  }

  @Test
  void eachDateIsMatchedToTheEventOfItsOwnWords() {
    // the date of the defection, not of the other event, meets the other article's date
    Article a = article("a",
        "A soldier defected on Sunday and another soldier deserted in August 2024.");
    Article b = article("b", "A soldier defected on Monday.");
    assertOne(forced(a, 0, b, 0), Kind.TEMPORAL, "Sunday", "Monday", "2025-10-19",
        "2025-10-20");
    Article c = article("c", "A guard was promoted on Monday.");
    assertThat(forced(a, 0, c, 0)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // ORDINAL
  // ---------------------------------------------------------------------------------------------

  @Test
  void theSeedOrdinalsContradict() {
    Article wire = article("wire", WIRE_ORDINAL);
    Article opinion = article("opinion", OPINION_ORDINAL);
    for (List<Contradiction> found : List.of(find(wire, opinion),
        findWithArticles(wire, opinion))) {
      assertOne(found, Kind.ORDINAL, "the first known defection",
          "only the second known case via direct land crossing", "1st defection from 2024-08",
          "2nd case via direct land crossing in 2025");
      Contradiction c = found.get(0);
      assertThat(c.left().article()).isEqualTo("wire");
      assertThat(c.leftEvidence().start()).isEqualTo(14);
      assertThat(c.rightEvidence().start()).isEqualTo(49);
      assertThat(c.explanation())
          .contains("first known defection since August 2024")
          .contains("the first in August 2025 (\"last August\")");
    }
    assertThat(findWithArticles(wire, opinion).get(0).explanation())
        .startsWith("WIRE outlet counts this as the first");
  }

  @Test
  void nestedWindowsWithTheHigherCountOutsideAgree() {
    Article a = article("a", "It was the first known defection since August 2024.");
    Article b = article("b", "It was the second known defection since 2023.");
    assertThat(find(a, b)).isEmpty();
    assertThat(findWithArticles(a, b)).isEmpty();
  }

  @Test
  void theSameWindowWithDifferentCountsContradicts() {
    Article a = article("a", "It was the first defection this year.");
    Article b = article("b", "Officials said it was the third defection this year.");
    assertOne(find(a, b), Kind.ORDINAL, "the first defection", "the third defection",
        "1st defection in 2025", "3rd defection in 2025");
    assertThat(findWithArticles(a, b)).extracting(Contradiction::explanation).containsExactly(
        "A outlet counts this as the first defection in 2025; B outlet counts it as the third"
            + " defection in 2025, both within 2025.");
  }

  @Test
  void oneStretchWrittenInTwoUnitsIsOneWindow() {
    Article a = article("a", "It was the second derailment on the line in 18 months.");
    Article b = article("b", "It was the line's third derailment in a year and a half.");
    // a stretch back from the time of writing needs the publication dates
    assertThat(find(a, b)).isEmpty();
    assertOne(findWithArticles(a, b), Kind.ORDINAL, "the second derailment on the line",
        "the line's third derailment", "2nd derailment on the line within P18M",
        "3rd derailment of line within P1.5Y");
    assertThat(findWithArticles(a, b)).extracting(Contradiction::explanation).containsExactly(
        "A outlet counts this as the second derailment on the line within 18 months; B outlet"
            + " counts it as the third derailment of line within a year and a half, and"
            + " \"a year and a half\" lies within \"18 months\".");
    Article c = article("c", "It was the line's third derailment in two years.");
    assertThat(findWithArticles(a, c)).isEmpty(); // the third may have come 19 months ago
  }

  @Test
  void aCompoundCountsAKindOfItsLastPart() {
    Article wildfires = article("a", "It is the third wildfire to force evacuations this year.");
    Article fires = article("b", "It is the county's second evacuation-triggering fire this year.");
    assertOne(find(wildfires, fires), Kind.ORDINAL, "the third wildfire to force evacuations",
        "the county's second evacuation-triggering fire",
        "3rd wildfire to force evacuations in 2025",
        "2nd evacuation-triggering fire of county in 2025");
    // three fires this year may hold two wildfires: the broader count may be the higher one
    Article fewerWildfires = article("c", "It is the second wildfire to force evacuations this"
        + " year.");
    Article moreFires = article("d", "It is the county's third evacuation-triggering fire this"
        + " year.");
    assertThat(find(fewerWildfires, moreFires)).isEmpty();
    // a hyphen or a word of its own is no compound: "fire-fighting" is no fight
    assertThat(EventNouns.kindOf("wildfire", "fire")).isTrue();
    assertThat(EventNouns.kindOf("airstrike", "strike")).isTrue();
    assertThat(EventNouns.kindOf("fire", "fire")).isFalse();
    assertThat(EventNouns.kindOf("ire", "re")).isFalse();
    assertThat(EventNouns.kindOf("fire-fight", "fight")).isFalse();
  }

  @Test
  void aNegationElsewhereInTheClaimLeavesTheCountStated() {
    Article a = article("a", "It was the first defection this year, after a soldier who was not"
        + " armed crossed in April.");
    Article b = article("b", "It was the third defection this year, following an incident in"
        + " April in which nobody was hurt.");
    assertOne(find(a, b), Kind.ORDINAL, "the first defection", "the third defection",
        "1st defection in 2025", "3rd defection in 2025");
    Article c = article("c", "It was not the third defection this year, officials said.");
    assertThat(find(a, c)).isEmpty();
  }

  @Test
  void articlesOfOneOutletAreNamedByTheirIds() {
    Article a = Article.builder().id("fox-1").outlet("Fox News").published("2025-10-20")
        .text("It was the first defection this year.").build();
    Article b = Article.builder().id("fox-2").outlet("Fox News").published("2025-10-20")
        .text("Officials said it was the third defection this year.").build();
    assertThat(findWithArticles(a, b)).extracting(Contradiction::explanation).containsExactly(
        "fox-1 counts this as the first defection in 2025; fox-2 counts it as the third"
            + " defection in 2025, both within 2025.");
  }

  @Test
  void countsOfDifferentEventsAreNotCompared() {
    Article a = article("a", "It was the first known defection since August 2024.");
    Article b = article("b", "It was the second missile test this year.");
    assertThat(find(a, b)).isEmpty();
  }

  @Test
  void anOrdinalJoinedByAHyphenToANounOfTimeNamesAKind() {
    // "a first-day hearing" counts no hearings: its date is the hearing's, compared as dates
    Article a = article("a", "A first-day hearing in the case is scheduled for Wednesday.");
    Article b = article("b", "A first-day hearing in the case is set for Friday.");
    assertThat(findWithArticles(a, b)).extracting(c -> c.kind() + " " + c.leftEvidence().text()
        + " | " + c.rightEvidence().text()).containsExactly("TEMPORAL Wednesday | Friday");
  }

  @Test
  void aWitnessCountsWhatHeHasSeenNotTheStorysSeries() {
    Article a = article("a", "It was the fourth crash in the county this year, police said.");
    Article b = article("b", "\"It is the second big crash I have seen at this junction this"
        + " year,\" he said.");
    assertThat(findWithArticles(a, b)).isEmpty();
    assertThat(findWithArticles(b, a)).isEmpty();
    // two witnesses' counts of one series are still compared
    Article c = article("c", "\"It is the third big crash I have seen at this junction this"
        + " year,\" he said.");
    assertThat(findWithArticles(b, c)).extracting(Contradiction::kind)
        .containsExactly(Kind.ORDINAL);
  }

  @Test
  void aCountBothArticlesStateLeavesTheOtherCountToAnotherSeries() {
    // the first report gives the second's count too, so its own higher count is of another series
    Article a = article("a", "It was the fourth crash on the ring road this year. A driver said it"
        + " was the second crash at the junction this year.");
    Article b = article("b", "A driver said it was the second crash at the junction this year.");
    assertThat(findWithArticles(a, b)).isEmpty();
    assertThat(findWithArticles(b, a)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // POLARITY
  // ---------------------------------------------------------------------------------------------

  @Test
  void aDeniedClaimAgainstItsAssertionIsPolarity() {
    Article a = article("a", "The soldier was injured during the crossing.");
    Article b = article("b", "The soldier was not injured during the crossing.");
    List<Contradiction> found = find(a, b);
    assertOne(found, Kind.POLARITY, "injured during the crossing",
        "not injured during the crossing", "asserted", "denied");
    assertThat(found.get(0).leftEvidence().start()).isEqualTo(16);
    assertThat(found.get(0).rightEvidence().start()).isEqualTo(16);
  }

  @Test
  void aDenialRestatedInAnotherSentenceIsPolarity() {
    Article a = article("a", "The ship suffered damage to its bow but was not taking on water and"
        + " was anchored off Grenaa awaiting inspection, the maritime authority said.");
    Article b = article("b", "The Nordic Ardent, a 190-metre ship carrying wheat, sustained bow"
        + " damage and was taking on water, and none of its 12 crew was hurt.");
    List<Contradiction> found = find(a, b);
    assertOne(found, Kind.POLARITY, "not taking on water", "taking on water", "denied",
        "asserted");
    assertThat(found.get(0).leftEvidence().start()).isEqualTo(44);
    assertThat(found.get(0).rightEvidence().start()).isEqualTo(81);
  }

  @Test
  void aPlanToDoItDoesNotStateIt() {
    Article a = article("a", "Public Safety Director Jon Owen said Tuesday that the city had not"
        + " purchased the property.");
    Article b = article("b", "The city was negotiating to purchase the property, along with half"
        + " a dozen others that once were part of the dairy.");
    assertThat(find(a, b)).isEmpty();
  }

  @Test
  void aNegationDoesNotReachPastAndWithItsOwnAuxiliary() {
    Article a = article("a", "The freighter was not taking on water and was anchored off Grenaa"
        + " on Thursday, the authority said.");
    Article b = article("b", "The freighter was anchored off Grenaa on Thursday, the authority"
        + " said.");
    assertThat(find(a, b)).isEmpty();
  }

  @Test
  void notTheOnlyAssertsMore() {
    Article a = article("a", "Apple has unveiled its new flagship laptop, the MacBook Pro.");
    Article b = article("b", "But this laptop isn't the only laptop Apple unveiled today.");
    Article c = article("c", "But this laptop is not just the laptop Apple unveiled today.");
    assertThat(find(a, b)).isEmpty();
    assertThat(find(a, c)).isEmpty();
  }

  @Test
  void notConfirmingIsNotDenying() {
    Article a = article("a", "The military confirmed the soldier was armed when he crossed.");
    Article b = article("b",
        "The military did not confirm whether the soldier was armed when he crossed.");
    assertThat(find(a, b)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // invariants
  // ---------------------------------------------------------------------------------------------

  private static final Article ALL_A = article("a", DEFECTED_SUNDAY
      + "Officials said 12 people died in the attack. The soldier was injured during the crossing. "
      + WIRE_ORDINAL + " The border is 248 kilometers (155 miles) long and heavily fortified."
      + " The army has about 34,000 troops stationed near the border.");
  private static final Article ALL_B = article("b",
      "A North Korean soldier defected to South Korea on Monday. Officials said 15 people died"
          + " in the attack. The soldier was not injured during the crossing. " + OPINION_ORDINAL
          + " The border is approximately 248 kilometers long and heavily fortified."
          + " The army has an estimated 34,000 troops stationed near the border.");

  @Test
  void everyKindInOnePairInOrder() {
    assertThat(find(ALL_A, ALL_B)).extracting(Contradiction::kind)
        .containsExactly(Kind.TEMPORAL, Kind.NUMERIC, Kind.POLARITY, Kind.ORDINAL);
  }

  @Test
  void resultsAreSymmetric() {
    List<Contradiction> ab = find(ALL_A, ALL_B);
    List<Contradiction> ba = find(ALL_B, ALL_A);
    assertThat(ba).hasSameSizeAs(ab);
    assertThat(ba.stream().map(ContradictorTest::key).toList())
        .containsExactlyInAnyOrderElementsOf(
            ab.stream().map(Contradiction::swapped).map(ContradictorTest::key).toList());
    assertThat(ba.stream().map(Contradiction::confidence).sorted().toList())
        .isEqualTo(ab.stream().map(Contradiction::confidence).sorted().toList());
    for (Contradiction c : ba) {
      assertThat(c.left().article()).isEqualTo("b");
    }
  }

  private static List<Object> key(Contradiction c) {
    return List.of(c.kind(), c.left(), c.right(), c.leftEvidence(), c.rightEvidence(),
        c.leftValue(), c.rightValue());
  }

  @Test
  void anArticleAgainstItselfGivesNone() {
    assertThat(find(ALL_A, ALL_A)).isEmpty();
    Article copy = article("copy", ALL_A.text());
    assertThat(find(ALL_A, copy)).isEmpty();
  }

  @Test
  void oneContradictionPerPairOfEvidenceSpans() {
    Comparison c = PX.compare(ALL_A, ALL_B);
    List<ClaimAlignment> twice = new ArrayList<>(c.alignments());
    twice.addAll(c.alignments());
    List<Contradiction> found = CONTRADICTOR.find(claims(ALL_A, ALL_B), twice);
    assertThat(found).hasSize(4);
    assertThat(found.stream().map(x -> List.of(x.leftEvidence(), x.rightEvidence())).distinct())
        .hasSize(4);
  }

  @Test
  void articlesAndClaimsMustMatchInNumber() {
    assertThatThrownBy(() -> CONTRADICTOR.find(List.of(ALL_A), claims(ALL_A, ALL_B), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 articles");
  }

  // ---------------------------------------------------------------------------------------------
  // the record
  // ---------------------------------------------------------------------------------------------

  @Test
  void theRecordChecksItsArguments() {
    Contradiction c = find(ALL_A, ALL_B).get(0);
    assertThatThrownBy(() -> new Contradiction(c.kind(), c.left(), c.left(), c.leftEvidence(),
        c.leftEvidence(), "x", "y", "e", 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two articles");
    assertThatThrownBy(() -> new Contradiction(c.kind(), c.left(), c.right(), c.rightEvidence(),
        c.leftEvidence(), "x", "y", "e", 0.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("left evidence");
    assertThatThrownBy(() -> new Contradiction(c.kind(), c.left(), c.right(), c.leftEvidence(),
        c.rightEvidence(), "x", "y", "e", 1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> new Contradiction(c.kind(), c.left(), c.right(), c.leftEvidence(),
        c.rightEvidence(), "x", " ", "e", 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Contradiction(null, c.left(), c.right(), c.leftEvidence(),
        c.rightEvidence(), "x", "y", "e", 0.5)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void printsBothEvidenceSpans() {
    Contradiction c = find(article("wire", WIRE_ORDINAL), article("opinion", OPINION_ORDINAL))
        .get(0);
    assertThat(c.toString()).isEqualTo("Contradiction[ORDINAL \"the first known defection\""
        + " (wire 1:15) vs \"only the second known case via direct land crossing\""
        + " (opinion 1:50)]");
    assertThat(c.swapped().toString()).startsWith("Contradiction[ORDINAL \"only the second");
  }
}
