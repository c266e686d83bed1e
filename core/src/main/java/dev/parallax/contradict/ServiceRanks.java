package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, the rank of the forces or the police that a report writes right before a named
 * person's name (pack facet {@code rank-title}, whose value is the rank a word or its
 * abbreviation names): "Sergeant Frank Delgado" against "Lt. Frank Delgado", "Lieutenant
 * Colonel Noa Peretz" against "Maj. Noa Peretz". A rank of several words is addressed by its
 * last ("Lieutenant Colonel" is "Colonel", "Staff Sergeant" is "Sergeant"), so two ranks clash
 * when their last words differ. One person (one surname, agreeing given names) is compared when
 * each report gives the person one rank and no other; a finding stands at {@value #CONFIDENCE},
 * 0.1 less when either claim is hedged. A player's position is an office, read by {@link
 * RoleTitles}.
 */
final class ServiceRanks {
  /** The confidence of a finding: a set form right before one person's name. */
  static final double CONFIDENCE = 0.6;

  private final Map<String, String> ranks;
  private final Set<String> titles;

  ServiceRanks(AttributeWords words) {
    this.ranks = words.rankTitles();
    this.titles = words.titles();
  }

  /** A rank a claim writes before a person's name. */
  private record Titled(ClaimView view, PersonName person, String value, TextSpan span) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Titled> left = titled(pair.left());
    List<Titled> right = titled(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Titled a : left) {
      for (Titled b : right) {
        if (!a.person().samePerson(b.person()) || a.value().equals(b.value())
            || twoOf(left, a) || twoOf(right, b)) {
          continue;
        }
        double conf = CONFIDENCE - (a.view().hedged() || b.view().hedged() ? 0.1 : 0);
        AttributeCheck.keep(best, List.of(a.person().surname()), new Finding(Kind.ATTRIBUTE,
            a.view().claim(), b.view().claim(), a.span(), b.span(), a.span().text(),
            b.span().text(), "rank",
            List.of("Both speak of " + a.person().fuller(b.person()) + "."), conf));
      }
    }
    out.addAll(best.values());
  }

  /** Whether the article gives the person of {@code t} two ranks that differ. */
  private static boolean twoOf(List<Titled> all, Titled t) {
    for (Titled o : all) {
      if (o.person().samePerson(t.person()) && !o.value().equals(t.value())) {
        return true;
      }
    }
    return false;
  }

  /** The ranks the claims of one article write before people's names. */
  private List<Titled> titled(ArticlePair.Side side) {
    List<Titled> out = new ArrayList<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        String rank = ranks.get(PersonName.plain(w, i));
        if (rank != null && PersonName.capitalised(w, i)
            && !(i > 0 && ranks.containsKey(PersonName.plain(w, i - 1))
                && PersonName.joined(w, i))) {
          int j = i;
          while (j + 1 < w.size() && PersonName.joined(w, j + 1)
              && PersonName.capitalised(w, j + 1)
              && ranks.containsKey(PersonName.plain(w, j + 1))) {
            j++;
            rank = ranks.get(PersonName.plain(w, j)); // "Lieutenant Colonel" is a colonel
          }
          int end = w.end(j);
          if (j + 1 < w.size() && w.between(end, w.start(j + 1)).startsWith(".")) {
            end++; // "Lt.": the abbreviation's period is part of it
          }
          add(out, c, j + 1, rank, w.span(w.start(i), end));
        }
      }
    }
    return out;
  }

  /** Adds the rank when a person's name opens at word {@code k}. */
  private void add(List<Titled> out, ClaimView c, int k, String value, TextSpan span) {
    ClaimWords w = c.words();
    if (k >= w.size() || !PersonName.capitalised(w, k) || !PersonName.joined(w, k)) {
      return;
    }
    int[] run = PersonName.runFrom(w, k);
    PersonName person = run == null ? null : PersonName.of(w, run[0], run[1], titles);
    if (person != null) {
      out.add(new Titled(c, person, value, span));
    }
  }
}
