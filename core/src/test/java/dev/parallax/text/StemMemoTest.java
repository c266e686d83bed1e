package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemMemoTest {

  /** The stems of {@code text} through a remembering chain, read {@code passes} times. */
  private static List<String> remembered(StemMemo.Remember chain, Tokenizer source, String text)
      throws IOException {
    List<String> out = new ArrayList<>();
    source.setReader(new StringReader(text));
    chain.reset();
    while (chain.incrementToken()) {
      out.add(chain.stem());
    }
    chain.end();
    chain.close();
    return out;
  }

  private static List<String> porter(String text) throws IOException {
    Tokenizer source = new StandardTokenizer();
    source.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = new PorterStemFilter(new LowerCaseFilter(source))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "defectors                      | defector",
    "brutalities                    | brutal",
    "running                        | run",
    "the                            | the",
    "Officials said                 | offici said",
    "said says saying said          | said sai sai said",
    "Caresses ponies caresses PONY  | caress poni caress poni",
  })
  void givesThePorterStemsTheFirstTimeAndAgain(String text, String stems) throws IOException {
    Tokenizer source = new StandardTokenizer();
    StemMemo.Remember chain = StemMemo.stem(new LowerCaseFilter(source));
    List<String> expected = List.of(stems.split(" "));
    assertThat(porter(text)).isEqualTo(expected);
    assertThat(remembered(chain, source, text)).isEqualTo(expected);
    assertThat(remembered(chain, source, text)).isEqualTo(expected);
  }

  @Test
  void aRememberedWordGivesTheSameStringAndIsNotStemmedAgain() throws IOException {
    Tokenizer source = new StandardTokenizer();
    StemMemo.Remember chain = StemMemo.stem(new LowerCaseFilter(source));
    List<String> first = remembered(chain, source, "ponies ran Ponies");
    List<String> second = remembered(chain, source, "PONIES");
    assertThat(first).containsExactly("poni", "ran", "poni");
    assertThat(first.get(2)).isSameAs(first.get(0));
    assertThat(second.get(0)).isSameAs(first.get(0));
    assertThat(chain.memo().size()).isEqualTo(2);
  }

  @Test
  void aKeywordIsLeftAloneAndNotRemembered() throws IOException {
    Tokenizer source = new StandardTokenizer();
    CharArraySet keywords = new CharArraySet(List.of("ponies"), false);
    StemMemo.Remember chain =
        StemMemo.stem(new SetKeywordMarkerFilter(new LowerCaseFilter(source), keywords));
    assertThat(remembered(chain, source, "ponies cats")).containsExactly("ponies", "cat");
    assertThat(chain.memo().size()).isEqualTo(1);
  }

  @Test
  void remembersAtMostMaxWords() throws IOException {
    Tokenizer source = new StandardTokenizer();
    StemMemo.Remember chain = StemMemo.stem(new LowerCaseFilter(source));
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < StemMemo.MAX_WORDS + 10; i++) {
      words.append('w').append(Integer.toString(i, 26).replace('0', 'z')).append("ing ");
    }
    List<String> stems = remembered(chain, source, words.toString());
    assertThat(stems).hasSize(StemMemo.MAX_WORDS + 10);
    assertThat(chain.memo().size()).isEqualTo(StemMemo.MAX_WORDS);
    assertThat(remembered(chain, source, words.toString())).isEqualTo(stems);
  }

  @Test
  void aRememberedWordKeepsItsTermAndWhatItIs() throws IOException {
    Tokenizer source = new StandardTokenizer();
    StemMemo.Remember chain = StemMemo.stem(new LowerCaseFilter(source));
    List<StemMemo.Known> known = new ArrayList<>();
    source.setReader(new StringReader("The ponies THE 2024 ponies"));
    chain.reset();
    while (chain.incrementToken()) {
      known.add(chain.known());
    }
    chain.end();
    chain.close();
    assertThat(known).extracting(k -> k.term).containsExactly("the", "ponies", "the", "2024",
        "ponies");
    assertThat(known.get(2)).isSameAs(known.get(0));
    assertThat(known.get(4)).isSameAs(known.get(1));
    CharArraySet stop = new CharArraySet(List.of("the"), false);
    assertThat(known).extracting(k -> k.isStopWord(stop)).containsExactly(true, false, true,
        false, false);
    assertThat(known).extracting(StemMemo.Known::isNumber).containsExactly(false, false, false,
        true, false);
  }

  @Test
  void theAnalyzerGivesTheSameWordsFromTheMemoAsWithout() {
    TextAnalyzer analyzer = TextAnalyzer.english();
    String text = "Korea's officials said 34,000 people left. KOREA'S Officials SAID it; "
        + "the ponies' owners and Ponies’s rider were not there, said Zoë's friend in 2024.";
    AnalyzedText first = analyzer.analyze(text); // may fill the memo
    AnalyzedText again = analyzer.analyze(text); // reads the words from it
    for (AnalyzedText t : List.of(first, again)) {
      for (int i = 0; i < t.wordCount(); i++) {
        String word = text.substring(t.start(i), t.end(i));
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (lower.matches(".+['’]s")) {
          lower = lower.substring(0, lower.length() - 2);
        }
        assertThat(t.term(i)).as(word).isEqualTo(lower);
        assertThat(t.isNumber(i)).as(word).isEqualTo(lower.matches(".*\\d.*"));
        if (List.of("the", "and", "in", "it", "not", "there").contains(lower)) {
          assertThat(t.isStopWord(i)).as(word).isTrue();
        } else if (List.of("korea", "ponies", "34,000", "2024", "rider").contains(lower)) {
          assertThat(t.isStopWord(i)).as(word).isFalse();
        }
      }
      assertThat(t.term(0)).isEqualTo("korea");
    }
  }
}
