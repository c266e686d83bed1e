package dev.parallax.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.facts.CueHits;
import dev.parallax.facts.FactCues;
import dev.parallax.rules.PackEntry;
import dev.parallax.rules.RulePack;
import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackMatcherScanTest {
  private static final String HEAD =
      "pack %s\n  version: 1\n  language: en\n  source: tests\n  license: Apache-2.0\n";
  private static final TextAnalyzer EN = TextAnalyzer.english();
  private static final RulePack CUES = RulePack.parse("c.rules", HEAD.formatted("c") + """
      cue month-8
        facet: month
        value: 8
        words: August
        expect: in [[August]]
      cue det
        facet: determiner
        words: the
        expect: [[the]] day
      """);
  private static final RulePack RULES = RulePack.parse("r.rules", HEAD.formatted("r") + """
      rule huge
        category: loaded-term
        words: huge, huge deal
        why: w
        expect: a [[huge]] win
      rule deal
        category: loaded-term
        words: deal
        why: w
        expect: a [[deal]]
      """);
  private static final String TEXT =
      "The huge deal fell through in August. Then the deal was huge! A huge, huge deal.";

  private static List<String> spans(List<PackMatcher.Match> matches) {
    return matches.stream()
        .map(m -> m.entry().id() + " " + TEXT.substring(m.start(), m.end())).toList();
  }

  @Test
  void givesEachGroupItsMatchesInTextOrderWithNestedOnesDropped() {
    PackMatcher m = PackMatcher.ofGroups(List.of(List.of(CUES.entries()), List.of(RULES.entries())), EN);
    List<List<PackMatcher.Match>> groups = m.matchGroups(EN.analyze(TEXT));
    assertThat(spans(groups.get(0))).containsExactly(
        "det The", "month-8 August", "det the");
    assertThat(spans(groups.get(1))).containsExactly(
        "huge huge deal", "deal deal", "deal deal", "huge huge", "huge huge",
        "huge huge deal", "deal deal");
  }

  @Test
  void aMatchNamesItsPackByItsIndexInItsGroup() {
    PackMatcher m = PackMatcher.ofGroups(
        List.of(List.of(CUES.entries()), List.of(CUES.entries(), RULES.entries())), EN);
    List<List<PackMatcher.Match>> groups = m.matchGroups(EN.analyze(TEXT));
    assertThat(groups.get(0)).extracting(PackMatcher.Match::pack).containsOnly(0);
    assertThat(groups.get(1)).filteredOn(x -> x.entry().id().equals("det"))
        .extracting(PackMatcher.Match::pack).containsOnly(0);
    assertThat(groups.get(1)).filteredOn(x -> x.entry().id().equals("deal"))
        .extracting(PackMatcher.Match::pack).containsOnly(1);
  }

  @Test
  void scanGivesTheSinksWhatMatchGroupsLists() {
    PackMatcher m = PackMatcher.ofGroups(List.of(List.of(CUES.entries()), List.of(RULES.entries())), EN);
    AnalyzedText t = EN.analyze(TEXT);
    List<List<PackMatcher.Match>> got = List.of(new ArrayList<>(), new ArrayList<>());
    m.scan(t, List.of(
        (pack, index, entry, start, end) -> got.get(0).add(new PackMatcher.Match(pack, entry, start, end)),
        (pack, index, entry, start, end) -> got.get(1).add(new PackMatcher.Match(pack, entry, start, end))));
    assertThat(got).isEqualTo(m.matchGroups(t));
    assertThatThrownBy(() -> m.scan(t, List.of((pack, index, entry, start, end) -> { })))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1 sinks for 2 groups of packs");
  }

  @Test
  void theSinksAreGivenEachEntrysIndexInItsGroup() {
    PackMatcher m = PackMatcher.ofGroups(List.of(List.of(CUES.entries()), List.of(RULES.entries())), EN);
    List<List<String>> got = List.of(new ArrayList<>(), new ArrayList<>());
    for (int g = 0; g < 2; g++) {
      List<PackEntry> group = g == 0 ? CUES.entries() : RULES.entries();
      List<String> out = got.get(g);
      PackMatcher.Sink sink = (pack, index, entry, start, end) -> {
        assertThat(group.get(index)).isSameAs(entry);
        out.add(index + "@" + start);
      };
      m.scan(EN.analyze(TEXT), g == 0 ? List.of(sink, (p, i, e, s, x) -> { })
          : List.of((p, i, e, s, x) -> { }, sink));
    }
    // cues: month-8 is entry 0, det entry 1; rules: huge 0, deal 1
    assertThat(got.get(0)).containsExactly("1@0", "0@30", "1@43");
    assertThat(got.get(1)).containsExactly("0@4", "1@9", "1@47", "0@56", "0@64", "0@70", "1@75");
  }

  @Test
  void cuesGatheredForOtherPacksAreRefused() {
    FactCues cues = new FactCues(List.of(CUES), EN);
    FactCues others = new FactCues(List.of(CUES), EN);
    assertThatThrownBy(() -> cues.gatherInto(others.gathering(0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cuesGatheredFromAScanAreTheCuesFound() {
    FactCues cues = new FactCues(List.of(CUES), EN);
    PackMatcher m = PackMatcher.ofGroups(List.of(List.of(CUES.entries()), List.of(RULES.entries())), EN);
    AnalyzedText t = EN.analyze(TEXT);
    CueHits.Gathered hits = cues.gathering(0);
    m.scan(t, List.of(cues.gatherInto(hits), (pack, index, entry, start, end) -> { }));
    CueHits gathered = cues.gathered(t, hits);
    assertThat(gathered.all()).isEqualTo(cues.find(t).all());
    assertThat(gathered.all()).containsExactly(
        new FactCues.CueHit("determiner", "", "det", 0, 3),
        new FactCues.CueHit("month", "8", "month-8", 30, 36),
        new FactCues.CueHit("determiner", "", "det", 43, 46));
    assertThat(gathered.at(30, "month")).hasSize(1);
    assertThat(gathered.at(30, "determiner")).isEmpty();
    assertThat(gathered.of("determiner", 1, 50)).extracting(FactCues.CueHit::start)
        .containsExactly(43);
  }

  @Test
  void aWordThatStartsAPhraseAndAPatternGivesBoth() {
    RulePack both = RulePack.parse("b.rules", HEAD.formatted("b") + """
        rule huge-words
          category: loaded-term
          words: huge deal
          why: w
          expect: a [[huge deal]]
        rule huge-pattern
          category: loaded-term
          pattern: huge * win
          why: w
          expect: a [[huge big win]]
        """);
    PackMatcher m = PackMatcher.of(List.of(both.entries()), EN);
    String text = "A huge deal and a huge big win.";
    assertThat(m.match(EN.analyze(text))).extracting(
        x -> x.entry().id() + " " + text.substring(x.start(), x.end()))
        .containsExactly("huge-words huge deal", "huge-pattern huge big win");
  }

  @Test
  void anExceptPhraseLeavesOutTheMatchesItCoversOnly() {
    RulePack said = RulePack.parse("s.rules", HEAD.formatted("s") + """
        rule said
          category: loaded-term
          words: said, say
          except: needless to say, say nothing of
          why: w
          expect: he [[said]]
        """);
    PackMatcher m = PackMatcher.of(List.of(said.entries()), EN);
    String text = "He said it. Needless to say, we say nothing of it, and say so.";
    assertThat(m.match(EN.analyze(text))).extracting(x -> x.start())
        .containsExactly(text.indexOf("said"), text.lastIndexOf("say"));
  }
}
