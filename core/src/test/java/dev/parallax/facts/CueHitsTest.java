package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.facts.FactCues.CueHit;
import dev.parallax.facts.PolarityExtractor.Starts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The starts of one facet's hits, as the extractors test words against them. */
class CueHitsTest {

  private static CueHit hit(String facet, int start, int end) {
    return new CueHit(facet, "", facet + start, start, end);
  }

  @Test
  void startsOfAFacetAreExactlyTheCharsWhereItsHitsStart() {
    List<CueHit> hits = new ArrayList<>(List.of(hit("a", 0, 3), hit("b", 0, 5), hit("a", 7, 9),
        hit("a", 7, 12), hit("b", 20, 24), hit("a", 31, 33)));
    CueHits cues = new CueHits(null, hits);
    Starts a = PolarityExtractor.startsOf(cues, "a");
    Starts b = PolarityExtractor.startsOf(cues, "b");
    Starts none = PolarityExtractor.startsOf(cues, "c");
    for (int c = -2; c < 40; c++) {
      assertThat(a.contains(c)).as("a at %d", c).isEqualTo(c == 0 || c == 7 || c == 31);
      assertThat(b.contains(c)).as("b at %d", c).isEqualTo(c == 0 || c == 20);
      assertThat(none.contains(c)).isFalse();
      assertThat(cues.anyAt(c)).isEqualTo(c == 0 || c == 7 || c == 20 || c == 31);
    }
  }

  @Test
  void noHitsGiveNoStarts() {
    CueHits cues = new CueHits(null, new ArrayList<>());
    assertThat(PolarityExtractor.startsOf(cues, "a").contains(0)).isFalse();
    assertThat(cues.anyAt(0)).isFalse();
  }
}
