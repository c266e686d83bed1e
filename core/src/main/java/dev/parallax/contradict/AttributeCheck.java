package dev.parallax.contradict;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * ATTRIBUTE: one slot of one fact filled differently in two articles: the place, the role of a
 * named person, or the speaker of a quotation. Only what English news writes in set forms is
 * compared, so that agreement in other words stays silent: a city and the county or region that
 * holds it, a coarser or finer place, a synonym, an abbreviated title, a person named by role in
 * one article and by name in the other, two quotations of one speaker. All word lists are the
 * cues of the contradiction pack.
 *
 * <p><b>Place</b> ({@link CompassPlaces}): a compass direction from one named place, as a point
 * outside it ("150 nautical miles east of Aden", "55 kilometers (34 miles) west of the town of
 * Bireun") or a region of it ("in eastern Oklahoma", "off the east coast of Sumatra"). Two
 * mentions of two articles are compared when they name the same place (by canonical name) in the
 * same way (point or region), their claims are related (aligned, or sharing two content words),
 * and either both give a distance and the distances agree by their stated precision, or the
 * mentions share two frame words (the content words around them), one when the claims are aligned
 * with a score of at least 0.4; only mutual best matches are
 * compared. What a direction places also decides: the noun right before it, past linking words
 * ("the store, which is two blocks north of"), and the noun whose preposition leads to that noun
 * ("a wildfire in the foothills west of"); two directions that place the same noun are compared in
 * related claims that share nothing else, and a direction that places a noun (with an article
 * before it) that the other claim does not name is not compared, unless both give one distance
 * (the shelter south of a town and the fire north of it are two things). A direction from the
 * report's own place named by a common noun ("south of downtown") is compared at one distance, or
 * when both place one noun; "the town" stands for a named town at one distance when its article
 * names that town. They clash when their bearings lie {@value CompassPlaces#POINT_APART} degrees
 * apart or more for points ("west" and "south"; "south" and "southwest" may name one point) and
 * {@value CompassPlaces#REGION_APART} or more for regions ("northern" and "eastern" Iraq meet in
 * the northeast). Nothing is flagged when either article also gives a direction from that place
 * that agrees with the other's, or when a capitalised compass word belongs to a name ("North
 * Korea", "East Flatbush").
 *
 * <p><b>Role</b> ({@link RoleTitles}): an office word ("director", "attorney", "president", and
 * "CEO", "chief operating officer" and the like) given to a named person, either as a title
 * before the name ("Assistant District Attorney Jane Roe", "CEO Larry Lucchino"), before it with
 * the name set off by commas when a determiner or an owner opens the role ("its general counsel,
 * Jane Roe, said"), or after it in
 * apposition or after "is" or "was" ("W. Mark Felt Sr., the associate director of the FBI",
 * "Felt was deputy associate director of the FBI"); an apposition must end at punctuation or go
 * on describing the person ("After meeting Smith, the director said" gives Smith no role). One person is one surname with compatible
 * first names (a bare surname takes the first name its article writes for it, and is left out
 * when the article writes two). Two roles of one person clash when they have one office, their
 * other words agree (one holds the other's: "Albany County District Attorney" and "District
 * Attorney"), and either a rank word stands before one and not the other ("deputy", "assistant",
 * "vice", "lieutenant", "associate") or they belong to a federal and a state
 * government; or when they are two offices one person does not hold together ("CEO" and "COO").
 * A role dated or made temporary by its words ("former", "acting", "then-", "-elect") is never
 * compared, nor one whose article also gives the person the other role.
 *
 * <p><b>Speaker</b> ({@link QuoteSpeakers}): the same words, {@value QuoteSpeakers#MIN_WORDS} or
 * more in a row with {@value QuoteSpeakers#MIN_CONTENT} content words, inside quotation marks in
 * both articles, with a named speaker next to each quotation (a speech verb and a name right after
 * the closing mark, or right before the opening one), with no preposition before the name ("said
 * the lawyer for John Doe" names no speaker, "army chief of staff General Ivo Marsh" does). An
 * aside set off by commas may stand between the name and the speech verb, in either order ("Jane
 * Roe, the agency's director, told reporters", "the agency's director, Jane Roe, said"), and a few
 * words between the speech verb and the colon that opens the quotation ("said in a statement:"). The two speakers clash when their surnames
 * differ (not by one letter, a spelling), the two articles do not both write both surnames
 * (each names the other's speaker too: both may have said it) unless the quotation runs to
 * {@value QuoteSpeakers#LONG_QUOTE} words or more, {@value QuoteSpeakers#LONG_GROUP_QUOTE} in the
 * first person plural, which speaks for a group (two people do not say one sentence word for
 * word), and each name is a person's: not an organisation ("the Chargers", "the State Department"), and a
 * bare surname only when its article writes it with a first name or a title somewhere.
 *
 * <p><b>Home</b> ({@link Hometowns}): where a person lives, as news writes it after a name and
 * an age ("Anthony LaSalle, 36, of Minneapolis", "who lives in Minneapolis"); one person (one surname, agreeing given names,
 * one age) "of" two places that share no word, neither named anywhere in the other article (a
 * suburb and its city stay silent when either article names both). A home finding stands at
 * {@value Hometowns#CONFIDENCE}, 0.1 less when either claim is hedged. So does the home of an
 * unnamed person described by age and trade ({@link DescribedHomes}: "a 31-year-old scaffolder
 * from Inverness" against "a scaffolder from Dundee aged 31").
 *
 * <p><b>Place of origin</b> ({@link Natives}): where one named person comes from, "a Toledo
 * native" or "a native of Toledo" in apposition or after a copula; two places that share no
 * word, neither named in the other article and neither a country, clash at {@value
 * Natives#CONFIDENCE}.
 *
 * <p><b>Rank</b> ({@link ServiceRanks}): the rank of the forces or the police written right
 * before one named person's name ("Sergeant Frank Delgado" against "Lt. Frank Delgado"), when
 * each report gives the person one; a rank is addressed by its last word. At {@value
 * ServiceRanks#CONFIDENCE}.
 *
 * <p><b>Given name</b> ({@link GivenNames}): one person's given name written two ways that are
 * not forms of one name ("Dale Stevens", "David Stevens"), in aligned claims or after one title;
 * initials, middle names, short and familiar forms, prefixes and spellings of one sound agree, and
 * two given names of one surname in one article, or next to a kin word, are two people.
 *
 * <p><b>Cause of death</b> ({@link CausesOfDeath}): the cause after "died of", "died from" or
 * "succumbed to", within {@value CausesOfDeath#MAX_GAP} words of the verb ("died Thursday of
 * pneumonia") and {@value CausesOfDeath#MAX_LEAD} words of the preposition ("complications from a
 * heart attack"), or a set form that names a death and its cause ("was stabbed to death",
 * "drowned"), given to a named person who is the subject (the name right before the verb, or a
 * name opening the claim with an apposition between commas, a relative clause inside it too),
 * or, within three claims after a death told by name, to that person after "he" or "she" or in
 * a claim that opens "The cause was" (pack facet {@code death-cause-opener}). Causes are the pack's, each of a
 * kind (heart, lung, cancer, brain, dementia, organ, AIDS, overdose, and violent kinds); two
 * causes of one person clash when their kinds differ, neither claim is hedged nor the cause
 * guessed ("an apparent heart attack"), and neither article names the other's kind of cause
 * anywhere (one may have led to the other). It stands at {@value CausesOfDeath#BASE} plus a tenth
 * of the alignment score.
 *
 * <p><b>Round</b> ({@link GameRounds}): one game "between" the same two named sides in related
 * claims, given two named rounds ("semifinal", "quarterfinal").
 *
 * <p><b>Heading</b> ({@link Headings}): the way one thing moves or tips, a compass point or a
 * vessel's side right after a verb of movement ("moving north-northeast", "listing to
 * starboard"), given two ways that cover no direction in common in related claims.
 *
 * <p><b>Nationality</b> ({@link Nationalities}): an unnamed person described by age and sex
 * ("a 41-year-old man from Canada", "a Canadian man, 41", "a Dutch student aged 24") or a named
 * person ("Jane Roe, 48, a truck driver from Poland") given two countries, neither named anywhere
 * in the other article; so is a named organisation ({@link OrganisationNationalities}: "Aquaform,
 * a Canadian manufacturer" against "Aquaform, the Dutch company").
 *
 * <p><b>Country of birth</b> ({@link Birthplaces}): one named person born in two countries
 * ("Danish-born architect Soren Halvik" against "Soren Halvik, who was born in Sweden"), neither
 * named anywhere in the other article.
 *
 * <p><b>Getaway</b> ({@link Getaways}): an escape made by two kinds of means ("fled on
 * scooters", "escaped in a van"), neither kind named anywhere in the other article.
 *
 * <p><b>Hospital town</b> ({@link HospitalTowns}): the one town each article says the hurt were
 * taken to ("taken to hospitals in Dayton"), two towns neither article names elsewhere.
 *
 * <p><b>Site</b> ({@link Sites}): one site of an organisation, a singular noun of a fixed site
 * placed by a named place ("a clinic in Faribault", "the FBI's Cleveland field office"), given
 * two places that neither article names elsewhere.
 *
 * <p><b>Occupation and kin</b> ({@link Descriptors}): what a named person is, an occupation
 * ("Jane Roe, a retired teacher", "forecaster Jane Roe") or a relation to another person ("Roe's
 * mother, Ana Roe"), given as two fields of work or two relations to one person.
 *
 * <p><b>Journey</b> ({@link Journeys}): where one journey began or was bound, after a word of
 * travel ("a crossing from Piraeus", "sailing from Ningbo to Rotterdam"): two starts, or two ends
 * of one start, that neither article names elsewhere.
 *
 * <p><b>Flag</b> ({@link ShipFlags}): the flag of one vessel ("the Liberian-flagged Nordic Ardent",
 * "sailing under the Liberian flag"), two countries for one named vessel, or for the one flag
 * each article gives, neither named elsewhere.
 *
 * <p><b>Confidence.</b> Each finding starts at {@value #BASE}. A place rises by 0.15 when both
 * articles give the same distance, by 0.05 for each frame word the two mentions share (at most
 * three), by 0.1 times the claims' alignment score and by 0.05 for opposite directions (135
 * degrees or more); it falls by 0.1 for a region. A role rises by 0.1 when both give the same
 * other words (the organisation), by 0.05 when a full name is given and by 0.1 times the
 * alignment score; it falls by 0.05 for federal against state. A speaker rises by 0.1, and by
 * 0.02 for each shared word past {@value QuoteSpeakers#MIN_WORDS} (at most 0.2); it falls by 0.1
 * when a speaker is a bare surname. Every finding falls by 0.1 when either claim is hedged.
 */
final class AttributeCheck implements Check {
  /** The least confidence of an attribute finding. */
  static final double BASE = 0.5;

  private final CompassPlaces places;
  private final RoleTitles roles;
  private final QuoteSpeakers speakers;
  private final Hometowns homes;
  private final Natives natives;
  private final ServiceRanks ranks;
  private final GivenNames names;
  private final CausesOfDeath deaths;
  private final GameRounds rounds;
  private final Headings headings;
  private final Nationalities nationalities;
  private final OrganisationNationalities organisations;
  private final Birthplaces births;
  private final Getaways getaways;
  private final HospitalTowns hospitals;
  private final Sites sites;
  private final DescribedHomes describedHomes;
  private final Descriptors descriptors;
  private final Journeys journeys;
  private final ShipFlags flags;

  AttributeCheck(AttributeWords words) {
    this.places = new CompassPlaces(words);
    this.roles = new RoleTitles(words);
    this.speakers = new QuoteSpeakers(words);
    this.homes = new Hometowns(words);
    this.natives = new Natives(words);
    this.ranks = new ServiceRanks(words);
    this.describedHomes = new DescribedHomes(words);
    this.names = new GivenNames(words);
    this.deaths = new CausesOfDeath(words);
    this.rounds = new GameRounds(words.tournamentRounds());
    this.headings = new Headings(words);
    this.nationalities = new Nationalities(words);
    this.organisations = new OrganisationNationalities(words);
    this.births = new Birthplaces(words);
    this.getaways = new Getaways(words);
    this.hospitals = new HospitalTowns(words);
    this.sites = new Sites(words);
    this.descriptors = new Descriptors(words);
    this.journeys = new Journeys(words);
    this.flags = new ShipFlags(words);
  }

  /**
   * The better of two findings of one fact, whichever article comes first: the surer, then the
   * one whose evidence stands earlier in both articles.
   */
  static final Comparator<Finding> BETTER = Comparator.comparingDouble(Finding::confidence)
      .reversed()
      .thenComparingInt(f -> f.leftEvidence().start() + f.rightEvidence().start())
      .thenComparingInt(f -> Math.min(f.leftEvidence().start(), f.rightEvidence().start()))
      .thenComparingInt(f -> Math.max(f.leftEvidence().end(), f.rightEvidence().end()));

  /** Keeps in {@code best} the better finding for {@code key}. */
  static void keep(Map<Object, Finding> best, Object key, Finding f) {
    best.merge(key, f, (x, y) -> BETTER.compare(x, y) <= 0 ? x : y);
  }

  @Override
  public void inspect(ArticlePair pair, List<Finding> out) {
    places.inspect(pair, out);
    roles.inspect(pair, out);
    speakers.inspect(pair, out);
    homes.inspect(pair, out);
    natives.inspect(pair, out);
    ranks.inspect(pair, out);
    describedHomes.inspect(pair, out);
    names.inspect(pair, out);
    deaths.inspect(pair, out);
    rounds.inspect(pair, out);
    headings.inspect(pair, out);
    nationalities.inspect(pair, out);
    organisations.inspect(pair, out);
    births.inspect(pair, out);
    getaways.inspect(pair, out);
    hospitals.inspect(pair, out);
    sites.inspect(pair, out);
    descriptors.inspect(pair, out);
    journeys.inspect(pair, out);
    flags.inspect(pair, out);
  }
}
