package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Invariants over many generated texts: exact offsets, self-comparison, symmetry. */
class ParallaxInvariantsTest {
  private static final Parallax PX = Parallax.standard();

  private static final String[] WORDS = {
    "soldier", "defected", "border", "North", "Korea's", "military", "took", "custody", "248",
    "kilometers", "2.5", "miles", "U.S.", "Sgt.", "a.m.", "Jan.", "34,000", "the", "of", "in",
    "said", "zone", "DMZ", "Demilitarized", "Zone", "officials", "“quoted", "words”", "—", "...",
    "(155", "miles)", "naïve", "café", "\uD83D\uDE00", "e\u0301", "co\u00ADoperate", "zero\u200Bwidth",
  };
  private static final String[] GLUE = {
    " ", " ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\u00A0", ". ", "! ", "? ", ", ", "; ",
    ".\" ", "\t", ".\r\n\r\n",
  };

  static String randomText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(80);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(GLUE[r.nextInt(GLUE.length)]);
      }
      String w = WORDS[r.nextInt(WORDS.length)];
      sb.append(r.nextInt(8) == 0 ? w.toUpperCase() : w);
    }
    if (r.nextBoolean()) {
      sb.append('.');
    }
    return sb.toString();
  }

  static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-10-20").text(text).build();
  }

  @Test
  void everySpanIndexesTheArticleTextExactly() {
    Random r = new Random(42);
    for (int round = 0; round < 300; round++) {
      Article a = article("a", randomText(r));
      Article b = article("b", randomText(r));
      Annotation an = PX.annotate(a);
      for (TextSpan s : an.sentences()) {
        assertThat(s.text()).isEqualTo(a.text().substring(s.start(), s.end()));
        assertThat(s).isEqualTo(TextSpan.of(a, s.start(), s.end()));
      }
      for (Token t : an.tokens()) {
        assertThat(t.text()).isEqualTo(a.text().substring(t.start(), t.end()));
      }
      Comparison c = PX.compare(a, b);
      List<TextSpan> spans = new ArrayList<>();
      c.alignments().forEach(al -> al.claims().forEach(cl -> spans.add(cl.span())));
      c.exclusives().forEach(cl -> spans.add(cl.span()));
      for (TextSpan s : spans) {
        Article of = s.article().equals("a") ? a : b;
        assertThat(s).isEqualTo(TextSpan.of(of, s.start(), s.end()));
      }
    }
  }

  @Test
  void aReportersVoiceAttributionStaysInsideItsClaim() {
    Random r = new Random(7);
    List<String> texts = new ArrayList<>(List.of(
        "The storm hit the coast on Monday; thousands fled their homes.",
        "Seth VanDeest led Drake with 13 points, while the team lost."));
    for (int round = 0; round < 200; round++) {
      texts.add(randomText(r));
    }
    for (String text : texts) {
      for (Claim c : PX.annotate(article("a", text)).claims()) {
        for (AttributionFacet f : c.facets(AttributionFacet.class)) {
          if (f.mode() == AttributionFacet.Mode.REPORTER) {
            assertThat(f.span().start()).as("%s in %s", f, c).isGreaterThanOrEqualTo(
                c.span().start());
            assertThat(f.span().end()).as("%s in %s", f, c).isLessThanOrEqualTo(
                c.span().end());
          }
        }
      }
    }
    List<Claim> two = PX.annotate(article("a", texts.get(0))).claims();
    assertThat(two).hasSize(2);
    assertThat(two).allSatisfy(c -> assertThat(c.facets(AttributionFacet.class))
        .extracting(AttributionFacet::mode).containsExactly(AttributionFacet.Mode.REPORTER));
  }

  @Test
  void anArticleComparedWithItselfAlignsEverySentenceWithItself() {
    Random r = new Random(7);
    for (int round = 0; round < 100; round++) {
      Article a = article("a", randomText(r));
      Comparison c = PX.compare(a, a);
      assertThat(c.exclusives()).isEmpty();
      int sentences = PX.annotate(a).sentences().size();
      Set<Integer> selfAligned =
          c.alignments().stream()
              .filter(al -> al.left().span().equals(al.right().span()))
              .map(al -> al.left().sentence())
              .collect(Collectors.toSet());
      assertThat(selfAligned).hasSize(sentences);
      c.alignments().stream()
          .filter(al -> al.left().span().equals(al.right().span()))
          .forEach(
              al -> {
                assertThat(al.score()).isEqualTo(1.0);
                assertThat(al.diff().isEqual()).isTrue();
              });
    }
  }

  @Test
  void comparisonIsSymmetric() {
    Random r = new Random(11);
    for (int round = 0; round < 100; round++) {
      Article a = article("a", randomText(r));
      Article b = article("b", randomText(r));
      assertThat(pairs(PX.compare(b, a))).isEqualTo(pairs(PX.compare(a, b)));
      assertThat(new HashSet<>(PX.compare(b, a).exclusives()))
          .isEqualTo(new HashSet<>(PX.compare(a, b).exclusives()));
    }
  }

  /** Alignments as unordered pairs of spans with their scores. */
  static Set<String> pairs(Comparison c) {
    Set<String> out = new HashSet<>();
    for (ClaimAlignment al : c.alignments()) {
      String l = al.left().span().toString() + al.left().span().start();
      String rr = al.right().span().toString() + al.right().span().start();
      out.add((l.compareTo(rr) < 0 ? l + "|" + rr : rr + "|" + l) + "|" + al.score());
    }
    return out;
  }
}
