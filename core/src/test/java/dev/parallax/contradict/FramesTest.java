package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Claim;
import dev.parallax.Parallax;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core of an amount's frame (its nearest content words, as stems) read from one sentence:
 * which words a conjunction gives to which number.
 */
class FramesTest {
  private static final Parallax PX = Parallax.standard();
  private static final Contradictor CX = Contradictor.english(TextAnalyzer.english());

  static Stream<Arguments> cores() {
    return Stream.of(
        // a conjunction between two clauses parts their words; "20 wounded" counts people, and
        // what befell them is in its core
        Arguments.of("Twelve people were killed and 20 wounded in the town.", "20 wounded",
            Set.of("injur", "town")),
        Arguments.of("The storm destroyed 40 homes in the valley and 300 were hit, officials"
            + " said.", "300", Set.of("hit", "offici")),
        Arguments.of("The quake killed seven people and injured 40 in the town.", "40",
            Set.of("injur", "town")),
        // a conjunction between a noun and a number joins two noun phrases: the words before it
        // are the number's too
        Arguments.of("The 71-year-old senator spoke in the hall, with her husband and their three"
            + " daughters at her side.", "three daughters", Set.of("hall", "husband", "side")),
        // a date in an aside between commas does not cut the words before it off
        Arguments.of("The report, released on Monday, runs to 48 pages.", "48 pages",
            Set.of("report", "run")),
        Arguments.of("The quake, which struck on Sunday, killed 27 people.", "27 people",
            Set.of("earthquak", "kill")),
        // a list of noun phrases is no aside
        Arguments.of("It has a 3.2-megapixel camera, a 3.5mm jack, and a 16GB card.", "16GB",
            Set.of("card")),
        // two counts that open their claim share what it says of them
        Arguments.of("Nine protesters and 21 officers needed hospital treatment.",
            "Nine protesters", Set.of("need", "hospit")),
        // after a verb, two counts may be two clauses: the first keeps its own words
        Arguments.of("The quake killed 12 people and 20 were hurt.", "12 people",
            Set.of("earthquak", "kill")),
        // a comma before the conjunction parts as before
        Arguments.of("Prices rose 7 percent in the north, and 6 percent in the south.",
            "6 percent", Set.of("southern")),
        // a part of the count after a comma leaves the count what befell the whole, and shares
        // it ("two of them", "four seriously")
        Arguments.of("Nine climbers were injured, two of them seriously.", "Nine climbers",
            Set.of("injur")),
        Arguments.of("Nine climbers were injured, two of them seriously.", "two",
            Set.of("injur", "serious")),
        Arguments.of("In the crash 14 passengers were hurt, three critically.", "14 passengers",
            Set.of("crash", "injur")),
        // a count after a comma that is no part of it keeps the nearer words
        Arguments.of("Nine climbers were injured, two guides said.", "Nine climbers",
            Set.of()),
        // a conjunction before a count with a verb of its own opens a clause, even with no
        // number before it: the verb of the clause before is not the count's
        Arguments.of("A guard and a driver were killed and 14 people were hurt in the crash.",
            "14 people", Set.of("injur", "crash")),
        Arguments.of("The old bridge collapsed and about 30 cars were swept into the river.",
            "about 30 cars", Set.of("swept", "river")),
        // two subjects of one verb: the words before the conjunction are the count's too
        Arguments.of("Police and 40 soldiers were deployed in the town.", "40 soldiers",
            Set.of("polic", "deploi", "town")),
        // a subordinating conjunction after a comma opens the later number's clause, even
        // between two capitalised words
        Arguments.of("Polls closed on Tuesday, when turnout was reported at 1,214 votes.",
            "1,214 votes", Set.of("turnout", "report")),
        // a date after an amount in its clause shares the amount's predicate: the words between
        // are not parted halfway
        Arguments.of("Seven people died and 48 others were hurt on Tuesday.", "48 others",
            Set.of("injur")),
        Arguments.of("Seven people were killed and 48 others were hurt on Tuesday.", "48 others",
            Set.of("injur")),
        // a counted plural after words that modify it closes a pair of subjects
        Arguments.of("Some 90 firefighters and 30 fire trucks battled the flames.",
            "Some 90 firefighters", Set.of("battl", "flame")));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @MethodSource("cores")
  void theCoreOfAnAmountHoldsTheWordsItsClauseGivesIt(String sentence, String evidence,
      Set<String> core) {
    assertThat(new TreeSet<>(amount(sentence, evidence).core()))
        .isEqualTo(new TreeSet<>(core));
  }

  /** Frames hold stems folded by synonym groups: "collided" is a word of a crash. */
  static Stream<Arguments> frames() {
    return Stream.of(
        // a number that no amount and no time holds is a label or a name: it ends no frame
        Arguments.of("At least 54 vehicles collided in thick fog on the A86 motorway.",
            "At least 54 vehicles", Set.of("crash", "thick", "fog"), Set.of()),
        Arguments.of("The A23 motorway was closed for 19 hours after the fire.", "19 hours",
            Set.of("motorwai", "close", "fire"), Set.of()),
        // the number of an amount still ends it: the words past it are the other amount's
        Arguments.of("At least 54 vehicles collided near 12 burning lorries on the motorway.",
            "At least 54 vehicles", Set.of("crash"), Set.of("burn", "lorri", "motorwai")),
        // a measure joined to a noun ends the frame of an amount in its unit: the run is a part
        // of the yards, a fact of its own ("including" tells no fact from another)
        Arguments.of("The back ran for 226 yards, including an 84-yard scamper late in the game.",
            "226 yards", Set.of("ran", "back"), Set.of("includ", "scamper", "late", "game")),
        Arguments.of("She swam 400 metres, including a 50-metre sprint at the finish.",
            "400 metres", Set.of("swam"), Set.of("sprint", "finish")),
        // in another unit it is what the amount is about and ends nothing
        Arguments.of("He signed a five-year deal worth $80 million with the club.",
            "$80 million", Set.of("deal", "club"), Set.of()));
  }

  @ParameterizedTest(name = "{1} in: {0}")
  @MethodSource("frames")
  void aLabelEndsNoFrame(String sentence, String evidence, Set<String> in, Set<String> out) {
    Set<String> frame = amount(sentence, evidence).frame();
    assertThat(frame).containsAll(in);
    assertThat(frame).filteredOn(out::contains).isEmpty();
  }

  private static Amount amount(String sentence, String evidence) {
    Article a = Article.builder().id("a").published("2025-10-20").text(sentence).build();
    Article b = Article.builder().id("b").published("2025-10-20").text("Nothing.").build();
    List<List<Claim>> claims = new ArrayList<>();
    claims.add(PX.annotate(a).claims());
    claims.add(PX.annotate(b).claims());
    ArticlePair pair = CX.pairs(List.of(a, b), claims, PX.compare(a, b).alignments()).get(0);
    for (ClaimView c : pair.left().claims()) {
      for (Amount m : c.amounts()) {
        if (m.evidence().text().equals(evidence)) {
          return m;
        }
      }
    }
    List<String> all = new ArrayList<>();
    pair.left().claims().forEach(c -> c.amounts().forEach(m -> all.add(m.evidence().text())));
    throw new AssertionError("no amount '" + evidence + "' in: " + sentence + " " + all);
  }
}
