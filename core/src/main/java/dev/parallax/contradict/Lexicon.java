package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists and scales of the contradiction checks, read from the cues of a pack
 * ({@code contradict/en/contradict.rules} for English): each list is the words of the cues of one
 * facet. Lists compared by stem hold stems; lists compared by written form hold lower-case words.
 */
final class Lexicon {
  private final Set<String> genericNouns;
  private final Set<String> irregularPlurals;
  private final Set<String> vagueParts;
  private final Set<String> singularsInS;
  private final Set<String> reporting;
  private final Set<String> dateGovernors;
  private final Set<String> speechDates;
  private final Set<String> incrementsBefore;
  private final Set<String> incrementsAfter;
  private final Set<String> sequenceParts;
  private final Set<String> countdown;
  private final Set<String> clockUnits;
  private final Set<String> gameMarks;
  private final List<Opposites> opposites;
  private final Set<String> leftStates;
  private final Set<String> expectations;
  private final Set<String> frameNoise;
  private final Set<String> about;
  private final Set<String> nearly;
  private final Set<String> moreThan;
  private final Map<String, QuantifierScale> quantifierScale;
  private final Map<String, double[]> quantifierCounts;
  private final Set<String> copulas;
  private final List<String> personNouns;
  private final Set<String> anaphoricNouns;
  private final Set<String> quantifierAntecedents;
  private final Set<String> placePrepositions;
  private final Set<String> clauseBoundaries;
  private final Set<String> quantifierDeterminers;
  private final Set<String> roleModifiers;
  private final Map<String, String> offsets;
  private final Map<String, Double> offsetUnits;
  private final Set<String> lengthPrepositions;
  private final Set<String> dateModifierDeterminers;
  private final Set<String> aheadWords;
  private final Set<String> vagueScale;
  private final Set<String> timestampWords;
  private final Set<String> frameConjunctions;
  private final Set<String> listConjunctions;
  private final Set<String> measureRelations;
  private final Set<String> peopleVerbs;
  private final Set<String> changeTargets;
  private final Set<String> peopleStates;
  private final List<String> peopleWord;
  private final List<String> peopleWritten;
  private final Set<String> ellipticFollowers;
  private final Set<String> partitives;
  private final Set<String> pronounNumbers;
  private final Set<String> positionNouns;
  private final Set<String> sequenceOwners;
  private final Set<String> sequencePresent;
  private final Set<String> sumForms;
  private final Set<String> measurePositions;
  private final Set<String> peopleNouns;
  private final Set<String> peopleGeneric;
  private final Map<String, String> scopeWords;
  private final Set<String> scopeAdverbs;
  private final Map<String, String> intervalWords;
  private final Map<String, String> kinCounts;
  private final Map<String, String> kinStems;
  private final Map<String, String> countedKinds;
  private final Set<String> collectives;
  private final TemporalWords temporal;
  private final PhraseWords phrases;
  private final AmountWords amountWords;
  private final FateWords fateWords;
  private final NegationWords negations;

  Lexicon(PackCues pack) {
    this.genericNouns = pack.stems("generic-count-noun");
    this.irregularPlurals = pack.lower("irregular-plural");
    this.vagueParts = pack.lower("vague-part");
    this.singularsInS = pack.lower("singular-in-s");
    this.reporting = pack.stems("reporting-word");
    this.dateGovernors = pack.lower("date-governor");
    this.speechDates = pack.lower("speech-date");
    this.incrementsBefore = pack.lower("increment-before");
    this.incrementsAfter = pack.lower("increment-after");
    this.sequenceParts = pack.lower("sequence-part");
    this.countdown = pack.lower("countdown");
    this.clockUnits = pack.lower("clock-unit");
    this.gameMarks = pack.lower("game-mark");
    List<Opposites> opp = new ArrayList<>();
    for (Cue cue : pack.cues()) {
      if (cue.facet().equals("opposite-state")) {
        Set<String> side = new LinkedHashSet<>();
        for (String w : pack.lower(cue)) {
          side.addAll(pack.stemsOf(w));
        }
        Set<String> other = new LinkedHashSet<>(pack.stemsOf(pack.value(cue)));
        opp.add(new Opposites(Set.copyOf(side), Set.copyOf(other)));
      }
    }
    this.opposites = List.copyOf(opp);
    this.leftStates = pack.lower("state-verb");
    this.expectations = pack.lower("expectation");
    this.frameNoise = pack.stems("frame-noise");
    this.about = pack.lower("about");
    this.nearly = pack.lower("nearly");
    this.moreThan = pack.lower("more-than");
    Map<String, QuantifierScale> scale = new LinkedHashMap<>();
    Map<String, double[]> counts = new LinkedHashMap<>();
    for (Cue cue : pack.cues()) {
      if (QuantifierScale.FACETS.contains(cue.facet())) {
        QuantifierScale s = QuantifierScale.of(pack, cue);
        for (String w : pack.lower(cue)) {
          scale.put(w, s);
        }
      } else if (cue.facet().equals("quantifier-count")) {
        String[] v = pack.value(cue).split("\\s+");
        double[] range = {Double.parseDouble(v[0]), Double.parseDouble(v[1])};
        for (String w : pack.lower(cue)) {
          counts.put(w, range);
        }
      }
    }
    this.quantifierScale = Map.copyOf(scale);
    this.quantifierCounts = Map.copyOf(counts);
    this.copulas = pack.lower("copula");
    this.personNouns = List.copyOf(new LinkedHashSet<>(pack.stemList("person-noun")));
    this.anaphoricNouns = pack.lower("anaphoric-noun");
    this.quantifierAntecedents = pack.lower("quantifier-antecedent");
    this.placePrepositions = pack.lower("place-preposition");
    this.clauseBoundaries = pack.lower("clause-boundary");
    this.quantifierDeterminers = pack.lower("quantifier-determiner");
    this.roleModifiers = pack.lower("role-modifier");
    this.offsets = pack.valued("offset");
    Map<String, Double> units = new LinkedHashMap<>();
    pack.valued("offset-unit").forEach((w, v) -> units.put(w, Double.parseDouble(v)));
    this.offsetUnits = Map.copyOf(units);
    this.lengthPrepositions = pack.lower("length-preposition");
    this.dateModifierDeterminers = pack.lower("date-modifier-determiner");
    this.aheadWords = pack.lower("offset-ahead");
    this.vagueScale = pack.lower("vague-scale");
    this.timestampWords = pack.lower("timestamp-word");
    this.frameConjunctions = pack.lower("frame-conjunction");
    this.listConjunctions = pack.lower("list-conjunction");
    this.measureRelations = pack.lower("measure-relation");
    this.peopleVerbs = pack.lower("people-verb");
    this.changeTargets = pack.lower("change-target");
    this.peopleStates = pack.lower("people-state");
    this.peopleWritten = pack.written("people-word").stream()
        .map(x -> x.startsWith("=") ? x.substring(1) : x).toList();
    this.peopleWord = List.of(pack.stemList("people-word").get(peopleWritten.size() - 1));
    this.ellipticFollowers = pack.lower("elliptic-follower");
    this.partitives = pack.lower("partitive");
    this.pronounNumbers = pack.lower("pronoun-number");
    this.positionNouns = pack.stems("position-noun");
    this.sequenceOwners = pack.lower("sequence-owner");
    this.sequencePresent = pack.lower("sequence-present");
    this.sumForms = pack.lower("sum-form-preposition");
    this.measurePositions = pack.lower("measure-position");
    this.peopleNouns = pack.stems("people-noun");
    this.peopleGeneric = pack.stems("people-generic");
    this.scopeWords = pack.valued("scope-preposition");
    this.scopeAdverbs = pack.lower("scope-adverb");
    this.intervalWords = pack.valued("interval-bound");
    this.kinCounts = pack.valued("kin-count");
    this.collectives = pack.lower("collective-number");
    Map<String, String> kin = new LinkedHashMap<>();
    kinCounts.forEach((w, v) -> kin.put(w, pack.stemsOf(v).get(0)));
    this.kinStems = Map.copyOf(kin);
    this.countedKinds = byStem(pack, "counted-kind");
    this.temporal = TemporalWords.of(pack);
    this.negations = NegationWords.of(pack);
    this.phrases = PhraseWords.of(pack);
    this.amountWords = AmountWords.of(pack);
    this.fateWords = FateWords.of(pack);
  }

  /** The value of each one-word phrase of the cues of {@code facet}, by the phrase's stem. */
  static Map<String, String> byStem(PackCues pack, String facet) {
    Map<String, String> out = new LinkedHashMap<>();
    pack.valued(facet).forEach((w, v) -> {
      List<String> stems = pack.stemsOf(w);
      if (stems.size() == 1) {
        out.put(stems.get(0), v);
      }
    });
    return Map.copyOf(out);
  }

  /** The word lists that read how a clause is built around a number. */
  PhraseWords phrases() {
    return phrases;
  }

  /** The word lists that read what an amount measures. */
  AmountWords amountWords() {
    return amountWords;
  }

  /** The word lists of negations and denials. */
  NegationWords negations() {
    return negations;
  }

  /** The word lists that read denials of what befell people. */
  FateWords fateWords() {
    return fateWords;
  }

  /** The word lists of the temporal readers. */
  TemporalWords temporal() {
    return temporal;
  }

  /**
   * Whether a word is a plural noun by its form: in the pack's irregular plurals ("people",
   * "children"), or a lower-case word ending in a plural "s" ("aftershocks", "cables"; not "ss",
   * "us", "is", and not the pack's singulars in s such as "news"). A capitalised word in "s" is
   * as often a name ("Texas", "Jones") as a plural, so it is not read as one.
   */
  boolean plural(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (irregularPlurals.contains(w)) {
      return true;
    }
    return w.length() > 3 && w.equals(word) && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is") && !w.endsWith("'s") && !singularsInS.contains(w);
  }

  /** Words for an unnumbered part before "of" ("most of", "much of"), lower case. */
  Set<String> vagueParts() {
    return vagueParts;
  }

  Set<String> genericNouns() {
    return genericNouns;
  }


  Set<String> reporting() {
    return reporting;
  }

  /**
   * Words after a number that leave its noun out: it counts what the number before it counts
   * (pack facet {@code elliptic-follower}: "and", "of", "for").
   */
  Set<String> ellipticFollowers() {
    return ellipticFollowers;
  }

  /** Words after a number that make it a part of a counted whole ("10 of 16 games"). */
  Set<String> partitives() {
    return partitives;
  }

  /** Conjunctions that part the words of two numbers of a claim ("killed and 20 wounded"). */
  Set<String> frameConjunctions() {
    return frameConjunctions;
  }

  /** Conjunctions that close an enumeration ("42 buildings, 2 roads and 8 bridges"). */
  Set<String> listConjunctions() {
    return listConjunctions;
  }

  /** Words between the amount of a change and the value it ends at ("rose 12% to $1.4 billion"). */
  Set<String> changeTargets() {
    return changeTargets;
  }


  /** Words for people in a state after "the" ("the dead", "the missing"). */
  Set<String> peopleStates() {
    return peopleStates;
  }

  /** Verbs that people undergo ("killed", "injuring"): a bare number after one counts people. */
  Set<String> peopleVerbs() {
    return peopleVerbs;
  }

  /** The counted noun of people that a verb of {@link #peopleVerbs} lends a bare number. */
  List<String> peopleWord() {
    return peopleWord;
  }

  /**
   * How to write the people a verb of {@link #peopleVerbs} counts: one ("person") or many
   * ("people").
   */
  String peopleWritten(double count) {
    return count == 1 ? peopleWritten.get(0) : peopleWritten.get(peopleWritten.size() - 1);
  }

  /**
   * Words after the word that follows a measure that make that word a relation, not what is
   * measured ("80 km northwest of", "two miles away from").
   */
  Set<String> measureRelations() {
    return measureRelations;
  }

  /** The lower-case words of a page's timestamp ("Last updated at", "pm"). */
  Set<String> timestampWords() {
    return timestampWords;
  }

  /** Words that make a bare scale word vague ("several hundred"). */
  Set<String> vagueScale() {
    return vagueScale;
  }

  /** Lower-case words that make a date the bound or anchor of another event. */
  Set<String> dateGovernors() {
    return dateGovernors;
  }

  /**
   * Verbs of telling whose date is the telling's, not the told event's (pack facet
   * {@code speech-date}).
   */
  Set<String> speechDates() {
    return speechDates;
  }

  /** Words before a number that make it an increment (pack facet {@code increment-before}). */
  Set<String> incrementsBefore() {
    return incrementsBefore;
  }

  /** Words after a number that make it an increment (pack facet {@code increment-after}). */
  Set<String> incrementsAfter() {
    return incrementsAfter;
  }

  /** Words before a number that make it a stretch of a sequence ("the first two games"). */
  Set<String> sequenceParts() {
    return sequenceParts;
  }

  /**
   * Two sets of stems of states that exclude each other (pack facet {@code opposite-state}: the
   * cue's words and the words of its value), such as "intact" and "destroyed".
   */
  record Opposites(Set<String> side, Set<String> other) {}

  /**
   * Verbs that leave their subject in a state, as a copula does, and adverbs after them (pack
   * facet {@code state-verb}).
   */
  Set<String> leftStates() {
    return leftStates;
  }

  /** The pairs of opposite states (pack facet {@code opposite-state}). */
  List<Opposites> opposites() {
    return opposites;
  }

  /** Words after minutes and seconds that make a game clock (pack facet {@code countdown}). */
  Set<String> countdown() {
    return countdown;
  }

  /** Units between a game clock and its countdown word (pack facet {@code clock-unit}). */
  Set<String> clockUnits() {
    return clockUnits;
  }

  /**
   * Words after minutes and seconds, or a length of time, that count the time from the start of
   * a period of a game (pack facet {@code game-mark}: "the 2:15 mark", "44 seconds into").
   */
  Set<String> gameMarks() {
    return gameMarks;
  }

  /** Lower-case words of plans and expectations. */
  Set<String> expectations() {
    return expectations;
  }

  /** Stems that never tell what a number or date is about. */
  Set<String> frameNoise() {
    return frameNoise;
  }

  Set<String> about() {
    return about;
  }

  Set<String> nearly() {
    return nearly;
  }

  Set<String> moreThan() {
    return moreThan;
  }

  /**
   * Quantifier, frequency and degree phrases, lower case, with their place on their scale.
   */
  Map<String, QuantifierScale> quantifierScale() {
    return quantifierScale;
  }

  /**
   * Vague counts, lower case, with the least and the most they may count ("several": 2 to 15;
   * "no": 0).
   */
  Map<String, double[]> quantifierCounts() {
    return quantifierCounts;
  }

  /** Lower-case copulas ("is", "are", "remained"). */
  Set<String> copulas() {
    return copulas;
  }

  /** Stems of nouns that count people as such, the one that names them all first. */
  List<String> personNouns() {
    return personNouns;
  }

  /** Lower-case nouns that refer to a set named elsewhere ("others"). */
  Set<String> anaphoricNouns() {
    return anaphoricNouns;
  }

  /** Lower-case pronouns after "of" that take a quantifier back to a count ("most of them"). */
  Set<String> quantifierAntecedents() {
    return quantifierAntecedents;
  }

  /** Lower-case prepositions before a place name ("in", "at"). */
  Set<String> placePrepositions() {
    return placePrepositions;
  }

  /** Lower-case words that start another clause ("and", "who"). */
  Set<String> clauseBoundaries() {
    return clauseBoundaries;
  }

  /** Lower-case words that may stand between a quantifier and its noun ("of", "the"). */
  Set<String> quantifierDeterminers() {
    return quantifierDeterminers;
  }

  /** Lower-case words that make a role another role ("assistant", "deputy", "former"). */
  Set<String> roleModifiers() {
    return roleModifiers;
  }

  /**
   * Units of a distance back in time, with their length in days (pack facet
   * {@code offset-unit}).
   */
  Map<String, Double> offsetUnits() {
    return offsetUnits;
  }

  /**
   * Words after which a length of time is how long something lasted, even before "before" or
   * "after" (pack facet {@code length-preposition}).
   */
  Set<String> lengthPrepositions() {
    return lengthPrepositions;
  }

  /**
   * Determiners before a date that modifies the noun after it (pack facet
   * {@code date-modifier-determiner}).
   */
  Set<String> dateModifierDeterminers() {
    return dateModifierDeterminers;
  }

  /** Lower-case words after a length of time that make it a distance from another event. */
  Map<String, String> offsets() {
    return offsets;
  }

  /** Lower-case words before a length of time that make it a distance from now ("in"). */
  Set<String> aheadWords() {
    return aheadWords;
  }

  /**
   * Nouns of kin that, before "of" and a number, count their children (pack facet
   * {@code kin-count}: "a mother of 12" has 12 children): lower-case word to the counted noun.
   */
  Map<String, String> kinCounts() {
    return kinCounts;
  }

  /** Collective nouns that name a number and take "of" before what they count ("pair"). */
  Set<String> collectives() {
    return collectives;
  }

  /** The kind of thing a counted noun names ("2,000 homes", "3,000 houses"), or its stem. */
  String countedKind(String stem) {
    return countedKinds.getOrDefault(stem, stem);
  }

  /** Whether a counted noun's stem is listed with its kind ({@link #countedKind}). */
  boolean listedKind(String stem) {
    return countedKinds.containsKey(stem);
  }

  /** The stem of the noun a kin word counts ({@link #kinCounts}), by the lower-case kin word. */
  Map<String, String> kinStems() {
    return kinStems;
  }

  /** Lower-case number words that are more often pronouns or articles than counts ("one"). */
  Set<String> pronounNumbers() {
    return pronounNumbers;
  }

  /**
   * Lower-case nouns that make a length joined to them by a hyphen a place, not a distance
   * ("the 27-yard line", "the 10-mile marker").
   */
  Set<String> measurePositions() {
    return measurePositions;
  }

  /**
   * Possessive determiners that make a place in a sequence many things share one owner's ("his
   * third term", "her second season"; pack facet {@code sequence-owner}).
   */
  Set<String> sequenceOwners() {
    return sequenceOwners;
  }

  /**
   * Words that place the owner of a sequence now ("is", "currently"; pack facet {@code
   * sequence-present}).
   */
  Set<String> sequencePresent() {
    return sequencePresent;
  }

  /**
   * Prepositions that, before a bare noun after a sum, name the form the money takes ("in cash";
   * pack facet {@code sum-form-preposition}).
   */
  Set<String> sumForms() {
    return sumForms;
  }

  /** Stems of nouns whose ordinals are places in a sequence, not counts ("round", "floor"). */
  Set<String> positionNouns() {
    return positionNouns;
  }

  /** Stems of nouns for people; "people" counts any of them. */
  Set<String> peopleNouns() {
    return peopleNouns;
  }

  /** Lower-case words before a date that make it the start or the end of a stretch of time. */
  Map<String, String> intervalWords() {
    return intervalWords;
  }

  /**
   * Lower-case adverbs that, right after what a number counts, say where the count holds on
   * their own ("12,000 people worldwide", "300 stores nationwide").
   */
  Set<String> scopeAdverbs() {
    return scopeAdverbs;
  }

  /** Prepositions that open where a count holds, by role: "in" {@code place}, "of" {@code of}. */
  Map<String, String> scopeWords() {
    return scopeWords;
  }

  /** Stems of nouns that count people of any kind ("people"). */
  Set<String> peopleGeneric() {
    return peopleGeneric;
  }
}
