package dev.parallax.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.AnalyzedText;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirstWordsTest {
  private static final TextAnalyzer EN = TextAnalyzer.english();

  @Test
  void aWordGivesTheTriePhrasesAndTheCandidatesThatStartWithIt() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(new String[] {"huge", "deal"}, new String[2], "huge deal");
    trie.add(new String[] {null}, new String[] {"the"}, "the");
    FirstWords<String, String> first = new FirstWords<>(trie,
        Map.of("huge", List.of("huge pattern"), "big", List.of("big pattern")),
        Map.of("a", List.of("a pattern")));

    FirstWords.Start<String, String> huge = first.byStem("huge");
    assertThat(huge.after()).isNotNull();
    assertThat(huge.candidates()).containsExactly("huge pattern");
    assertThat(first.byStem("big").after()).isNull();
    assertThat(first.byStem("big").candidates()).containsExactly("big pattern");
    assertThat(first.byTerm("the").after()).isNotNull();
    assertThat(first.byTerm("the").candidates()).isNull();
    assertThat(first.byTerm("a").candidates()).containsExactly("a pattern");
    assertThat(first.byStem("the")).isNull();
    assertThat(first.byStem("deal")).isNull(); // a second word starts nothing

    AnalyzedText t = EN.analyze("a huge deal");
    List<String> found = new ArrayList<>();
    trie.findAfter(huge.after(), t, 1, t.wordCount(),
        (entries, from, last) -> entries.forEach(e -> found.add(e + " " + from + "-" + last)));
    assertThat(found).containsExactly("huge deal 1-2");
  }
}
