package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's first real case: a wire report and an opinion piece about one defection across
 * the DMZ (both published 2025-10-20). Exact alignments, an exclusive, and a golden report.
 *
 * <p>To refresh the golden report after an intended change, run with {@code -Dgolden.update=true}
 * and review the diff of {@code src/test/resources/dev/parallax/seeds/expected-report.txt}.
 */
class SeedComparisonTest {
  static final Article WIRE = seed("wire", "Wire report", "wire-report.txt");
  static final Article OPINION = seed("opinion", "Opinion analysis", "opinion-analysis.txt");
  private static final Comparison C = Parallax.standard().compare(WIRE, OPINION);

  static Article seed(String id, String outlet, String file) {
    try (InputStream in = SeedComparisonTest.class.getResourceAsStream("seeds/" + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Article.builder().id(id).outlet(outlet).published("2025-10-20").text(text).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The span of the only occurrence of {@code sentence} in the article. */
  static TextSpan span(Article a, String sentence) {
    int at = a.text().indexOf(sentence);
    assertThat(at).as("sentence in %s: %s", a.id(), sentence).isNotNegative();
    assertThat(a.text().indexOf(sentence, at + 1)).isNegative();
    return TextSpan.of(a, at, at + sentence.length());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "custody | Nonetheless, the defector was able to make an effective break into South Korean"
            + " territory, most notably where military officials quickly took him into custody."
            + " | The South Korean military swiftly took custody of the defector who crossed the"
            + " central area of the Demilitarized Zone (DMZ), a stretch of land that is anything"
            + " but demilitarized.",
        "middle portion / central area | The defection occurred in the middle portion of the"
            + " demilitarized zone. | The South Korean military swiftly took custody of the"
            + " defector who crossed the central area of the Demilitarized Zone (DMZ), a stretch"
            + " of land that is anything but demilitarized.",
        "248 kilometres | This international zone 248 kilometers (155 miles) long and 4 kilometers"
            + " (2.5 miles) wide is known for its laser-like security protocols. | The heavily"
            + " fortified DMZ stretches approximately 248 kilometers and is lined with land mines,"
            + " tank traps, barbed wire fences, and armed troops.",
        "fortifications | Landmines, tank traps, barbed wire fences and combat troops surround it."
            + " | The heavily fortified DMZ stretches approximately 248 kilometers and is lined with"
            + " land mines, tank traps, barbed wire fences, and armed troops.",
        "34,000 defectors | The North Korean soldier now becomes a part of a community of about"
            + " 34,000 people. | Most of North Korea’s estimated 34,000 defectors since the Korean"
            + " War fled through China’s porous border rather than cross this fortress-like zone.",
      })
  void alignsTheSameFactInDifferentWords(String fact, String wire, String opinion) {
    TextSpan w = span(WIRE, wire.strip());
    TextSpan o = span(OPINION, opinion.strip());
    assertThat(C.alignments())
        .as(fact)
        .anySatisfy(
            al -> {
              assertThat(al.left().span()).isEqualTo(w);
              assertThat(al.right().span()).isEqualTo(o);
            });
  }

  @Test
  void theMiddlePortionPairExplainsItself() {
    ClaimAlignment al =
        C.alignments().stream()
            .filter(a -> a.left().text().startsWith("The defection occurred"))
            .filter(a -> a.right().text().startsWith("The South Korean military"))
            .findFirst()
            .orElseThrow();
    assertThat(al.sharedTerms()).containsExactly("middle", "portion", "demilitarized", "zone");
    assertThat(al.diff().changes())
        .contains(
            new WordDiff.Run(
                WordDiff.Op.CHANGE, "middle portion", "defector who crossed the central area"));
  }

  @Test
  void withoutPublicationDatesTheCountsStillContradictLessSurely() {
    Article wire = WIRE.toBuilder().published((java.time.LocalDate) null).build();
    Article opinion = OPINION.toBuilder().published((java.time.LocalDate) null).build();
    List<Contradiction> found = Parallax.standard().compare(wire, opinion).contradictions();
    assertThat(found).hasSize(1);
    Contradiction x = found.get(0);
    assertThat(x.kind()).isEqualTo(Contradiction.Kind.ORDINAL);
    assertThat(x.leftEvidence()).isEqualTo(span(WIRE, "the first known defection"));
    assertThat(x.rightEvidence())
        .isEqualTo(span(OPINION, "only the second known case via direct land crossing"));
    assertThat(x.confidence()).isLessThan(C.contradictions().get(0).confidence());
    assertThat(x.explanation()).endsWith("This assumes the articles that give no publication"
        + " date appeared in 2025, the year after the latest year they mention.");
  }

  @Test
  void theCountsOfDefectionsContradict() {
    assertThat(C.contradictions()).hasSize(1);
    Contradiction x = C.contradictions().get(0);
    assertThat(x.kind()).isEqualTo(Contradiction.Kind.ORDINAL);
    assertThat(x.leftEvidence()).isEqualTo(span(WIRE, "the first known defection"));
    assertThat(x.rightEvidence())
        .isEqualTo(span(OPINION, "only the second known case via direct land crossing"));
    assertThat(x.leftValue()).isEqualTo("1st defection from 2024-08");
    assertThat(x.rightValue()).isEqualTo("2nd case via direct land crossing in 2025");
    Contradiction reversed = Parallax.standard().compare(OPINION, WIRE).contradictions().get(0);
    assertThat(reversed.leftEvidence()).isEqualTo(x.rightEvidence());
    assertThat(reversed.rightEvidence()).isEqualTo(x.leftEvidence());
    assertThat(reversed.leftValue()).isEqualTo(x.rightValue());
    assertThat(Parallax.standard().compare(WIRE, WIRE).contradictions()).isEmpty();
  }

  @Test
  void hungerIsExclusiveToTheWireReport() {
    TextSpan hunger = span(WIRE, "Today, millions of North Koreans are suffering from extreme hunger.");
    assertThat(C.exclusives(WIRE)).extracting(Claim::span).contains(hunger);
    assertThat(C.alignments()).noneMatch(al -> al.left().span().equals(hunger));
  }

  @Test
  void comparingInTheOtherOrderFindsTheSameAlignments() {
    Comparison reversed = Parallax.standard().compare(OPINION, WIRE);
    assertThat(ParallaxInvariantsTest.pairs(reversed))
        .isEqualTo(ParallaxInvariantsTest.pairs(C));
    assertThat(reversed.exclusives()).containsExactlyInAnyOrderElementsOf(C.exclusives());
  }

  @Test
  void eachSeedComparedWithItselfHasNoExclusives() {
    for (Article a : List.of(WIRE, OPINION)) {
      assertThat(Parallax.standard().compare(a, a).exclusives()).isEmpty();
    }
  }

  @Test
  void reportMatchesTheGoldenFile() throws IOException {
    Path golden = Path.of("src/test/resources/dev/parallax/seeds/expected-report.txt");
    String report = C.report();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, report, StandardCharsets.UTF_8);
    }
    assertThat(report).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
