package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

  private static final TextCleaner CLEANER = TextCleaner.english();

  /** A cleaned span {@code [cs, ce)} must map to the original span {@code [os, oe)}. */
  private record Mapping(int cs, int ce, int os, int oe) {}

  private static Mapping m(int cs, int ce, int os, int oe) {
    return new Mapping(cs, ce, os, oe);
  }

  private static Arguments c(String name, String original, String cleaned, Mapping... mappings) {
    return Arguments.of(name, original, cleaned, List.of(mappings));
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        // Tags
        c("inline tags removed", "Read <i>this</i> now.", "Read this now.",
            m(5, 9, 8, 12), m(9, 14, 16, 21), m(5, 10, 8, 17), m(0, 14, 0, 21)),
        c("tag with attributes", "Go <a href=\"x>y\">here</a>.", "Go here.",
            m(3, 7, 17, 21), m(7, 8, 25, 26)),
        c("upper-case tag", "<EM>Loud</EM> words", "Loud words", m(0, 4, 4, 8)),
        c("block tag becomes a line break", "One<br>Two", "One\nTwo",
            m(3, 4, 3, 7), m(4, 7, 7, 10)),
        c("closing block tag", "<p>First</p><p>Second</p>", "\nFirst\n\nSecond\n",
            m(1, 6, 3, 8), m(8, 14, 15, 21), m(6, 8, 8, 15)),
        c("comment removed", "a<!-- note -->b", "ab", m(0, 2, 0, 15), m(1, 2, 14, 15)),
        c("unknown tag name kept", "if a <b and c> d", "if a <b and c> d"),
        c("less-than in prose kept", "x < y and y > z", "x < y and y > z"),
        // Entities
        c("named entities", "a &lt; b &amp;&amp; c", "a < b && c",
            m(2, 3, 2, 6), m(6, 8, 9, 19), m(9, 10, 20, 21)),
        c("numeric entities, supplementary", "it&#39;s &#x1F600;", "it's \uD83D\uDE00",
            m(2, 3, 2, 7), m(5, 7, 9, 18), m(5, 6, 9, 18)),
        c("nbsp entity", "one&nbsp;two", "one\u00A0two", m(3, 4, 3, 9)),
        c("escaped tag stays text", "&lt;em&gt;x", "<em>x", m(0, 4, 0, 10)),
        c("unknown or unterminated entities kept", "&bogus; & &lt &#xZZ;", "&bogus; & &lt &#xZZ;"),
        // Markup
        c("brace-caret markup removed", "Note{b^&gt;2&lt;b^} here", "Note here",
            m(4, 5, 19, 20), m(5, 9, 20, 24), m(0, 5, 0, 20)),
        c("raw brace-caret markup removed", "Say{i^<7>i^} it.", "Say it.", m(0, 4, 0, 13)),
        c("mismatched markup kept", "x{b^1i^}y", "x{b^1i^}y"),
        // Backticks
        c("backtick opening quote", "`Yes,' he said", "'Yes,' he said", m(0, 1, 0, 1)),
        c("backtick inside a word", "don`t", "don't", m(3, 4, 3, 4)),
        c("backtick runs kept", "``x`` and ` alone", "``x`` and ` alone"),
        // Dots
        c("dot run between letters", "wait.......what", "wait what",
            m(4, 5, 4, 11), m(5, 9, 11, 15)),
        c("four dots between letters", "so....then", "so then", m(2, 3, 2, 6)),
        c("ellipsis kept", "slowly... And so...what", "slowly... And so...what"),
        c("dots before a space kept", "Wait..... Then", "Wait..... Then"),
        c("dot leader and page number removed", "Contents .......... 12\nEnd",
            "Contents \nEnd", m(9, 10, 22, 23), m(10, 13, 23, 26)),
        c("dot leader without page kept", "Total ..........\nx", "Total ..........\nx"),
        // Lone terminal punctuation
        c("period on its own line", "the end\n. Next one", "the end. Next one",
            m(7, 8, 8, 9), m(0, 8, 0, 9), m(9, 13, 10, 14)),
        c("question marks on their own line", "why  \r\n  ?!\nNext", "why?!\nNext",
            m(3, 5, 9, 11), m(5, 6, 11, 12)),
        c("after a colon not joined", "list:\n. item", "list:\n. item"),
        c("decimal not joined", "rose\n.5 percent", "rose\n.5 percent"),
        c("after a blank line not joined", "end\n\n. x", "end\n\n. x"),
        // Capital letters one per line
        c("spelled-down capitals", "\nS\nT\nOP\n", "\nSTOP\n",
            m(1, 5, 1, 7), m(2, 3, 3, 4), m(5, 6, 7, 8)),
        c("capitals with spaces and CRLF", "H \r\n E\r\nLP", "HELP", m(0, 4, 0, 10), m(1, 2, 5, 6)),
        c("two capital lines kept", "A\nB\nmore", "A\nB\nmore"),
        c("four letters on a line break the run", "AB\nCDEF\nG\nH", "AB\nCDEF\nG\nH"),
        c("lower-case lines kept", "a\nb\nc", "a\nb\nc"),
        // Wrapped lines
        c("a wrap after a space becomes one space", "It was a long \nday at the office.",
            "It was a long day at the office.", m(13, 14, 13, 15), m(14, 32, 15, 33)),
        c("a wrap in extracted prose", "The report was written\r\nin a hurry by the staff.",
            "The report was written in a hurry by the staff.", m(22, 23, 22, 24),
            m(0, 47, 0, 48)),
        c("a wrap with spaces on both sides", "Fans waited for hours  \n  outside the gate. Then"
            + " they left.", "Fans waited for hours outside the gate. Then they left.",
            m(21, 22, 21, 26)),
        c("a break after a sentence stays", "The vote was held.\nturnout was low.",
            "The vote was held.\nturnout was low."),
        c("a headline stays on its line", "Storm Hits Coast\nThe storm made landfall.",
            "Storm Hits Coast\nThe storm made landfall."),
        c("labels on their own lines stay", "home\nabout us\nprices, offers\n",
            "home\nabout us\nprices, offers\n"),
        c("a blank line stays", "It was a long \n\nday.", "It was a long \n\nday."),
        // Several rules together
        c("rules combine", "<b>N</b>\nO\nW\n. Go `now'", "NOW. Go 'now'", m(0, 4, 3, 14)),
        c("tag with a value-less attribute list kept", "<b x y>", "<b x y>"),
        c("tag with only a slash", "<br />x", "\nx", m(0, 1, 0, 6)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void cleansAndMaps(String name, String original, String expected, List<Mapping> mappings) {
    TextCleaner.Cleaned cleaned = CLEANER.clean(original);
    assertThat(cleaned.original()).isSameAs(original);
    assertThat(cleaned.text()).isEqualTo(expected);
    assertThat(cleaned.changed()).isEqualTo(!expected.equals(original));
    for (Mapping mp : mappings) {
      assertThat(cleaned.toOriginal(new CharSpan(mp.cs(), mp.ce())))
          .as("%s: cleaned [%d, %d) %s", name, mp.cs(), mp.ce(), mp)
          .isEqualTo(new CharSpan(mp.os(), mp.oe()));
      assertThat(cleaned.toOriginal(mp.cs())).isEqualTo(mp.os());
    }
    assertThat(cleaned.toOriginal(expected.length())).isEqualTo(original.length());
    assertWellFormed(cleaned);
  }

  @Test
  void unchangedTextIsIdentity() {
    String text = "Plain text. Nothing here!\nAnother line...";
    TextCleaner.Cleaned cleaned = CLEANER.clean(text);
    assertThat(cleaned.text()).isSameAs(text);
    assertThat(cleaned.changed()).isFalse();
    assertThat(cleaned.starts()).isNull();
    assertThat(cleaned.toOriginal(new CharSpan(3, 9))).isEqualTo(new CharSpan(3, 9));
    assertThat(cleaned.toOriginal(text.length())).isEqualTo(text.length());
  }

  @Test
  void emptySpanMapsToStart() {
    TextCleaner.Cleaned cleaned = CLEANER.clean("a<i>b</i>c");
    assertThat(cleaned.text()).isEqualTo("abc");
    assertThat(cleaned.toOriginal(new CharSpan(1, 1))).isEqualTo(new CharSpan(4, 4));
    assertThat(cleaned.toOriginal(new CharSpan(3, 3))).isEqualTo(new CharSpan(10, 10));
  }

  @Test
  void rejectsOutOfRange() {
    TextCleaner.Cleaned cleaned = CLEANER.clean("a<i>b</i>");
    assertThatThrownBy(() -> cleaned.toOriginal(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> cleaned.toOriginal(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> cleaned.toOriginal(new CharSpan(0, 3)))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void mapIsImmutable() {
    TextCleaner.Cleaned cleaned = CLEANER.clean("x<b>y</b>");
    int[] starts = cleaned.starts();
    starts[1] = 0;
    assertThat(cleaned.toOriginal(1)).isEqualTo(4);
    assertThat(cleaned).isEqualTo(CLEANER.clean("x<b>y</b>"));
  }

  private static final String[] NOISY = {
    "<em>", "</em>", "<p>", "</p>", "<br/>", "<a href='x'>", "<b and c>", "<", ">", "<!--", "-->",
    "&lt;", "&gt;", "&amp;", "&quot;", "&#39;", "&#x1F600;", "&#0;", "&bogus;", "&", ";", "#",
    "{b^", "b^}", "{i^", "^", "}", "{", ".", ".", "....", "...", " ", " ", "\n", "\n", "\r\n", "\r",
    "A", "RN", "I", "x", "word", "`", "``", "'", "?", "!", "é", "\uD83D\uDE00", "\uD83D", "\uDE00",
    "\t", "\u00A0", "12", "Z"
  };

  private static final String[] PLAIN = {
    "a", "word", "x. ", "ok, ", " ", " ", "\n", "é", "ß", "\uD83D\uDE00", "\u4E2D", "12", "'", "\"",
    "?", "(", ")", "-", "\t", "\u00A0", "@", "/", "#", "=", "%", "^", ":", "; "
  };

  private static String random(Random rnd, String[] alphabet, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(alphabet[rnd.nextInt(alphabet.length)]);
    }
    return sb.toString();
  }

  @Test
  void randomNoisyTextsHaveAMonotonicBoundedMap() {
    Random rnd = new Random(20261123L);
    for (int round = 0; round < 3000; round++) {
      String text = random(rnd, NOISY, rnd.nextInt(40));
      TextCleaner.Cleaned cleaned = CLEANER.clean(text);
      assertWellFormed(cleaned);
    }
  }

  @Test
  void randomPlainTextsComeBackIdentical() {
    Random rnd = new Random(7L);
    for (int round = 0; round < 3000; round++) {
      String text = random(rnd, PLAIN, rnd.nextInt(40));
      TextCleaner.Cleaned cleaned = CLEANER.clean(text);
      if (text.indexOf('\n') >= 0) {
        // a line break that wraps a sentence may become a space: nothing else changes
        assertThat(cleaned.text().replaceAll("[\\s\u00A0]+", ""))
            .as("%s", text).isEqualTo(text.replaceAll("[\\s\u00A0]+", ""));
        assertWellFormed(cleaned);
        continue;
      }
      assertThat(cleaned.text()).as("%s", text).isSameAs(text);
      assertThat(cleaned.changed()).isFalse();
      for (int i = 0; i <= text.length(); i++) {
        assertThat(cleaned.toOriginal(i)).isEqualTo(i);
      }
    }
  }

  @Test
  void joiningWrappedLinesKeepsTheSentences() {
    Random rnd = new Random(11L);
    SentenceSplitter splitter = SentenceSplitter.english();
    int joined = 0;
    for (int round = 0; round < 2000; round++) {
      String text = random(rnd, PLAIN, rnd.nextInt(60));
      EditPass pass = WrappedLines.join(text);
      if (pass == null) {
        continue;
      }
      joined++;
      List<CharSpan> before = splitter.split(text);
      List<CharSpan> after = splitter.split(pass.text());
      assertThat(after).as("%s", text).hasSameSizeAs(before);
      for (int k = 0; k < after.size(); k++) {
        assertThat(pass.from(after.get(k).start())).as("%s", text)
            .isEqualTo(before.get(k).start());
      }
      assertThat(pass.text().replaceAll("[\\s\u00A0]+", ""))
          .isEqualTo(text.replaceAll("[\\s\u00A0]+", ""));
    }
    assertThat(joined).as("texts with a wrapped line").isPositive();
  }

  @Test
  void pathologicalInputsComeBackUnchanged() {
    for (String unit : new String[] {"<", "<a ", "&", "&#", "{b^", "<!--", ".", "\n.", "`"}) {
      String text = unit.repeat(400_000 / unit.length());
      TextCleaner.Cleaned cleaned = CLEANER.clean(text);
      assertThat(cleaned.text()).as("%s", unit).isSameAs(text);
      assertThat(cleaned.changed()).isFalse();
    }
  }

  @Test
  void twoHundredThousandCapitalLinesBecomeOneWord() {
    String text = "\nA".repeat(200_000);
    TextCleaner.Cleaned cleaned = CLEANER.clean(text);
    assertThat(cleaned.text()).isEqualTo("\n" + "A".repeat(200_000));
    int[] starts = new int[200_001];
    int[] ends = new int[200_001];
    ends[0] = 1;
    for (int k = 1; k <= 200_000; k++) {
      starts[k] = 2 * k - 1; // the letter of line k, the line breaks before it removed
      ends[k] = 2 * k;
    }
    assertThat(cleaned.starts()).isEqualTo(starts);
    assertThat(cleaned.ends()).isEqualTo(ends);
    assertThat(cleaned.toOriginal(cleaned.text().length())).isEqualTo(text.length());
  }

  /** Start and end maps are non-decreasing, within bounds, and each char's range is ordered. */
  private static void assertWellFormed(TextCleaner.Cleaned cleaned) {
    String text = cleaned.text();
    int origLen = cleaned.original().length();
    int prevStart = 0;
    int prevEnd = 0;
    for (int i = 0; i <= text.length(); i++) {
      int o = cleaned.toOriginal(i);
      assertThat(o).as("offset %d", i).isBetween(prevStart, origLen);
      prevStart = o;
      if (i < text.length()) {
        CharSpan one = cleaned.toOriginal(new CharSpan(i, i + 1));
        assertThat(one.start()).isEqualTo(o);
        assertThat(one.end()).isBetween(Math.max(prevEnd, one.start()), origLen);
        prevEnd = one.end();
      }
    }
    assertThat(cleaned.toOriginal(text.length())).isEqualTo(origLen);
    if (!text.isEmpty()) {
      CharSpan all = cleaned.toOriginal(new CharSpan(0, text.length()));
      assertThat(all.start()).isGreaterThanOrEqualTo(0);
      assertThat(all.end()).isLessThanOrEqualTo(origLen);
    }
  }
}
