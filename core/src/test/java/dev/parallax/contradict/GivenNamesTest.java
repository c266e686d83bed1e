package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One person's given name written two ways in two reports: clashes with the exact names and
 * explanation, and the ways news writes one given name that must stay silent.
 */
class GivenNamesTest {
  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> names(Article... articles) {
    return CheckCases.found(Kind.ATTRIBUTE, articles);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("Gary Moreno", "Kevin Moreno", "Moreno", "gary", "kevin",
            "The mural on the library wall was painted by Gary Moreno in 1987, the museum said.",
            "The mural on the library wall was painted by Kevin Moreno in 1987, the museum"
                + " said."),
        Arguments.of("Linda Hale", "Karen Hale", "Hale", "linda", "karen",
            "Firefighters pulled Linda Hale from the burning farmhouse shortly after midnight.",
            "Firefighters pulled Karen Hale from the burning farmhouse shortly after midnight."),
        // an initial and a middle name do not reconcile two first names
        Arguments.of("Paul Becker", "J. Martin Becker", "Becker", "paul", "martin",
            "The festival was founded by conductor Paul Becker, who led it for decades.",
            "The festival was founded by conductor J. Martin Becker, who led it for decades."),
        // one office right before both names ties them in unrelated sentences
        Arguments.of("Howard Quinn", "Roland Quinn", "Quinn", "howard", "roland",
            "Inspector Howard Quinn oversaw the search of the river banks.",
            "The results of the autopsy were kept from the press for a week, according to"
                + " Inspector Roland Quinn."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftName, String rightName, String surname, String leftGiven,
      String rightGiven, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = names(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo(Kind.ATTRIBUTE);
    assertThat(c.leftEvidence().text()).isEqualTo(leftName);
    assertThat(c.rightEvidence().text()).isEqualTo(rightName);
    assertThat(c.leftValue()).isEqualTo(leftName);
    assertThat(c.rightValue()).isEqualTo(rightName);
    assertThat(c.explanation()).isEqualTo("A outlet gives the name as \"" + leftName
        + "\"; B outlet gives it as \"" + rightName + "\". Each article names one " + surname
        + " only, and \"" + leftGiven + "\" and \"" + rightGiven
        + "\" are not forms of one given name.");
    assertThat(c.confidence()).isBetween(0.5, 1.0);
    assertThat(left.substring(c.leftEvidence().start(), c.leftEvidence().end()))
        .isEqualTo(leftName);

    List<Contradiction> reversed = names(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(reversed.get(0).rightEvidence()).isEqualTo(c.leftEvidence());
    assertThat(reversed.get(0).confidence()).isEqualTo(c.confidence());
    assertThat(names(a, a)).isEmpty();
    assertThat(names(b, article("c", right))).isEmpty();
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("a familiar form",
            "The mural on the library wall was painted by Bill Moreno in 1987.",
            "The mural on the library wall was painted by William Moreno in 1987."),
        Arguments.of("a familiar form of a woman's name",
            "Firefighters pulled Peggy Hale from the burning farmhouse after midnight.",
            "Firefighters pulled Margaret Hale from the burning farmhouse after midnight."),
        Arguments.of("an initial",
            "The mural on the library wall was painted by G. Moreno in 1987.",
            "The mural on the library wall was painted by Gary Moreno in 1987."),
        Arguments.of("a middle name used as the first",
            "The festival was founded by conductor J. Martin Becker in 1961.",
            "The festival was founded by conductor Martin Becker in 1961."),
        Arguments.of("a short form that starts the full one",
            "The mural on the library wall was painted by Chris Moreno in 1987.",
            "The mural on the library wall was painted by Christopher Moreno in 1987."),
        Arguments.of("two spellings of one sound",
            "The mural on the library wall was painted by Steven Moreno in 1987.",
            "The mural on the library wall was painted by Stephen Moreno in 1987."),
        Arguments.of("two members of one family named in one article",
            "Gary Moreno and his wife, Linda Moreno, painted the mural in 1987.",
            "Linda Moreno painted the mural on the library wall in 1987."),
        Arguments.of("kin of one family",
            "The death was confirmed by his grandson Kevin Moreno on Friday.",
            "The death was confirmed by his grandson Gary Moreno on Friday."),
        Arguments.of("kin in apposition",
            "The death was confirmed by Kevin Moreno, his grandson, on Friday.",
            "The death was confirmed by Gary Moreno, his grandson, on Friday."),
        Arguments.of("the other given name written in the article",
            "The mural was painted by Gary Moreno in 1987; Kevin helped him.",
            "The mural was painted by Kevin Moreno in 1987."),
        Arguments.of("a man's and a woman's name",
            "Police found 35-year-old Gary Moreno in the flat on Sunday.",
            "Police found 61-year-old Linda Moreno in the flat on Sunday."),
        Arguments.of("two places, not people",
            "The convoy stopped at Fort Moreno before dawn on Friday.",
            "The convoy stopped at Port Moreno before dawn on Friday."),
        Arguments.of("a street named by a given name",
            "The shop on Mary Street was looted during the night.",
            "The shop on Oliver Street was looted during the night."),
        Arguments.of("two lines of a railway named by given names",
            "Trains on the Victoria Line were halted for an hour on Monday.",
            "Trains on the Elizabeth Line were halted for an hour on Monday."),
        Arguments.of("unrelated sentences without one title",
            "Gary Moreno painted the mural on the library wall in 1987.",
            "The council thanked Kevin Moreno for the donation of land to the park."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(names(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(names(article("b", right), article("a", left))).as(reason).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"robert, R163", "rupert, R163", "ashcraft, A261", "tymczak, T522", "pfister, P236",
      "stephen, S315", "steven, S315", "brian, B650", "bryant, B653"})
  void soundex(String name, String code) {
    assertThat(GivenNames.soundex(name)).isEqualTo(code);
  }
}
