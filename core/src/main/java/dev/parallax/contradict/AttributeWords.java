package dev.parallax.contradict;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the attribute check, read from the cues of the contradiction pack: compass
 * points with their bearings, the parts of a place and the nouns that may stand before its name,
 * offices and the words that rank, date or place them, titles before names, speech verbs and the
 * last words of organisations' names. Every list holds lower-case written forms.
 */
final class AttributeWords {
  private final Map<String, Integer> compass;
  private final Set<String> compassParts;
  private final Set<String> placeNouns;
  private final Set<String> roleHeads;
  private final Set<String> roleHeadAfter;
  private final Set<String> roleRanks;
  private final Set<String> roleTimes;
  private final Set<String> roleModifiers;
  private final Map<String, String> exclusive;
  private final Map<String, String> jurisdictions;
  private final Set<String> nameTitles;
  private final Set<String> speechVerbs;
  private final Set<String> organisationWords;
  private final Set<String> titles;
  private final Set<String> exclusiveStarts;

  AttributeWords(PackCues pack, Lexicon lexicon) {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : pack.valued("compass").entrySet()) {
      points.put(e.getKey(), Integer.parseInt(e.getValue()));
    }
    this.compass = Map.copyOf(points);
    this.compassParts = pack.lower("compass-part");
    this.placeNouns = pack.lower("place-noun");
    this.roleHeads = pack.lower("role-head");
    this.roleHeadAfter = pack.lower("role-head-after");
    this.roleRanks = pack.lower("role-rank");
    this.roleTimes = pack.lower("role-time");
    this.roleModifiers = lexicon.roleModifiers();
    this.exclusive = pack.valued("role-exclusive");
    this.jurisdictions = pack.valued("jurisdiction");
    this.nameTitles = pack.lower("name-title");
    this.speechVerbs = pack.lower("speech-verb");
    this.organisationWords = pack.lower("organisation-word");
    Set<String> t = new LinkedHashSet<>(nameTitles);
    t.addAll(roleHeads);
    t.addAll(roleRanks);
    t.addAll(roleTimes);
    t.addAll(roleModifiers);
    for (String k : exclusive.keySet()) {
      if (!k.contains(" ")) {
        t.add(k);
      }
    }
    for (String k : jurisdictions.keySet()) {
      t.add(k.replace(".", ""));
    }
    this.titles = Set.copyOf(t);
    Set<String> starts = new LinkedHashSet<>();
    for (String k : exclusive.keySet()) {
      starts.add(k.split(" ")[0]);
    }
    this.exclusiveStarts = Set.copyOf(starts);
  }

  /** The bearing of a compass word in degrees clockwise from north, or -1. */
  int bearing(String lower) {
    return compass.getOrDefault(lower, -1);
  }

  /** Whether the compass word is an adjective ("eastern"), which names a region of a place. */
  static boolean regional(String lower) {
    return lower.endsWith("ern");
  }

  Set<String> compassParts() {
    return compassParts;
  }

  Set<String> placeNouns() {
    return placeNouns;
  }

  Set<String> roleHeads() {
    return roleHeads;
  }

  Set<String> roleHeadAfter() {
    return roleHeadAfter;
  }

  Set<String> roleRanks() {
    return roleRanks;
  }

  Set<String> roleTimes() {
    return roleTimes;
  }

  /** The role modifiers of the lexicon ("assistant", "senior", "former"). */
  Set<String> roleModifiers() {
    return roleModifiers;
  }

  /** Offices one person does not hold together, each phrase with the office it names. */
  Map<String, String> exclusive() {
    return exclusive;
  }

  /** The first words of the phrases of {@link #exclusive()}. */
  Set<String> exclusiveStarts() {
    return exclusiveStarts;
  }

  /** Words of a level of government, with the level. */
  Map<String, String> jurisdictions() {
    return jurisdictions;
  }

  Set<String> nameTitles() {
    return nameTitles;
  }

  /**
   * Words that stand before a name without being part of it: titles, offices, ranks, role
   * modifiers and levels of government ("Gov.", "District Judge", "CEO", "U.S.").
   */
  Set<String> titles() {
    return titles;
  }

  Set<String> speechVerbs() {
    return speechVerbs;
  }

  Set<String> organisationWords() {
    return organisationWords;
  }
}
