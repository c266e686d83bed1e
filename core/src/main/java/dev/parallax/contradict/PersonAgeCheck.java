package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * NUMERIC, the age of one named person: a person has one age on the day of a report, whatever
 * else the claims that give it tell ("Ortun, 57, who is serving his third term" against "Javier
 * Ortun, 59, was picked up at his home"), so two reports that give one person two ages disagree
 * even when their claims share no other word. The person is the name the age is written with
 * ("Ortun, 57,", "the 26-year-old Okafor"), with the given names its article writes for the
 * surname elsewhere; two names are one person when their surnames agree and their given names do
 * not differ ({@link PersonName#samePerson}).
 *
 * <p>Left alone: a name whose article writes two people of that surname ("Bill Clinton",
 * "Hillary Clinton") or gives it two ages (a report may tell a life, or an age and a later one);
 * reports whose dates lie as many years apart as the ages (rounded up), as {@link NumericCheck}
 * leaves them, and undated reports whose ages lie at most {@value #UNDATED_YEARS} years apart
 * (an arrest and a trial). Confidence {@value #FULL} when both names carry given names, {@value #SURNAME}
 * when one is a surname alone; times {@link NumericCheck#UNDATED} when a report has no date,
 * with a note. Immutable and thread-safe.
 */
final class PersonAgeCheck implements Check {
  /** The confidence when both reports name the person in full. */
  static final double FULL = 0.75;
  /** The confidence when one report gives the surname alone. */
  static final double SURNAME = 0.6;
  /**
   * The most years two ages of undated reports may lie apart and be left alone: reports of one
   * story, an arrest and a trial, may lie that far apart.
   */
  static final int UNDATED_YEARS = 2;

  private final NumericCheck numeric;
  private final Set<String> titles;

  /**
   * @param numeric reads the ages of each article
   * @param titles words of titles that stand before names ({@link AttributeWords#titles})
   */
  PersonAgeCheck(NumericCheck numeric, Set<String> titles) {
    this.numeric = numeric;
    this.titles = Set.copyOf(titles);
  }

  /** An age of a named person, of one claim. */
  private record Aged(NumericCheck.Holder holder, PersonName person) {}

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    List<Aged> left = aged(pair.left());
    List<Aged> right = aged(pair.right());
    Optional<LocalDate> l = pair.left().published();
    Optional<LocalDate> r = pair.right().published();
    for (Aged a : left) {
      for (Aged b : right) {
        Amount x = a.holder().amount();
        Amount y = b.holder().amount();
        if (!a.person().samePerson(b.person()) || !AmountIntervals.disagree(x, y)) {
          continue;
        }
        double years = Math.abs(x.value() - y.value()) / NumericCheck.ONE_YEAR;
        List<String> notes = new ArrayList<>();
        double conf = a.person().given().isEmpty() || b.person().given().isEmpty()
            ? SURNAME : FULL;
        if (l.isPresent() && r.isPresent()) {
          if (NumericCheck.agedBetween(x, y, l.get(), r.get())) {
            continue; // written far enough apart for the age to have changed
          }
        } else if (years <= UNDATED_YEARS) {
          continue; // undated reports of one story may be a year or two apart: a trial, an arrest
        } else {
          conf *= NumericCheck.UNDATED;
          notes.add(NumericCheck.UNDATED_AGES);
        }
        if (a.holder().view().hedged() || b.holder().view().hedged()) {
          conf -= 0.1;
        }
        notes.add("A person has one age on the day of a report.");
        out.add(new Finding(Kind.NUMERIC, a.holder().view().claim(), b.holder().view().claim(),
            x.evidence(), y.evidence(), x.shown(), y.shown(), "", notes, conf));
      }
    }
  }

  /**
   * The ages of named people of one article, each with the name it is written with; none of a
   * person the article gives two ages or whose surname it gives two people.
   */
  private List<Aged> aged(ArticlePair.Side side) {
    return side.memo(this, "aged", s -> List.copyOf(readAged(s)));
  }

  private List<Aged> readAged(ArticlePair.Side side) {
    Map<String, Set<List<String>>> given = PersonName.givenNames(side, titles);
    List<Aged> all = new ArrayList<>();
    for (NumericCheck.Holder h : numeric.holders(side)) {
      Amount a = h.amount();
      if (!a.measure().equals("age") || a.noun().isEmpty()) {
        continue;
      }
      PersonName p = name(h.view().words(), a);
      PersonName resolved = p == null ? null : p.resolved(given);
      if (resolved != null) {
        all.add(new Aged(h, resolved));
      }
    }
    List<Aged> out = new ArrayList<>();
    for (Aged a : all) {
      boolean twoAges = all.stream().anyMatch(o -> o.person().samePerson(a.person())
          && AmountIntervals.disagree(o.holder().amount(), a.holder().amount()));
      if (!twoAges) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The name an age is written with: the run of capitalised words of the claim whose stems are
   * the words of what the age belongs to ("Ortun, 57," belongs to [ortun], "the 26-year-old
   * Okafor" to [okafor]), or the name set off by a comma right after the noun the age comes
   * before ("the 57-year-old auctioneer, Jonas Wetterli"); null when those words are no name the
   * claim's names facets know.
   */
  private PersonName name(ClaimWords w, Amount a) {
    String last = a.noun().get(a.noun().size() - 1);
    for (int k = 0; k < w.size(); k++) {
      if (!w.stem(k).equals(last) || w.start(k) < a.evidence().end()
          && !PersonName.capitalised(w, k)) {
        continue;
      }
      if (!PersonName.capitalised(w, k)) {
        // "the 57-year-old auctioneer, Jonas Wetterli,": a name set off after the person's
        // noun is the person
        int[] run = k + 1 < w.size() && w.between(w.end(k), w.start(k + 1)).equals(", ")
            ? PersonName.runFrom(w, k + 1) : null;
        return run == null ? null : PersonName.of(w, run[0], run[1], titles);
      }
      int[] run = PersonName.runTo(w, k);
      if (run == null) {
        continue;
      }
      List<String> stems = new ArrayList<>();
      for (int i = run[0]; i <= run[1]; i++) {
        stems.add(w.stem(i));
      }
      if (stems.containsAll(a.noun())) {
        return PersonName.of(w, run[0], run[1], titles);
      }
    }
    return null;
  }
}
