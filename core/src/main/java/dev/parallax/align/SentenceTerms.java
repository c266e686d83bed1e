package dev.parallax.align;

import dev.parallax.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct content stems of one sentence, in order of first occurrence, each replaced by
 * its synonym group's stem; {@code byWord} holds, per word of the sentence, the stems it adds;
 * {@code plain}: the stems that a word not written with a capital adds ("arrested", "gate",
 * "418"), so not a name; {@code address}: the sentence is only a web address, and has no stems.
 */
record SentenceTerms(int text, int sentence, Set<String> stems, List<List<String>> byWord,
    Set<String> plain, boolean address) {

  static SentenceTerms of(
      int text,
      int sentence,
      AnalyzedText t,
      Map<String, List<String>> acronyms,
      Synonyms synonyms) {
    Set<String> stems = new LinkedHashSet<>();
    Set<String> plain = new LinkedHashSet<>();
    List<List<String>> byWord = new ArrayList<>();
    boolean address = Aligner.addressOnly(t.sentences().get(sentence).of(t.text()));
    for (int w = t.firstWord(sentence); w < t.endWord(sentence); w++) {
      if (address) {
        byWord.add(List.of()); // a web address states no fact: its words align nothing
        continue;
      }
      List<String> own = new ArrayList<>(1);
      if (!t.isStopWord(w)) {
        own.add(synonyms.canonical(t.stem(w)));
        for (String e : acronyms.getOrDefault(t.stem(w), List.of())) {
          own.add(synonyms.canonical(e));
        }
      }
      stems.addAll(own);
      if (!Character.isUpperCase(t.text().charAt(t.start(w)))) {
        plain.addAll(own);
      }
      byWord.add(own);
    }
    return new SentenceTerms(text, sentence, stems, byWord, plain, address);
  }

  /**
   * The sentence's words, lower-cased, or its text as written when it has no words; for a web
   * address, a key of its own, so that two equal source lines do not align as one fact either.
   */
  String key(AnalyzedText t) {
    if (address) {
      return "\u0001" + text + ':' + sentence;
    }
    int from = t.firstWord(sentence);
    int to = t.endWord(sentence);
    if (from == to) {
      return "\u0000" + t.sentences().get(sentence).of(t.text());
    }
    StringBuilder sb = new StringBuilder();
    for (int w = from; w < to; w++) {
      sb.append(t.term(w)).append(' ');
    }
    return sb.toString();
  }

  /** The words of this sentence that stand for {@code shared}, lower-cased, in that order. */
  List<String> words(AnalyzedText t, List<String> shared) {
    List<String> out = new ArrayList<>(shared.size());
    for (String stem : shared) {
      String word = stem;
      for (int i = 0; i < byWord.size(); i++) {
        if (byWord.get(i).contains(stem)) {
          word = t.term(t.firstWord(sentence) + i);
          break;
        }
      }
      if (!out.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "SentenceTerms[" + text + ":" + sentence + " " + Arrays.toString(stems.toArray()) + "]";
  }
}
