package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (CharSpan span : SPLITTER.split(text)) {
      out.add(span.of(text));
    }
    return out;
  }

  private static Arguments c(String name, String text, String... expected) {
    return Arguments.of(name, text, List.of(expected));
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        // a closing mark set apart after its sentence closes it
        c("closing quote after a space", "\"She's a hard worker.\nShe's very spiritual. \"\nHe"
            + " left.", "\"She's a hard worker.", "She's very spiritual. \"", "He left."),
        c("closing bracket after a space", "He left (for good. )\nShe stayed.",
            "He left (for good. )", "She stayed."),
        // Abbreviations
        c("U.S. before a name", "The U.S. Army said the drill was routine. It ended Monday.",
            "The U.S. Army said the drill was routine.", "It ended Monday."),
        c("U.S. at the end", "There were 500 cases in the U.S. The report said so.",
            "There were 500 cases in the U.S.", "The report said so."),
        c("rank before a name", "Sgt. First Class John Smith was hurt. He is stable.",
            "Sgt. First Class John Smith was hurt.", "He is stable."),
        c("clock time before a day", "The polls closed at 3 p.m. Sunday. Counting began.",
            "The polls closed at 3 p.m. Sunday.", "Counting began."),
        c("clock time at the end", "He left at 6 p.m. Travelers waited for hours.",
            "He left at 6 p.m.", "Travelers waited for hours."),
        c("clock time opening its sentence", "At 7 a.m. Ms. Ortiz opened the clinic. She"
            + " closed it at 9 P.M. Ms. Ortiz then drove home.",
            "At 7 a.m. Ms. Ortiz opened the clinic.", "She closed it at 9 P.M.",
            "Ms. Ortiz then drove home."),
        c("a sentence broken by a wrap", "This is a sentence\ncut off in the middle because pdf.",
            "This is a sentence\ncut off in the middle because pdf."),
        c("lower-case labels on their own lines", "features\ncontact manager\nevents, activities\n",
            "features", "contact manager", "events, activities"),
        c("a line ending on a word no sentence ends on",
            "Rebels seized the town of\nKidal and the\nAirport Road. Prices rose and\n2,000 marched.",
            "Rebels seized the town of\nKidal and the\nAirport Road.",
            "Prices rose and\n2,000 marched."),
        c("a line ending on a particle or a title word stays apart",
            "Fed Weighs In\nThe bank held rates. Markets Of The World\nStocks fell.",
            "Fed Weighs In", "The bank held rates.", "Markets Of The World", "Stocks fell."),
        c("a period at the end of a line", "The talks ended in the city.\nofficials left at noon.",
            "The talks ended in the city.", "officials left at noon."),
        c("month before a date", "Talks resume Jan. 5 in Geneva. Both sides agreed.",
            "Talks resume Jan. 5 in Geneva.", "Both sides agreed."),
        c("titles", "Mr. Lee met Dr. Park and Gov. Kim. They spoke for an hour.",
            "Mr. Lee met Dr. Park and Gov. Kim.", "They spoke for an hour."),
        c("company suffixes", "Acme Co. Ltd. was fined. She works for Beta Corp. and Gamma Inc.",
            "Acme Co. Ltd. was fined.", "She works for Beta Corp. and Gamma Inc."),
        c("abbreviation before an indefinite pronoun",
            "We phoned Tom and co. Nobody picked up. Sales held in the U.S. Everything else fell.",
            "We phoned Tom and co.", "Nobody picked up.", "Sales held in the U.S.",
            "Everything else fell."),
        c("company suffix at the end", "The deal went to Pitt & Co. It closed Friday.",
            "The deal went to Pitt & Co.", "It closed Friday."),
        c("e.g. and vs.", "Teams, e.g. the Giants vs. the Tigers, rested. Fans did not.",
            "Teams, e.g. the Giants vs. the Tigers, rested.", "Fans did not."),
        c("number prefix", "He wore No. 5 for years. Fans loved it.",
            "He wore No. 5 for years.", "Fans loved it."),
        c("number prefix ending a line", "Was he worried?\n\"No.\"\nLuck broke the record.",
            "Was he worried?", "\"No.\"", "Luck broke the record."),
        c("number prefix before a number on the next line", "See No.\n5 on the list.",
            "See No.\n5 on the list."),
        c("state in brackets", "Rep. Ann Lee (D., Wash.) voted no. The bill passed.",
            "Rep. Ann Lee (D., Wash.) voted no.", "The bill passed."),
        c("unknown abbreviation before lowercase", "The approx. cost rose. The med. staff left.",
            "The approx. cost rose.", "The med. staff left."),
        // Initials
        c("middle initial", "His name is Alfred E. Sloan. He ran GM.",
            "His name is Alfred E. Sloan.", "He ran GM."),
        c("a letter that names something ends a sentence before a pronoun",
            "The winner was Plan B. They took gold. Take vitamin C. It helps. Ask the U. S. The"
                + " answer came.",
            "The winner was Plan B.", "They took gold.", "Take vitamin C.", "It helps.",
            "Ask the U. S.", "The answer came."),
        c("an initial before a name or a surname that is a word stays",
            "Our guest was Ruth K. Martin. They met Theresa M. May and Anna B. Will in town.",
            "Our guest was Ruth K. Martin.", "They met Theresa M. May and Anna B. Will in town."),
        c("dotted initials", "I went to J.C. Penney. It was closed.",
            "I went to J.C. Penney.", "It was closed."),
        c("pronoun I at the end", "The last two to leave were Maria and I. Did Thomas I. Ward"
            + " call?", "The last two to leave were Maria and I.", "Did Thomas I. Ward call?"),
        // Numbers
        c("decimals", "The convoy moved 2.5 miles. Then it stopped.",
            "The convoy moved 2.5 miles.", "Then it stopped."),
        c("money", "Shares closed at $21.75 each. Volume was light.",
            "Shares closed at $21.75 each.", "Volume was light."),
        c("dotted thousands", "I have 1.000.00. Yay $.50 and .50! That's 600.",
            "I have 1.000.00.", "Yay $.50 and .50!", "That's 600."),
        c("number ends sentence", "Turnout was 600. Officials were pleased.",
            "Turnout was 600.", "Officials were pleased."),
        // Ellipses
        c("attached ellipsis", "He paused... And then he spoke.", "He paused...", "And then he spoke."),
        c("ellipsis before lowercase", "He paused... then he spoke.", "He paused... then he spoke."),
        c("spaced ellipsis inside", "She said . . . nothing more. He left.",
            "She said . . . nothing more.", "He left."),
        c("unicode ellipsis", "Wait\u2026 What happened?", "Wait\u2026", "What happened?"),
        c("four dots closing a quotation, then a sentence",
            "He wrote that \u201Cthe old ways will fade. . . .\u201D Then he stopped.",
            "He wrote that \u201Cthe old ways will fade. . . .\u201D", "Then he stopped."),
        c("four dots closing a quotation, then lowercase",
            "He wrote that \"the old ways will fade. . . .\" and he stopped.",
            "He wrote that \"the old ways will fade. . . .\" and he stopped."),
        c("four dots closing a bracket at the end", "It was over (and the old ways faded. . . .)",
            "It was over (and the old ways faded. . . .)"),
        c("bracketed omission", "\"Bohr [...] used stairways [...]\" (Smith 55). Next.",
            "\"Bohr [...] used stairways [...]\" (Smith 55).", "Next."),
        // Quotations
        c("straight quote ends sentence", "He said, \"This is great.\" She left.",
            "He said, \"This is great.\"", "She left."),
        c("quote then lowercase", "She turned to him, \"This is great.\" she said.",
            "She turned to him, \"This is great.\" she said."),
        c("curly quotes", "\u201CWe will rebuild,\u201D the mayor said. \u201CIt will take years.\u201D",
            "\u201CWe will rebuild,\u201D the mayor said.", "\u201CIt will take years.\u201D"),
        c("multi-sentence quotation stays whole",
            "\u201CWe are ready. We will win.\u201D Then he left.",
            "\u201CWe are ready. We will win.\u201D", "Then he left."),
        c("a quotation set one sentence per line ends with each line",
            "Hefner said:\n\"She was a remarkable lady.\nShe was very dear.\"\nRoesler said so.",
            "Hefner said:", "\"She was a remarkable lady.", "She was very dear.\"",
            "Roesler said so."),
        c("typewriter quotes pair `` with ''",
            "``We are ready. We will win,'' he said. Then he left.",
            "``We are ready. We will win,'' he said.", "Then he left."),
        c("a lone '' closes nothing",
            "She was a very dear person. ''\nRoesler said Page was ill. She died.",
            "She was a very dear person. ''", "Roesler said Page was ill.", "She died."),
        c("single quotes", "Hello. 'This is a test.' A new sentence.",
            "Hello.", "'This is a test.'", "A new sentence."),
        c("apostrophes are not quotes", "I wrote this in the 'nineties. It has two sentences.",
            "I wrote this in the 'nineties.", "It has two sentences."),
        c("exclamation then lowercase", "Leave me alone! he yelled. I left.",
            "Leave me alone! he yelled.", "I left."),
        // Brackets and dashes
        c("closing bracket", "(The meeting was brief.) Officials left.",
            "(The meeting was brief.)", "Officials left."),
        c("bracketed sentence inside", "He taught science (He was an engineer.) at the school.",
            "He taught science (He was an engineer.) at the school."),
        c("em dash inside", "The plan\u2014approved last week\u2014failed. Officials blamed rain.",
            "The plan\u2014approved last week\u2014failed.", "Officials blamed rain."),
        c("double hyphen", "Mix it -- voila! -- and serve. Done.", "Mix it -- voila! -- and serve.", "Done."),
        c("question then dash", "What do you see? - Posted guards stand by.",
            "What do you see?", "- Posted guards stand by."),
        // Runs and citations
        c("?! runs", "Really?! Yes!! It happened??!", "Really?!", "Yes!!", "It happened??!"),
        c("bracket citation", "He was a martyr.[1] The emperor died.[2][3] Rome mourned.",
            "He was a martyr.[1]", "The emperor died.[2][3]", "Rome mourned."),
        c("number citation", "It widens the gap.11 12 Take a cold, for example.",
            "It widens the gap.11 12", "Take a cold, for example."),
        c("brand with exclamation", "She works at Yahoo! Research in Sunnyvale. He left Yahoo! in May.",
            "She works at Yahoo! Research in Sunnyvale.", "He left Yahoo! in May."),
        // Lists
        c("numbered lines", "Steps:\n1. Open the valve.\n2. Close the lid",
            "Steps:", "1. Open the valve.", "2. Close the lid"),
        c("inline numbered list", "Do this. 1. The first item 2. The second item",
            "Do this.", "1. The first item", "2. The second item"),
        c("inline 1.) list", "1.) Check the power 2.) Restart it", "1.) Check the power", "2.) Restart it"),
        c("inline letter list", "a) red b) green c) blue", "a) red", "b) green", "c) blue"),
        c("roman in brackets", "(iv) Final clause applies. (v) Costs are shared.",
            "(iv) Final clause applies.", "(v) Costs are shared."),
        c("bullets", "\u2022 Item one\n\u2022 Item two", "\u2022 Item one", "\u2022 Item two"),
        c("numbers in prose are not a list", "For 1. above pay a fee and for 2. above pay nothing.",
            "For 1. above pay a fee and for 2. above pay nothing."),
        // Lines
        c("headline then body", "Storm Hits Coast\nThe storm made landfall early Tuesday. Thousands lost power.",
            "Storm Hits Coast", "The storm made landfall early Tuesday.", "Thousands lost power."),
        c("standfirst without period",
            "Rebels Seize Airport\nGovernment forces withdrew after two days of fighting\n\n"
                + "The rebels entered the terminal at dawn.",
            "Rebels Seize Airport", "Government forces withdrew after two days of fighting",
            "The rebels entered the terminal at dawn."),
        c("PDF-wrapped prose",
            "The finance minister said the government would\nraise taxes next year to cover the gap.\n"
                + "Opposition leaders objected.",
            "The finance minister said the government would\nraise taxes next year to cover the gap.",
            "Opposition leaders objected."),
        c("flowed line with trailing space", "Book your care early \nso you have time.",
            "Book your care early \nso you have time."),
        c("CRLF", "First line ends here.\r\nSecond line starts here.\r\n",
            "First line ends here.", "Second line starts here."),
        c("blank line", "No punctuation here\n\nNext paragraph", "No punctuation here", "Next paragraph"),
        // Unicode and white space
        c("NBSP", "It rained.\u00A0Crowds stayed home.\u00A0", "It rained.", "Crowds stayed home."),
        c("zero-width spaces", "\u200BIt rained.\u200B Crowds stayed.\u200B", "It rained.", "Crowds stayed."),
        c("emoji surrogate pairs", "Fans cheered \uD83C\uDF89. The team won \uD83D\uDE00!",
            "Fans cheered \uD83C\uDF89.", "The team won \uD83D\uDE00!"),
        c("full-width period", "Test strange period\uFF0EDoes it work\uFF0E",
            "Test strange period\uFF0E", "Does it work\uFF0E"),
        c("urls and emails", "Mail jane.doe@example.com. Visit www.example.com now.",
            "Mail jane.doe@example.com.", "Visit www.example.com now."),
        // Sentences run together without a space
        c("no space after a period", "It rained all day.Then the sun came out.",
            "It rained all day.", "Then the sun came out."),
        c("no space, then a title and a number", "Hi there.Today is Monday.Mr. Brown paid"
            + " 2,500.That was a lot.", "Hi there.", "Today is Monday.", "Mr. Brown paid 2,500.",
            "That was a lot."),
        c("no space after an amount or a mark", "He paid $40.She paid more!Nobody asked why?No.",
            "He paid $40.", "She paid more!", "Nobody asked why?", "No."),
        c("no space inside a quotation", "\"We were tired.Then we slept,\" she said.",
            "\"We were tired.Then we slept,\" she said."),
        c("joined words that are no sentences", "Mail jane.Doe@example.org or see"
            + " example.org/News.Html, J.Smith, the U.S.A.Team and 4.5.Then it ends.",
            "Mail jane.Doe@example.org or see example.org/News.Html, J.Smith, the U.S.A.Team and"
            + " 4.5.Then it ends."),
        // Junk
        c("markup tags", "<p>First para.</p><p>Second para</p>", "First para.", "Second para"),
        c("table of contents", "About Me..........5\nChapter 2 ........ 16-17\n", "About Me", "Chapter 2"),
        c("decoration", "////////Header here\r////////", "Header here"),
        // Degenerate
        c("empty", ""),
        c("blank", "  \n\t "),
        c("lone period", ".", "."),
        c("no final punctuation", "And this is the last", "And this is the last"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void splitsExamples(String name, String text, List<String> expected) {
    assertThat(sentences(text)).as(name).containsExactlyElementsOf(expected);
  }

  @Test
  void nullIsRejectedWithMessage() {
    assertThatThrownBy(() -> SPLITTER.split(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void missingWordListNamesTheResource() {
    assertThatThrownBy(() -> SentenceLexicon.readEntries("no_such_list.txt"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no_such_list.txt");
  }

  @Test
  void englishIsShared() {
    assertThat(SentenceSplitter.english()).isSameAs(SPLITTER);
  }

  // ---------------------------------------------------------------------------------------------
  // Properties over generated texts

  private static final String[] PIECES = {
    "word", "News", "the", "U.S.", "Mr.", "e.g.", "a.m.", "Inc.", "J.C.", "E.", "I", "3.5", "$21.75",
    "1.", "2.)", "a)", "(iv)", "\u2022", "No.", "Jan.", "etc.", "www.x.com", "\u00E9t\u00E9",
    "\u4E2D\u6587", "\uD83D\uDE00", "\uD83C\uDF89x", "caf\u00E9", "--", "\u2014", "...", ". . .",
    "\u2026", ".", "!", "?", "?!", ",", ";", ":", "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019",
    "(", ")", "[", "]", "[1]", ".11", "<p>", "</em>", "&lt;b&gt;", "-----", "////", "..........7",
    "\u3002", "\uFF0E", "\u00AB", "\u00BB", "0", "42", "ABC", "Z."
  };
  private static final String[] SPACES = {
    " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\u00A0", "\u200B", "\n\n", " \n", "\u2029", ""
  };

  /** Junk the splitter may leave out: tags, escaped tags, decoration runs, dot leaders. */
  private static final Pattern JUNK =
      Pattern.compile(
          "<[/!]?[A-Za-z][^<>\\n\\r]{0,400}>|&lt;/?[A-Za-z][^<\\n\\r]{0,400}?&gt;|([/\\\\=_*#~+\\-])\\1{3,}"
              + "|\\.{5,}[ \\t]*[0-9ivxlcIVXLC,\\-\u2013]*");

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u2060'
        || c == '\uFEFF' || c == '\u0085' || c == '\u180E';
  }

  @Test
  void generatedTextsKeepTheSpanInvariants() {
    Random random = new Random(20251019L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int pieces = random.nextInt(60);
      for (int k = 0; k < pieces; k++) {
        String piece = PIECES[random.nextInt(PIECES.length)];
        if (random.nextInt(4) == 0 && Character.isLetter(piece.charAt(0))) {
          piece = Character.toUpperCase(piece.charAt(0)) + piece.substring(1);
        }
        sb.append(piece);
        if (random.nextInt(3) != 0) {
          sb.append(SPACES[random.nextInt(SPACES.length)]);
        }
      }
      if (random.nextInt(10) == 0) {
        sb.append((char) random.nextInt(0x3000)); // arbitrary char, maybe a lone surrogate half
      }
      checkInvariants(sb.toString());
    }
  }

  private static void checkInvariants(String text) {
    List<CharSpan> spans = SPLITTER.split(text);
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (CharSpan span : spans) {
      assertThat(span.start()).as("in order, no overlap: %s in %s", span, text)
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).as("within bounds").isLessThanOrEqualTo(text.length());
      assertThat(span.length()).as("non-empty").isPositive();
      assertThat(isSpace(text.charAt(span.start()))).as("trimmed start %s in %s", span, text).isFalse();
      assertThat(isSpace(text.charAt(span.end() - 1))).as("trimmed end %s in %s", span, text).isFalse();
      assertThat(Character.isLowSurrogate(text.charAt(span.start()))
              && span.start() > 0 && Character.isHighSurrogate(text.charAt(span.start() - 1)))
          .as("does not split a surrogate pair").isFalse();
      for (int k = span.start(); k < span.end(); k++) {
        covered[k] = true;
      }
      previousEnd = span.end();
    }
    boolean[] junk = new boolean[text.length()];
    Matcher m = JUNK.matcher(text);
    while (m.find()) {
      for (int k = m.start(); k < m.end(); k++) {
        junk[k] = true;
      }
    }
    for (int k = 0; k < text.length(); k++) {
      if (!covered[k] && !isSpace(text.charAt(k))) {
        assertThat(junk[k]).as("char %d (%s) of %s is neither covered nor junk", k,
            text.charAt(k), text).isTrue();
      }
    }
  }

  private static Arguments big(String name, String text, int count, CharSpan... firstSecondLast) {
    return Arguments.of(name, text, count, List.of(firstSecondLast));
  }

  private static CharSpan at(int start, int end) {
    return new CharSpan(start, end);
  }

  /** Large inputs of one pattern: the number of sentences, then the first, second and last. */
  static Stream<Arguments> pathologicalInputs() {
    return Stream.of(
        big("dots", ".".repeat(200_000), 0),
        big("dots and spaces", ". ".repeat(100_000), 1, at(0, 199_999)),
        big("letters with periods", "a. ".repeat(70_000), 1, at(0, 209_999)),
        big("numbers with periods", "1. ".repeat(70_000), 35_000,
            at(0, 5), at(6, 11), at(209_994, 209_999)),
        big("less-than signs", "<".repeat(100_000) + "p", 1, at(0, 100_001)),
        big("unclosed tags", "<p ".repeat(60_000), 1, at(0, 179_999)),
        big("escaped tags", "&lt;b ".repeat(40_000), 1, at(0, 239_999)),
        big("quotation marks", "\"".repeat(100_000), 1, at(0, 100_000)),
        big("nested brackets", "(".repeat(100_000) + ")".repeat(100_000), 1, at(0, 200_000)),
        big("abbreviations", "U.S. ".repeat(40_000), 1, at(0, 199_999)),
        big("a long word", "x".repeat(200_000) + ". The end.", 2,
            at(0, 200_001), at(200_002, 200_010), at(200_002, 200_010)),
        big("line breaks", "\n".repeat(100_000), 0),
        big("short lines", "word\n".repeat(40_000), 40_000,
            at(0, 4), at(5, 9), at(199_995, 199_999)),
        big("footnote marks", "[1".repeat(80_000), 1, at(0, 160_000)),
        big("mixed", "Mr. \u2022 (a) \u201Cb.\u201D ".repeat(20_000), 20_001,
            at(0, 3), at(4, 18), at(299_989, 299_999)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathologicalInputs")
  void pathologicalInputsGiveExactSentences(
      String name, String text, int count, List<CharSpan> firstSecondLast) {
    List<CharSpan> spans = SPLITTER.split(text);
    assertThat(spans).as(name).hasSize(count);
    if (count > 0) {
      assertThat(spans.get(0)).as(name).isEqualTo(firstSecondLast.get(0));
      assertThat(spans.get(Math.min(1, count - 1)))
          .isEqualTo(firstSecondLast.get(Math.min(1, firstSecondLast.size() - 1)));
      assertThat(spans.get(count - 1)).isEqualTo(firstSecondLast.get(firstSecondLast.size() - 1));
    }
    checkInvariants(text);
  }
}
