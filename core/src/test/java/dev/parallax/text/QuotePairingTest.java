package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotePairingTest {

  private static QuotePairing pairing(String text) {
    JunkRanges junk = new JunkRanges(text, SentenceLexicon.loadEnglish());
    return new QuotePairing(text, junk, new LineLayout(text, junk));
  }

  /** The depth at every boundary position 0..n, as digits. */
  private static String depths(QuotePairing q, String text) {
    StringBuilder out = new StringBuilder();
    for (int b = 0; b <= text.length(); b++) {
      out.append(q.depth(b));
    }
    return out.toString();
  }

  @Test
  void theDepthRisesAfterAnOpeningMarkAndFallsAfterItsClosingMark() {
    String text = "A \u201Cb (c) d\u201D e.";
    // chars: A _ " b _ ( c ) _ d " _ e . ; the depth changes after each mark
    assertThat(depths(pairing(text), text)).isEqualTo("000111221110000");
  }

  @Test
  void aPairThatOpensWhereAnotherClosesStartsAfterTheClosingMark() {
    String text = "(a)(b) c";
    assertThat(depths(pairing(text), text)).isEqualTo("011011000");
  }

  @Test
  void aTextWithoutMarksHasNoDepthAndNoQuotation() {
    String text = "Nothing here.";
    QuotePairing q = pairing(text);
    assertThat(depths(q, text)).isEqualTo("0".repeat(text.length() + 1));
    assertThat(q.closesQuote(5)).isFalse();
    assertThat(q.openerOf(5)).isEqualTo(-1);
  }

  @Test
  void eachClosingQuotationMarkGivesItsOpeningMark() {
    String text = "He said \"go\" and 'stay' and \u201Cwait\u201D, ``now''.";
    QuotePairing q = pairing(text);
    int[][] pairs = {
      {text.indexOf('"'), text.indexOf('"', text.indexOf('"') + 1)},
      {text.indexOf('\''), text.indexOf('\'', text.indexOf('\'') + 1)},
      {text.indexOf('\u201C'), text.indexOf('\u201D')},
      {text.indexOf("``"), text.indexOf("''") + 1},
    };
    for (int[] p : pairs) {
      assertThat(q.closesQuote(p[1])).as("closes at %d", p[1]).isTrue();
      assertThat(q.openerOf(p[1])).isEqualTo(p[0]);
    }
    assertThat(q.closesQuote(pairs[0][0])).isFalse();
    assertThat(q.openerOf(text.indexOf("and"))).isEqualTo(-1);
  }

  @Test
  void manyPairsGrowTheirArrays() {
    String text = "(a) ".repeat(100) + "\"b\" ".repeat(100);
    QuotePairing q = pairing(text);
    for (int k = 0; k < 100; k++) {
      assertThat(q.depth(4 * k)).isZero();
      assertThat(q.depth(4 * k + 1)).isEqualTo(1);
      int close = 400 + 4 * k + 2;
      assertThat(q.openerOf(close)).isEqualTo(close - 2);
    }
  }

  @Test
  void marksNestDeeperThanTheFirstStackSizeAndUnwindInOrder() {
    String text = "(".repeat(10) + "x" + ")".repeat(10) + " \u201Ca \u2018b\u2019 c\u201D";
    QuotePairing q = pairing(text);
    for (int b = 0; b <= 10; b++) {
      assertThat(q.depth(b)).isEqualTo(b);
    }
    for (int b = 11; b <= 21; b++) {
      assertThat(q.depth(b)).isEqualTo(21 - b);
    }
    assertThat(q.openerOf(27)).isEqualTo(25);
    assertThat(q.openerOf(30)).isEqualTo(22);
    assertThat(q.closesQuote(20)).isFalse(); // a bracket is no quotation
  }
}
