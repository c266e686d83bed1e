package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a named person is, given two ways: two occupations of two fields of work, or two
 * relations to one person, with the exact evidence; and descriptors that may both hold, which
 * must stay silent.
 */
class DescriptorsTest {
  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> found(Article a, Article b) {
    return CheckCases.found(Kind.ATTRIBUTE, a, b);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        // one person belongs to one party; a name may open the claim
        Arguments.of("a Democrat", "a second-term Republican",
            "Mayor Linda Carrasco spoke on Tuesday. Carrasco, a Democrat in her second term,"
                + " told reporters the chief had to go.",
            "Mayor Linda Carrasco spoke on Tuesday. Carrasco, a second-term Republican, said"
                + " the chief had to go."),
        // apposition after the name, with modifiers
        Arguments.of("a retired nurse", "a sheep farmer",
            "\"We were never asked,\" said Helen Marsh, a retired nurse who leads the"
                + " residents' group.",
            "\"We were never asked,\" said Helen Marsh, a sheep farmer who leads the residents'"
                + " group."),
        // an age between the name and the apposition, against an age among the modifiers
        Arguments.of("a librarian", "a 52-year-old electrician",
            "\"The whole house shook,\" said Oliver Grant, 52, a librarian from Leeds.",
            "Oliver Grant, a 52-year-old electrician from Leeds, said the whole house shook."),
        // a title before the name against an apposition
        Arguments.of("Geologist", "a pilot",
            "Geologist Tomas Varga said the ash cloud was drifting east over the valley.",
            "Tomas Varga, a pilot, said the ash cloud was drifting east over the valley."),
        // two specialties of one field
        Arguments.of("an anaesthetist", "a paediatrician",
            "Dr. Ingrid Halsen, 44, an anaesthetist at Sorheim, was among the dead.",
            "Dr. Ingrid Halsen, 44, a paediatrician, was among the dead."),
        Arguments.of("a bank clerk", "a 31-year-old taxi driver",
            "Davide Orsatti, 31, a bank clerk who was walking past, said he fell.",
            "Davide Orsatti, a 31-year-old taxi driver, was walking by when he fell."),
        // after "was"
        Arguments.of("a plumber", "a welder",
            "Dmitri Sokol was a plumber, his neighbours said after the blast.",
            "Dmitri Sokol was a welder, his neighbours said after the blast."),
        // two relations to one person named by surname in both
        Arguments.of("Kaplan's aunt", "Kaplan's grandmother",
            "Kaplan's aunt, Ruth Kaplan, told the court that he had never been violent.",
            "Ruth Kaplan, Kaplan's grandmother, told the court that he had never been violent."),
        // the owner named by a common noun that stands for the one named person of that noun
        Arguments.of("Medina's father", "the pilot's uncle",
            "Pilot Rafael Medina, 41, died in the crash. Medina's father, Jorge Medina, said"
                + " the family wanted answers.",
            "Rafael Medina, 41, a pilot, died in the crash. Jorge Medina, the pilot's uncle,"
                + " said the family wanted answers."),
        // a possessive written with the apostrophe alone, and an owner by common noun
        Arguments.of("Torres' mother", "the miner's sister",
            "Miner Luis Torres, 30, was trapped for two days. Torres' mother, Elena Torres,"
                + " waited at the gate.",
            "Luis Torres, 30, a miner, was trapped for two days. Elena Torres, the miner's"
                + " sister, waited at the gate."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftEvidence, String rightEvidence, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = found(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.leftEvidence().text()).isEqualTo(leftEvidence);
    assertThat(c.rightEvidence().text()).isEqualTo(rightEvidence);
    assertThat(c.confidence()).isBetween(0.5, 0.7);
    List<Contradiction> reversed = found(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(found(a, a)).isEmpty();
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("a former member of a party",
            "Mayor Linda Carrasco spoke. Carrasco, a former Republican, said so.",
            "Mayor Linda Carrasco spoke. Carrasco, a Democrat, said so."),
        Arguments.of("a word of belief crosses parties",
            "Mayor Linda Carrasco spoke. Carrasco, a conservative, said so.",
            "Mayor Linda Carrasco spoke. Carrasco, a Democrat, said so."),
        Arguments.of("a general word and a specific one",
            "Helen Marsh, a health worker from Leeds, said the ward was full.",
            "Helen Marsh, a nurse from Leeds, said the ward was full."),
        Arguments.of("a field and one of its specialties",
            "Dr. Ingrid Halsen, 44, an anaesthetist at Sorheim, was among the dead.",
            "Dr. Ingrid Halsen, 44, a doctor at the hospital, was among the dead."),
        Arguments.of("a specialty and a kind of it",
            "Ingrid Halsen, 44, a surgeon, was among the dead.",
            "Ingrid Halsen, 44, a neurosurgeon, was among the dead."),
        Arguments.of("two words of one field",
            "Helen Marsh, a surgeon at the city hospital, said the ward was full.",
            "Helen Marsh, a doctor at the city hospital, said the ward was full."),
        Arguments.of("one person who holds two trades in one article",
            "Helen Marsh, a nurse and a part-time farmer, said the ward was full.",
            "Helen Marsh, a farmer from Leeds, said the ward was full."),
        Arguments.of("two trades joined by and before the name",
            "Radio reporter and family physician Dr. Helen Marsh said the ward was full.",
            "Helen Marsh, the station's medical reporter, said the ward was full."),
        Arguments.of("a relation without an owner",
            "Helen Marsh, a mother of three and a nurse, said the ward was full.",
            "Helen Marsh, the victim's sister, said the ward was full."),
        Arguments.of("two people of one report, each with a descriptor",
            "Helen Marsh, a nurse, and Oliver Grant, a teacher, said the ward was full.",
            "Oliver Grant, a teacher, and Helen Marsh, a nurse, said the ward was full."),
        Arguments.of("a former trade",
            "Helen Marsh, a former teacher, said the ward was full.",
            "Helen Marsh, a nurse, said the ward was full."),
        Arguments.of("two relations to two people",
            "Ruth Kaplan, the boy's aunt, told the court he had never been violent.",
            "Ruth Kaplan, the gunman's mother, told the court he had never been violent."),
        Arguments.of("the other article writes the trade next to the name",
            "Helen Marsh, a teacher, said the ward was full.",
            "Helen Marsh, a nurse, said the ward was full. Marsh also trained teachers."),
        Arguments.of("a noun that modifies another",
            "Helen Marsh, a teacher union leader, said the schools would close.",
            "Helen Marsh, a nurse, said the schools would close."),
        Arguments.of("a place before the apposition",
            "In Leeds, a nurse said the ward was full.",
            "In Leeds, a teacher said the ward was full."),
        Arguments.of("a negated descriptor",
            "Helen Marsh is not a nurse, the hospital said.",
            "Helen Marsh is a teacher, the hospital said."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(found(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(found(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
