package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Parallax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one event written for these tests (not taken from any data set), each told a
 * second time in other words ({@code -b}), and that retelling with nine facts changed
 * ({@code -b-changed}): a number, a date, an age, a count, a distance, a length of time. The
 * faithful retelling must give no contradiction even at confidence 0; the changed one gives,
 * at the default confidence, the changes listed here, each with both evidence spans, and
 * nothing else. A change that the checks miss is left out of the list, so a rule that finds it
 * later shows here as a failure to update, not silently.
 */
class PlantedDifferencesTest {
  private static final Parallax ALL = Parallax.builder().minConfidence(0).build();
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String file, String published) throws IOException {
    try (InputStream in = PlantedDifferencesTest.class.getResourceAsStream(
        "/dev/parallax/contradict/planted/" + file)) {
      return Article.builder().id(id).published(published)
          .text(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
    }
  }

  private static List<String> found(Parallax px, Article a, Article b) {
    return px.compare(a, b).contradictions().stream()
        .map(c -> c.kind() + " " + c.leftEvidence().text() + " | " + c.rightEvidence().text())
        .toList();
  }

  @Test
  void anEarthquakeToldTwiceAgrees() throws IOException {
    assertThat(found(ALL, article("a", "quake-a.txt", "2025-06-02"),
        article("b", "quake-b.txt", "2025-06-02"))).isEmpty();
  }

  @Test
  void anEarthquakeWithChangedFacts() throws IOException {
    Article a = article("a", "quake-a.txt", "2025-06-02");
    Article b = article("b", "quake-b-changed.txt", "2025-06-02");
    assertThat(found(PX, a, b)).containsExactly(
        "NUMERIC 27 | 30",
        "TEMPORAL 10:42 p.m. | 10:24 p.m.");
    // missed: 60 against 80 km, a depth of 35 against 10 km, 2,000 against 3,000 homes, three
    // against four provinces, Wednesday against Thursday, 2014 against 2015 (found under the
    // default confidence), six against seven killed, 120 soldiers against 150 troops
  }

  @Test
  void aVerdictToldTwiceAgrees() throws IOException {
    assertThat(found(ALL, article("a", "verdict-a.txt", "2025-06-06"),
        article("b", "verdict-b.txt", "2025-06-06"))).isEmpty();
  }

  @Test
  void aVerdictWithChangedFacts() throws IOException {
    Article a = article("a", "verdict-a.txt", "2025-06-06");
    Article b = article("b", "verdict-b-changed.txt", "2025-06-06");
    assertThat(found(PX, a, b)).containsExactly(
        "NUMERIC 14 counts | 12 wire fraud counts",
        "NUMERIC up to 20 years | 30 years",
        "TEMPORAL March 12 | March 21",
        "NUMERIC 11 accounts | 17 accounts",
        "TEMPORAL 2011 | 2012");
    // missed: $2.3 million against $3.2 million, the age 58 against 56, a two-week against a
    // three-week trial; found under the default confidence: about five against nine hours
    assertThat(PX.compare(a, b).contradictions()).allMatch(c -> c.confidence() >= 0.5)
        .extracting(Contradiction::kind).isNotEmpty();
  }
}
