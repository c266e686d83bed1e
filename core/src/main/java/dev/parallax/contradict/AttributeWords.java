package dev.parallax.contradict;

import dev.parallax.rules.Cue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the attribute check, read from the cues of the contradiction pack: compass
 * points with their bearings, the parts of a place and the nouns that may stand before its name,
 * offices and the words that rank, date or place them, titles before names, speech verbs and the
 * last words of organisations' names. Every list holds lower-case written forms.
 */
final class AttributeWords {
  private final Set<String> describedArticles;
  private final Set<String> ageWords;
  private final Map<String, Integer> compass;
  private final Set<String> compassParts;
  private final Set<String> placeNouns;
  private final Set<String> ownPlaces;
  private final Set<String> ownPlaceParts;
  private final Set<String> nationalityOrganisations;
  private final Set<String> namePlacePrepositions;
  private final Set<String> locatedLinks;
  private final Set<String> locatedPrepositions;
  private final Set<String> flagJoined;
  private final Set<String> flagVerbs;
  private final Set<String> journeyWords;
  private final Set<String> journeyPlaceNouns;
  private final Set<String> exclusiveRanked;
  private final Set<String> roleHeads;
  private final Set<String> roleHeadAfter;
  private final Set<String> roleHeadBeforeNoun;
  private final Set<String> roleRanks;
  private final Set<String> roleArticles;
  private final Set<String> roleOwners;
  private final Set<String> roleTimes;
  private final Set<String> roleModifiers;
  private final Map<String, String> exclusive;
  private final Map<String, String> jurisdictions;
  private final Map<String, String> portfolios;
  private final Set<String> nameTitles;
  private final Set<String> speechVerbs;
  private final Set<String> organisationWords;
  private final Set<String> groupVoices;
  private final Set<String> titles;
  private final Set<String> exclusiveStarts;
  private final Set<String> officerOpens;
  private final Set<String> officerCloses;
  private final Set<String> officerRankFields;
  private final Set<String> courtesyTitles;
  private final Map<String, Set<String>> givenNames;
  private final Map<String, Set<String>> givenNameForms;
  private final Set<String> kinNouns;
  private final Set<String> deathVerbs;
  private final Map<String, String> deathCauses;
  private final Set<String> deathCauseHedges;
  private final List<String> deathCauseOpeners;
  private final Set<String> deathPronouns;
  private final Map<String, String> tournamentRounds;
  private final Map<String, String> headingVerbs;
  private final Map<String, Integer> sides;
  private final List<List<String>> homeLeads;
  private final Set<String> homeLeadsAlone;
  private final Set<String> homeNear;
  private final Set<String> nativeWords;
  private final Set<String> originAdverbs;
  private final Map<String, String> rankTitles;
  private final Set<String> birthWords;
  private final Set<String> birthPrepositions;
  private final Map<String, String> nationalities;
  private final Set<String> nationalityPeoples;
  private final Map<String, String> nationalityPersons;
  private final Set<String> getawayVerbs;
  private final Set<String> getawayPrepositions;
  private final Set<String> getawayFillers;
  private final Map<String, String> vehicles;
  private final Map<String, String> hospitalVerbs;
  private final Set<String> hospitalNouns;
  private final Set<String> hospitalMeans;
  private final Map<String, String> siteNouns;
  private final Set<String> siteOpeners;
  private final DescriptorWords descriptors;

  AttributeWords(PackCues pack, Lexicon lexicon) {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : pack.valued("compass").entrySet()) {
      points.put(e.getKey(), Integer.parseInt(e.getValue()));
    }
    this.compass = Map.copyOf(points);
    this.compassParts = pack.lower("compass-part");
    this.placeNouns = pack.lower("place-noun");
    this.ownPlaces = pack.lower("compass-own-place");
    this.ownPlaceParts = pack.lower("compass-own-place-part");
    this.nationalityOrganisations = pack.lower("nationality-organisation");
    this.namePlacePrepositions = pack.lower("name-place-preposition");
    this.locatedLinks = pack.lower("compass-located-link");
    this.locatedPrepositions = pack.lower("compass-located-preposition");
    this.roleHeads = pack.lower("role-head");
    this.roleHeadAfter = pack.lower("role-head-after");
    this.roleHeadBeforeNoun = pack.lower("role-head-before-noun");
    this.roleRanks = pack.lower("role-rank");
    this.roleArticles = pack.lower("role-article");
    this.roleOwners = pack.lower("role-owner");
    this.roleTimes = pack.lower("role-time");
    this.roleModifiers = lexicon.roleModifiers();
    this.exclusive = pack.valued("role-exclusive");
    this.exclusiveRanked = pack.lower("role-exclusive-ranked");
    this.journeyWords = pack.lower("journey-word");
    this.journeyPlaceNouns = pack.lower("journey-place-noun");
    this.flagJoined = pack.lower("flag-joined");
    this.flagVerbs = pack.lower("flag-verb");
    this.jurisdictions = pack.valued("jurisdiction");
    this.portfolios = pack.valued("portfolio");
    this.nameTitles = pack.lower("name-title");
    this.speechVerbs = pack.lower("speech-verb");
    this.organisationWords = pack.lower("organisation-word");
    this.groupVoices = pack.lower("group-voice");
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
    this.describedArticles = pack.lower("described-person-article");
    this.ageWords = lexicon.phrases().ageWords();
    Set<String> starts = new LinkedHashSet<>();
    for (String k : exclusive.keySet()) {
      starts.add(k.split(" ")[0]);
    }
    this.officerOpens = pack.lower("role-officer-open");
    this.officerCloses = pack.lower("role-officer-close");
    this.officerRankFields = pack.lower("role-officer-rank-field");
    this.courtesyTitles = pack.lower("courtesy-title");
    starts.addAll(officerOpens);
    this.exclusiveStarts = Set.copyOf(starts);
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    Map<String, Set<String>> sexes = new LinkedHashMap<>();
    for (Cue cue : pack.cues()) {
      if (cue.facet().equals("given-name-form")) {
        String[] value = pack.value(cue).split(" ");
        for (String w : pack.lower(cue)) {
          forms.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(value[0]);
          sexes.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(value[value.length - 1]);
        }
      } else if (cue.facet().equals("given-name")) {
        for (String w : pack.lower(cue)) {
          sexes.computeIfAbsent(w, k -> new LinkedHashSet<>()).add(pack.value(cue));
        }
      }
    }
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    forms.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    this.givenNameForms = Map.copyOf(frozen);
    Map<String, Set<String>> sexFrozen = new LinkedHashMap<>();
    sexes.forEach((k, v) -> sexFrozen.put(k, Set.copyOf(v)));
    this.givenNames = Map.copyOf(sexFrozen);
    this.kinNouns = pack.lower("kin-noun");
    this.deathVerbs = pack.lower("death-verb");
    this.deathCauses = pack.valued("death-cause");
    this.deathCauseHedges = pack.lower("death-cause-hedge");
    this.deathCauseOpeners = List.copyOf(pack.lower("death-cause-opener"));
    this.deathPronouns = pack.lower("death-pronoun");
    this.tournamentRounds = pack.valued("tournament-round");
    this.headingVerbs = pack.valued("heading-verb");
    Map<String, Integer> sideBearings = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : pack.valued("vessel-side").entrySet()) {
      sideBearings.put(e.getKey(), Integer.parseInt(e.getValue()));
    }
    this.sides = Map.copyOf(sideBearings);
    List<List<String>> leads = new ArrayList<>();
    for (String lead : pack.lower("home-lead")) {
      leads.add(List.of(lead.split(" ")));
    }
    this.homeLeads = List.copyOf(leads);
    this.homeLeadsAlone = pack.lower("home-lead-alone");
    this.homeNear = pack.lower("home-near");
    this.nativeWords = pack.lower("native-word");
    this.originAdverbs = pack.lower("origin-adverb");
    this.rankTitles = pack.valued("rank-title");
    this.birthWords = pack.lower("birth-word");
    this.birthPrepositions = pack.lower("birth-preposition");
    Map<String, String> countryWords = new LinkedHashMap<>(pack.valued("nationality"));
    Map<String, String> peoples = pack.valued("nationality-people");
    countryWords.putAll(peoples);
    this.nationalities = Map.copyOf(countryWords);
    this.nationalityPeoples = Set.copyOf(peoples.keySet());
    this.nationalityPersons = pack.valued("nationality-person");
    this.getawayVerbs = pack.lower("getaway-verb");
    this.getawayPrepositions = pack.lower("getaway-preposition");
    this.getawayFillers = pack.lower("getaway-filler");
    this.vehicles = pack.valued("vehicle");
    this.hospitalVerbs = pack.valued("hospital-verb");
    this.hospitalNouns = pack.lower("hospital-noun");
    this.hospitalMeans = pack.lower("hospital-means");
    this.siteNouns = pack.valued("site-noun");
    this.siteOpeners = pack.lower("site-opener");
    this.descriptors = DescriptorWords.of(pack);
  }

  /**
   * The words that lead from a person's name and age to where the person lives ("of", "who
   * lives in"), each split into its words, lower case.
   */
  List<List<String>> homeLeads() {
    return homeLeads;
  }

  /**
   * The leads to a home that say it without an age before them ("who lives in", "a resident
   * of"), whole, lower case; "of" and "from" alone may lead to an employer instead.
   */
  Set<String> homeLeadsAlone() {
    return homeLeadsAlone;
  }

  /** The words that mark the name after "of" as a place near the story's ("of nearby Ames"). */
  /** Words that tell where a person was born (pack facet {@code birth-word}: "born"). */
  Set<String> birthWords() {
    return birthWords;
  }

  /** Prepositions between a birth word and its place (pack facet {@code birth-preposition}). */
  Set<String> birthPrepositions() {
    return birthPrepositions;
  }

  Set<String> homeNear() {
    return homeNear;
  }

  /** The rank each rank word or its abbreviation names (pack facet {@code rank-title}). */
  Map<String, String> rankTitles() {
    return rankTitles;
  }

  /** Words of where a person comes from (pack facet {@code native-word}: "a Toledo native"). */
  Set<String> nativeWords() {
    return nativeWords;
  }

  /** Adverbs before "from" of where a person comes from (pack facet {@code origin-adverb}). */
  Set<String> originAdverbs() {
    return originAdverbs;
  }

  /** Countries and the words for their people, lower case, each with its country. */
  Map<String, String> nationalities() {
    return nationalities;
  }

  /** The words for the people of a country ("canadian", "new zealander"), lower case. */
  Set<String> nationalityPeoples() {
    return nationalityPeoples;
  }

  /** Nouns for a person of an age and a nationality, each with its sex or "any". */
  Map<String, String> nationalityPersons() {
    return nationalityPersons;
  }

  /** Verbs of getting away ("fled", "escaped"), lower case. */
  Set<String> getawayVerbs() {
    return getawayVerbs;
  }

  /** Prepositions that open the means of a getaway ("on", "in"), lower case. */
  Set<String> getawayPrepositions() {
    return getawayPrepositions;
  }

  /** Small words that may stand between a verb of getting away and its means, lower case. */
  Set<String> getawayFillers() {
    return getawayFillers;
  }

  /** Means of travel, lower case, each with its kind ("scooter": two wheels). */
  Map<String, String> vehicles() {
    return vehicles;
  }

  /** Verbs of carrying the hurt somewhere, lower case, each with its way ("ground", "air"). */
  Map<String, String> hospitalVerbs() {
    return hospitalVerbs;
  }

  /** Words for a hospital ("hospital", "hospitals"), lower case. */
  Set<String> hospitalNouns() {
    return hospitalNouns;
  }

  /** Words that open the means the hurt were carried by ("flown by helicopter to"). */
  Set<String> hospitalMeans() {
    return hospitalMeans;
  }

  /** Nouns of a fixed site of an organisation, each with its kind ("plant": factory). */
  Map<String, String> siteNouns() {
    return siteNouns;
  }

  /** Words that open one site: "a", "the", "one", "single", "its". */
  Set<String> siteOpeners() {
    return siteOpeners;
  }

  /** The word lists of the occupations and kin relations of named people. */
  DescriptorWords descriptors() {
    return descriptors;
  }

  /**
   * Verbs a direction of movement follows, lower case, each with its kind: "course" for the way
   * something goes ("moving", "heading"), "turn" for a change of it ("turned", "veered"), "lean"
   * for the side a vessel tips to ("listing", "tilted").
   */
  Map<String, String> headingVerbs() {
    return headingVerbs;
  }

  /** The sides of a vessel, lower case, with their bearings from its bow ("starboard" 90). */
  Map<String, Integer> sides() {
    return sides;
  }

  /** Verbs a cause of death follows ("died of", "succumbed to"). */
  /** Pronouns that stand for the person whose death was told before ("he died of"). */
  Set<String> deathPronouns() {
    return deathPronouns;
  }

  /** Phrases that open a claim of a cause of death ("the cause was"), lower case. */
  List<String> deathCauseOpeners() {
    return deathCauseOpeners;
  }

  Set<String> deathVerbs() {
    return deathVerbs;
  }

  /** Causes of death, lower case, each with its kind ("cardiac arrest" is "heart"). */
  Map<String, String> deathCauses() {
    return deathCauses;
  }

  /** Named rounds of a knockout tournament, lower case, each with its round ("semi-final"). */
  Map<String, String> tournamentRounds() {
    return tournamentRounds;
  }

  /** Words that make a cause of death a guess ("apparent", "suspected"). */
  Set<String> deathCauseHedges() {
    return deathCauseHedges;
  }

  /** Nouns of kinship ("grandson", "wife"): members of one family share a surname. */
  Set<String> kinNouns() {
    return kinNouns;
  }

  /**
   * Given names news writes, lower case, the forms of {@link #givenNameForms()} among them, each
   * with the sexes it is given to ("male", "female", or both).
   */
  Map<String, Set<String>> givenNames() {
    return givenNames;
  }

  /**
   * Each short or familiar form of a given name with the full names it is a form of ("bill" to
   * "william", "jon" to "john" and "jonathan"); a full name is a form of itself.
   */
  Map<String, Set<String>> givenNameForms() {
    return givenNameForms;
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

  /** Common nouns that name a report's own place as an anchor ("north of the town"). */
  Set<String> ownPlaces() {
    return ownPlaces;
  }

  /**
   * Prepositions of place and time before a capitalised word that make it a place or a time, no
   * name of an organisation ("In Amsterdam, the Dutch company").
   */
  Set<String> namePlacePrepositions() {
    return namePlacePrepositions;
  }

  /** Nouns for an organisation that news gives a country ("a Dutch company"). */
  Set<String> nationalityOrganisations() {
    return nationalityOrganisations;
  }

  /** Nouns after one of {@link #ownPlaces()} that name its middle ("the city centre"). */
  Set<String> ownPlaceParts() {
    return ownPlaceParts;
  }

  /**
   * Words that may stand between a noun and the direction that places it ("the store, which is
   * two blocks north of", "a plant just south of").
   */
  Set<String> locatedLinks() {
    return locatedLinks;
  }

  /** Prepositions that place a thing where the noun after them is ("a fire at a substation"). */
  Set<String> locatedPrepositions() {
    return locatedPrepositions;
  }

  Set<String> roleHeads() {
    return roleHeads;
  }

  Set<String> roleHeadAfter() {
    return roleHeadAfter;
  }

  /** Office words that make an office of the noun after them ("chief epidemiologist"). */
  Set<String> roleHeadBeforeNoun() {
    return roleHeadBeforeNoun;
  }

  Set<String> roleRanks() {
    return roleRanks;
  }

  /** Articles that open a role in apposition (pack facet {@code role-article}), lower case. */
  Set<String> roleArticles() {
    return roleArticles;
  }

  /**
   * Articles that open the description of one person not named yet (pack facet {@code
   * described-person-article}: "a 31-year-old scaffolder from Inverness"), lower case.
   */
  Set<String> describedArticles() {
    return describedArticles;
  }

  /** Words after which a number is an age (pack facet {@code age-word}: "aged"), lower case. */
  Set<String> ageWords() {
    return ageWords;
  }

  /** Possessive determiners that open a role (pack facet {@code role-owner}), lower case. */
  Set<String> roleOwners() {
    return roleOwners;
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

  /**
   * The exclusive offices whose deputies hold offices of their own even with words between
   * ("Deputy Interior Minister" is not "Interior Minister"), by their value.
   */
  Set<String> exclusiveRanked() {
    return exclusiveRanked;
  }

  /** Words joined to a people's word that give a vessel its flag ("Liberian-flagged"). */
  Set<String> flagJoined() {
    return flagJoined;
  }

  /** Words of sailing a few words before a people's word and "flag" ("flies the Liberian flag"). */
  Set<String> flagVerbs() {
    return flagVerbs;
  }

  /** Words of travel that a journey's start follows ("sailed from", "a crossing from"). */
  Set<String> journeyWords() {
    return journeyWords;
  }

  /** Nouns of a place named after "of" ("the port of Piraeus"). */
  Set<String> journeyPlaceNouns() {
    return journeyPlaceNouns;
  }

  /** The first words of the phrases of {@link #exclusive()}. */
  Set<String> exclusiveStarts() {
    return exclusiveStarts;
  }

  /**
   * The words that open and close an officer's title whose middle names its field ("chief" ...
   * "officer": "chief information officer", "chief medical officer").
   */
  Set<String> officerOpens() {
    return officerOpens;
  }

  /** See {@link #officerOpens()}. */
  Set<String> officerCloses() {
    return officerCloses;
  }

  /** Words that make a rank of an officer's title ("chief petty officer"). */
  Set<String> officerRankFields() {
    return officerRankFields;
  }

  /** Titles of address that name no office ("Dr", "Ms"): they belong to the name after them. */
  Set<String> courtesyTitles() {
    return courtesyTitles;
  }

  /** Words of a level of government, with the level. */
  Map<String, String> jurisdictions() {
    return jurisdictions;
  }

  /**
   * Words that name the field of an office, each with its field ("interior" and "home" name
   * one): one person holds one ministry of a cabinet, so "Interior Minister" and "Justice
   * Minister" are two posts.
   */
  Map<String, String> portfolios() {
    return portfolios;
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

  /** Words of the first person plural, which speak for a group (facet {@code group-voice}). */
  Set<String> groupVoices() {
    return groupVoices;
  }
}
