package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineMapTest {
  private static final String TEXT = "ab\ncd\r\nef\rg\n\nh"; // lines: ab | cd | ef | g | (empty) | h

  @ParameterizedTest
  @CsvSource({
    "0, 1, 1", "1, 1, 2", "2, 1, 3", "3, 2, 1", "5, 2, 3", "6, 2, 4", "7, 3, 1", "9, 3, 3",
    "10, 4, 1", "12, 5, 1", "13, 6, 1", "14, 6, 2",
  })
  void mapsOffsetsToLineAndColumn(int offset, int line, int column) {
    LineMap map = LineMap.of(TEXT);
    assertThat(map.line(offset)).isEqualTo(line);
    assertThat(map.column(offset)).isEqualTo(column);
    assertThat(map.lines()).isEqualTo(6);
  }
}
