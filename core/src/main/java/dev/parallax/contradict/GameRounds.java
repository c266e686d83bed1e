package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ATTRIBUTE, the round of one game between two named sides given as two rounds: "the second
 * semifinal between Evansville and Indiana State" against "the second quarterfinal between
 * Evansville and Indiana State". Two sides meet once in a knockout round, so one game "between A
 * and B" (the same two names, either order) in two aligned claims that write the same years, if
 * any, has one round (claims that only share words are not enough: the two names are shared
 * words; and sides meet again in other years, "the 2010 final"). Only named rounds
 * of the pack are compared (facet {@code tournament-round}: final, semifinal, quarterfinal):
 * numbered rounds ("the second round") may be a named one, and are not. The finding stands at
 * {@value #BASE} plus a tenth of the claims' alignment score, 0.1 less for a hedged claim.
 */
final class GameRounds {
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.6;
  private static final String NAME = "\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,3}";

  private final Map<String, String> rounds;
  private final Pattern pattern;

  GameRounds(Map<String, String> rounds) {
    this.rounds = Map.copyOf(rounds);
    List<String> forms = new ArrayList<>(rounds.keySet());
    forms.sort((x, y) -> y.length() - x.length()); // longest first: "semifinal" before "final"
    StringBuilder alt = new StringBuilder();
    for (String f : forms) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(f));
    }
    this.pattern = Pattern.compile("(?i)\\b(" + alt + ")\\b(?: [\\p{L}'\u2019]+){0,2}? between"
        + " (?-i)(" + NAME + ") and (" + NAME + ")");
  }

  /** One round of one game between two sides, in one claim. */
  private record Game(ClaimView view, TextSpan round, String value, List<String> sides) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Game> left = games(pair.left());
    List<Game> right = games(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Game a : left) {
      for (Game b : right) {
        if (a.value().equals(b.value()) || !a.sides().equals(b.sides())) {
          continue;
        }
        ArticlePair.Related rel = pair.relation(a.view(), b.view()).orElse(null);
        if (rel == null || rel.score() <= 0) {
          continue; // the two names alone make claims share words; the aligner must pair them
        }
        if (!years(a.view()).equals(years(b.view()))) {
          continue; // "the 2010 final" and this year's semifinal: two meetings
        }
        double conf = BASE + 0.1 * rel.score()
            - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        String note = "Both speak of the game between " + String.join(" and ", a.sides()) + ".";
        AttributeCheck.keep(best, a.sides(), new Finding(Kind.ATTRIBUTE, a.view().claim(),
            b.view().claim(), a.round(), b.round(), a.round().text(), b.round().text(), "round",
            List.of(note), conf));
      }
    }
    out.addAll(best.values());
  }

  private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d\\d\\b");

  /** The years a claim writes ("in 2010"). */
  private static List<String> years(ClaimView c) {
    return YEAR.matcher(c.claim().text()).results().map(MatchResult::group).sorted().distinct()
        .toList();
  }

  private List<Game> games(ArticlePair.Side side) {
    return side.memo(this, "games", s -> List.copyOf(readGames(s)));
  }

  private List<Game> readGames(ArticlePair.Side side) {
    List<Game> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      String text = c.claim().text();
      if (!text.contains(" between ")) {
        continue;
      }
      int base = c.claim().span().start();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        String value = rounds.get(m.group(1).toLowerCase(Locale.ROOT));
        TextSpan round = c.words().span(base + m.start(1), base + m.end(1));
        if (value == null || c.negated(round)) {
          continue;
        }
        TreeSet<String> sides = new TreeSet<>(List.of(m.group(2).replaceAll("\\.$", ""),
            m.group(3).replaceAll("\\.$", "")));
        out.add(new Game(c, round, value, List.copyOf(sides)));
      }
    }
    return out;
  }
}
