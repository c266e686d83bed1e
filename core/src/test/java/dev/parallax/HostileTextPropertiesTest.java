package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Properties over random and hostile text (no-break and zero-width spaces, right-to-left marks
 * and letters, emoji and lone surrogates, CRLF and lone CR, NUL and escape codes, binary chars,
 * long lines), generated and shrunk by jqwik: nothing throws, every span's text is the article's
 * text at its offsets, an article compared with itself contradicts nothing, and compare(a, b)
 * mirrors compare(b, a).
 */
class HostileTextPropertiesTest {
  private static final Parallax PX = Parallax.standard();

  private static final String[] NEWS = {
    "Officials", "said", "12", "people", "were", "killed", "on", "Sunday", "in", "Seoul", "not",
    "the", "first", "attack", "since", "August", "2024", "about", "34,000", "defectors", "$3.5",
    "billion", "U.S.", "Mr.", "3:30", "a.m.", "248", "kilometers", "(155", "miles)", "“quoted",
    "words”", "\"reckless\"", "brutal", "regime", "never", "—", "...", "'s", "5.9", "magnitude",
  };
  private static final String[] HOSTILE = {
    "\u00a0", "\u202f", "\u200b", "\u200d", "\ufeff", "\u202e", "\u200f", "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627", "\ud83d\ude00", "\ud83c\uddf0\ud83c\uddf7", "\ud83d",
    "\ude00", "\r\n", "\r", "\n\n", "\u0000", "\u001b[31m", "\u0007", "\u2028", "\u00ad",
    "e\u0301", "\t", "\uffff", "\ufffd", "  ", ".", "!", "?", ",", ";", "\"", "''", "``", "(",
  };

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> news = Arbitraries.of(NEWS);
    Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
    Arbitrary<String> binary = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, news), net.jqwik.api.Tuple.of(3, hostile),
        net.jqwik.api.Tuple.of(1, binary), net.jqwik.api.Tuple.of(4, Arbitraries.just(" ")));
    return piece.list().ofMinSize(1).ofMaxSize(120).map(l -> String.join("", l));
  }

  static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-10-20").text(text).build();
  }

  @Property(tries = 300)
  void everySpanIsTheArticleTextAtItsOffsets(@ForAll("hostileText") String text) {
    Assume.that(!Article.isBlank(text));
    Article a = article("a", text);
    Annotation an = PX.annotate(a);
    List<TextSpan> spans = new ArrayList<>(an.sentences());
    an.tokens().forEach(t -> assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end())));
    for (Claim c : an.claims()) {
      spans.add(c.span());
      c.facets().forEach(f -> spans.add(f.span()));
    }
    an.tags().forEach(t -> spans.add(t.span()));
    for (TextSpan s : spans) {
      assertThat(s.text()).as("%s", s).isEqualTo(text.substring(s.start(), s.end()));
    }
  }

  @Property(tries = 150)
  void anArticleComparedWithItselfContradictsNothing(@ForAll("hostileText") String text) {
    Assume.that(!Article.isBlank(text));
    Comparison c = PX.compare(article("a", text), article("b", text));
    assertThat(c.contradictions()).isEmpty();
  }

  @Property(tries = 150)
  void compareMirrors(@ForAll("hostileText") String x, @ForAll("hostileText") String y) {
    Assume.that(!Article.isBlank(x) && !Article.isBlank(y));
    Article a = article("a", x);
    Article b = article("b", y);
    assertThat(unordered(PX.compare(b, a))).isEqualTo(unordered(PX.compare(a, b)));
    assertThat(ParallaxInvariantsTest.pairs(PX.compare(b, a)))
        .isEqualTo(ParallaxInvariantsTest.pairs(PX.compare(a, b)));
  }

  /** Contradictions as unordered pairs of evidence, with kind and confidence. */
  private static Set<String> unordered(Comparison c) {
    return c.contradictions().stream().map(k -> {
      String l = k.leftEvidence().toString() + k.leftEvidence().start();
      String r = k.rightEvidence().toString() + k.rightEvidence().start();
      return k.kind() + " " + k.confidence() + " "
          + (l.compareTo(r) < 0 ? l + "|" + r : r + "|" + l);
    }).collect(Collectors.toSet());
  }

  @Test
  void aNumberGluedToTheLastWordIsRead() {
    // found by compareMirrors: a vulgar fraction glued to the one word of a claim
    Article a = article("a", "A\u2150");
    Article b = article("b", "Officials");
    assertThat(PX.compare(a, b).contradictions()).isEmpty();
    assertThat(PX.compare(b, a).contradictions()).isEmpty();
  }

  @Test
  void aOneMegabyteLineIsRead() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 1_000_000) {
      b.append("Officials said 12 people were killed on Sunday, and the brutal regime denied it ");
    }
    String text = b.toString();
    Annotation an = PX.annotate(article("long", text));
    assertThat(an.tokens()).isNotEmpty();
    an.claims().forEach(c -> assertThat(c.span().text())
        .isEqualTo(text.substring(c.span().start(), c.span().end())));
  }
}
