package dev.parallax.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.rules.PackEntry;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cue table numbers a group's entries one pack after another, as a scan numbers them, and
 * each facet by its first cue; the hits of a text are filed by those numbers.
 */
class CueTableTest {
  private static final String HEAD =
      "pack %s\n  version: 1\n  language: en\n  source: tests\n  license: Apache-2.0\n";
  private static final RulePack FIRST = RulePack.parse("a.rules", HEAD.formatted("a") + """
      cue month-8
        facet: month
        value: 8
        words: August
        expect: in [[August]]
      rule huge
        category: loaded-term
        words: huge
        why: w
        expect: a [[huge]] win
      cue det
        facet: determiner
        words: the
        expect: [[the]] day
      """);
  private static final RulePack SECOND = RulePack.parse("b.rules", HEAD.formatted("b") + """
      cue month-9
        facet: month
        value: 9
        words: September
        expect: in [[September]]
      cue neg
        facet: negation
        words: not
        expect: did [[not]] go
      """);

  @Test
  void entriesAreNumberedPackAfterPackAndFacetsByTheirFirstCue() {
    CueTable table = CueTable.ofPacks(List.of(FIRST.entries(), SECOND.entries()));
    // index: entry, facet number (-1: a rule)
    Object[][] rows = {
        {0, "month-8", 0},
        {1, null, -1},
        {2, "det", 1},
        {3, "month-9", 0},
        {4, "neg", 2},
    };
    assertThat(table.size()).isEqualTo(rows.length);
    for (Object[] row : rows) {
      int i = (Integer) row[0];
      assertThat(table.cue(i) == null ? null : table.cue(i).id()).as("entry %d", i)
          .isEqualTo(row[1]);
      assertThat(table.facetOf(i)).as("facet of %d", i).isEqualTo(row[2]);
    }
    assertThat(table.facetCount()).isEqualTo(3);
    assertThat(List.of(table.facet(0), table.facet(1), table.facet(2)))
        .containsExactly("month", "determiner", "negation");
    assertThat(table.number("negation")).isEqualTo(2);
    assertThat(table.number(new String("month"))).isZero(); // equal, not the same string
    assertThat(table.number("unit")).isEqualTo(-1);
  }

  @Test
  void hitsAreFiledByTheNumberOfTheirFacet() {
    TextAnalyzer en = TextAnalyzer.english();
    FactCues cues = new FactCues(List.of(FIRST, SECOND), en);
    AnalyzedText t = en.analyze("The vote was not held in August but in September.");
    CueHits hits = cues.find(t);
    assertThat(hits.all()).extracting(FactCues.CueHit::cue)
        .containsExactly("det", "neg", "month-8", "month-9");
    int month = hits.facetNumber("month");
    assertThat(month).isZero();
    assertThat(hits.facetNumber("unit")).isEqualTo(-1);
    int[] numbers = new int[hits.size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = hits.facetNumber(i);
    }
    assertThat(numbers).containsExactly(1, 2, 0, 0);
    assertThat(hits.of("month")).extracting(FactCues.CueHit::value).containsExactly("8", "9");
    assertThat(hits.of("unit")).isEmpty();
  }

  @Test
  void entriesOfOnePackWithoutCuesHaveNoFacets() {
    CueTable table = CueTable.ofPacks(List.<List<PackEntry>>of(List.of()));
    assertThat(table.size()).isZero();
    assertThat(table.facetCount()).isZero();
    assertThat(table.number("month")).isEqualTo(-1);
  }
}
