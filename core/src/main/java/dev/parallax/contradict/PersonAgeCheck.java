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
 *
 * <p>A claim that opens with a definite age and no name the article knows ("The 67-year-old
 * said ...", "The 58-year-old Liberal handed in his letter") gives, as news writes it to avoid
 * repeating a name, the age of the person named last in the {@value #BACK_CLAIMS} claims before
 * it ("... said owner and chef Etienne Marchal."); such an age is compared at {@value #SURNAME}
 * at most, with a note naming whom it was read as.
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
  /** How many claims back a definite age that opens a claim looks for the person it stands for. */
  static final int BACK_CLAIMS = 3;

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

  /**
   * An age of a named person, of one claim.
   *
   * @param described whether the claim gives the age to a definite description that stands for
   *     the person named before it ("The 67-year-old said")
   */
  private record Aged(NumericCheck.Holder holder, PersonName person, boolean described) {}

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
            || a.described() || b.described() ? SURNAME : FULL;
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
        for (Aged d : List.of(a, b)) {
          if (d.described()) {
            notes.add("\"" + d.holder().amount().evidence().text() + "\" is read as "
                + d.person().span().text() + ", the person named just before it.");
          }
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
      if (!a.measure().equals("age")) {
        continue;
      }
      PersonName p = a.noun().isEmpty() ? nameInDescription(h.view().words(), a)
          : name(h.view().words(), a);
      PersonName resolved = p == null ? null : p.resolved(given);
      if ((p == null || p.given().isEmpty() && !given.containsKey(p.surname()))
          && opensClaim(h.view().words(), a) && !unnamedElsewhere(side, h.view(), a)) {
        PersonName before = namedBefore(side, h.view(), given);
        if (before != null) {
          all.add(new Aged(h, before, true));
          continue;
        }
      }
      if (resolved != null) {
        all.add(new Aged(h, resolved, false));
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
   * The name that a description holds after its age and its nouns in lower case, before any
   * punctuation ("The 36-year-old champion Klitschko"), or null.
   */
  private PersonName nameInDescription(ClaimWords w, Amount a) {
    int from = w.lastWordBefore(a.evidence().end()) + 1;
    for (int k = from; k < w.size() && k <= from + 2 && (k == from || PersonName.joined(w, k));
        k++) {
      if (PersonName.capitalised(w, k)) {
        int[] run = PersonName.runFrom(w, k);
        return run == null ? null : PersonName.of(w, run[0], run[1], titles);
      }
    }
    return null;
  }

  /**
   * Whether an age written before its noun opens its claim after "the" ("The 58-year-old
   * Liberal handed in ...", "The 67-year-old said ...").
   */
  private static boolean opensClaim(ClaimWords w, Amount a) {
    int k = w.firstWordFrom(a.evidence().start());
    return k == 1 && w.lower(0).equals("the") && a.evidence().text().endsWith("-old");
  }

  /**
   * Whether the noun of a definite age that opens a claim ("The 56-year-old Greek captain": its
   * first word in lower case after the age, past capitalised words) names, after "the" in another
   * claim of its article, someone the article does not name ("the captain gave the order"):
   * then the age is that person's.
   */
  private static boolean unnamedElsewhere(ArticlePair.Side side, ClaimView claim, Amount a) {
    ClaimWords w = claim.words();
    int k = w.lastWordBefore(a.evidence().end()) + 1;
    while (k < w.size() && k < w.lastWordBefore(a.evidence().end()) + 3 && w.isCapitalised(k)) {
      k++;
    }
    if (k >= w.size() || w.isCapitalised(k)) {
      return false;
    }
    String noun = w.lower(k);
    for (ClaimView c : side.claims()) {
      ClaimWords o = c.words();
      for (int i = 1; c != claim && i < o.size(); i++) {
        if (o.lower(i).equals(noun) && o.lower(i - 1).equals("the")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The person named last, with given names, in the {@value #BACK_CLAIMS} claims of its article
   * before {@code claim}, or null, also when another person the article names in full ({@code
   * given}, by surname) is named after that name.
   */
  private PersonName namedBefore(ArticlePair.Side side, ClaimView claim,
      Map<String, Set<List<String>>> given) {
    Integer at = side.indexOf().get(ArticlePair.ClaimKey.of(claim.claim()));
    if (at == null) {
      return null;
    }
    PersonName last = null;
    int lastAt = -1;
    for (PersonName.InClaim n : PersonName.fullNames(side, titles)) {
      Integer i = side.indexOf().get(ArticlePair.ClaimKey.of(n.claim().claim()));
      if (i != null && i < at && i >= at - BACK_CLAIMS) {
        last = n.name(); // in text order: the last one wins
        lastAt = i;
      }
    }
    // another person of the article named by surname after it ("Ingrid Solberg-Haas said ...
    // Vellinger said ... The 58-year-old"): the description may stand for either
    for (int i = Math.max(0, lastAt); last != null && i < at; i++) {
      ClaimWords w = side.claims().get(i).words();
      for (int k = 0; k < w.size(); k++) {
        String s = PersonName.plain(w, k);
        if (PersonName.capitalised(w, k) && given.containsKey(s) && !s.equals(last.surname())
            && (i > lastAt || w.start(k) > last.span().end())) {
          return null;
        }
      }
    }
    return last;
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
