package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys of the planted reports read as gold disagreements, every span where its key says. */
class PlantedStoriesTest {
  @Test
  void everyKeyNamesSpansOfItsReports() throws IOException, URISyntaxException {
    Path dir = Path.of(PlantedStoriesTest.class
        .getResource("/dev/parallax/contradict/planted/heist.key").toURI()).getParent();
    List<PlantedStories.Story> stories = PlantedStories.stories(dir);
    assertThat(stories).hasSize(330);
    PlantedStories.Story heist = stories.stream().filter(s -> s.name().equals("heist"))
        .findFirst().orElseThrow();
    assertThat(heist.published()).isEqualTo("2025-03-27");
    SameFactFit.Gold first = heist.gold().get(0);
    assertThat(heist.a().text().substring(first.as(), first.ae()))
        .isEqualTo("escaped with seven pieces");
    assertThat(heist.b().text().substring(first.bs(), first.be()))
        .isEqualTo("to steal nine priceless");
    assertThat(first.type()).isEqualTo("NUMERIC");
    for (PlantedStories.Story s : stories) {
      assertThat(s.gold()).as(s.name()).isNotEmpty().allSatisfy(g -> {
        assertThat(g.contra()).isTrue();
        assertThat(g.type()).isIn("NUMERIC", "TEMPORAL", "ORDINAL", "POLARITY", "QUANTIFIER",
            "OTHER");
      });
    }
  }

  @Test
  void aSpanItsReportDoesNotHoldIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x-a.txt"), "Seven people were hurt.");
    Files.writeString(dir.resolve("x-b-changed.txt"), "Nine people were hurt.");
    Files.writeString(dir.resolve("x.key"), "published: 2025-01-02\n"
        + "NUMERIC | Seven people | Eight people | seven against nine\n");
    assertThatThrownBy(() -> PlantedStories.stories(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve("x.key") + ":2: 'Eight people' is not in the text of report b");
  }
}
