package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ORDINAL by rank: one thing given two places in one ranking, "the largest acquisition in its
 * history" against "the second-biggest purchase the company has ever made". A rank is a
 * superlative of the pack facet {@code superlative} before a noun, first unless an ordinal word of
 * {@code rank-ordinal} stands right before it ("second-biggest", "third deadliest"). Two ranks
 * are compared when their superlatives name one scale (the cue's value: "largest" and "biggest"
 * are one), their nouns are one word or synonyms, neither stands after "one of" ("one of the
 * biggest" ranks nothing), neither claim is denied, and the claims restate each other (as
 * {@link RenumberCheck} asks: shared wording and two shared words besides the noun). A ranking
 * over a stretch of time or a place ("the deadliest attack since 2001", "the largest bank in
 * Europe") is one over that stretch ({@link RankDomain}): two rankings are compared only when
 * they hold over one stretch and their places agree ("the largest outbreak in Minnesota since
 * 2017", "Minnesota's second-largest since 2017"), or when the first holds over all time and
 * the other over a stretch of time of its places; a stretch that names a year runs from that
 * year, however its words name the year's event ("since the race was first held in 2011",
 * "since the first edition in 2011"). The noun ranked is the run of lower-case nouns after the
 * superlative, named by its head ("the largest measles outbreak" ranks an outbreak). A word of
 * the pack facet {@code rank-noun-modifier} between the superlative and its
 * noun leaves the noun ranked ("the largest single rise").
 *
 * <p>Two restating claims may name the ranked thing with two nouns when both ranks belong to one
 * owner ("Norway's"), or when both are set off by a comma after their clause over one named
 * stretch ("..., its biggest increase since 2008", "..., the second-largest rise since 2008"):
 * news ranks the event its clause reports so. A rank in apposition to a name, or after the name
 * and a copula ("Nordvik, Norway's second-largest carrier", "Nordvik is Norway's third-biggest
 * airline"), ranks what the name names: two such ranks of one name and one owner are compared in
 * any two claims, and two ranks given to two names never are.
 *
 * <p>Confidence as {@link RenumberCheck}'s; {@value #NAMED} for the ranks of one named thing in
 * claims that do not restate each other, 0.1 less when either is hedged. An article that ranks a
 * noun alone and the noun with a modifier on one scale tells two rankings: its rank of the noun
 * alone is not set against the other's rank of the modified noun ("its second-biggest investment
 * ever" beside "the biggest private investment the state has attracted").
 */
final class RankCheck implements Check {
  /** The aspect of a finding of this check. */
  static final String RANKING = "place in the ranking";

  private final RankingWords words;
  private final VerbRanks verbs;

  RankCheck(RankingWords words) {
    this.words = words;
    this.verbs = new VerbRanks(words);
  }

  /**
   * Whether a rank is told with a verb ("ranks second among the state's banks"): what it ranks,
   * the other rank must name too, since its scale is unsaid.
   */
  private static boolean toldWithVerb(Rank r) {
    return r.scale().equals(ANY_SCALE);
  }

  /** Whether two ranks are on one scale: the same, or either told with a verb and none. */
  private static boolean oneScale(Rank a, Rank b) {
    return a.scale().equals(b.scale()) || a.scale().equals(ANY_SCALE)
        || b.scale().equals(ANY_SCALE);
  }

  /**
   * Whether two ranks have one owner: the same possessive, or two lower-case possessives of one
   * place ("the nation's", "the country's"), which their domains say alike.
   */
  private static boolean oneOwner(Rank a, Rank b) {
    return a.owner().isEmpty() || b.owner().isEmpty() || a.owner().equals(b.owner())
        || !a.within().commons().isEmpty() && a.within().commons().equals(b.within().commons());
  }

  /**
   * A place in a ranking.
   *
   * @param evidence from the ordinal word (or the superlative) to the last noun of the run
   * @param rank the place, 1 for a bare superlative
   * @param scale the scale the superlative names
   * @param nouns the stems of the nouns ranked, in order: the run of lower-case content words
   *     after the superlative ("the largest measles outbreak" ranks an outbreak of measles), at
   *     most {@value #RUN}, or the subject of its copula
   * @param within the stretch of time, measure and places it holds over
   * @param owner the word right before the ordinal (or the superlative) when it is a possessive
   *     ("Norway's", "its"), lower case, or empty
   * @param apposed whether the rank opens a noun phrase set off by a comma after its clause
   *     ("raised its rate by a point, its biggest increase since 2008"), which ranks the clause's
   *     own event
   * @param named the first word of the name the rank stands in apposition to, or after with a
   *     copula, lower case, or empty (see {@link #namedBefore})
   * @param subject whether the rank has no noun of its own and ranks the definite subject of its
   *     copula or the noun it stands in apposition to ({@link #copulaSubject}: "the prison is the
   *     province's biggest")
   */
  record Rank(dev.parallax.TextSpan evidence, int rank, String scale, List<String> nouns,
      RankDomain within, String owner, boolean apposed, String named, boolean subject) {

    Rank(dev.parallax.TextSpan evidence, int rank, String scale, List<String> nouns,
        RankDomain within, String owner, boolean apposed, String named) {
      this(evidence, rank, scale, nouns, within, owner, apposed, named, false);
    }

    /** The head noun: the last of the run. */
    String head() {
      return nouns.get(nouns.size() - 1);
    }

    /**
     * Whether two ranks name one noun: one head, one first word (as "the largest copper mine"
     * and "the largest copper producer" name copper), or a noun of one word that the other's
     * run holds ("the largest measles outbreak" and "the second-largest outbreak").
     */
    boolean sameNoun(Rank o) {
      return head().equals(o.head()) || nouns.get(0).equals(o.nouns.get(0))
          || nouns.size() == 1 && o.nouns.contains(nouns.get(0))
          || o.nouns.size() == 1 && nouns.contains(o.nouns.get(0));
    }
  }

  /**
   * Whether a claim writes {@code other}'s place on its scale too, as an ordinal and a
   * superlative, whatever follows ("the city's largest private employer and the second-largest
   * in Kansas" ranks in two rankings, and agrees with "Kansas's second-biggest private employer").
   */
  private boolean givesToo(ClaimWords w, Rank other) {
    for (int k = 0; k < w.size(); k++) {
      String lower = w.lower(k);
      int hyphen = lower.indexOf('-');
      String place = hyphen > 0 ? lower.substring(0, hyphen) : k + 1 < w.size() ? lower : "";
      String sup = hyphen > 0 ? lower.substring(hyphen + 1) : k + 1 < w.size() ? w.lower(k + 1)
          : "";
      Integer rank = words.place(place);
      String scale = words.superlatives().get(sup);
      if (rank != null && rank == other.rank() && scale != null
          && (scale.equals(other.scale()) || other.scale().equals(ANY_SCALE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the article of {@code broad} ranks the noun of {@code narrow} too, whose run holds
   * {@code broad}'s and more, on one scale: that article tells two rankings, and its rank of the
   * bare noun is not one of the narrower noun ("the biggest private investment the state has
   * ever attracted" and "its second-biggest investment ever" against "the largest private
   * investment in the state's history").
   */
  private boolean twoRankings(Rank narrow, Rank broad, Map<ClaimView, List<Rank>> broadSide) {
    if (narrow.nouns().size() <= broad.nouns().size()
        || !narrow.nouns().containsAll(broad.nouns())) {
      return false;
    }
    for (List<Rank> ranks : broadSide.values()) {
      for (Rank r : ranks) {
        if (r != broad && r.nouns().equals(narrow.nouns()) && oneScale(r, broad)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The most words of the run of nouns after a superlative. */
  static final int RUN = 3;

  /** The scale of a place told with a verb ("ranks second"): any scale the other names. */
  static final String ANY_SCALE = "*";

  /** The confidence of a finding on the ranks of one named thing. */
  static final double NAMED = 0.6;

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    Map<ClaimView, List<Rank>> left = ranks(pair.left());
    Map<ClaimView, List<Rank>> right = ranks(pair.right());
    Set<List<Integer>> done = new HashSet<>();
    for (ArticlePair.Related rel : pair.related()) {
      if (rel.overlap() < RenumberCheck.MIN_OVERLAP || rel.left().denied()
          || rel.right().denied()) {
        continue;
      }
      for (Rank a : left.getOrDefault(rel.left(), List.of())) {
        for (Rank b : right.getOrDefault(rel.right(), List.of())) {
          if (a.rank() == b.rank() || !oneScale(a, b) || !oneRanking(a, b)
              || (toldWithVerb(a) || toldWithVerb(b)) && !a.sameNoun(b)
              || !a.named().isEmpty() && !b.named().isEmpty() && !a.named().equals(b.named())
              || !a.sameNoun(b) && !renamed(a, b, left.get(rel.left()),
                  right.get(rel.right()))
              || givesToo(rel.left().words(), b) || givesToo(rel.right().words(), a)
              || twoRankings(a, b, right) || twoRankings(b, a, left)) {
            continue;
          }
          Set<String> shared = new LinkedHashSet<>(rel.shared());
          shared.removeAll(a.nouns());
          shared.removeAll(b.nouns());
          // two ranks of one definite subject ("The prison is the province's biggest") name their
          // thing as a name does: one more shared word (the owner's) ties the two claims
          if (shared.size() < (a.subject() && b.subject() ? 1 : 2)) {
            continue;
          }
          double conf = RenumberCheck.BASE + RenumberCheck.WORDING
              * Math.min(1, rel.overlap() / RenumberCheck.FULL_OVERLAP);
          if (!a.named().isEmpty() && a.named().equals(b.named()) && scoped(a) && scoped(b)) {
            conf = Math.max(conf, NAMED); // ranks of one named thing, as below, at the least
          }
          if (rel.left().hedged() || rel.right().hedged()) {
            conf -= 0.1;
          }
          out.add(new Finding(Kind.ORDINAL, rel.left().claim(), rel.right().claim(),
              a.evidence(), b.evidence(), place(a), place(b), RANKING, List.of(), conf));
          done.add(List.of(a.evidence().start(), b.evidence().start()));
        }
      }
    }
    named(left, right, done, out);
  }

  /**
   * Ranks of one named thing in any two claims: a rank in apposition to a name or after the
   * name and a copula ("Nordvik, Norway's second-largest carrier", "Nordvik is Norway's
   * third-biggest airline") ranks what the name names, whatever else the claims say. Two such
   * ranks clash when they rank the same name on one scale over one stretch and place, each
   * saying where it holds ({@link #scoped}) and, when both have an owner ("Norway's"), one owner, neither rank within the scope of a negation, each the only rank on its scale in its
   * claim: an apposition asserts what it says of the name whatever its clause denies ("Nordvik,
   * Norway's largest airline, had no pilots on strike").
   */
  private void named(Map<ClaimView, List<Rank>> left, Map<ClaimView, List<Rank>> right,
      Set<List<Integer>> done, List<Finding> out) {
    for (Map.Entry<ClaimView, List<Rank>> l : left.entrySet()) {
      for (Rank a : l.getValue()) {
        if (a.named().isEmpty() || !scoped(a) || l.getKey().negated(a.evidence())
            || !sole(a, l.getValue())) {
          continue;
        }
        for (Map.Entry<ClaimView, List<Rank>> r : right.entrySet()) {
          for (Rank b : r.getValue()) {
            if (!a.named().equals(b.named()) || !scoped(b) || !oneOwner(a, b)
                || (toldWithVerb(a) || toldWithVerb(b)) && !a.sameNoun(b)
                || a.rank() == b.rank() || !oneScale(a, b)
                || !a.within().agrees(b.within()) || r.getKey().negated(b.evidence())
                || !sole(b, r.getValue())
                || done.contains(List.of(a.evidence().start(), b.evidence().start()))) {
              continue;
            }
            double conf = NAMED - (l.getKey().hedged() || r.getKey().hedged() ? 0.1 : 0);
            out.add(new Finding(Kind.ORDINAL, l.getKey().claim(), r.getKey().claim(),
                a.evidence(), b.evidence(), place(a), place(b), RANKING, List.of(), conf));
          }
        }
      }
    }
  }

  /**
   * Whether a rank says where it holds: an owner ("Norway's", "the country's"), a named place
   * ("in Spain") or a part after its noun opened by a word of the pack facet {@code
   * ranking-place} ("the second-biggest city in the country"; not "on Friday"). "Orleva, the country's
   * third-largest city" and "Orleva, the second-biggest city in the country" rank one city in one
   * country; "Orleva, the second-biggest city" says of what country only its context knows.
   */
  private boolean scoped(Rank r) {
    if (!r.owner().isEmpty() || !r.within().commons().isEmpty()
        || !r.within().places().isEmpty()) {
      return true;
    }
    for (String part : r.within().times()) {
      if (words.places().contains(part.substring(0, (part + " ").indexOf(' ')))) {
        return true; // "in the country", "among the state's counties"
      }
    }
    return false;
  }

  /**
   * The first word of the name that a rank starting at word {@code first} (its owner included)
   * stands in apposition to ("Nordvik, Norway's second-largest carrier"; "Hoshino Motor Corp,
   * Japan's fourth-largest carmaker" gives "hoshino") or after with a copula ("Nordvik is
   * Norway's third-biggest airline"), lower case; empty when none. A name that opens the claim,
   * follows punctuation or follows a lower-case function word ("customers of Harrow Electric,
   * the province's largest utility") is read, so that "its rival Nordvik, Norway's largest" is
   * not.
   */
  private String namedBefore(ClaimWords w, int first) {
    int k = first - 1; // the owner
    if (k >= 2 && w.lower(k - 1).equals("the") && w.gapIsSpace(w.end(k - 1), w.start(k))
        && !w.isCapitalised(k)) {
      k--; // "Halvik, the province's largest utility": a common noun's possessive takes "the"
    }
    if (k < 1) {
      return "";
    }
    int end = k - 1;
    String gap = w.between(w.end(end), w.start(k));
    if (!gap.equals(", ")) {
      if (!gap.equals(" ") || !words.copulas().contains(w.lower(end)) || end < 1
          || !w.gapIsSpace(w.end(end - 1), w.start(end))) {
        return "";
      }
      end--;
    }
    int[] run = PersonName.runTo(w, end);
    if (run == null || PersonName.possessive(w, end)) {
      return "";
    }
    // "customers of Harrow Electric, the province's largest utility": a name after a function
    // word ("of", "at", "the") is whole, as one after punctuation is
    boolean opens = run[0] == 0 || !w.gapIsSpace(w.end(run[0] - 1), w.start(run[0]))
        || w.isStopWord(run[0] - 1) && !w.isCapitalised(run[0] - 1);
    int name = run[0];
    while (name < end && w.isStopWord(name)) {
      name++; // "The Dunmore is": the article that opens the sentence is no word of the name
    }
    return opens ? w.lower(name) : "";
  }

  /**
   * Whether two ranks of claims that restate each other rank one thing named with two nouns: a
   * restatement names the ranked thing in its own words ("Norway's second-largest carrier",
   * "Norway's third-biggest airline"; "its second-highest flood on record", "its third-highest
   * peak on record"). Both must belong to one owner written with a possessive right before them
   * ("Norway's", "its"), and each be the only rank on its scale in its claim: a claim that ranks
   * two things ("the largest port and the second-largest city") is not read so.
   */
  private static boolean renamed(Rank a, Rank b, List<Rank> left, List<Rank> right) {
    boolean owned = !a.owner().isEmpty() && a.owner().equals(b.owner());
    boolean events = a.apposed() && b.apposed() && !a.within().times().isEmpty();
    return (owned || events) && sole(a, left) && sole(b, right);
  }

  /**
   * Whether the rank that starts at word {@code first} opens a noun phrase set off by a comma:
   * "..., its biggest increase since 2008", "..., the second-largest rise since 2008". News
   * ranks the event its clause reports so, naming it with a noun of its own ("increase", "rise",
   * "hike"), so two such ranks of claims that restate each other, over one stretch of time, rank
   * one event.
   */
  private boolean apposed(ClaimWords w, int first) {
    int k = first;
    if (k >= 1 && (w.lower(k - 1).equals("the") || words.owners().contains(w.lower(k - 1)))
        && w.gapIsSpace(w.end(k - 1), w.start(k))) {
      k--;
    }
    return k >= 1 && w.between(w.end(k - 1), w.start(k)).strip().equals(",");
  }

  /**
   * Whether two ranks on one scale may be places in one ranking: over the same stretch and
   * places, or the first over all time and the other over any stretch of its places (the
   * deadliest ever is the deadliest of this year).
   */
  private boolean oneRanking(Rank a, Rank b) {
    return a.within().agrees(b.within())
        || a.rank() == 1 && a.within().covers(b.within(), words.places())
        || b.rank() == 1 && b.within().covers(a.within(), words.places());
  }

  /** Whether {@code r} is the only rank on its scale among {@code ranks}. */
  private static boolean sole(Rank r, List<Rank> ranks) {
    return ranks.stream().filter(o -> o.scale().equals(r.scale())).count() == 1;
  }

  /** How a reader writes a place in a ranking: "1st by size". */
  private static String place(Rank r) {
    int n = r.rank();
    String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    // a periphrastic scale is a stem ("most popul"), a verb's none: the place alone reads better
    return n + suffix + (r.scale().contains(" ") || r.scale().equals(ANY_SCALE) ? ""
        : " by " + r.scale());
  }

  /** The ranks of the claims of one article that rank something (read once per article). */
  private Map<ClaimView, List<Rank>> ranks(ArticlePair.Side side) {
    return side.memo(this, "ranks", s -> {
      Map<ClaimView, List<Rank>> out = new IdentityHashMap<>();
      for (ClaimView c : s.claims()) {
        List<Rank> r = ranks(c.words());
        if (!r.isEmpty()) {
          out.put(c, r);
        }
      }
      return out;
    });
  }

  /** The ranks of a claim, told with superlatives and with verbs ({@link VerbRanks}). */
  List<Rank> ranks(ClaimWords w) {
    List<Rank> out = new ArrayList<>(verbs.ranks(w));
    for (int s = 0; s < w.size(); s++) {
      String scale = words.superlatives().get(w.lower(s));
      int lead = s; // the superlative's first word: "most" of "the most overcrowded"
      if (scale == null) {
        scale = periphrastic(w, s);
        if (scale == null) {
          continue;
        }
        s++; // the adjective ends the superlative
      }
      int first = lead;
      int rank = 1;
      if (lead >= 1) {
        String gap = w.between(w.end(lead - 1), w.start(lead));
        Integer ord = words.place(w.lower(lead - 1));
        if (ord != null && (gap.equals(" ") || gap.equals("-"))) {
          rank = ord;
          first = lead - 1;
        }
      }
      if (oneOf(w, first)) {
        continue; // "one of the biggest": no place at all
      }
      int n = s + 1;
      if (n + 1 < w.size() && words.nounModifiers().contains(w.lower(n))
          && w.gapIsSpace(w.end(s), w.start(n)) && w.gapIsSpace(w.end(n), w.start(n + 1))) {
        n++; // "the second-largest single rise": the rise is ranked
      }
      if (n < w.size() && w.gapIsSpace(w.end(n - 1), w.start(n)) && noun(w, n)) {
        String owner = owner(w, first);
        List<String> nouns = new ArrayList<>(List.of(w.stem(n)));
        int end = n;
        while (nouns.size() < RUN && end + 1 < w.size() && noun(w, end + 1)
            && !words.stretches().contains(w.lower(end + 1))
            && (w.gapIsSpace(w.end(end), w.start(end + 1))
                || w.between(w.end(end), w.start(end + 1)).equals("-"))) {
          // "the second-busiest air-ambulance base": a compound's parts are one noun's
          nouns.add(w.stem(++end));
        }
        out.add(new Rank(w.span(w.start(first), w.end(end)), rank, scale, List.copyOf(nouns),
            RankDomain.read(w, end + 1, owner.isEmpty() ? -1 : first - 1, words), owner,
            apposed(w, first), owner.isEmpty() && !(first >= 1 && w.lower(first - 1)
                .equals("the")) ? "" : namedBefore(w, first)));
        continue;
      }
      if (n < w.size() && w.gapIsSpace(w.end(n - 1), w.start(n)) && w.isContent(n)) {
        continue; // a name or a number after the superlative
      }
      boolean bare = n >= w.size() || !w.gapIsSpace(w.end(s), w.start(n))
          || words.stretches().contains(w.lower(n));
      int subject = bare ? copulaSubject(w, first) : -1;
      int owned = first >= 1 && !owner(w, first).isEmpty() ? first - 1 : -1;
      RankDomain within = !bare ? null : n < w.size() && w.gapIsSpace(w.end(s), w.start(n))
          ? RankDomain.read(w, n, owned, words) : RankDomain.read(w, w.size(), owned, words);
      if (subject >= 0) {
        out.add(new Rank(w.span(w.start(subject), w.end(s)), rank, scale,
            List.of(w.stem(subject)), within, "", false, "", true));
      } else if (bare) {
        // "San Rocco General Hospital, the city's largest", "Lofjord is the busiest in the
        // country": a superlative with no noun ranks the name before it, which stands for its
        // noun
        String named = namedBefore(w, first);
        if (!named.isEmpty()) {
          int from = owned >= 0 || first >= 1 && w.lower(first - 1).equals("the")
              ? first - 1 : first; // "the city's largest", "the largest in the city"
          out.add(new Rank(w.span(w.start(from), w.end(s)), rank, scale, List.of(named),
              within, owner(w, first), apposed(w, first), named));
        }
      }
    }
    return out;
  }

  /**
   * The scale of a superlative written with an adverb of the pack facet {@code
   * superlative-adverb} at word {@code s} ("most", "least") and the lower-case adjective after
   * it ("the most overcrowded prison", "the second most visited museum", "the city's least
   * populated district"): the adverb's value and the adjective's stem; null when "most" is no
   * such adverb. Only right after "the", a possessive or an ordinal word of the pack facet
   * {@code rank-ordinal} does "most" make a superlative: elsewhere it counts ("most prisons").
   */
  private String periphrastic(ClaimWords w, int s) {
    String adverb = words.adverbs().get(w.lower(s));
    if (adverb == null || s < 1 || s + 1 >= w.size()
        || !w.gapIsSpace(w.end(s), w.start(s + 1)) && !w.between(w.end(s), w.start(s + 1))
            .equals("-")
        || !noun(w, s + 1) || words.superlatives().containsKey(w.lower(s + 1))) {
      return null; // "the most populous", "the 14th-most-populous"
    }
    String before = w.lower(s - 1);
    String gap = w.between(w.end(s - 1), w.start(s));
    boolean opens = gap.equals(" ") && (before.equals("the") || !owner(w, s).isEmpty())
        || (gap.equals(" ") || gap.equals("-")) && words.place(before) != null;
    return opens ? adverb + " " + w.stem(s + 1) : null;
  }

  /**
   * The noun a superlative with no noun after it ranks, when "the" or a possessive ("the
   * county's", "Minnesota's") and a copula stand before it (with an adverb of the pack facet
   * {@code rank-copula-adverb} between them: "is now the largest") and their subject is a
   * lower-case noun after a determiner of the pack facet {@code rank-subject-determiner} (or a
   * possessive), with at most one word between them, that opens its clause: the claim, a stretch
   * after punctuation, a content word or a word of the pack facet {@code rank-clause-opener}
   * ("officials said the spill was ..."), never a preposition ("damage from the fire was ..."
   * ranks the damage). "The spill is the third-largest in Texas waters" ranks the spill; so does
   * such a superlative in apposition to the noun, right after its comma ("the canal, the world's
   * second-busiest, carries"); -1 when there is none ("it was the largest" names nothing).
   */
  private int copulaSubject(ClaimWords w, int first) {
    int cop = first - 1; // "the", or a possessive: "Minnesota's second-largest"
    if (cop < 1 || !w.gapIsSpace(w.end(cop), w.start(first))) {
      return -1;
    }
    boolean owned = !owner(w, first).isEmpty();
    if (!owned && !w.lower(cop).equals("the")) {
      return -1;
    }
    cop--;
    if (owned && cop >= 1 && w.lower(cop).equals("the")
        && w.gapIsSpace(w.end(cop), w.start(cop + 1))) {
      cop--; // "the county's second-deadliest"
    }
    // "The canal, the world's second-busiest, handles ...": a noun phrase in apposition renames
    // the noun before its comma, as a copula's complement describes its subject
    boolean apposition = cop >= 1 && w.between(w.end(cop), w.start(cop + 1)).equals(", ");
    if (!apposition && cop >= 3 && words.copulaAdverbs().contains(w.lower(cop))
        && w.gapIsSpace(w.end(cop), w.start(cop + 1))) {
      cop--; // "the spill is now the third-largest"
    }
    if (!apposition && (cop < 2 || !words.copulas().contains(w.lower(cop))
        || !w.gapIsSpace(w.end(cop - 1), w.start(cop))
        || !w.gapIsSpace(w.end(cop), w.start(cop + 1)))) {
      return -1;
    }
    int k = apposition ? cop : cop - 1;
    if (!w.isContent(k) || w.isNumber(k) || w.isCapitalised(k)) {
      return -1;
    }
    for (int d = k - 1; d >= 0 && d >= k - 2; d--) {
      if (!w.gapIsSpace(w.end(d), w.start(d + 1))) {
        return -1;
      }
      if (words.subjectDeterminers().contains(w.lower(d)) || w.lower(d).endsWith("'s")) {
        if (d >= 1 && w.lower(d).endsWith("'s") && w.gapIsSpace(w.end(d - 1), w.start(d))
            && words.subjectDeterminers().contains(w.lower(d - 1))) {
          d--; // "the town's turnout"
        }
        boolean opens = d == 0 || !w.gapIsSpace(w.end(d - 1), w.start(d)) || w.isContent(d - 1)
            || words.clauseOpeners().contains(w.lower(d - 1));
        return opens ? k : -1;
      }
      if (!w.isContent(d) || w.isCapitalised(d)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The possessive right before word {@code first}, lower case, or empty: a word of the pack
   * facet {@code rank-owner} ("its") or one ending in "'s" ("Norway's").
   */
  private String owner(ClaimWords w, int first) {
    if (first < 1 || !w.gapIsSpace(w.end(first - 1), w.start(first))) {
      return "";
    }
    String p = w.lower(first - 1);
    return p.endsWith("'s") || p.endsWith("\u2019s") || words.owners().contains(p) ? p : "";
  }

  /**
   * Whether "one of" or "among" (and a determiner) stands right before word {@code first}: the
   * superlative names a set of the top ones ("one of the biggest", "ranks fourth among Europe's
   * longest road tunnels"), no place.
   */
  private static boolean oneOf(ClaimWords w, int first) {
    int k = first - 1;
    if (k >= 0 && (w.lower(k).equals("the") || w.lower(k).endsWith("'s")
        || w.lower(k).endsWith("\u2019s") || w.lower(k).equals("its")
        || w.lower(k).equals("their"))) {
      k--;
    }
    return k >= 0 && w.lower(k).equals("among")
        || k >= 1 && w.lower(k).equals("of") && w.lower(k - 1).equals("one");
  }

  /** Whether word {@code i} may be a ranked noun: a lower-case content word, not a number. */
  private static boolean noun(ClaimWords w, int i) {
    return w.isContent(i) && !w.isNumber(i) && !w.isCapitalised(i);
  }


}
