package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMarkersTest {

  private static ListMarkers markers(String text) {
    return new ListMarkers(text, new JunkRanges(text, SentenceLexicon.loadEnglish()));
  }

  @Test
  void aLabelIsOneOrTwoDigitsOneLetterOrARomanNumeralInOneCase() {
    assertThat(ListMarkers.isListLabel("1")).isTrue();
    assertThat(ListMarkers.isListLabel("12")).isTrue();
    assertThat(ListMarkers.isListLabel("123")).isFalse();
    assertThat(ListMarkers.isListLabel("b")).isTrue();
    assertThat(ListMarkers.isListLabel("iv")).isTrue();
    assertThat(ListMarkers.isListLabel("XIV")).isTrue();
    assertThat(ListMarkers.isListLabel("Iv")).isFalse();
    assertThat(ListMarkers.isListLabel("ab")).isFalse();
    assertThat(ListMarkers.isListLabel("xl")).isFalse();
  }

  @Test
  void aLabelIsReadInPlaceInsideALongerText() {
    String text = "see (iv) and 123 and xxxix";
    assertThat(ListMarkers.isListLabel(text, 5, 7)).isTrue(); // "iv"
    assertThat(ListMarkers.isListLabel(text, 13, 16)).isFalse(); // "123"
    assertThat(ListMarkers.isListLabel(text, 13, 15)).isTrue(); // "12"
    assertThat(ListMarkers.romanValue(text, 21, 26)).isEqualTo(39); // "xxxix"
    assertThat(ListMarkers.romanValue(text, 0, 3)).isZero(); // "see"
  }

  @Test
  void romanValuesCountASmallerNumeralBeforeALargerOneOff() {
    assertThat(ListMarkers.romanValue("ix", 0, 2)).isEqualTo(9);
    assertThat(ListMarkers.romanValue("XI", 0, 2)).isEqualTo(11);
    assertThat(ListMarkers.romanValue("iii", 0, 3)).isEqualTo(3);
    assertThat(ListMarkers.romanValue("xxxx", 0, 4)).isZero(); // 40 and above are no label
  }

  @Test
  void markersAtLineStartsBreakAndWordsInsideLinesDoNot() {
    String text = "Steps:\n1. Mix it.\n2. Bake it.\nIt took 2. hours";
    ListMarkers m = markers(text);
    int first = text.indexOf("1.");
    int second = text.indexOf("2.");
    assertThat(m.markerAt(first)).isTrue();
    assertThat(m.breakBefore(first)).isTrue();
    assertThat(m.nextBreak(0)).isEqualTo(first);
    assertThat(m.nextBreak(first + 1)).isEqualTo(second);
    assertThat(m.breakBefore(text.lastIndexOf("2."))).isFalse();
    assertThat(m.markerAt(text.indexOf("Mix"))).isFalse();
  }

  @Test
  void aDashOrBulletStartsAnItemOnlyWhereItStandsFirstOnItsLine() {
    String text = "- one\nand - two\n\u2022 three";
    ListMarkers m = markers(text);
    assertThat(m.breakBefore(0)).isTrue();
    assertThat(m.breakBefore(text.indexOf("- two"))).isFalse();
    assertThat(m.breakBefore(text.indexOf('\u2022'))).isTrue();
  }

  @Test
  void plainCharsAreAsciiLettersDigitsAndTheSpace() {
    assertThat(SentenceChars.isPlain('a')).isTrue();
    assertThat(SentenceChars.isPlain('Z')).isTrue();
    assertThat(SentenceChars.isPlain('7')).isTrue();
    assertThat(SentenceChars.isPlain(' ')).isTrue();
    for (char c : ".!?\"'`()[]{}<>&-*#\n\t\u00a0\u201c\u00e9".toCharArray()) {
      assertThat(SentenceChars.isPlain(c)).as("char %s", (int) c).isFalse();
    }
  }

  @Test
  void wordsThatStartWithALetterOfNoNumeralAreNoMarkerButNumeralsAndLettersAre() {
    String text = "Go. iv. Mix. b) 12. 123. Xi. (ab) done";
    ListMarkers m = markers(text);
    assertThat(m.markerAt(text.indexOf("Go."))).isFalse();
    assertThat(m.markerAt(text.indexOf("iv."))).isTrue();
    assertThat(m.markerAt(text.indexOf("Mix."))).isFalse();
    assertThat(m.markerAt(text.indexOf("b)"))).isTrue();
    assertThat(m.markerAt(text.indexOf("12."))).isTrue();
    assertThat(m.markerAt(text.indexOf("123."))).isFalse();
    assertThat(m.markerAt(text.indexOf("Xi."))).isFalse();
    assertThat(m.markerAt(text.indexOf("(ab)"))).isFalse();
  }
}
