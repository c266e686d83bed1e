package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import dev.parallax.TimeFacet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the game clocks of a claim as amounts: the minutes and seconds left in a period of a
 * game ("with 7:41 to go", "6:00 minutes remaining in the third quarter") and the time from its
 * start ("at the 2:15 mark", "44 seconds into the seventh round"), in seconds, with the period in
 * the frame.
 */
final class GameClocks {

  /** The measure of a game clock, the time left in a period ("with 7:41 to go"). */
  static final String GAME_CLOCK = "game-clock";
  /** The measure of the time from the start of a period ("the 2:15 mark", "44 seconds into"). */
  static final String GAME_TIME = "game-time";
  /** A length of time in hours, minutes and seconds, as the time reader writes it. */
  private static final Pattern SECONDS =
      Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?");

  private final Lexicon lexicon;
  private final Frames frames;

  GameClocks(Lexicon lexicon, Frames frames) {
    this.lexicon = lexicon;
    this.frames = frames;
  }

  /**
   * The game clocks of a claim: minutes and seconds left in a period, before a word of the pack's
   * {@code countdown} facet, "minutes" allowed between ("with 7:41 to go", "6:00 minutes
   * remaining in the third quarter"). Measured in seconds, exactly.
   */
  List<Amount> gameClocks(ClaimWords w, Stops stops) {
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i + 2 < w.size(); i++) {
      if (!w.isNumber(i) || !w.isNumber(i + 1) || !w.text(i).matches("\\d{1,2}")
          || !w.text(i + 1).matches("[0-5]\\d")
          || !w.between(w.end(i), w.start(i + 1)).equals(":")) {
        continue;
      }
      int k = i + 2;
      if (lexicon.clockUnits().contains(w.lower(k)) && k + 1 < w.size()) {
        k++;
      }
      String next = w.lower(k);
      String two = k + 1 < w.size() ? next + " " + w.lower(k + 1) : next;
      if (k == i + 2 && (lexicon.gameMarks().contains(next) || lexicon.gameMarks().contains(two))
          && !startsNumber(w, k + 1)) {
        double seconds = Integer.parseInt(w.text(i)) * 60 + Integer.parseInt(w.text(i + 1));
        out.add(elapsed(w, w.span(w.start(i), w.end(i + 1)), k, seconds, stops));
        continue;
      }
      if (!lexicon.countdown().contains(next) && !lexicon.countdown().contains(two)) {
        continue;
      }
      TextSpan span = w.span(w.start(i), w.end(i + 1));
      // the period ("left in the first half") is shared by every play of the game: the words
      // of the play say which one it was
      int last = lexicon.countdown().contains(next) ? k : k + 1;
      if (last + 4 < w.size() && w.lower(last + 1).equals("in")
          && w.lower(last + 2).equals("the")) {
        last += 4;
      }
      TextSpan withPeriod = w.span(w.start(i), w.end(Math.min(last, w.size() - 1)));
      double seconds = Integer.parseInt(w.text(i)) * 60 + Integer.parseInt(w.text(i + 1));
      out.add(new Amount(w, span, GAME_CLOCK, List.of(), frames.frame(w, withPeriod, stops),
          frames.core(w, withPeriod, stops), frames.names(w, withPeriod, stops), seconds,
          seconds, seconds, 1, Approximation.EXACT, "s", false, false, Set.of(),
          span.text() + " left"));
    }
    return out;
  }

  /**
   * The time from the start of a period that a length of time gives when "into" follows it ("44
   * seconds into the seventh round", "two minutes into the second half"); null for any other
   * length.
   */
  Amount intoPeriod(ClaimWords w, TimeFacet t, Stops stops) {
    Matcher m = SECONDS.matcher(t.value());
    int k = w.firstWordFrom(t.span().end());
    if (!m.matches() || t.value().equals("PT") || k >= w.size()
        || !lexicon.gameMarks().contains(w.lower(k)) || !w.lower(k).equals("into")) {
      return null;
    }
    double seconds = 0;
    for (int g = 1; g <= 3; g++) {
      if (m.group(g) != null) {
        seconds += Integer.parseInt(m.group(g)) * Math.pow(60, 3 - g);
      }
    }
    return elapsed(w, t.span(), k, seconds, stops);
  }

  /**
   * The time {@code seconds} from the start of a period at {@code span}, whose mark word stands
   * at word {@code k}: the period after it ("of the seventh round") is in the frame.
   */
  private Amount elapsed(ClaimWords w, TextSpan span, int k, double seconds, Stops stops) {
    int last = Math.min(w.size() - 1, k + 4);
    TextSpan withPeriod = w.span(span.start(), w.end(last));
    // the period by the word that names it between "the" and its noun ("of the seventh round",
    // "into the second half"): two times of two periods are two plays; "of the round" names the
    // period of the story before it
    Set<String> period = Set.of();
    for (int j = k; j + 2 <= last; j++) {
      if (w.lower(j).equals("the") && w.isContent(j + 2)
          && w.gapIsSpace(w.end(j + 1), w.start(j + 2))) {
        period = Set.of("period " + w.lower(j + 1));
        break;
      }
    }
    return new Amount(w, span, GAME_TIME, List.of(), frames.frame(w, withPeriod, stops),
        frames.core(w, withPeriod, stops), frames.names(w, withPeriod, stops), seconds,
        seconds, seconds, 1, Approximation.EXACT, "s", false, false, period,
        String.format(java.util.Locale.ROOT, "%d:%02d", (long) seconds / 60, (long) seconds % 60)
            + " into the period");
  }

  /** Whether word {@code k} is a number: "at the 2:15 mark, 3:00 into" reads on. */
  private static boolean startsNumber(ClaimWords w, int k) {
    return k < w.size() && w.isNumber(k);
  }
}
