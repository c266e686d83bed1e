package dev.parallax.contradict;

import dev.parallax.QuantityFacet.Approximation;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the days a claim places against the day of another event the story told ("he was
 * arrested the next day", "later that day he shot a guard", "a shooting the previous day") as
 * distances in time, in days (measure {@code offset:after} or {@code offset:before}), the scale
 * of "a day later" and "two days after": "the next day" is one day after, "later that day" none.
 * The phrases are those of the pack facet {@code relative-day}; a phrase after a word that makes
 * it a length of time ("for the next day", "within the next day"), before "yesterday" or
 * "tomorrow" ("the day before yesterday"), or a "day before" or "day after" that names its own
 * anchor ("the day before Christmas", "the day after the vote") is not read.
 */
final class RelativeDays {

  /** Words after which a relative-day phrase is a length of time or a day counted from now. */
  private static final Set<String> FROM_NOW = Set.of("yesterday", "tomorrow", "today");

  private final Lexicon lexicon;
  private final Frames frames;
  private final List<List<String>> phrases;

  RelativeDays(Lexicon lexicon, Frames frames) {
    this.lexicon = lexicon;
    this.frames = frames;
    this.phrases = lexicon.temporal().phrases();
  }

  /** The relative days of a claim, in text order. */
  List<Amount> amounts(ClaimWords w, Stops stops) {
    List<Amount> out = new ArrayList<>();
    for (int i = 0; i < w.size(); i++) {
      List<String> p = match(w, i);
      if (p == null) {
        continue;
      }
      int last = i + p.size() - 1;
      boolean length = i > 0 && (lexicon.lengthPrepositions().contains(w.lower(i - 1))
          || lexicon.aheadWords().contains(w.lower(i - 1)));
      boolean fromNow = last + 1 < w.size() && FROM_NOW.contains(w.lower(last + 1));
      // "the day before Christmas 2002", "the day after the vote": the phrase names its own
      // anchor, which another report need not share
      boolean named = lexicon.offsets().containsKey(w.lower(last)) && last + 1 < w.size()
          && w.gapIsSpace(w.end(last), w.start(last + 1));
      if (!length && !fromNow && !named) {
        TemporalWords.RelativeDay d = lexicon.temporal().relativeDays().get(String.join(" ", p));
        TextSpan span = w.span(w.start(i), w.end(last));
        String shown = d.days() == 0 ? "the same day"
            : NumberWords.plain(d.days()) + " day" + (d.days() == 1 ? "" : "s") + " "
                + d.direction();
        out.add(new Amount(w, span, "offset:" + d.direction(), List.of(),
            frames.frame(w, span, stops), frames.core(w, span, stops),
            frames.names(w, span, stops), d.days(), d.days(), d.days(), 1,
            Approximation.EXACT, "day", false, false, Set.of(), shown));
      }
      i = last;
    }
    return out;
  }

  /** The longest pack phrase whose words start at word {@code i}, or null. */
  private List<String> match(ClaimWords w, int i) {
    for (List<String> p : phrases) {
      if (i + p.size() > w.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < p.size() && all; k++) {
        all = w.lower(i + k).equals(p.get(k));
      }
      if (all) {
        return p;
      }
    }
    return null;
  }
}
