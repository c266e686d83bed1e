package dev.parallax.contradict;

import dev.parallax.Contradiction.Kind;
import dev.parallax.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ATTRIBUTE, one person's cause of death given as two causes of two kinds: "Felt died of heart
 * failure" against "W. Mark Felt, Sr., ..., died yesterday from Alzheimer's disease"; "Smith was
 * stabbed to death" against "Smith was beaten to death". See {@link AttributeCheck} for the rules.
 */
final class CausesOfDeath {
  /** The most words between a death verb and the "of", "from" or "to" of its cause. */
  static final int MAX_GAP = 4;
  /** The most words between that preposition and the cause ("complications from a heart attack"). */
  static final int MAX_LEAD = 3;
  /** The confidence of a finding before the claims' alignment. */
  static final double BASE = 0.6;
  /** How many claims after a named death an opening "The cause was" may tell its cause. */
  static final int OPENER_CLAIMS = 3;
  private static final Set<String> DEATH_WORDS = Set.of("death", "dead", "drowned");
  private static final Set<String> PREPOSITIONS = Set.of("of", "from");
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "is", "are",
      "be", "has", "had", "have");
  /**
   * Relative pronouns inside an apposition closed by a comma before the verb ("Castellane, a
   * Democrat who represented the district, died"): the apposition's, not the verb's.
   */
  private static final Set<String> RELATIVES = Set.of("who", "whose", "which", "that", "whom",
      "where", "when");
  private static final Set<String> APPOSITION_BREAKS = Set.of("who", "whose", "which", "that",
      "whom", "where", "when", "and", "said", "says", "after", "before", "while", "as");

  private final AttributeWords words;

  CausesOfDeath(AttributeWords words) {
    this.words = words;
  }

  /**
   * A cause of death given to a named person.
   *
   * @param view the claim
   * @param person the person who died
   * @param cause the words of the cause
   * @param kind the kind of cause (the pack cue's value: "heart", "lung")
   */
  record Cause(ClaimView view, PersonName person, TextSpan cause, String kind) {}

  void inspect(ArticlePair pair, List<Finding> out) {
    List<Cause> left = causes(pair.left());
    List<Cause> right = causes(pair.right());
    Map<Object, Finding> best = new LinkedHashMap<>();
    for (Cause a : left) {
      for (Cause b : right) {
        if (a.kind().equals(b.kind()) || !a.person().samePerson(b.person())
            || a.view().hedged() || b.view().hedged()
            || writes(pair.left(), b.kind()) || writes(pair.right(), a.kind())) {
          continue;
        }
        double conf = BASE + pair.relation(a.view(), b.view()).map(r -> 0.1 * r.score())
            .orElse(0.0);
        String name = a.person().span().text().length() >= b.person().span().text().length()
            ? a.person().span().text() : b.person().span().text();
        AttributeCheck.keep(best, a.person().surname(), new Finding(Kind.ATTRIBUTE,
            a.view().claim(), b.view().claim(), a.cause(), b.cause(), a.cause().text(),
            b.cause().text(), "cause of death", List.of("Both speak of the death of " + name
                + "; neither report names the other's kind of cause."), conf));
      }
    }
    out.addAll(best.values());
  }

  /** Whether any claim of the article names a cause of this kind, anywhere. */
  private boolean writes(ArticlePair.Side side, String kind) {
    return side.memo(this, "kinds", this::kindsNamed).contains(kind);
  }

  private Set<String> kindsNamed(ArticlePair.Side side) {
    Set<String> out = new LinkedHashSet<>();
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      for (int i = 0; i < w.size(); i++) {
        String[] p = phraseAt(w, i);
        if (p != null) {
          out.add(p[1]);
        }
      }
    }
    return Set.copyOf(out);
  }

  /**
   * The longest listed cause phrase that starts at word {@code i}, as {phrase, kind, words}; null
   * when none does.
   */
  private String[] phraseAt(ClaimWords w, int i) {
    String[] found = null;
    StringBuilder b = new StringBuilder();
    for (int k = i; k < w.size() && k < i + 4; k++) {
      if (k > i && !w.gapIsSpace(w.end(k - 1), w.start(k))) {
        break;
      }
      b.append(k > i ? " " : "").append(w.lower(k).replace("\u2019", "'"));
      String kind = words.deathCauses().get(b.toString());
      if (kind == null && k == i) {
        kind = words.deathCauses().get(w.stem(k)); // "cancers"
      }
      if (kind != null) {
        found = new String[] {b.toString(), kind, String.valueOf(k - i + 1)};
      }
    }
    return found;
  }

  /** The causes of death given to named people in the claims of one article. */
  private List<Cause> causes(ArticlePair.Side side) {
    return side.memo(this, "causes", s -> List.copyOf(readCauses(s)));
  }

  private List<Cause> readCauses(ArticlePair.Side side) {
    Map<String, Set<List<String>>> names = null;
    List<Cause> out = new ArrayList<>();
    PersonName dead = null; // the person whose death the claims before told, by name
    int since = 0;
    for (ClaimView c : side.claims()) {
      ClaimWords w = c.words();
      since++;
      Cause opened = since <= OPENER_CLAIMS ? opened(c, w, dead) : null;
      if (opened != null && !c.negated(opened.cause())) {
        out.add(opened); // "The cause was complications of pneumonia, his daughter said."
      }
      if (!tellsDeath(w)) {
        continue; // most claims tell no death
      }
      for (int i = 0; i < w.size(); i++) {
        PersonName named = words.deathVerbs().contains(w.lower(i)) ? subject(w, i) : null;
        if (named != null) {
          dead = named;
          since = 0;
        }
        Cause x = words.deathVerbs().contains(w.lower(i)) ? afterVerb(c, w, i, dead)
            : setForm(c, w, i);
        if (x == null || c.negated(x.cause())) {
          continue;
        }
        if (names == null) {
          names = PersonName.givenNames(side, words.titles());
        }
        PersonName p = x.person().resolved(names);
        if (p != null) {
          out.add(new Cause(c, p, x.cause(), x.kind()));
        }
      }
    }
    return out;
  }

  /**
   * The cause a claim that opens with a phrase of pack facet {@code death-cause-opener} gives
   * ("The cause was complications of pneumonia"), given to {@code dead}, the person whose death
   * the article told by name within the {@value #OPENER_CLAIMS} claims before; null otherwise.
   */
  private Cause opened(ClaimView c, ClaimWords w, PersonName dead) {
    if (dead == null) {
      return null;
    }
    String text = c.claim().text().toLowerCase(java.util.Locale.ROOT);
    for (String opener : words.deathCauseOpeners()) {
      if (!text.startsWith(opener + " ")) {
        continue;
      }
      int from = w.firstWordFrom(c.claim().span().start() + opener.length());
      for (int k = from; k < w.size() && k <= from + MAX_LEAD; k++) {
        if (words.deathCauseHedges().contains(w.lower(k))) {
          return null; // "The cause was probably a stroke"
        }
        String[] phrase = phraseAt(w, k);
        if (phrase != null) {
          int end = k + Integer.parseInt(phrase[2]) - 1;
          return new Cause(c, dead, w.span(w.start(k), w.end(end)), phrase[1]);
        }
      }
    }
    return null;
  }

  /** Whether the claim holds a death verb, "death", "dead" or "drowned". */
  private boolean tellsDeath(ClaimWords w) {
    for (int i = 0; i < w.size(); i++) {
      String l = w.lower(i);
      if (words.deathVerbs().contains(l) || DEATH_WORDS.contains(l)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "died Thursday of pneumonia", "succumbed to complications from a heart attack"; a pronoun
   * subject (pack facet {@code death-pronoun}) stands for {@code dead}, the person whose death
   * the claims before told by name.
   */
  private Cause afterVerb(ClaimView c, ClaimWords w, int v, PersonName dead) {
    boolean succumb = w.lower(v).startsWith("succumb");
    int p = -1;
    for (int k = v + 1; k < w.size() && k <= v + MAX_GAP; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k))) {
        break;
      }
      String l = w.lower(k);
      if (succumb ? l.equals("to") : PREPOSITIONS.contains(l)) {
        p = k;
        break;
      }
    }
    if (p < 0) {
      return null;
    }
    for (int k = p + 1; k < w.size() && k <= p + 1 + MAX_LEAD; k++) {
      if (!w.gapIsSpace(w.end(k - 1), w.start(k))
          || words.deathCauseHedges().contains(w.lower(k))) {
        return null; // "died of an apparent heart attack"
      }
      String[] phrase = phraseAt(w, k);
      if (phrase != null) {
        PersonName person = subject(w, v);
        if (person == null && dead != null && v > 0
            && words.deathPronouns().contains(w.lower(v - 1))) {
          person = dead; // "he died of complications from a stroke": the one named just before
        }
        int end = k + Integer.parseInt(phrase[2]) - 1;
        return person == null ? null
            : new Cause(c, person, w.span(w.start(k), w.end(end)), phrase[1]);
      }
    }
    return null;
  }

  /** "was stabbed to death", "drowned": a listed phrase that names a death and its cause. */
  private Cause setForm(ClaimView c, ClaimWords w, int i) {
    String[] phrase = phraseAt(w, i);
    if (phrase == null) {
      return null;
    }
    int end = i + Integer.parseInt(phrase[2]) - 1;
    String last = w.lower(end);
    if (!DEATH_WORDS.contains(last)) {
      return null; // a cause without a death: "the stabbing", "burns to his arms"
    }
    if (i > 0 && words.deathCauseHedges().contains(w.lower(i - 1))) {
      return null;
    }
    int v = i;
    while (v - 1 >= 0 && AUXILIARIES.contains(w.lower(v - 1))
        && w.gapIsSpace(w.end(v - 1), w.start(v))) {
      v--;
    }
    PersonName person = subject(w, v);
    return person == null ? null : new Cause(c, person, w.span(w.start(i), w.end(end)),
        phrase[1]);
  }

  /**
   * The person whose death the verb at word {@code v} tells: a name right before it ("Felt
   * died"), or a name that opens the claim with an apposition between commas before the verb
   * ("W. Mark Felt, Sr., the FBI's number two, died"); null for a pronoun or anything else.
   */
  private PersonName subject(ClaimWords w, int v) {
    int k = v - 1;
    if (k >= 0 && w.gapIsSpace(w.end(k), w.start(v))) {
      int[] run = PersonName.runTo(w, k);
      return run == null || PersonName.possessive(w, run[1]) ? null
          : PersonName.of(w, named(w, run[0], run[1]), run[1], words.titles());
    }
    if (k < 0 || !w.between(w.end(k), w.start(v)).strip().equals(",")) {
      return null;
    }
    int[] run = PersonName.runFrom(w, 0);
    if (run == null) {
      return null;
    }
    int after = run[1] + 1;
    while (after < v && PersonName.plain(w, after).matches("jr|sr|ii|iii|iv")) {
      after++;
    }
    if (after >= v || !w.between(w.end(after - 1), w.start(after)).contains(",")) {
      return null;
    }
    boolean relative = false; // "who represented the district and once led the chamber"
    for (int i = after; i < v; i++) {
      relative |= RELATIVES.contains(w.lower(i));
      if (APPOSITION_BREAKS.contains(w.lower(i)) && !relative
          || words.speechVerbs().contains(w.lower(i))) {
        return null; // a clause, not an apposition: "Smith and Jones, 60, died"
      }
    }
    return PersonName.of(w, named(w, run[0], run[1]), run[1], words.titles());
  }

  /**
   * The first word of the name {@code [first, last]}: past capitalised words before a given
   * name that are neither given names nor initials, so that a word opening a sentence is left
   * out ("Actor Paul Brenner" is "Paul Brenner"; "W. Mark Felt" keeps its initial).
   */
  private int named(ClaimWords w, int first, int last) {
    int f = first;
    while (f + 1 < last && PersonName.plain(w, f).length() > 2
        && !words.givenNames().containsKey(PersonName.plain(w, f))
        && words.givenNames().containsKey(PersonName.plain(w, f + 1))) {
      f++;
    }
    return f;
  }
}
