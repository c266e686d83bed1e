package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A named person has one age on the day of a report, whatever else the two claims that give it
 * tell: the claims need share no other word.
 */
class PersonAgeCheckTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // a surname against the full name, claims that tell two different things
        Arguments.of("Police said the mayor, Ortun, 57, who is serving his third term, was held.",
            "Javier Ortun, 59, was picked up at his home before dawn.", "57 | 59"),
        // the age before the name, and before a noun and the name set off after it
        Arguments.of("The champion was floored after Okafor, 28, landed a right hand.",
            "But the 26-year-old Okafor, roared on by the crowd, kept coming.", "28 | 26-year-old"),
        Arguments.of("It went silent, said the auctioneer, Jonas Wetterli, 51, of the sale.",
            "I have rarely felt that, said the 57-year-old auctioneer, Jonas Wetterli.",
            "51 | 57-year-old"),
        // an age in apposition before a noun and a full name right after it
        Arguments.of("The race turned after Luca Ferluga, 35, an independent, endorsed Benedetti.",
            "The fourth-placed candidate, 39-year-old independent Luca Ferluga, endorsed"
                + " Benedetti.", "35 | 39-year-old"),
        // the place a person is from between the name and the age, and the age is the person's
        Arguments.of("Spaniard Iker Etxeberria, 31, was kept in hospital overnight.",
            "Iker Etxeberria of Spain, 34, suffered concussion.", "31 | 34"),
        Arguments.of("Ana Ruiz of Tucson, 41, was hurt.", "Ana Ruiz, 41, was hurt.", ""),
        // one age, written two ways
        Arguments.of("The mayor, Javier Ortun, 57, was held on Wednesday.",
            "The 57-year-old Ortun was led away in handcuffs.", ""),
        // two people of one surname: the given names differ
        Arguments.of("Gary Gomes, 35, was charged with the killing.",
            "The victim, Catherine Gomes, 61, was his mother.", ""),
        // an article that gives one name two ages tells a life, not one day
        Arguments.of("Ortun, 57, was held; Ortun, 21, had joined the party in 1989.",
            "Javier Ortun, 59, was picked up at his home before dawn.", ""),
        // a definite age that opens a claim stands for the person named just before it
        Arguments.of("Tomas Vellinger, the transport minister, resigned. Vellinger, 54, handed his"
                + " letter to the prime minister at 9:40 p.m.",
            "The prime minister accepted the resignation of Tomas Vellinger. The 58-year-old"
                + " Liberal handed in his letter shortly before 10 p.m.", "54 | 58-year-old"),
        Arguments.of("\"They went straight for the treasures,\" said owner Etienne Marchal, 62.",
            "\"They knew what they wanted,\" said owner Etienne Marchal. \"They walked past"
                + " cheaper bottles.\" The 67-year-old said one bottle had been his father's.",
            "62 | 67-year-old"),
        // nor when another person of the article is named, by surname, after that name
        Arguments.of("Prime Minister Ingrid Solberg-Haas, 61, accepted the resignation of Tomas"
                + " Vellinger.",
            "Tomas Vellinger resigned on Friday. Prime Minister Ingrid Solberg-Haas accepted it,"
                + " and Vellinger thanked her. The 58-year-old then drove home.", ""),
        // nor the one the article calls by that noun without a name ("the captain")
        Arguments.of("\"We smelled smoke,\" said teacher Yannis Petridis, 29. The captain"
                + " ordered the evacuation.",
            "\"We smelled smoke,\" said teacher Yannis Petridis. The captain gave the order to"
                + " abandon ship. The 56-year-old Greek captain was questioned on Tuesday.", ""),
        // a description that holds a name is that person's
        Arguments.of("Wladimir Klitschko, 36, stopped the 40-year-old Tony Thompson in the"
                + " sixth round.",
            "Wladimir Klitschko stopped Tony Thompson in the sixth round. The 36-year-old"
                + " champion Klitschko improved to 58-3.", ""),
        Arguments.of("Wladimir Klitschko, 35, stopped the 40-year-old Tony Thompson in the"
                + " sixth round.",
            "Wladimir Klitschko stopped Tony Thompson in the sixth round. The 36-year-old"
                + " champion Klitschko improved to 58-3.", "35 | 36-year-old"),
        // not a description after "a", nor one far from any name
        Arguments.of("\"They went straight for the treasures,\" said owner Etienne Marchal, 62.",
            "\"They knew what they wanted,\" said owner Etienne Marchal. A 67-year-old"
                + " neighbour said he heard nothing.", ""),
        // a noun with no name after it may be anyone of the story
        Arguments.of("A 54-year-old man suffered spinal injuries.",
            "A 45-year-old man has injuries to his spine.", ""));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void aNamedPersonHasOneAge(String a, String b, String expected) {
    CheckCases.assertEvidences(Kind.NUMERIC, a, b, expected);
  }

  @Test
  void explainsTheRuleAndGivesTheSurnameLessConfidence() {
    List<Contradiction> found = CheckCases.found(Kind.NUMERIC,
        "Police said the mayor, Ortun, 57, who is serving his third term, was held.",
        "Javier Ortun, 59, was picked up at his home before dawn.");
    assertThat(found).singleElement().satisfies(c -> {
      assertThat(c.confidence()).isEqualTo(PersonAgeCheck.SURNAME);
      assertThat(c.explanation()).endsWith("A person has one age on the day of a report.");
    });
  }

  @Test
  void undatedReportsAYearOrTwoApartAreLeftAlone() {
    Article a = Article.builder().id("a").text("Jose Luis Orozco, 27, was arrested.").build();
    Article b = Article.builder().id("b").text("The jury found Jose Luis Orozco, 29, guilty.")
        .build();
    assertThat(CheckCases.found(Kind.NUMERIC, a, b)).extracting(Contradiction::explanation)
        .noneMatch(e -> e.contains("one age on the day"));
  }
}
