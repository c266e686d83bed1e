package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the game clocks of a claim as amounts: the minutes and seconds left in a period of a
 * game ("with 7:41 to go", "6:00 minutes remaining in the third quarter"), in seconds, with the
 * period in the frame.
 */
final class GameClocks {

  /** The measure of a game clock, the time left in a period ("with 7:41 to go"). */
  static final String GAME_CLOCK = "game-clock";

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

}
