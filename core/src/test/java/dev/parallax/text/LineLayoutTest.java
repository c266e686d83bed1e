package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineLayoutTest {

  @Test
  void linesAreExpectedFromTheirLineFeedsAndOtherLineEndsStillCount() {
    assertThat(LineLayout.expectedLines("one")).isEqualTo(1);
    assertThat(LineLayout.expectedLines("a\nb\r\nc\n")).isEqualTo(4);
    String text = "a\rb\u2028c" + "\rx".repeat(40);
    LineLayout lines = new LineLayout(text, new JunkRanges(text, SentenceLexicon.loadEnglish()));
    assertThat(lines.count()).isEqualTo(43);
    assertThat(lines.start(2)).isEqualTo(4);
  }
}
