package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Comparison;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quantifier check on pairs of one-sentence articles: words and vague counts that exclude
 * each other, with their exact evidence and values; agreement that only looks different, negated
 * words, other nouns and other acts, which must stay silent; and the invariants (the articles in
 * reverse order mirror the findings, an article against itself finds none).
 */
class QuantifierCheckTest {
  private static final Contradictor CONTRADICTOR = Contradictor.english(TextAnalyzer.english());
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String text) {
    return Article.builder().id(id).outlet(id.toUpperCase(java.util.Locale.ROOT) + " outlet")
        .published("2025-10-20").text(text).build();
  }

  private static List<Contradiction> find(Article... articles) {
    Comparison c = PX.compare(articles);
    List<List<Claim>> claims = new ArrayList<>();
    for (Article a : articles) {
      claims.add(PX.annotate(a).claims());
    }
    return CONTRADICTOR.find(claims, c.alignments());
  }

  // ---------------------------------------------------------------------------------------------
  // Clashes: left text, right text, left evidence, right evidence, left value, right value
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("Attacks on aid convoys are rare in the province, the agency said.",
            "There have been so many attacks on aid convoys in the province, the agency said.",
            "Attacks on aid convoys are rare", "so many attacks", "rare", "many"),
        Arguments.of("All of the shops on the square were closed on the holiday.",
            "None of the shops on the square were closed on the holiday.",
            "All of the shops", "None of the shops", "all", "none"),
        // the members of a group are the group: "members of the choir" is "choir members"
        Arguments.of("Dozens of choir members sang on the cathedral steps after the service.",
            "A handful of members of the choir sang on the cathedral steps after the service.",
            "Dozens of choir members", "A handful of members of the choir", "many", "few"),
        // "little of" a thing is few of it
        Arguments.of("Most of the stolen jewellery was recovered from the van, police said.",
            "Police said little of the stolen jewellery was recovered from the van.",
            "Most of the stolen jewellery", "little of the stolen jewellery", "most", "few"),
        // three words after a quantifier: the plural noun and its nearest modifier
        Arguments.of("Dozens of tall oak trees were felled along the canal on Monday.",
            "Only a handful of old oak trees were felled along the canal on Monday.",
            "Dozens of tall oak trees", "Only a handful of old oak trees", "many", "few"),
        Arguments.of("The night ferry never stops at the island of Moru.",
            "The night ferry often stops at the island of Moru.",
            "never stops", "often stops", "never", "often"),
        // of a whole both state, the words are shares of it: most is more than half, not all
        Arguments.of("Most of the eight people on board the minibus escaped through a window.",
            "A few of the eight people on board the minibus escaped through a window.",
            "Most of the eight people", "A few of the eight people",
            "more than half of 8, not all", "at most about half of 8"),
        Arguments.of("All 260 patients at the county hospital were moved to other sites.",
            "Most of the 260 patients at the county hospital were moved to other sites.",
            "All 260 patients", "Most of the 260 patients", "all 260",
            "more than half of 260, not all"),
        Arguments.of("Nearly all of the 40 miners on the shift were brought to the surface.",
            "All 40 miners on the shift were brought to the surface, the company said.",
            "Nearly all of the 40 miners", "All 40 miners", "more than two thirds of 40, not all",
            "all 40"),
        // of a group the story names with "the" and no number, the words are shares of it too
        Arguments.of("Most of the injured were children, the hospital said.",
            "A few of the injured were children, the hospital said.",
            "Most of the injured", "A few of the injured",
            "more than half of the injured, not all", "at most about half of the injured"),
        Arguments.of("All of the residents were evacuated, police said.",
            "A few of the residents were evacuated, police said.",
            "All of the residents", "A few of the residents", "all the residents",
            "at most about half of the residents"),
        // "the other passengers" counts the rest of a group, in both
        Arguments.of("The company said none of the other passengers needed hospital treatment.",
            "A passenger said several of the other passengers needed hospital treatment.",
            "none of the other passengers", "several of the other passengers", "none", "some"),
        // "other" right after the quantifier, with no "of the" between
        Arguments.of("Police said none of the other drivers on the ramp was injured.",
            "Several other drivers were hurt, police said.",
            "none of the other drivers", "Several other drivers", "none", "some"),
        // "both" is all of two, "neither" none of them
        Arguments.of("Both pilots survived the crash, the airline said.",
            "Neither pilot survived the crash, the airline said.",
            "Both pilots survived", "Neither pilot survived", "all", "none"),
        // a part count that opens its clause keeps its verb
        Arguments.of("All nine centres will close next year, the company said.",
            "Four of the nine centres will close next year, the company said.",
            "All nine centres", "Four of the nine centres", "all", "4 of 9"),
        // a count of a part of the whole a share is taken of, outside that share
        Arguments.of("The company will close most of the nine centres, its chief said.",
            "The company will close four of the nine centres, its chief said.",
            "most of the nine centres", "four of the nine centres",
            "more than half of 9, not all", "4 of 9"),
        // a quantifier that opens a clause after a count takes a share of that count
        Arguments.of("Firefighters evacuated 40 tenants from the tower, most of them from the"
                + " upper floors.",
            "Firefighters evacuated 40 tenants from the tower, only a few from the upper floors.",
            "most of them", "only a few", "most", "few"),
        Arguments.of("The airline cancelled 120 flights on Friday, most of which were bound for"
                + " Lisbon.",
            "The airline cancelled 120 flights on Friday, a handful of which were bound for"
                + " Lisbon.",
            "most of which", "a handful of which", "most", "few"),
        // a quantifier that opens a sentence stands for the group the sentence before counts
        Arguments.of("Rescue boats picked up 85 fishermen off the coast on Tuesday. Most were"
                + " flown home the next day.",
            "Rescue boats picked up 85 fishermen off the coast on Tuesday. Only a handful were"
                + " flown home the next day.",
            "Most", "Only a handful", "most", "few"),
        Arguments.of("The hotel fire forced 300 guests into the street. All of them were moved"
                + " to a school gym.",
            "The hotel fire forced 300 guests into the street. Few were moved to a school gym.",
            "All of them", "Few", "all", "few"),
        // "those" and what the sentence before says befell the group stand for it too
        Arguments.of("About 300 people were evacuated from the tunnel. Most of those evacuated"
                + " were holidaymakers heading to the lakes, police said.",
            "About 300 people were evacuated through the gallery. Only a handful of them were"
                + " holidaymakers on their way to the lakes, according to police.",
            "Most of those evacuated", "Only a handful of them", "most", "few"),
        // "those" and a participle name the group the participle names before its noun
        Arguments.of("Most of the stranded passengers slept in the terminal at Varna.",
            "Only a few of those stranded slept in the terminal at Varna.",
            "Most of the stranded passengers", "Only a few of those stranded slept", "most",
            "few"),
        Arguments.of("Most of the expelled students were juniors, according to the report.",
            "Only a few of those expelled were juniors, according to the report.",
            "Most of the expelled students", "Only a few of those expelled", "most", "few"),
        Arguments.of("A bus carrying 30 pupils overturned on the mountain pass. None were badly"
                + " hurt.",
            "A bus carrying 30 pupils overturned on the mountain pass. Several were badly hurt.",
            "None", "Several", "none", "some"),
        // and the count is its whole: most of it is not all of it
        Arguments.of("Rescue boats picked up 85 fishermen off the coast on Tuesday. Most were"
                + " flown home the next day.",
            "Rescue boats picked up 85 fishermen off the coast on Tuesday. All were flown home"
                + " the next day.",
            "Most", "All", "more than half of 85, not all", "all 85"),
        // a percentage is a share of a whole of 100
        Arguments.of("Most of the county's voters backed the school tax on Tuesday.",
            "About 38% of the county's voters backed the school tax on Tuesday.",
            "Most of the county's voters backed", "About 38% of the county's voters backed",
            "most", "38%"),
        Arguments.of("All of the bank's branches reopened after the storm, the bank said.",
            "Some 85 percent of the bank's branches reopened after the storm, the bank said.",
            "All of the bank's branches reopened",
            "Some 85 percent of the bank's branches reopened", "all", "85%"),
        // a divided body is never a unanimous one
        Arguments.of("A divided panel of the state appeals court upheld the fraud conviction.",
            "A unanimous panel of the state appeals court upheld the fraud conviction.",
            "divided panel", "unanimous panel", "divided", "unanimous"),
        Arguments.of("The board of governors reached a split decision on the new stadium.",
            "The board of governors reached a unanimous decision on the new stadium.",
            "split decision", "unanimous decision", "divided", "unanimous"),
        Arguments.of("The night ferry rarely stops at the island of Moru.",
            "The night ferry always stops at the island of Moru.",
            "rarely stops", "always stops", "rarely", "always"),
        Arguments.of("Most of the dock workers joined the strike against the new contract.",
            "Few of the dock workers joined the strike against the new contract.",
            "Most of the dock workers", "Few of the dock workers", "most", "few"),
        // a part of a stated whole against all of it
        Arguments.of("The theft forced the charity to close four of its nine centres.",
            "The theft forced the charity to close all nine of its centres.",
            "four of its nine centres", "all nine of its centres", "4 of 9", "all"),
        // a whole before "who" counts people: "the three who died"
        Arguments.of("All three people who died were elderly, officials said.",
            "Two of the three who died were elderly, officials said.", "All three people",
            "Two of the three", "all", "2 of 3"),
        Arguments.of("Police said 12 of the 23 pirates were Somali.",
            "Police said all 23 pirates were Somali.", "12 of the 23 pirates", "all 23 pirates",
            "12 of 23", "all"),
        // a part of a sequence before the number ("past", "last") is no noun of "all"
        Arguments.of("Portmere have won seven of their last eight games, the club said.",
            "Portmere have now won all of their past eight matches, the club said.",
            "seven of their last eight games", "all of their past eight matches", "7 of 8", "all"),
        Arguments.of("Few residents attended the council meeting on the new road.",
            "Many residents attended the council meeting on the new road.",
            "Few residents attended", "Many residents attended", "few", "many"),
        Arguments.of("No injuries were reported at the chemical plant after the leak.",
            "Several injuries were reported at the chemical plant after the leak.",
            "No injuries", "Several injuries", "none", "some"),
        Arguments.of("The old stone bridge was partially destroyed by the flood.",
            "The old stone bridge was completely destroyed by the flood.",
            "partially destroyed", "completely destroyed", "partly", "completely"),
        Arguments.of("Dozens of families were evacuated from the burning tower.",
            "More than 200 families were evacuated from the burning tower.",
            "Dozens of families", "More than 200 families", "24 to 144",
            "more than 200 families"),
        // two vague counts whose ranges do not meet
        Arguments.of("Dozens of protesters gathered outside City Hall on Tuesday evening.",
            "Hundreds of protesters gathered outside City Hall on Tuesday evening.",
            "Dozens of protesters gathered", "Hundreds of protesters gathered", "24 to 144",
            "200 to 1,000"),
        // "fellow" names the same people as the noun alone
        Arguments.of("Dozens of actors posted tributes within hours of the announcement.",
            "A handful of fellow actors posted tributes within hours of the news.",
            "Dozens of actors posted", "A handful of fellow actors", "many", "few"),
        // "members" after a noun of a group names the group's people; "assembled" is "gathered"
        Arguments.of("None of the ferry's 21 crew members were hurt, the operator said.",
            "Several of the ferry's crew were injured, the operator said.",
            "None of the ferry's 21 crew members", "Several of the ferry's crew", "none", "some"),
        Arguments.of("Dozens of fans gathered outside the courthouse by mid-morning.",
            "By mid-morning a few fans had assembled outside the courthouse.",
            "Dozens of fans gathered", "a few fans", "24 to 144", "2 to 12"),
        Arguments.of("A handful of larger plants are planned in Europe and Asia.",
            "Dozens of bigger plants are planned in Europe and Asia.",
            "A handful of larger plants", "Dozens of bigger plants", "few", "many"),
        // ... of two places the scale does not tell apart: many against some
        Arguments.of("Dozens of workers gathered at the factory gate on Tuesday.",
            "A few workers gathered at the factory gate on Tuesday.",
            "Dozens of workers gathered", "A few workers gathered", "24 to 144", "2 to 12"),
        Arguments.of("No one was injured when the roof of the depot collapsed.",
            "Three people were injured when the roof of the depot collapsed.",
            "No one was injured", "Three people", "none", "3 people"),
        Arguments.of("Thousands of residents were left without power after the storm.",
            "About 800 residents were left without power after the storm.",
            "Thousands of residents", "About 800 residents", "2,000 to 1 million",
            "about 800 residents"),
        Arguments.of("Tens of thousands of residents were left without power after the storm.",
            "About 800 residents were left without power after the storm.",
            "Tens of thousands of residents", "About 800 residents", "20,000 to 100,000",
            "about 800 residents"),
        Arguments.of("The gunman fired several shots before fleeing the bank.",
            "The gunman fired more than 30 shots before fleeing the bank.",
            "several shots", "more than 30 shots", "2 to 20", "more than 30 shots"),
        Arguments.of("The president rarely gives interviews to foreign reporters.",
            "The president often gives interviews to foreign reporters.",
            "rarely gives", "often gives", "rarely", "often"),
        Arguments.of("A handful of protesters gathered outside the embassy on Friday.",
            "Hundreds of protesters gathered outside the embassy on Friday.",
            "A handful of protesters gathered", "Hundreds of protesters gathered", "few",
            "many"),
        // "only some" and "not all" shut out the whole
        Arguments.of("Only some of the hikers on the ridge carried ropes, the guide said.",
            "All of the hikers on the ridge carried ropes, the guide said.",
            "Only some of the hikers", "All of the hikers", "some", "all"),
        Arguments.of("Not all of the dock workers joined the strike against the new contract.",
            "All of the dock workers joined the strike against the new contract.",
            "Not all of the dock workers", "All of the dock workers", "some", "all"),
        // a minority is less than half: of a stated whole, and against a percentage
        Arguments.of("A minority of the union's members voted for the new contract.",
            "About 70% of the union's members voted for the new contract.",
            "A minority of the union's members voted", "About 70% of the union's members voted",
            "minority", "70%"),
        Arguments.of("A majority of the 12 jurors voted to acquit the former mayor.",
            "A minority of the 12 jurors voted to acquit the former mayor.",
            "A majority of the 12 jurors voted", "A minority of the 12 jurors voted",
            "more than half of 12, not all", "at most about half of 12"),
        // "none" of a stated whole against a part of it, the verb their only frame word
        Arguments.of("None of the 30 workers was hurt.", "Four of the 30 workers were hurt.",
            "None of the 30 workers", "Four of the 30 workers", "none of 30", "4 of 30"),
        // who said it did nothing to what is counted: "there were" names no act on either side
        Arguments.of("There were no survivors, the coroner said.",
            "The coroner said there were two survivors.", "no survivors", "two survivors",
            "none", "2 survivors"),
        // a number before "of the" counts the noun after it, the whole unstated
        Arguments.of("None of the stores were closed after the storm, the owner said.",
            "Three of the stores were closed after the storm, the owner said.",
            "None of the stores", "Three of the stores", "none", "3 stores"),
        // "no" and a count of one noun with one verb, the denial saying nothing more
        Arguments.of("No flares were launched.", "The crew launched two flares.",
            "No flares", "two flares", "none", "2 flares"),
        // one group of people named two ways, by what befell it
        Arguments.of("Most of the victims were trapped in the cellar, the fire chief said.",
            "Only a few of those killed were trapped in the cellar, said the chief.",
            "Most of the victims", "Only a few of those killed", "most", "few"),
        Arguments.of("Few of the dead were found near the harbour wall, the coroner said.",
            "Most of the bodies were found near the harbour wall, the coroner said.",
            "Few of the dead", "Most of the bodies", "few", "most"),
        Arguments.of("Most of those who died were trapped in the cellar, the chief said.",
            "Only a handful of the victims were trapped in the cellar, the chief said.",
            "Most of those who died", "Only a handful of the victims", "most", "few"),
        // short claims that restate each other but for the quantifier: nothing else to share
        Arguments.of("Most of the jurors were women.", "Only a few of the jurors were women.",
            "Most of the jurors", "Only a few of the jurors", "most", "few"),
        Arguments.of("Few of the volunteers were students.",
            "Most of the volunteers were students.", "Few of the volunteers",
            "Most of the volunteers", "few", "most"),
        // about half: never all, never none or few, never nearly all
        Arguments.of("By noon rescuers said all of the tenants of the block were accounted for.",
            "By noon rescuers said only about half of the block's tenants were accounted for.",
            "all of the tenants", "only about half of the block's tenants", "all", "half"),
        Arguments.of("Nearly all of the villagers had left the valley by Friday night.",
            "Roughly half of the villagers had left the valley by Friday night.",
            "Nearly all of the villagers", "Roughly half of the villagers", "nearly-all",
            "half"),
        // of a stated whole, about half is a third to two thirds of it
        Arguments.of("Roughly half of the 30 workers on the site were hurt in the blast.",
            "Twenty-seven of the 30 workers on the site were hurt in the blast.",
            "Roughly half of the 30 workers", "Twenty-seven of the 30 workers",
            "about half of 30", "27 of 30"),
        // nearly all is more than two thirds of a percentage's whole
        Arguments.of("The vast majority of the region's farms were insured against hail.",
            "About 45% of the region's farms were insured against hail.",
            "The vast majority of the region's farms",
            "About 45% of the region's farms", "nearly-all", "45%"),
        // a handful says there were some: never none
        Arguments.of("None of the guests at the hotel were hurt in the fire, the manager said.",
            "A handful of the guests at the hotel were hurt in the fire, the manager said.",
            "None of the guests", "A handful of the guests", "none", "few"),
        // "at all" and "in all" before a count are a preposition and "all" of the count
        Arguments.of("Inspectors will check the wiring at all 12 stations on the line.",
            "Inspectors will check the wiring at three of the 12 stations on the line.",
            "all 12 stations", "three of the 12 stations", "all", "3 of 12"),
        // a verb ends the quantified noun, and one predicate written two ways shares its words
        Arguments.of("All of the county's clinics stayed open over the holiday weekend.",
            "Only a handful of the county's clinics remained open over the holiday weekend.",
            "All of the county's clinics stayed", "Only a handful of the county's clinics remained",
            "all", "few"),
        Arguments.of("Most of the riders had not been wearing helmets, the police said.",
            "Only a few riders had not fastened their helmets, the police said.",
            "Most of the riders", "Only a few riders", "most", "few"),
        // a negated predicate says what its opposite says: "did not reopen" is "stayed closed"
        Arguments.of("Most of the cafes on the harbour front stayed closed after the flood.",
            "Only a handful of the cafes on the harbour front did not reopen after the flood.",
            "Most of the cafes", "Only a handful of the cafes", "most", "few"),
        // a small section is few; a minority is less than half, never most
        Arguments.of("Most of the crowd wore green.", "Only a small section of the crowd wore green.",
            "Most of the crowd wore", "Only a small section of the crowd wore", "most", "few"),
        Arguments.of("Most of the volunteers had a chronic condition.",
            "Only a minority of the volunteers had a chronic condition.",
            "Most of the volunteers", "Only a minority of the volunteers", "most", "minority"),
        // a possessive before the noun and its whole: "the hospital's 14 clinics"
        Arguments.of("All 12 of the county's polling stations opened late on Tuesday.",
            "Only a handful of the county's 12 polling stations opened late on Tuesday.",
            "All 12 of the county's polling stations",
            "Only a handful of the county's 12 polling stations", "all", "few"),
        // one of a stated whole is exactly one of it: against all of it and another part
        Arguments.of("All five of the stolen trucks were returned to the depot on Friday.",
            "Only one of the five stolen trucks was returned to the depot on Friday.",
            "All five of the stolen trucks", "Only one of the five stolen trucks", "all",
            "few"),
        Arguments.of("Three of the nine lifeguards on the beach were trained as paramedics.",
            "One of the nine lifeguards on the beach was trained as a paramedic.",
            "Three of the nine lifeguards", "One of the nine lifeguards", "3 of 9", "one of 9"),
        // one of a group is some of it, which excludes none
        Arguments.of("None of the teachers at the school went on strike on Monday.",
            "One of the teachers at the school went on strike on Monday.",
            "None of the teachers", "One of the teachers", "none", "some"),
        // a vague small count of a stated whole is a share of it, as "most of" is
        Arguments.of("Seven of the eight bakeries in the village sold out by noon.",
            "A few of the eight bakeries in the village sold out by noon.",
            "Seven of the eight bakeries", "A few of the eight bakeries", "7 of 8",
            "at most about half of 8"));
  }

  @ParameterizedTest
  @MethodSource("clashes")
  void wordsThatExcludeEachOtherAreQuantifierContradictions(String left, String right,
      String leftEvidence, String rightEvidence, String leftValue, String rightValue) {
    List<Contradiction> found = find(article("a", left), article("b", right));
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo(Kind.QUANTIFIER);
    assertThat(c.left().article()).isEqualTo("a");
    assertThat(c.leftEvidence().text()).isEqualTo(leftEvidence);
    assertThat(c.rightEvidence().text()).isEqualTo(rightEvidence);
    assertThat(c.leftValue()).isEqualTo(leftValue);
    assertThat(c.rightValue()).isEqualTo(rightValue);
    assertThat(c.confidence()).isBetween(0.5, 0.8);
    assertThat(c.explanation()).contains('"' + leftEvidence + '"')
        .contains('"' + rightEvidence + '"').endsWith("exclude each other.");
    for (var side : List.of(List.of(c.left(), c.leftEvidence()),
        List.of(c.right(), c.rightEvidence()))) {
      Claim claim = (Claim) side.get(0);
      dev.parallax.TextSpan ev = (dev.parallax.TextSpan) side.get(1);
      int from = ev.start() - claim.span().start();
      assertThat(claim.text().substring(from, from + ev.length())).isEqualTo(ev.text());
    }
  }

  @ParameterizedTest
  @MethodSource("clashes")
  void theArticlesInReverseOrderMirrorTheFinding(String left, String right, String leftEvidence,
      String rightEvidence, String leftValue, String rightValue) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> ab = find(a, b);
    List<Contradiction> ba = find(b, a);
    assertThat(ba).hasSameSizeAs(ab);
    for (int i = 0; i < ab.size(); i++) {
      Contradiction x = ab.get(i);
      Contradiction y = ba.get(i);
      assertThat(y.kind()).isEqualTo(x.kind());
      assertThat(y.left()).isEqualTo(x.right());
      assertThat(y.right()).isEqualTo(x.left());
      assertThat(y.leftEvidence()).isEqualTo(x.rightEvidence());
      assertThat(y.rightEvidence()).isEqualTo(x.leftEvidence());
      assertThat(y.leftValue()).isEqualTo(x.rightValue());
      assertThat(y.rightValue()).isEqualTo(x.leftValue());
      assertThat(y.confidence()).isEqualTo(x.confidence());
    }
  }

  @ParameterizedTest
  @MethodSource("clashes")
  void anArticleAgainstItselfFindsNone(String left, String right, String leftEvidence,
      String rightEvidence, String leftValue, String rightValue) {
    assertThat(find(article("a", left), article("copy", left))).isEmpty();
    assertThat(find(article("b", right), article("copy", right))).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Silence: agreements that look different, negated words, other nouns, other acts
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> silent() {
    return Stream.concat(agreements(), Stream.concat(negated(), otherThings()));
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("Rescue boats picked up 85 fishermen off the coast on Tuesday. Most were"
                + " flown home the next day.",
            "Rescue boats picked up 85 fishermen off the coast on Tuesday. Many of them were"
                + " flown home the next day."),
        Arguments.of("Officers stopped the driver several blocks away from the bank.",
            "Officers stopped the driver a few blocks away from the bank."),
        // shares of one group that may meet: a few and about half, some and most
        Arguments.of("A few of the residents were evacuated, police said.",
            "About half of the residents were evacuated, police said."),
        Arguments.of("Some of the residents were evacuated, police said.",
            "Most of the residents were evacuated, police said."),
        Arguments.of("Some residents left the island before the storm arrived.",
            "Several residents left the island before the storm arrived."),
        Arguments.of("A few residents left the island before the storm arrived.",
            "Several residents left the island before the storm arrived."),
        Arguments.of("Many homes were flooded in the river valley overnight.",
            "Dozens of homes were flooded in the river valley overnight."),
        Arguments.of("Hundreds of fans waited outside the stadium gates for hours.",
            "More than 200 fans waited outside the stadium gates for hours."),
        Arguments.of("Scores of volunteers cleared the beach after the oil spill.",
            "Dozens of volunteers cleared the beach after the oil spill."),
        Arguments.of("Hundreds of volunteers cleared the beach after the oil spill.",
            "Scores of volunteers cleared the beach after the oil spill."),
        Arguments.of("The singer left the clinic two minutes after checking in.",
            "The singer left the clinic less than an hour after checking in."),
        Arguments.of("Police found several shells in the car of the suspect.",
            "Police found three shells in the car of the suspect."),
        Arguments.of("Dozens of people were injured in the blast at the market.",
            "At least 40 people were injured in the blast at the market."),
        Arguments.of("Most of the passengers were asleep when the train stopped.",
            "All of the passengers were asleep when the train stopped."),
        // without one whole stated in both, most and all, a few and most may both hold
        Arguments.of("Most passengers were asleep when the train stopped.",
            "All 300 passengers were asleep when the train stopped."),
        Arguments.of("Most of the 300 passengers were asleep when the train stopped.",
            "All 200 passengers were asleep when the train stopped."),
        Arguments.of("A few of the 300 passengers were asleep when the train stopped.",
            "Several of the 300 passengers were asleep when the train stopped."),
        Arguments.of("Some of the eight passengers were asleep when the train stopped.",
            "Most of the eight passengers were asleep when the train stopped."),
        Arguments.of("A few of the five hostages were freed before dawn, police said.",
            "Most of the five hostages were freed before dawn, police said."),
        Arguments.of("The company will close most of the nine centres, its chief said.",
            "The company will close six of the nine centres, its chief said."),
        Arguments.of("Witnesses said most of the eight passengers climbed out through a window.",
            "Witnesses said six of the eight passengers climbed out through a window."),
        Arguments.of("Some of the shops on the square were closed on the holiday.",
            "All of the shops on the square were closed on the holiday."),
        Arguments.of("Few residents attended the council meeting on the new road.",
            "A few residents attended the council meeting on the new road."),
        // shares of a count that may both hold, or of counts of different things
        Arguments.of("Firefighters evacuated 40 tenants from the tower, most of them from the"
                + " upper floors.",
            "Firefighters evacuated 40 tenants from the tower, many of them from the upper"
                + " floors."),
        Arguments.of("Firefighters evacuated 40 tenants from the tower, most of them from the"
                + " upper floors.",
            "Firefighters evacuated 40 tenants from the tower, a few of them children."),
        Arguments.of("Firefighters evacuated 40 tenants from the tower, most of them from the"
                + " upper floors.",
            "Firefighters evacuated 40 tenants from the tower, and a few firefighters were"
                + " treated for smoke."),
        Arguments.of("A unanimous jury convicted the former mayor of bribery on Monday.",
            "Voters in the town were divided over the bribery case of the former mayor."),
        Arguments.of("The city council unanimously approved the budget for the new year.",
            "The city council was split on a plan for a new stadium."),
        Arguments.of("Most of the county's voters backed the school tax on Tuesday.",
            "About 62% of the county's voters backed the school tax on Tuesday."),
        Arguments.of("Most of the county's voters backed the school tax on Tuesday.",
            "About 38% of the county's voters are retired, the clerk said on Tuesday."),
        Arguments.of("All of the bank's branches reopened after the storm, the bank said.",
            "Some 85 percent of the bank's customers were back online after the storm."),
        Arguments.of("The ferry sometimes stops at the island of Moru.",
            "The ferry usually stops at the island of Moru."),
        // about half may be most, and nearly all most; few may be none
        Arguments.of("About half of the villagers had left the valley by Friday night.",
            "Most of the villagers had left the valley by Friday night."),
        Arguments.of("Nearly all of the 40 miners on the shift were brought to the surface.",
            "Most of the 40 miners on the shift were brought to the surface."),
        Arguments.of("Roughly half of the 30 workers on the site were hurt in the blast.",
            "Twelve of the 30 workers on the site were hurt in the blast."),
        Arguments.of("None of the guests at the hotel were hurt in the fire, the manager said.",
            "Few of the guests at the hotel were hurt in the fire, the manager said."),
        // one share told from the two sides of opposite predicates, or of a negated one
        Arguments.of("Most of the residents stayed in their homes during the storm.",
            "Only a few of the residents left their homes during the storm."),
        Arguments.of("Most of the members of the board backed the plan for the new bridge.",
            "Only a few of the members of the board opposed the plan for the new bridge."),
        Arguments.of("Most of the riders had been wearing helmets, the police said.",
            "Only a few riders had not been wearing helmets, the police said."),
        Arguments.of("Most of the cafes on the harbour front stayed closed after the flood.",
            "Only a handful of the cafes on the harbour front reopened after the flood."));
  }

  static Stream<Arguments> negated() {
    return Stream.of(
        Arguments.of("Not all of the shops on the square were closed on the holiday.",
            "Few of the shops on the square were closed on the holiday."),
        Arguments.of("The night ferry does not often stop at the island of Moru.",
            "The night ferry never stops at the island of Moru."),
        Arguments.of("Never before have so many migrants crossed the strait in one week.",
            "Migrants often cross the strait in one week."));
  }

  static Stream<Arguments> otherThings() {
    return Stream.of(
        // the rest of a group is not the whole of it
        Arguments.of("The company said none of the other passengers needed hospital treatment.",
            "A passenger said several of the passengers needed hospital treatment."),
        Arguments.of("Police said no drivers on the ramp were injured.",
            "Several other drivers were hurt, police said."),
        // a bare quantifier with two groups in the sentence before, another act, a count two
        // sentences back, or no count at all: it names no group of its own
        Arguments.of("The storm stranded 200 hikers and 40 rangers in the park. Most were"
                + " airlifted out on Sunday.",
            "The storm stranded 200 hikers and 40 rangers in the park. Only a few were airlifted"
                + " out on Sunday."),
        Arguments.of("Rescue boats picked up 85 fishermen off the coast on Tuesday. Most were"
                + " flown home the next day.",
            "Rescue boats picked up 85 fishermen off the coast on Tuesday. Only a handful were"
                + " treated for cold."),
        Arguments.of("Rescue boats picked up 85 fishermen off the coast on Tuesday. The sea was"
                + " rough all night. Most were flown home the next day.",
            "Rescue boats picked up 85 fishermen off the coast on Tuesday. The sea was rough all"
                + " night. Only a handful were flown home the next day."),
        Arguments.of("Rescue boats picked up fishermen off the coast on Tuesday. Most were flown"
                + " home the next day.",
            "Rescue boats picked up fishermen off the coast on Tuesday. Only a handful were flown"
                + " home the next day."),
        // two groups of people (the dead and the injured), or a part of a group and all of it
        // with two acts
        Arguments.of("Most of the dead were trapped in the cellar, the fire chief said.",
            "Only a few of the injured were trapped in the cellar, the fire chief said."),
        Arguments.of("Most of the victims were trapped in the cellar, the fire chief said.",
            "Only a few of the wounded were trapped in the cellar, the fire chief said."),
        Arguments.of("Most of those who were injured were trapped in the cellar, the chief said.",
            "Only a handful of the victims were trapped in the cellar, the chief said."),
        Arguments.of("Most of the dead were children, the fire chief said.",
            "Few of those killed were found in the cellar, the fire chief said."),
        Arguments.of("Few of the victims' families attended the hearing in the capital.",
            "Most of the victims attended the hearing in the capital."),
        // a participle without its noun names the group of that participle only: the stranded
        // are not the injured, and another act of them is another fact
        Arguments.of("Most of the stranded passengers slept in the terminal at Varna.",
            "Only a few of those injured slept in the terminal at Varna."),
        Arguments.of("Most of the stranded passengers slept in the terminal at Varna.",
            "Only a few of those stranded were taken to hotels in Varna."),
        // other nouns, other acts, other places, other sets
        Arguments.of("Few residents attended the council meeting on the new road.",
            "Many reporters attended the council meeting on the new road."),
        Arguments.of("Few residents left the town before the flood.",
            "Many residents stayed in the town during the flood."),
        Arguments.of("Several houses were damaged in Elmwood by the earthquake.",
            "More than 300 houses were damaged in the province by the earthquake."),
        Arguments.of("Hundreds of people were sheltering in the school when it was shelled.",
            "Two people were killed in the school when it was shelled."),
        Arguments.of("A young girl was killed and dozens of others were hurt in the quake.",
            "Two people were killed and 250 others were hurt in the quake."),
        Arguments.of("Dozens of soldiers were killed in the ambush near the border.",
            "More than 200 soldiers have been killed since the war began."),
        Arguments.of("No one was killed in the attack on the village, officials said.",
            "Twelve people were arrested after the attack on the village, officials said."),
        Arguments.of("The president rarely gives interviews to foreign reporters.",
            "The president often gives speeches to foreign reporters."),
        // "no" of one noun and verb against a count, the denial saying more or another noun
        Arguments.of("No flares were launched from the lifeboat.",
            "The crew launched two flares."),
        Arguments.of("No flares were launched.", "The crew launched two rockets."),
        Arguments.of("No flares were launched.",
            "The crew launched two flares during a 2019 storm."),
        Arguments.of("No flares were found.", "The crew launched two flares."),
        // a part of a noun's count that agrees, or counts another noun or names none
        Arguments.of("Several of the stores were closed after the storm, the owner said.",
            "Three of the stores were closed after the storm, the owner said."),
        Arguments.of("None of the stores were closed after the storm, the owner said.",
            "Three of the warehouses were closed after the storm, the owner said."),
        Arguments.of("None of the stores were closed after the storm, the owner said.",
            "Three of them were closed after the storm, the owner said."),
        // a minority and a percentage that may be one share
        Arguments.of("A minority of the union's members voted for the new contract.",
            "About 40% of the union's members voted for the new contract."),
        Arguments.of("Only some of the hikers on the ridge carried ropes, the guide said.",
            "Most of the hikers on the ridge carried ropes, the guide said."),
        // a part against all of another whole, or all of it doing something else
        Arguments.of("McDermott scored 10 of the team's first 17 points in the game.",
            "Echenique scored all 11 points of his team in the game."),
        Arguments.of("Police said 12 of the 23 pirates were Somali.",
            "Police said all 23 pirates were arrested."),
        Arguments.of("Many of them were injured in the stampede at the gate.",
            "Few of them were injured in the stampede at the gate."),
        // short claims that differ in more than the quantifier: another predicate, another
        // group, a time or a place only one of them names
        Arguments.of("Most of the jurors were women.", "Only a few of the jurors were lawyers."),
        Arguments.of("Most of the jurors were women.", "Only a few of the witnesses were women."),
        Arguments.of("Most of the jurors were women in 2019.",
            "Only a few of the jurors were women."),
        Arguments.of("Most of the jurors in the first trial were women.",
            "Only a few of the jurors were women."),
        // idioms and superlatives are no quantifiers
        Arguments.of("After all, the council voted for the new road in the end.",
            "Few members of the council voted for the new road in the end."),
        Arguments.of("It was the most powerful storm to hit the coast in a decade.",
            "Few powerful storms hit the coast in a decade."),
        // one of a group without its whole may be the first of several; "every one of" is all
        Arguments.of("One of the teachers at the school went on strike on Monday.",
            "Most of the teachers at the school went on strike on Monday."),
        Arguments.of("Every one of the 40 guests at the inn was moved before the river rose.",
            "All 40 guests at the inn were moved before the river rose."),
        // a small count of another whole, or of a whole stated on one side only
        Arguments.of("Two of the eight bakeries in the village sold out by noon.",
            "A few of the eight bakeries in the village sold out by noon."),
        Arguments.of("Seven of the eight bakeries in the village sold out by noon.",
            "A few of the bakeries in the village sold out by noon."));
  }

  @ParameterizedTest
  @MethodSource("silent")
  void agreementNegationAndOtherThingsStaySilent(String left, String right) {
    assertThat(find(article("a", left), article("b", right)))
        .filteredOn(c -> c.kind() == Kind.QUANTIFIER).isEmpty();
    assertThat(find(article("b", right), article("a", left)))
        .filteredOn(c -> c.kind() == Kind.QUANTIFIER).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("agreements")
  void agreementsFindNothingElseEither(String left, String right) {
    assertThat(find(article("a", left), article("b", right))).isEmpty();
  }
}
