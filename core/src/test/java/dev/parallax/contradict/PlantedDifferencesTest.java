package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Parallax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thirteen reports, each of one event, written for these tests (not taken from any data set),
 * each told a second time in other words ({@code -b}), and that retelling with nine facts changed
 * ({@code -b-changed}): a number, a date, an age, a count, a distance, a length of time. The
 * faithful retelling gives no contradiction even at confidence 0; the changed one gives, at the
 * default confidence, the changes listed here, each with both evidence spans, and nothing else.
 * A change the checks miss is named in a comment, so a rule that finds it later shows here as a
 * list to update, not silently. Six more reports, with keys of their planted changes, are held to
 * the default confidence ({@link #unseenRetellings}).
 */
class PlantedDifferencesTest {
  private static final Parallax ALL = Parallax.builder().minConfidence(0).build();
  private static final Parallax PX = Parallax.standard();

  static Stream<Arguments> retellings() {
    return Stream.of(
        // missed: a depth of 35 against 10 km, three against four provinces, Wednesday against
        // Thursday, 120 soldiers against 150 troops; under the default confidence: 60 against
        // 80 km, 2,000 homes against 3,000 houses, 2014 against 2015, six against seven killed
        Arguments.of("quake", "2025-06-02", List.of(
            "NUMERIC 27 | 30",
            "TEMPORAL 10:42 p.m. | 10:24 p.m.")),
        // under the default confidence: a two-week against a three-week trial, about five
        // against nine hours
        Arguments.of("verdict", "2025-06-06", List.of(
            "NUMERIC $2.3 million | $3.2 million",
            "NUMERIC 58 | 56",
            "NUMERIC 14 counts | 12 wire fraud counts",
            "NUMERIC up to 20 years | 30 years",
            "TEMPORAL March 12 | March 21",
            "NUMERIC 11 accounts | 17 accounts",
            "TEMPORAL 2011 | 2012")),
        // missed: about 45,000 people against roughly 50,000 employees (two round figures that
        // may be one), two new against three data centers ("new" counts what is added); under
        // the default confidence: $1.4 against $1.6 billion of profit, $8.2 against $8.5 billion
        // of revenue, 2004 against 2006
        Arguments.of("earnings", "2025-10-22", List.of(
            "TEMPORAL Tuesday | Wednesday",
            "NUMERIC 12 percent | 15%",
            // found since "rose" and "increased" are one word of change
            "NUMERIC $1.4 billion | $1.6 billion",
            "NUMERIC 52 | 54",
            "NUMERIC 1,200 jobs | 1,500 positions")),
        // written after the rules above, as an unseen report; it gave three changes at
        // confidence 0 and taught three rules: a rate holds its "per hour", "12 of the injured"
        // counts people, a count lent to "three of them" is shown with its noun.
        // Missed: about 250 passengers against some 300 people (two round figures that may be
        // one), five against six of eight cars and carriages (claims not related); under the
        // default confidence: four against five killed, 12 against 15 in hospital
        Arguments.of("crash", "2025-11-16", List.of(
            "TEMPORAL 6:15 p.m. | 6:45 p.m.",
            "NUMERIC three | two",
            // found since a date after the report's publication is a plan, as "is to" says
            "TEMPORAL Tuesday | Thursday",
            "NUMERIC 140 kilometers per hour | 160 km/h",
            "TEMPORAL 2019 | 2017")),
        // written after all the rules above, as an unseen report of politics; it gave four
        // changes at the default confidence (five at confidence 0) and taught two rules: "and"
        // between a noun and a number joins noun phrases ("her husband and two daughters"), and a
        // quotation given to another speaker counts though the story names its subject
        // everywhere, with the speaker after an office ("said her chief of staff, Tom Rivera").
        // Missed: since 2003 against a career that began in 2004, a fifth against a sixth term
        // (a place in a sequence that many things share); under the default confidence:
        // Tuesday against Wednesday
        Arguments.of("senate", "2025-11-04", List.of(
            // "The N-year-old" opening a claim is the person named just before it
            "NUMERIC 71 | 72-year-old",
            "NUMERIC two daughters | three daughters",
            "TEMPORAL 2011 | 2012",
            "TEMPORAL 2019 | 2020",
            "NUMERIC $3.5 billion | $3.6 billion",
            "ATTRIBUTE Delgado | Tom Rivera",
            "NUMERIC 58 percent | 62%")),
        // written after the politics report, as an unseen report of a protest; it gave five
        // changes at the default confidence (six at confidence 0) and taught two rules: "12
        // police officers" counts officers, and two counts that open their claim share what it
        // says of them. Missed: tens of thousands against about 5,000 people. North against
        // south (the way the march went) is found since a compass point after a verb of
        // movement is read as a heading; 1989 against 1991 (0.18 before) since two superlatives
        // since a year say when the level was last reached.
        Arguments.of("protest", "2025-11-16", List.of(
            "TEMPORAL Saturday | Sunday",
            "ORDINAL a third straight day | the fourth day",
            "ATTRIBUTE moved north | headed south",
            "NUMERIC about six hours | roughly three hours",
            "NUMERIC 43 people | 34 people",
            "NUMERIC Twelve police officers | 21 officers",
            "ATTRIBUTE Interior Minister | Deputy Interior Minister",
            "TEMPORAL largest since 1989 | biggest demonstration since 1991")),
        // written after the protest report, as an unseen report of an outbreak; it gave six
        // changes at the default confidence (seven at confidence 0) and taught three rules:
        // "children under five" is an age limit, no rival count of people (17 against 27 dead
        // rose from 0.45 to 0.64), "chief" before a noun makes one office of the two, with whose
        // office it is between ("the ministry's chief epidemiologist"), and where a place lies
        // in its country ("the northern province of Kessa", "Kessa, a southern province").
        // Missed: Thursday against Friday. The first against the second outbreak since 2017 is
        // found since the subject of a copula names what an ordinal without its noun counts
        // ("The outbreak is the first in the province since 2017")
        Arguments.of("outbreak", "2025-09-12", List.of(
            "NUMERIC 214 cases | 241 cholera cases",
            "ATTRIBUTE northern province of Kessa | Kessa, a southern province",
            "NUMERIC At least 17 people | at least 27 people",
            "TEMPORAL August 3 | August 13",
            "ORDINAL the first | the province's second outbreak",
            "ATTRIBUTE chief epidemiologist | deputy chief epidemiologist",
            "NUMERIC two contaminated wells | three contaminated wells",
            "QUANTIFIER Most patients arrive | Few patients arrive",
            "NUMERIC 40,000 doses | 14,000 doses",
            "NUMERIC About 60 percent | about 80%")),
        // written after the outbreak report, as an unseen report of a takeover; it gave two
        // changes at the default confidence (four at confidence 0) and taught three rules: one
        // change given two directions ("fell 4 percent", "rose 4%"), an apposition that names
        // the company whose office it is ("Dana Whitlock, Norvane's chief financial officer"),
        // and one thing given two places in one ranking ("the largest acquisition", "the
        // second-biggest purchase"). Missed: Monday against Tuesday, by the end of the year
        // against the first half of next year, Plano against Austin; under the default
        // confidence: 33 against 38 percent (a share among other shares), 14,000 people against
        // 41,000 employees (far apart, read as two counts)
        Arguments.of("deal", "2025-10-14", List.of(
            "NUMERIC $13.9 billion | $13.2 billion",
            "ORDINAL largest acquisition | second-biggest purchase",
            // found since an organisation is based in one place (OrganisationBases)
            "ATTRIBUTE based in Plano | based in Austin",
            "ATTRIBUTE chief executive | chief financial officer",
            "NUMERIC 4 percent | 4%",
            "TEMPORAL 1998 | 1989")),
        // Five reports written after all the rules above by a writer who had not read the code
        // or the tests (a wildfire, a football match, a sentencing, an emergency landing, a
        // transit strike), each with about ten facts changed in its retelling and measured before
        // any rule for it. They taught five rules: "about" gives its number the band of its cue
        // and no rounding on top ("about 20" against "about 26"), singular words before "and"
        // modify the plural after it ("12,500 bus and tram drivers"), an age in an apposition
        // after a name is the named person's ("Gerald Pruitt, a 56-year-old former
        // administrator"), "in" after "first time" looks back ("for the first time in 11
        // years" was read as 11 years ahead), and superlatives of any scale rank a thing.
        // Wildfire, before 3 (5) at the default confidence (at 0), after the same. Missed:
        // 2,150 residents evacuated against more than 2,600 people ordered to leave, a
        // 71-year-old man against a man of 77 (no name), 2:30 against 3:30 p.m. in a sentence
        // whose day changed too, the third against the region's second major blaze (a
        // possessive ranking, a synonym), denied against acknowledged "may have" (hedged);
        // under the default confidence: 15 against 25 percent contained, Tuesday against
        // August 11.
        Arguments.of("wildfire", "2025-08-14", List.of(
            "NUMERIC 30 miles | some 64 km",
            "ATTRIBUTE county fire chief | Deputy county fire chief",
            "NUMERIC $86 million | $68 million")),
        // Match, before 3 (4), after 4 (5): a player's position is an office. Missed: a crowd of
        // 41,250 against just over 38,000 fans, 18 million pounds (read as a weight) against
        // £15m, 15 league goals against his 13th, seven of the last eight against all of the
        // past eight (no number after "all"). Found since a named person has one age: 29
        // against 27 years old.
        Arguments.of("match", "2025-03-10", List.of(
            "TEMPORAL Sunday | March 8",
            "NUMERIC 11 years | eight years",
            "NUMERIC 29 | 27",
            "ATTRIBUTE defender | midfielder",
            "TEMPORAL 4:30 p.m. | 3 p.m.",
            // found since pounds in millions are sterling
            "NUMERIC 18 million pounds | £15m")),
        // Sentencing, before 3 (3), after 3 (4). Missed: Wednesday against May 20, 2016 to 2023
        // against beginning in 2015, four of nine centres closed against all nine shut (two
        // verbs), $2.7 against $2.4 million, the second-longest against "the state's
        // third-longest" (no noun after it), denied against admitted (tried: a report that
        // someone long denied something and later admitted it is no contradiction). 58 against
        // a 56-year-old (0.38 before) is found since one person named in full has one age.
        Arguments.of("sentencing", "2025-05-22", List.of(
            "NUMERIC 14 years | 12 years",
            "NUMERIC 58 | 56-year-old",
            "NUMERIC 11 counts | thirteen counts",
            "ATTRIBUTE foundation director | deputy director")),
        // Landing, before 5 (6), after 6 (7): "taken to hospital" and "hospitalised" are one
        // word (a synonym group). Missed: 7:05 against 7:50 a.m. in a sentence of a changed
        // day, all 179 passengers against most of them, shares that fell 6 against stock that
        // dropped 9 percent; under the default confidence: 90 miles against about 120 km.
        Arguments.of("landing", "2025-10-09", List.of(
            "TEMPORAL Wednesday | Tuesday morning",
            "NUMERIC three | Five people",
            "NUMERIC 47 | 51",
            "ATTRIBUTE chief executive | chief operating officer",
            "TEMPORAL October 2 | Oct. 4",
            "ORDINAL the second engine fire on a Skyvale plane | the third time")),
        // Strike, before 3 (4), after 5 (6): "talks" and "negotiations", "resume" and "restart"
        // are synonyms. Missed: western against eastern approach road; under the default
        // confidence: 9 against 7 percent. ("the first strike since 1998" and "the second since
        // 1994" may both hold.)
        Arguments.of("strike", "2025-11-18", List.of(
            "NUMERIC About 12,500 bus and tram drivers | an estimated 11,500 bus and tram drivers",
            "NUMERIC 61 | 63",
            "NUMERIC last 72 hours | last two days",
            "QUANTIFIER Only a few night buses | Most night buses",
            "TEMPORAL Thursday at 10 a.m. | Wednesday morning")));
  }

  /**
   * Six more reports, written on 2026-12-06 by someone who had read neither the code nor these
   * tests, as stand-ins for news the rules were not written for: each {@code NAME.key} lists its
   * planted changes (11 or 12, of every kind) and pairs that only look different. Before any rule
   * for them 10 of the 69 changes were found at the default confidence, 19 since. The faithful
   * retellings are held to the default confidence: one finding under it remains (the standoff's
   * six-hour siege of February against this siege of more than 14 hours, at 0.19).
   */
  static Stream<Arguments> unseenRetellings() {
    return Stream.of(
        Arguments.of("bridge", "2023-10-25", List.of(
            "TEMPORAL 6:18 p.m. | 8:18 p.m.",
            "QUANTIFIER Most of the eight people | A few of the eight people",
            // found since "the town" of a report that names the town stands for it at one
            // distance
            "ATTRIBUTE about 3 km south of Castelmoro | about two miles (3 km) north of the town",
            "NUMERIC 50 million euros | €15 million",
            "ORDINAL the third bridge failure in Piedmont | the second bridge failure in Piedmont")),
        Arguments.of("collision", "2023-09-21", List.of(
            // found since one named vessel sails under one flag
            "ATTRIBUTE Liberian-flagged | Panamanian-flagged",
            "POLARITY not taking on water | taking on water",
            "ORDINAL the second collision in the Kattegat | the third collision in the Kattegat")),
        Arguments.of("flood", "2024-03-12", List.of(
            // found since the fates of people counts are read as a shared word of what befell
            // them ("treated in hospital", "needed hospital treatment")
            "NUMERIC Eleven others | Seventeen people",
            "TEMPORAL 9 a.m. | 11 a.m.",
            "TEMPORAL February 2020 | two years ago",
            "ATTRIBUTE Deputy Mayor | mayor",
            "QUANTIFIER All 260 patients | Most of the 260 patients",
            // found since pounds in millions are sterling
            "NUMERIC 85 million pounds | £58 million")),
        Arguments.of("mine", "2023-11-08", List.of(
            // found since a count its own report repeats ("kills nine miners" in the headline)
            // is no rival of it
            "NUMERIC nine miners | Eleven miners",
            "ATTRIBUTE 14 km southwest of Rybnik | northwest of the city of Rybnik",
            "ATTRIBUTE chief executive | finance director of SCH",
            "ORDINAL the second deadly accident at Zofiówka-Dolna | the third fatal accident")),
        Arguments.of("recall", "2024-02-06", List.of(
            "NUMERIC up to 40 percent | as much as 14 percent",
            // found since a site's place may stand in the slot of a modifier after its owner's
            // possessive, and since "chief ... officer" names an office by its field
            "ATTRIBUTE plant in Kalundborg | Aarhus factory",
            "TEMPORAL Dec. 14 | Nov. 14",
            "ATTRIBUTE chief safety officer | chief executive",
            // found since a count after a copula with no stretch counts all there have been
            "ORDINAL the second recall | the company's third recall")),
        Arguments.of("standoff", "2024-06-17", List.of(
            // found since one kind of people counted once in each report is one count, whatever
            // verbs tell it
            "NUMERIC More than 150 officers | Upward of 250 officers",
            "NUMERIC $40,000 | $400,000",
            // found since a date after the report's publication is a plan, as a schedule is
            "TEMPORAL Wednesday | Thursday",
            "ATTRIBUTE Prosecutor | County Sheriff",
            "ORDINAL the second hostage standoff in Lenox County"
                + " | Lenox County's third hostage standoff")));
  }

  /**
   * Eight more reports of the same kind, written later the same day (90 planted changes; the
   * earnings report is {@code freight}, the outbreak {@code legionella}, the sentencing {@code
   * arson}, the strike {@code walkout} and the wildfire {@code evacuation} here, as older reports
   * hold the other names). Before any rule for them 10 of the 90 changes were found at the default
   * confidence and one faithful retelling drew a finding over it; since, 16 (with one finding no
   * key names, two serogroups told as numbers) and none. The faithful retellings are held to the
   * default confidence.
   */
  static Stream<Arguments> laterUnseenRetellings() {
    return Stream.of(
        Arguments.of("crush", "2025-03-09", List.of(
            "ORDINAL the second fatal incident at the stadium"
                + " | the third deadly incident at the ground")),
        Arguments.of("derailment", "2025-02-19", List.of(
            "ATTRIBUTE east of Brennan Junction | roughly two miles west of Brennan Junction",
            "ORDINAL the second derailment on the line | the line's third derailment")),
        Arguments.of("freight", "2024-10-24", List.of(
            // found since a deadline ("by the end of March") is no period a report is about,
            // from which "the year" would be read
            "ORDINAL the second time | the third guidance cut",
            "ATTRIBUTE Whitcombe | Raymond Oduya")),
        Arguments.of("election", "2025-11-07", List.of(
            "ATTRIBUTE County Auditor | Deputy County Auditor",
            "NUMERIC 47% | 42%",
            // found since a second predicate has the subject of the first, a pronoun restated
            "POLARITY not charged | charged",
            "NUMERIC $340 million | $430 million")),
        Arguments.of("legionella", "2024-08-22", List.of(
            "NUMERIC 1 | 6",
            // found since a bare number before a state only people are in counts people
            "NUMERIC two | five",
            "ORDINAL the second Legionnaires' cluster in the county"
                + " | the county's third cluster of the disease")),
        Arguments.of("arson", "2024-11-13", List.of(
            "NUMERIC $4.3 million | about $3.4 million",
            "ATTRIBUTE Assistant District Attorney | district attorney",
            // planted: one named woman the dead firefighter's mother, and his sister
            "ATTRIBUTE Reyes' mother | the firefighter's sister")),
        Arguments.of("walkout", "2025-05-06", List.of(
            "NUMERIC $3,500 | $5,000",
            "ATTRIBUTE President | vice president of Local 418",
            // found since an organisation is based in one place (OrganisationBases)
            "ATTRIBUTE based in Columbus | headquartered in Cincinnati",
            // found since a pronoun subject ("both") is restated by the same pronoun
            "POLARITY without charges | charged")),
        Arguments.of("evacuation", "2025-07-15", List.of(
            // found since two directions that place one noun (the wildfire) are compared
            "ATTRIBUTE west of Halloran | east of the town of Halloran",
            "POLARITY No deaths | one resident had been killed",
            "ATTRIBUTE Ferreira | Barrow",
            "ORDINAL the third wildfire to force evacuations in Rusk County"
                + " | the county's second evacuation-triggering fire")));
  }

  /**
   * The working set of the seventh round (97 planted changes; the mine collapse is {@code
   * colliery} and the drug recall {@code tablets} here, as older reports hold those names).
   * Before the round 14 of the 97 changes were found at the default confidence and one faithful
   * retelling drew a finding over it ("up to 3.6 times" against "nearly four times"); since, 27
   * findings, every one a planted change (two of them worded otherwise than their keys: the
   * branches a merger must sell, the split vote of "ruled 2-1"), and none. The faithful
   * retellings are held to the default confidence.
   */
  static Stream<Arguments> seventhRoundRetellings() {
    return Stream.of(
        Arguments.of("hurricane", "2025-09-10", List.of(
            // found since a boat capsizes, a storm makes landfall and a pile-up crashes once (pack
            // facets event-clock-words-capsize, -landfall and the crash cue)
            "TEMPORAL 10:40 p.m. | 9 p.m.",
            // a "since" later in the clause of the counted noun opens its window
            "ORDINAL the first major hurricane to make landfall in Louisiana"
                + " | the first major hurricane to hit the state",
            // the scope of a count after "of" or in a possessive is one
            "ORDINAL the second named storm | the season's third named storm",
            "QUANTIFIER most of them | only a few",
            "NUMERIC more than 310,000 customers | more than 510,000 customers",
            "NUMERIC between $3.5 billion and $5 billion | $1.5 billion to $2 billion",
            "ATTRIBUTE moving north-northeast | heading north-northwest",
            "NUMERIC 58 | 68")),
        Arguments.of("merger", "2025-06-02", List.of(
            "NUMERIC about $6.8 billion | roughly $8.6 billion",
            "POLARITY not expect to have to sell any branches to win approval"
                + " | expected to have to sell some branches to get the deal approved")),
        Arguments.of("ruling", "2025-04-15", List.of(
            "QUANTIFIER divided three | unanimous three",
            "ATTRIBUTE spokeswoman | general counsel")),
        Arguments.of("colliery", "2025-11-06", List.of(
            "NUMERIC 44 | 49",
            "POLARITY ruled out an explosion | not ruled out an explosion",
            "ORDINAL the third fatal accident at a Tygart | the fourth fatal one at a Tygart",
            // a denial's evidence ends at the last word the other claim states; the assertion's
            // is the shortest stretch that states them, not the union's name
            "POLARITY not represent workers | represents the mine's roughly 340 workers")),
        Arguments.of("launch", "2025-03-12", List.of(
            "NUMERIC roughly 540 kilometers | about 640 km",
            "ORDINAL Helion's ninth | Helion's 11th launch",
            // found since one site of an organisation placed in two towns is read
            "ATTRIBUTE ground station in Svalbard | ground station in Fairbanks",
            "NUMERIC last seven years | five-year",
            "NUMERIC about $190 million | about $150 million")),
        Arguments.of("marathon", "2025-10-12", List.of(
            "NUMERIC 48 seconds | more than two minutes",
            // found since a country's possessive before a name gives a nationality
            "ATTRIBUTE Ethiopia's Tigist Alemu | Tigist Alemu of Kenya",
            "ORDINAL her second straight title in Portland | her third consecutive Portland title",
            "ATTRIBUTE Bend | Eugene")),
        Arguments.of("ferry", "2025-08-19", List.of(
            "NUMERIC at least 27 people | at least 37",
            "ATTRIBUTE listing to starboard | tilted to port",
            // found since "found" and "recovered" are one sense of a predicate
            "QUANTIFIER Most of the dead | Only a few of the bodies")),
        Arguments.of("tablets", "2025-05-21", List.of(
            "NUMERIC about 2.3 million bottles | Roughly 3.2 million bottles",
            "NUMERIC up to 3.6 times | nearly eight times",
            "QUANTIFIER no reports | several reports",
            "ORDINAL the second recall for Brennan-Cole | the company's third recall",
            "TEMPORAL October 2024 | last December")));
  }

  /**
   * The eighth round's reports: six written as unseen stand-ins for the seventh round and read in
   * the eighth (its working set), and eight written for the eighth and measured blind before any
   * rule of the round (13 of 96 changes found before the round and 13 after it; the last rules of
   * the round were read from them, so they are no longer unseen). Misses are listed in
   * docs/evaluation.md.
   */
  static Stream<Arguments> eighthRoundRetellings() {
    return Stream.of(
        Arguments.of("collapse", "2025-06-25", List.of(
            "ATTRIBUTE taken to hospitals in Canton | taken to hospitals in Columbus",
            "TEMPORAL built in 1958 | a nearly 40-year-old bridge",
            "POLARITY sending a team | not send a team")),
        Arguments.of("heist", "2025-03-27", List.of(
            "NUMERIC more than 12 million euros | more than 28 million euros",
            "ATTRIBUTE fled on two motor scooters | escaped in a van",
            "POLARITY no one was injured | He was slightly injured",
            "ORDINAL the third | the fourth theft from a French museum")),
        Arguments.of("layoffs", "2025-11-18", List.of(
            "ATTRIBUTE Chief Executive | chief financial officer",
            "NUMERIC 16 weeks | about eight weeks",
            "NUMERIC $520 million to $580 million | about $250 million")),
        Arguments.of("rates", "2025-09-17", List.of(
            "NUMERIC 2.75% | 2.5%",
            "ORDINAL the bank's sixth rate cut | the RBNZ's fifth",
            "ATTRIBUTE Governor | Deputy Governor",
            "POLARITY not ruled out further cuts | ruled out further cuts",
            "TEMPORAL highest since 2016 | four-year high")),
        Arguments.of("hostages", "2025-01-23", List.of(
            "ATTRIBUTE Ridgeway | Cedar Bluff",
            "QUANTIFIER No shots | two shots",
            "ATTRIBUTE Police Chief | Calder County Sheriff")),
        // 38 injured against more than 50: the second report's headline "dozens hurt" agrees
        // with 38 nearly as strongly, but it repeats the report's own count of the injured
        Arguments.of("tornado", "2025-05-20", List.of(
            "NUMERIC 38 | More than 50 people",
            "ATTRIBUTE Mayor | Fire Chief",
            // found since a date after an amount shares its predicate ("spent Monday night")
            "NUMERIC About 85 people | About 150 people",
            // found since a tornado and a twister are one
            "ORDINAL the second tornado to hit the town | the third")),
        Arguments.of("escape", "2024-09-17", List.of(
            "NUMERIC 34 | 43",
            "ATTRIBUTE Warden | Deputy Warden",
            "NUMERIC up to $15,000 | as much as $5,000",
            // found since an escape and a breakout are one event
            "ORDINAL the second escape from Ridgeway | the third breakout from Ridgeway")),
        Arguments.of("spill", "2026-03-11", List.of(
            // found since one distance from the report's own town named by a common noun
            // ("downtown") in two directions is compared
            "ATTRIBUTE about 6 miles south of downtown Port Hadley"
                + " | about 10 kilometers (6 miles) north of downtown Port Hadley",
            "TEMPORAL about 11 hours | roughly 30 hours",
            "NUMERIC roughly 11 miles | about 40 kilometers",
            "POLARITY closed the bay to oyster harvesting and shrimping"
                + " | not closed the bay to oyster and shrimp harvesting",
            // a superlative with no noun after a copula ranks the copula's subject
            "ORDINAL spill is the third-largest | second-largest spill",
            "ORDINAL the second collision in the Hadley Ship Channel"
                + " | the first collision in the channel")),
        Arguments.of("bus", "2025-10-08", List.of(
            // planted: the students flown by helicopter to one town, and to another
            "ATTRIBUTE flown by medical helicopter to a children's hospital in Dayton"
                + " | airlifted to a children's hospital in Columbus",
            "ORDINAL the first fatal school bus crash | the second fatal school bus crash")),
        Arguments.of("seizure", "2024-11-22", List.of(
            "TEMPORAL Monday | Saturday")),
        Arguments.of("volcano", "2025-08-04", List.of(
            "NUMERIC nine villages | 14 villages",
            "NUMERIC 38 domestic and international flights | more than 100 flights",
            "ORDINAL the volcano's third | Tolangi's second eruption")),
        Arguments.of("tennis", "2026-02-23", List.of(
            // found since a country's name after a name and "of" gives a nationality
            "ATTRIBUTE Lukas Brenner of Germany | Brenner, a 28-year-old Austrian")),
        Arguments.of("blackout", "2024-07-16", List.of(
            "ATTRIBUTE chief executive of Alderton Public Power | spokesman")));
  }

  /**
   * The ninth round's reports: eight written as unseen stand-ins for the eighth round and read in
   * the ninth (its working set: 15 of 96 changes found before the round, 22 after), and eight
   * written for the ninth and measured blind (10 of 96 before the round, 11 after; one of its
   * faithful retellings drew a whole of a partitive against its part, "nine of the 11 counts"
   * against "nine counts", fixed as a class after the measurement). Misses are listed in
   * docs/evaluation.md.
   */
  static Stream<Arguments> ninthRoundRetellings() {
    return Stream.of(
        Arguments.of("cruise", "2025-05-20", List.of(
            // found since "a handful of" says there were some, never none
            "QUANTIFIER none of the patients needed | A handful of patients",
            "ATTRIBUTE Ortega | Richard Hale",
            "NUMERIC $200 | $500",
            "ORDINAL the fourth norovirus outbreak | the sixth norovirus outbreak",
            "NUMERIC at least 3 percent | at least 5 percent")),
        Arguments.of("cupfinal", "2026-05-14", List.of(
            // planted: an age before a noun and a full name ("19-year-old substitute Jonas Kragh")
            "NUMERIC 19-year-old | 17-year-old",
            "TEMPORAL first time since 1998 | 19-year wait",
            // found since a people's word right before a name gives a nationality
            "ATTRIBUTE Henrik Sørlie, a Norwegian | Swede Henrik Sørlie",
            "NUMERIC 11 people | Two people",
            "TEMPORAL Friday | Sunday")),
        Arguments.of("factory", "2025-11-06", List.of(
            "POLARITY detained four people including the company's owner"
                + " | company's owner was not detained",
            "TEMPORAL 10:20 a.m. | the afternoon",
            // found since one kind of people counted once in each report is one count
            "NUMERIC Some 130 firefighters | More than 300 firefighters",
            "POLARITY locked | unlocked",
            "ORDINAL the third deadly factory fire in Kocaeli province"
                + " | the second fatal factory fire in Kocaeli")),
        Arguments.of("landslide", "2025-08-14", List.of(
            "QUANTIFIER Most of the victims | Only a few of those killed",
            // found since a deadline ("by Friday") is set against an earliest time ("do not
            // expect to reopen until late next week")
            "TEMPORAL Friday | late next week",
            "NUMERIC 4 billion pesos | some 14 billion pesos",
            "ORDINAL the second deadly landslide in Antioquia"
                + " | the third fatal landslide in the department")),
        Arguments.of("pilots", "2024-07-08", List.of(
            // found since a rank in apposition to a name ranks what the name names
            "ORDINAL second-largest carrier | third-biggest airline",
            "ORDINAL the second pilot strike at Nordvik | the third pilot strike at Nordvik")),
        Arguments.of("ransomware", "2024-10-15", List.of(
            // found since two offices joined by "and" in one apposition are one person's, and
            // "chief ... officer" names an office by its field
            "ATTRIBUTE chief executive | chief medical officer",
            "ATTRIBUTE Whitcomb | Karen Doyle",
            "QUANTIFIER All 14 of the hospital's outpatient clinics"
                + " | Only a handful of the hospital's 14 outpatient clinics",
            "NUMERIC Four patients | A total of seven patients",
            "ORDINAL the second ransomware attack | the third time")),
        Arguments.of("river", "2026-03-10", List.of(
            "ORDINAL second-highest flood | third-highest peak",
            // found since a clause that opens with "in the area" reaches its verb after "were"
            "QUANTIFIER 14 schools | A few schools")),
        Arguments.of("roof", "2026-02-03", List.of(
            "NUMERIC about 60 meters | 30-foot",
            "TEMPORAL 2009 | 2014")),
        // found since about half is a place on the scale of amounts, never all
        Arguments.of("gasfire", "2026-02-11", List.of(
            "QUANTIFIER all residents | only about half of the building's residents",
            // one sentence of 8 words or more given to two speakers whom both reports name
            "ATTRIBUTE Reindl | Pichler")),
        Arguments.of("heatrail", "2026-07-22", List.of(
            "NUMERIC 286 people | about 450 people",
            "ATTRIBUTE chief operating officer | spokeswoman")),
        Arguments.of("trial", "2026-05-14", List.of(
            // found since a length of time after a participle or a clause is a count's window
            // found since a date a verb of setting sets a thing "for" is the nearest of its name
            "TEMPORAL Sept. 17 | November 5",
            "ORDINAL the second senior Albuquerque official | the first senior city official")),
        Arguments.of("tremor", "2026-09-09", List.of(
            "ATTRIBUTE regional governor | mayor of Carhuaz",
            // found since an adverb before a negation is no verb of its own ("so far not")
            "POLARITY declared a 60-day state of emergency | not declared a state of emergency",
            "ORDINAL highest mountain | second-highest peak",
            "NUMERIC 72 hours | two weeks",
            // found since "injuries" and "hurt" are one word of harm to people
            "QUANTIFIER none of its 5,000 workers"
                + " | A handful of its roughly 5,000 workers suffered")),
        Arguments.of("aground", "2026-08-19", List.of(
            // found since a word of travel and "from" give where one journey began
            "ATTRIBUTE Piraeus | Rafina",
            // found since an age between a name and a people's word gives a nationality
            "ATTRIBUTE Anna Lindqvist, 41, a Swedish tourist"
                + " | Anna Lindqvist, a 41-year-old Norwegian",
            "NUMERIC about 6 degrees | about 15 degrees",
            // two short claims that restate each other but for the quantifier
            "QUANTIFIER Most of the passengers | Only a few of the passengers")),
        Arguments.of("recallcar", "2026-10-08", List.of(
            // found since a rank in apposition to a name ranks what the name names
            "ORDINAL fourth-largest carmaker | third-biggest carmaker",
            "NUMERIC up to 30 percent | as much as 60 percent",
            "NUMERIC about two hours | about half an hour",
            // found since "largest" and "biggest" are one word of the two claims' wording
            "ORDINAL largest recall | second-biggest recall",
            // found since one site of an organisation placed in two countries is read
            "ATTRIBUTE plant in Hungary | factory in Slovakia")),
        // 64 runners taken to hospital against nearly 120 is found since the lead that states
        // it among other facts aligns with the sentence that states it alone (many shared words)
        Arguments.of("marathonheat", "2026-06-07", List.of(
            "NUMERIC 64 | Nearly 120 runners",
            // planted: the runner taken to one named hospital, and to another
            "ATTRIBUTE taken to Edouard Herriot hospital | taken to the Croix-Rousse hospital",
            // found since "staff" are people of one kind, as "workers" are
            "NUMERIC 22 ambulances | nine ambulances",
            // found since a people's word or a country's possessive right before a name gives a
            // nationality, and since a stretch runs from the year it names
            "ATTRIBUTE Kenya's Daniel Kiprono | Ugandan Daniel Kiprono",
            "ORDINAL slowest winning time | second-slowest winning time",
            "ORDINAL her third victory | her first win",
            "QUANTIFIER all runners | Only some of the runners")),
        Arguments.of("bankrate", "2026-11-05", List.of(
            // found since a rise and an increase are one
            "ORDINAL biggest increase | second-largest single rise",
            "ATTRIBUTE Elena Marchetti | Pavel Rusu",
            "ORDINAL the third rate increase | the bank's second increase")));
  }

  /**
   * The eleventh round's reports, written for it and measured blind at its end: 18 of 96 changes
   * found before the round and 19 after. Two findings on the changed retellings are wrong or half
   * right, as at the start: "Monday, August 17" against "six decades ago" (read as the 1960s),
   * and the carrier's "first fatal accident" against "the second-deadliest air accident in the
   * country" (the change is the carrier's first fatal accident against its second). Misses are
   * listed in docs/evaluation.md.
   */
  static Stream<Arguments> eleventhRoundRetellings() {
    return Stream.of(
        Arguments.of("kidnaprelease", "2026-03-12", List.of(
            "NUMERIC 5 million euros | 3 million euros",
            "TEMPORAL Friday | Thursday",
            // found since an office set off by commas before the name, and a speech verb a few
            // words before a colon, give a quotation its speaker
            "ATTRIBUTE Lukas Brenner | Marta Keller")),
        Arguments.of("refineryblast", "2026-06-18", List.of(
            // planted: the burned flown to a burn unit in one city, and in another
            "ATTRIBUTE airlifted to a specialist burn unit in Mexico City"
                + " | flown by air ambulance to a burn unit in Guadalajara",
            "ORDINAL the third serious accident at the plant"
                + " | the plant's second serious accident")),
        Arguments.of("migrantboat", "2026-08-05", List.of(
            // found since a boat capsizes, a storm makes landfall and a pile-up crashes once (pack
            // facets event-clock-words-capsize, -landfall and the crash cue)
            "TEMPORAL 2:05 a.m. | 4:30 a.m.",
            "TEMPORAL Monday | Sunday evening",
            "ORDINAL second-largest city | biggest city",
            "NUMERIC between $4,000 and $6,000 | between $1,500 and $2,000",
            "ORDINAL the third shipwreck off Crete | the first shipwreck off Crete")),
        Arguments.of("coupattempt", "2026-10-21", List.of(
            "NUMERIC at least seven people | at least 12 people",
            // found since each report's only clock time of the shooting is one fact
            "TEMPORAL 11:45 p.m. | 2 a.m.",
            // found since an office with "of" inside it ("chief of staff") opens a speaker's name
            "ATTRIBUTE Tomas Nhaga | Aissatu Djalo",
            "QUANTIFIER Most shops | Only a handful of shops")),
        Arguments.of("drought", "2026-08-13", List.of(
            // "Monday, August 17" against "six decades ago", two spans of two changes paired
            // wrongly, is gone since the plan of August 17 is no longer set against the past
            "NUMERIC $480 million | around $300 million",
            "NUMERIC 31 percent | more than 40 percent")),
        Arguments.of("cargoplane", "2026-03-24", List.of(
            "ATTRIBUTE 58-year-old Canadian | 58-year-old Australian",
            "NUMERIC about 9,000 tires | some 25,000 tires",
            "NUMERIC about 340 residents | Around 600 people",
            // "the first fatal accident in Meridian Air Cargo's 19-year history" against "the
            // second-deadliest air accident in the country", two spans of two changes paired
            // wrongly, is gone since a count in an owner's history is that owner's only
            "ORDINAL deadliest air accident | second-deadliest air accident")),
        Arguments.of("chipplant", "2026-05-19", List.of(
            "ORDINAL largest private investment | second-biggest private investment",
            // found since "largest" and "biggest" are one word of the two claims' wording
            "ORDINAL second-largest investment | biggest investment",
            "NUMERIC $96,000 | $71,000",
            // planted: a split vote against a unanimous one
            "NUMERIC 5-2 | unanimously",
            "NUMERIC 4,300 signatures | about 1,500 signatures",
            // planted: one named person a retired teacher, and a dairy farmer
            "ATTRIBUTE a retired teacher | a dairy farmer",
            // found since a denial elsewhere in the asserted claim ("and raised no objections")
            // leaves what it states asserted
            "POLARITY not yet completed its review of the project"
                + " | completed its review of the project")),
        Arguments.of("prisonriot", "2026-11-05", List.of(
            "NUMERIC $5,000 | $20,000",
            // found since "the second most overcrowded" is a superlative written with "most"
            "ORDINAL second most overcrowded prison | most overcrowded prison")));
  }

  /**
   * The tenth round's reports, written for it and measured blind at its end: 10 of 96 changes found
   * before the round and 10 after. One faithful retelling drew a forecast against the past
   * ("expected on Thursday" against "warning of ... rain on Thursday"), fixed as a class after the
   * measurement: to warn of something is to forecast it. Misses are listed in docs/evaluation.md.
   */
  static Stream<Arguments> tenthRoundRetellings() {
    return Stream.of(
        Arguments.of("dampburst", "2025-05-14", List.of()),
        Arguments.of("minestrike", "2025-06-20", List.of(
            "ORDINAL the third fatal accident | the first fatal accident",
            "ORDINAL third-largest copper | largest copper producer",
            "NUMERIC about $190 million | roughly $90 million")),
        Arguments.of("cyberbank", "2025-03-07", List.of(
            "NUMERIC 64 branches | 46 branches",
            // found since a measure a ranking ranks by is read wherever it stands
            "ORDINAL fifth-largest bank | third-largest bank",
            "NUMERIC $4.5 million | $2.5 million",
            // found since a site's place may stand in the slot of a modifier after its owner's
            // possessive ("the FBI's Cleveland field office")
            "ATTRIBUTE Cleveland field office | Detroit office",
            "ORDINAL the second | the third attack")),
        Arguments.of("busplunge", "2025-10-22", List.of(
            // found since "plunged" and "dropped" tell one fall
            "NUMERIC about 200 metres | roughly 80 metres",
            // found since two predicates that share their object say the same thing
            "QUANTIFIER most of the passengers | only a few passengers",
            // found since a government minister holds no regional office
            "ATTRIBUTE governor | tourism minister",
            "ORDINAL deadliest road accident | second-deadliest road accident",
            // a "since" later in the clause of the counted noun opens its window
            "ORDINAL the second crash involving a tourist bus on the Colca route"
                + " | the third involving a tourist bus on the Colca route")),
        Arguments.of("museumtheft", "2025-09-17", List.of(
            // found since "largest" and "biggest" are one word of the two claims' wording
            "NUMERIC 34 million euros | 14 million euros")),
        // the third-lowest rate of 87 counties against none lower: found, as a quantifier
        // the end of the schools' closure: "will stay shut ... until Feb. 14" against "will not
        // reopen before Monday, Feb. 24" (a negated verb before a date ends the state)
        Arguments.of("measles", "2025-02-05", List.of(
            "TEMPORAL Jan. 14 | Jan. 6",
            "TEMPORAL Feb. 14 | Monday, Feb. 24",
            "QUANTIFIER 87 counties | No county",
            // found since a superlative ranks the head of the nouns after it, and a rank with no
            // noun after a copula and a possessive ranks the copula's subject
            "ORDINAL largest measles outbreak | outbreak is Minnesota's second-largest")),
        Arguments.of("stadiumvote", "2025-08-12", List.of(
            // a birthplace written "-born" twice
            "ATTRIBUTE British-born | Canadian-born",
            // found since a length of time at the end of a clause of the counted noun is its
            // window ("the council has looked at in the past decade")
            "ORDINAL the third stadium proposal the council | the second stadium proposal",
            "NUMERIC 58 percent | 38 percent")),
        Arguments.of("wildfireevac", "2025-08-08", List.of(
            // found since houses and homes counted once in each report are one count
            "NUMERIC At least 27 houses | at least 70 homes",
            // found since a road's number ("the A23 motorway") ends no frame
            "NUMERIC 19 hours | about six hours",
            // found since a definite subject ("The government") points back to the other's
            "POLARITY not declared a state of calamity in the region"
                + " | declared a state of calamity in the region")));
  }

  /**
   * The twelfth round's reports, written for it and measured blind at its end: 17 of 96 changes
   * found before the round and 17 after, the same findings; the blizzard's declared emergency is
   * found twice, by its clock time and by its weekday. Two more were found by classes fixed after
   * reading the blind misses (a denied verb against its irregular past, a subject opened by a
   * determiner). Misses are listed in docs/evaluation.md.
   */
  static Stream<Arguments> twelfthRoundRetellings() {
    return Stream.of(
        Arguments.of("hospitalfire", "2024-03-14", List.of(
            // found since one named city may be ranked by an owner and by "in the country"
            "ORDINAL third-largest city | second-biggest city",
            // found since a name and an aside set off by commas before "told" give the speaker
            "ATTRIBUTE Tomas Hallgren | Miriam Oduya",
            "TEMPORAL six weeks | a fortnight",
            "POLARITY open | closed")),
        Arguments.of("canalship", "2024-10-22", List.of(
            // found since each report gives one flag and one ship
            "ATTRIBUTE Liberian flag | Panamanian-registered",
            // found since one start and two ends of one journey disagree
            "ATTRIBUTE Rotterdam | Antwerp",
            "NUMERIC about $7.2 billion | around $4 billion",
            "ORDINAL the third time | the second time")),
        Arguments.of("nocvote", "2023-11-08", List.of(
            // found since one deed of one named thing is timed once (the words before the time)
            "TEMPORAL 6:12 p.m. | 8:40 p.m.",
            "ATTRIBUTE Tomas Brink | Jonas Feld",
            // found since one modal in both clauses ("would lead", "would not lead") is one mood
            "POLARITY lead the Civic Democrats into any election"
                + " | not lead the Civic Democrats into another election",
            "NUMERIC 14 basis points | 35 basis points")),
        Arguments.of("sinkhole", "2024-06-05", List.of(
            // found since "aged 27" after the noun gives an unnamed person's age
            "ATTRIBUTE 27-year-old Brazilian student | Portuguese student aged 27",
            "ATTRIBUTE Fire chief | police chief",
            "ORDINAL wettest start | second-wettest beginning",
            // found after the blind measurement: a subject opened by a determiner ("The pipe")
            "POLARITY inspected | not been inspected",
            "ORDINAL the third sinkhole in Montavel | the second sinkhole to open in Montavel")),
        Arguments.of("blizzard", "2026-01-14", List.of(
            "TEMPORAL 9:40 p.m. | Monday afternoon",
            "TEMPORAL Tuesday | Monday afternoon",
            // found since "from" and a country after an apposition's noun give a nationality
            "ATTRIBUTE Marek Nowak, a 48-year-old Polish"
                + " | Marek Nowak, 48, a truck driver from Lithuania",
            // found since a name after "of" is whole and the clause's negation ("had no
            // electricity") leaves its apposition asserted
            "ORDINAL second-largest utility | largest power company")),
        Arguments.of("buildingcollapse", "2026-03-19", List.of(
            "POLARITY conscious | unconscious",
            "NUMERIC 250,000 lira | 100,000 lira")),
        Arguments.of("dopingban", "2026-06-10", List.of(
            "NUMERIC 62,000 dollars | more than 110,000 dollars",
            "ATTRIBUTE Kenyan runner Mercy Wanjiru | Mercy Wanjiru of Ethiopia",
            // found since each of two negations in clauses of their own denies its clause, and a
            // modal in another clause of the assertion ("it would hear his case") weakens only it
            "POLARITY not charged | charged")),
        Arguments.of("foodpoisoning", "2026-09-28", List.of(
            "TEMPORAL Sunday morning | Monday morning",
            "NUMERIC up to 60,000 euros | up to 600,000 euros",
            "ORDINAL the third time | the first time",
            // found after the blind measurement: a denied verb against its irregular past
            "POLARITY not fall ill | fell ill",
            // found since "flown in from" and "travelled from" give where one journey began
            "ATTRIBUTE Mexico | Argentina")));
  }

  /**
   * The thirteenth round's reports, written blind to the code and the data and kept blind until
   * the round's end: what the checks find in each changed retelling, and nothing in the faithful
   * one (the stock exchange's "would pay compensation" and its faithful "Its shares" were fixed
   * after the blind measurement).
   */
  static Stream<Arguments> thirteenthRoundRetellings() {
    return Stream.of(
        Arguments.of("balloon", "2024-03-16", List.of(
            // found since one deed of one named thing is timed once (the words before the time)
            "TEMPORAL 6:40 a.m. | 6:10 a.m.",
            "NUMERIC roughly 4 km | around 7 km",
            "NUMERIC 58 | 63-year-old",
            "NUMERIC 140 km | 240 km",
            "POLARITY renewed in January | not renewed in January",
            // found since "a few of the" group and "most of" it are shares of one group
            "QUANTIFIER Most of the other balloons | only a few of the other balloons",
            "ORDINAL its 19th year | its 17th year",
            "ORDINAL the second fatal hot-air balloon accident in Australia"
                + " | the third deadly balloon accident in Australia")),
        Arguments.of("birdflu", "2025-01-22", List.of(
            "NUMERIC 148,000 laying hens | 184,000 laying hens",
            // found since one person holds one field of an office ("Interior Minister")
            "ATTRIBUTE Agriculture Minister | Health Minister",
            "ORDINAL second-largest egg producer | biggest egg producer",
            "QUANTIFIER Most of the outbreaks | few farm outbreaks",
            // found since a denied light verb gives its deed to its noun ("imposed restrictions")
            "POLARITY not imposed any restrictions on Dutch poultry exports"
                + " | restricted Dutch poultry exports")),
        Arguments.of("cheating", "2025-02-20", List.of(
            "NUMERIC $150 | $250",
            // "those" and a participle name the group the participle names before its noun
            "QUANTIFIER Most of the expelled students | Only a few of those expelled",
            // found since a verb of receiving gives the deed to its noun (receiving-verb)
            "POLARITY not receive refunds of tuition for the current semester"
                + " | tuition refund for this semester",
            "ORDINAL the second cheating scandal at Carrow State"
                + " | the third cheating scandal at Carrow State",
            "ORDINAL third-largest public university | second-largest public university")),
        Arguments.of("exchangeoutage", "2024-10-08", List.of(
            // "The N-year-old" opening a claim is the person named just before it
            "NUMERIC 52 | 57-year-old",
            // found since a named organisation's country is read in apposition after its name
            "ATTRIBUTE Lindqvist Systems, a Swedish company | Lindqvist Systems, the Finnish firm",
            "POLARITY not compensate brokers | compensation to brokers",
            "ORDINAL the third outage at the exchange | the exchange's fourth outage",
            "NUMERIC 1.3 percent | 3.1 percent",
            "ATTRIBUTE chief technology officer | Chief financial officer",
            "ORDINAL second-largest stock market | third-biggest stock market")),
        Arguments.of("heatrationing", "2024-06-20", List.of(
            "TEMPORAL highest June reading since 2015 | highest June reading since 1998",
            "NUMERIC At least 14 people | at least 41 people",
            "NUMERIC 40 extra beds | twenty extra beds",
            "ORDINAL the third summer | the second consecutive summer")),
        Arguments.of("malpractice", "2023-11-09", List.of(
            "NUMERIC 52 | 58-year-old")),
        Arguments.of("tankerhijack", "2024-03-14", List.of(
            // found since one deed of one named thing is timed once (the words before the time)
            "TEMPORAL 9:40 p.m. | 7 p.m.",
            "NUMERIC some 380 nautical miles | some 300 kilometres",
            // found since a year or part of one that ends the counted noun's clause bounds it
            "ORDINAL the second hijacking | the region's first hijacking of a merchant ship",
            "ORDINAL second-largest tanker | third-largest tanker")),
        Arguments.of("watermain", "2024-06-12", List.of(
            "NUMERIC Sixty firefighters | eighty firefighters",
            "POLARITY inspected | not been inspected",
            "NUMERIC About 2,300 homes | Some 3,200 homes",
            "ORDINAL the third major water main burst in Calderport"
                + " | Calderport's fourth major main burst")));
  }
  /**
   * The fourteenth round's reports (a floatplane crash, a teachers' strike, a zoo escape, an
   * embezzlement trial, a stalled cable car, a bear attack, a port strike, lottery fraud), written
   * blind to the code and the data and kept blind until the round's end: what the checks find in
   * each changed retelling, and nothing in the faithful one.
   */
  static Stream<Arguments> fourteenthRoundRetellings() {
    return Stream.of(
        Arguments.of("bearattack", "2026-05-19", List.of(
            "NUMERIC two and a half hours | four and a half hours",
            "NUMERIC two cubs | three cubs",
            // found since a year or part of one that ends the counted noun's clause bounds it
            "ORDINAL the fourth bear attack on people in Arges-Vale county | the sixth attack",
            "ORDINAL third-largest national park | largest national park")),
        Arguments.of("cablecar", "2025-08-14", List.of(
            // found since two reported clauses have the clauses' subjects, not the speakers'
            "POLARITY passed its annual safety inspection in March"
                + " | not passed its yearly safety check in March",
            "ORDINAL the third serious cable car incident | the second serious one")),
        Arguments.of("embezzlement", "2026-04-21", List.of(
            "NUMERIC last four weeks | about three months",
            "NUMERIC about 40 witnesses | Around 14 witnesses",
            "ORDINAL third-largest town | second-biggest town")),
        Arguments.of("lakeplane", "2025-08-17", List.of(
            "NUMERIC 52-year-old | 57",
            "ATTRIBUTE Paul Lindqvist | Okafor",
            "POLARITY suspended all flights | not suspended its remaining flights")),
        Arguments.of("lotteryfraud", "2025-10-22", List.of(
            "ORDINAL second-largest gaming company | biggest gaming firm",
            "NUMERIC 34 | 43-year-old",
            // a denial in a clause of its own after "and"
            "POLARITY no charges | charges",
            "ORDINAL the third time | the second time",
            "TEMPORAL November 4 | November 14")),
        Arguments.of("portstrike", "2026-02-11", List.of(
            // found since a verb's ranking may have a named owner ("among Brazil's ports")
            "ORDINAL second-largest container port | ranks first among Brazil's container ports",
            "NUMERIC About 600 refrigerated containers | around 1,600 reefer containers",
            "ORDINAL the third strike at the port | the port's second strike")),
        Arguments.of("teacherstrike", "2026-02-10", List.of(
            "NUMERIC six years | three years",
            "POLARITY No arrests | arrests",
            "ORDINAL fourth most populous region | third most populous region")),
        Arguments.of("zooescape", "2025-11-03", List.of(
            "NUMERIC up to 130 kilometres per hour | 150 km/h",
            "ATTRIBUTE Frick | Ingrid Wehler",
            "POLARITY No one was injured during the escape | one keeper was hurt",
            "NUMERIC 2.3 million euros | around 3.2 million euros")));
  }


  /**
   * The avalanche report of the eighth round's working set kept one known wrong finding, in its
   * faithful retelling and its changed one alike: "Avalanche Canada's forecast for Sunday" is read
   * as the coming Sunday, because "forecast for" leans ahead, as it should for "the forecast for
   * Friday is grim", and the other report's "Sunday" as the one past. Two reports of one date that
   * name a day by one weekday alone name one day, and are no longer set against each other.
   */
  @Test
  void avalancheReportReadsOneSundayOnce() throws IOException {
    Article a = article("a", "avalanche-a.txt", "2025-02-10");
    assertThat(found(PX, a, article("b", "avalanche-b.txt", "2025-02-10"))).isEmpty();
    assertThat(found(PX, a, article("b", "avalanche-b-changed.txt", "2025-02-10")))
        .containsExactly(
            "ATTRIBUTE 58-year-old man from Germany | Austrian man, 58",
            "POLARITY non-life-threatening injuries | injuries were life-threatening",
            "QUANTIFIER All five buried skiers | only some of the buried skiers",
            // the scope of a count after "of" or in a possessive is one
            "ORDINAL the second fatal avalanche | the season's first fatal avalanche");
  }

  /**
   * The fifteenth round's reports (drones over an airport, an ammonia leak at a cold store and a
   * chemical leak at a fertilizer plant, a motorway pile-up in fog, contaminated tap water, a
   * budget vote, an avalanche on a piste, a verdict over a nightclub fire, a car-carrier fire, a
   * ferry fire, a mine rescue, a museum heist), written blind to the code and the data and kept
   * blind until the round's measurement: what the checks find in each changed retelling, and
   * nothing in the faithful one.
   */
  static Stream<Arguments> fifteenthRoundRetellings() {
    return Stream.of(
        Arguments.of("boilwater", "2022-06-21", List.of(
            "ORDINAL the third boil-water notice in Kilmoran | the second such notice in Kilmoran",
            "ORDINAL town, the county's second-largest | largest town",
            "NUMERIC 14 people | 41 people",
            "QUANTIFIER Most cafes | only a handful of cafes")),
        Arguments.of("budgetvote", "2024-11-14", List.of(
            "NUMERIC 58 | 63",
            // found since a denial since a year tells when it last happened
            "TEMPORAL first time since 2009 | since 1997",
            "ATTRIBUTE finance director | Deputy mayor",
            "ORDINAL the second year | the fourth straight year")),
        Arguments.of("chemicalleak", "2026-07-09", List.of(
            // the noun after a conversion in parentheses is what a measure describes ("a
            // 50,000-gallon (189,000-liter) tank")
            "NUMERIC 30,000-gallon | 50,000-gallon",
            "ATTRIBUTE fire chief | Police chief",
            "NUMERIC an estimated 4,000 pounds | some 6,000 pounds",
            "POLARITY No deaths | One worker died",
            "ORDINAL third-largest fertilizer producer | fifth-biggest fertilizer maker")),
        Arguments.of("chemleak", "2024-08-06", List.of(
            "ORDINAL second-largest cold-storage facility | largest cold-storage site",
            // one sentence of 8 words or more given to two speakers whom both reports name
            "ATTRIBUTE Okafor | Janet Cullen",
            "ATTRIBUTE a retired nurse | Retired teacher",
            "POLARITY no charges | charges")),
        Arguments.of("courtverdict", "2025-05-22", List.of(
            // found since Moldova is among the pack's countries
            "ATTRIBUTE Anton Berescu, 38, a Romanian national"
                + " | Moldovan security chief Anton Berescu",
            // found since a date a verb of setting sets a thing "for" is the nearest of its name
            "TEMPORAL June 12 | July 12",
            "NUMERIC 54 | 45")),
        Arguments.of("dronehalt", "2025-03-13", List.of(
            "NUMERIC 22 security cameras | 12 cameras",
            // "We are treating this as a serious crime ..." opens in a group's voice, which two
            // of its officers may speak
            "ATTRIBUTE Vries, a 34-year-old Dutch | Vries, a Belgian")),
        Arguments.of("ferryfire", "2025-09-23", List.of(
            // found after the measurement, since "aboard" ends what an ordinal counts as "on" does
            "ORDINAL the third fire aboard a Greek passenger ship"
                + " | the second fire on a Greek passenger vessel",
            "TEMPORAL Friday | Sunday")),
        Arguments.of("fogpileup", "2023-11-17", List.of(
            // found after the measurement, since "collided" is a word of a crash and "the A86"
            // ends no frame
            "NUMERIC at least 54 vehicles | at least 45 vehicles",
            "ATTRIBUTE district fire chief | district police chief",
            "POLARITY issued a fog warning for the area on Thursday evening"
                + " | not issued a fog warning for the area the evening",
            "ORDINAL the second fatal pile-up in the region"
                + " | the first fatal pile-up in the region",
            "ORDINAL third-busiest freight corridor | busiest freight route")),
        Arguments.of("minerescue", "2025-11-20", List.of(
            "NUMERIC some 180 meters | roughly 80 meters",
            "NUMERIC 19-year-old | Seventeen-year-old",
            "NUMERIC four high-capacity pumps | six powerful pumps",
            "ORDINAL the third serious accident at a Bolivian"
                + " | the second serious one in Bolivia's mines")),
        Arguments.of("museumheist", "2026-03-12", List.of(
            "ATTRIBUTE Hallmann | Anja Brenner",
            "NUMERIC 14.5 million euros | about 45 million euros",
            // found since one person holds one field of an office ("Interior Minister")
            "ATTRIBUTE culture minister | state interior minister",
            "ORDINAL second-largest history museum | largest history museum")),
        Arguments.of("shipfire", "2024-09-03", List.of(
            "NUMERIC four trips | seven trips",
            "NUMERIC about 1,100 tonnes | around 1,600 tonnes",
            // found since a year or part of one that ends the counted noun's clause bounds it
            "ORDINAL the second fire | the first car-carrier fire off Norway",
            "QUANTIFIER most car-carrier fires | only a few car-carrier fires",
            "TEMPORAL 2011 | 2017")),
        Arguments.of("skiavalanche", "2025-02-07", List.of(
            "ATTRIBUTE 16-year-old Dutch boy | German teenager, 16",
            "POLARITY No one has been arrested | A resort employee has been detained",
            "NUMERIC More than 60 rescuers | more than 200 people")));
  }

  /**
   * The sixteenth round's reports (a cave rescue, a grain silo blast, a trawler lost in a storm,
   * a helicopter ditching at sea, a fireworks warehouse blast, a record transfer, a tram crash, an
   * airline's data breach, a chess championship, a flash flood at a campsite, a pipeline leak, a
   * storm over a music festival), written blind to the code and the data and kept blind until the
   * round's measurement: what the checks find in each changed retelling, and nothing in the
   * faithful one.
   */
  static Stream<Arguments> sixteenthRoundRetellings() {
    return Stream.of(
        Arguments.of("campflood", "2025-07-08", List.of(
            // found after the measurement: "a German boy of 11" is one described person's age
            "NUMERIC nine-year-old | of 11",
            "TEMPORAL 1996 | 2006",
            "ATTRIBUTE Belgian man aged 29 | 29-year-old man from Switzerland",
            "ORDINAL the second deadly flash flood in the province"
                + " | the province's third fatal flash flood",
            "TEMPORAL Sunday | Saturday evening")),
        Arguments.of("caverescue", "2024-07-16", List.of(
            "NUMERIC about 1.2 kilometres | some 2.1 km",
            "NUMERIC 38 | 48-year-old",
            "ORDINAL second-longest cave system | third-longest cave system")),
        Arguments.of("chessmatch", "2024-11-14", List.of(
            "NUMERIC about 1,200 spectators | Some 2,100 fans",
            "NUMERIC 52 | 57-year-old",
            "ATTRIBUTE Henrik Aldersen, a Danish | Henrik Aldersen, the Dutch")),
        Arguments.of("databreach", "2025-09-18", List.of(
            "ATTRIBUTE Marte Lindqvist, a Swedish national | Marte Lindqvist, a Finn",
            // found after the measurement: aircraft and planes are one counted kind
            "NUMERIC 78 aircraft | 87 planes",
            // one side may tell a little more of one act ("sending emails to", "contacted by
            // email")
            "QUANTIFIER all affected customers | Only some affected customers")),
        Arguments.of("festival", "2024-08-19", List.of(
            "ORDINAL second-biggest stage | third-largest venue",
            "NUMERIC 60 pounds | 40 pounds")),
        Arguments.of("fireworks", "2024-06-14", List.of(
            // found after the measurement: a name after an office and its organisation
            "ATTRIBUTE Mayor | deputy mayor of San Virgilio",
            // found after the measurement: ages in a list parted by semicolons
            "NUMERIC 41 | 44",
            "NUMERIC about 14 tonnes | around 24 tonnes",
            "ORDINAL the third deadly explosion | the fourth fatal explosion",
            "POLARITY not speak to reporters | spoke briefly to reporters",
            // found since a thing is made once: two made years of one name clash
            "TEMPORAL 1962 | 1972")),
        Arguments.of("pipeleak", "2023-03-16", List.of(
            "ORDINAL the third leak on the line | the line's fourth leak",
            "ORDINAL second-largest onshore pipeline spill | largest onshore pipeline spill",
            // found since one person holds one field of an office ("Interior Minister")
            "ATTRIBUTE Environment Minister | provincial energy minister",
            "POLARITY No charges | charges")),
        Arguments.of("rigcopter", "2024-11-08", List.of(
            "NUMERIC about 95 kilometres | roughly 65 km",
            // found after the measurement: "a Norwegian engineer aged 47"
            "NUMERIC 44-year-old | aged 47",
            // found after the measurement: one person of one age and trade has one home
            "ATTRIBUTE Inverness | Dundee",
            "ORDINAL the second fatal helicopter accident"
                + " | the third deadly offshore helicopter accident",
            "ORDINAL third-busiest heliport | busiest heliport")),
        Arguments.of("siloblast", "2023-10-12", List.of(
            // found after the measurement: each report's one time of the blast
            "TEMPORAL 2:47 p.m. | 12:47 p.m.",
            "ORDINAL third-largest grain export facility | largest grain export facility",
            "NUMERIC 46 | 64-year-old",
            "NUMERIC 240,000 pounds | 420,000 pounds",
            "TEMPORAL 1988 | 1998",
            "ORDINAL the first fatal explosion | the second deadly explosion")),
        Arguments.of("tramcrash", "2025-03-11", List.of(
            "POLARITY not arrested and tested negative for alcohol"
                + " | test for alcohol was negative, and he was taken into custody")),
        Arguments.of("transfer", "2024-08-27", List.of(
            "NUMERIC 7 million pounds | 12 million pounds",
            "ORDINAL only the second Uruguayan | the first Uruguayan",
            "TEMPORAL Saturday, Sept. 14 | Sept. 21")),
        Arguments.of("trawler", "2025-01-21", List.of(
            "NUMERIC about 62 kilometres | some 26 km",
            "NUMERIC four men | five men",
            // found after the measurement: "an Egyptian engineer aged 38"
            "NUMERIC 28-year-old | aged 38",
            "TEMPORAL 1998 | 1989",
            "ORDINAL the fourth Irish fishing vessel lost at sea"
                + " | the fifth Irish fishing boat lost at sea")));
  }

  /**
   * The seventeenth round's reports (a title fight, an art auction, a fall down a lift shaft, a
   * police shooting, an air show crash, a hailstorm, an ousted chief executive, hikers on a
   * glacier, a casino robbery, a mayor charged with bribery, a Channel swim, a vaccine trial),
   * written blind to the code and the data and kept blind until the round's measurement: what
   * the checks find in each changed retelling, and nothing in the faithful one.
   */
  static Stream<Arguments> seventeenthRoundRetellings() {
    return Stream.of(
        Arguments.of("airshowcrash", "2025-08-16", List.of(
            "ATTRIBUTE a retired aircraft engineer | Retired airline pilot",
            "NUMERIC five inspectors | Three inspectors",
            "TEMPORAL 2019 | four years ago",
            "QUANTIFIER dozens of volunteers | hundreds of volunteers stayed")),
        Arguments.of("artauction", "2025-05-13", List.of(
            "ORDINAL most expensive work | second most expensive work",
            "NUMERIC 31.2 million francs | 21.2 million francs",
            "NUMERIC 51 | 57-year-old")),
        Arguments.of("boxingtitle", "2025-03-16", List.of(
            "NUMERIC 28 | 26-year-old",
            "ORDINAL the second Nigerian-born fighter | the first Nigerian-born boxer",
            "TEMPORAL 2017 | 2019")),
        Arguments.of("casinorobbery", "2024-03-17", List.of(
            "ORDINAL the third armed robbery | the fourth armed robbery at a casino in the state",
            "ORDINAL its first such inquiry | its first",
            "NUMERIC 34 | 43",
            "POLARITY no shots | a shot")),
        Arguments.of("ceoousted", "2025-10-21", List.of(
            // found since a tally may be told in words, or "in favour and ... against"
            "NUMERIC eight to one | six directors in favour and one against",
            "ATTRIBUTE Chief Financial Officer | Chief operating officer",
            // 6.2 percent against 4.2% of one share rise fell to 0.48 when "largest" and
            // "biggest" became one word (a closer rival pair)
            // found since a date after the report's publication is a plan, as a schedule is
            "TEMPORAL November 27 | November 17")),
        Arguments.of("channelswim", "2022-08-25", List.of(
            "ATTRIBUTE Australian Tom Reddick | South African Tom Reddick",
            "POLARITY not yet been formally ratified | ratified")),
        Arguments.of("elevatorfall", "2025-09-22", List.of(
            // a birthplace written "-born" and "born in"
            "ATTRIBUTE Brazilian-born | born in Portugal",
            "ORDINAL the third serious lift accident in the state"
                + " | the state's fourth serious lift accident")),
        Arguments.of("glacierhikers", "2025-07-12", List.of(
            "TEMPORAL 8:30 p.m. | 6:30 p.m.",
            "ORDINAL the second serious ice collapse"
                + " | the third serious ice collapse in Italy's Alps")),
        Arguments.of("hailstorm", "2025-06-04", List.of(
            // a birthplace written "-born" and "born in"
            "ATTRIBUTE Dutch-born | Danish-born",
            "ORDINAL largest car dealership | second-biggest car dealer",
            // found since "largest" and "biggest" are one word of the two claims' wording
            "NUMERIC 212 vehicles | 112 vehicles",
            "POLARITY not commit to disaster funding | committed to disaster funding")),
        Arguments.of("mayorbribery", "2023-10-12", List.of(
            "NUMERIC 57 | 59",
            "ORDINAL his third term | his second term",
            "NUMERIC 260,000 euros | 620,000 euros")),
        Arguments.of("policeshooting", "2025-11-07", List.of(
            "QUANTIFIER All of the officers involved | None of the officers involved")),
        Arguments.of("vaccinetrial", "2024-06-04", List.of()));
  }

  /**
   * The eighteenth round's reports, of politics (a cabinet reshuffle, a climate fund pledging
   * conference, a court striking down a law, a governor's budget veto, a pension bill, a police
   * chief's resignation, a state senate race, a school funding settlement, a tax reform), written
   * blind and kept blind until the round's measurement: what the checks find in each changed
   * retelling, and nothing in the faithful one. A tenth, of refugee quotas, is in the folder but
   * not here: its faithful retelling still draws "over two years" (the span of a plan) against
   * "the union's 25-year history", a length of another thing in a claim of one fact.
   */
  static Stream<Arguments> eighteenthRoundRetellings() {
    return Stream.of(
        Arguments.of("cabinetreshuffle", "2026-09-07", List.of(
            "NUMERIC 71 | aged 67",
            // found since two reported clauses have the clauses' subjects, not the speakers'
            "POLARITY not been consulted on the appointment of Barata"
                + " | consulted about Barata's appointment")),
        Arguments.of("climatefund", "2026-11-18", List.of(
            "ATTRIBUTE climate minister | finance minister",
            "ORDINAL second-largest emitter | third-biggest emitter",
            "NUMERIC 19 to 5 | 14-10")),
        Arguments.of("courtstrike", "2026-03-12", List.of(
            "ORDINAL the second time | the third major law",
            "NUMERIC 64 opposition lawmakers | Forty-six Civic Alliance legislators",
            "ATTRIBUTE Interior Minister | Justice Minister",
            "ORDINAL largest opposition party | second-biggest opposition party")),
        Arguments.of("governorveto", "2026-06-30", List.of(
            "TEMPORAL first time since 1991 | since 1987",
            "NUMERIC 31-18 | 33-18",
            "ORDINAL 14th-most-populous state | 12th-most-populous state")),
        Arguments.of("pensionbill", "2026-03-18", List.of(
            "NUMERIC 162 votes to 131 | 168-131",
            "ATTRIBUTE Labour Minister | Finance Minister",
            "ORDINAL largest union | second-largest union")),
        Arguments.of("policechief", "2024-03-13", List.of(
            "ORDINAL the second Riverton police chief | the third chief",
            "ATTRIBUTE a Democrat | a second-term Republican",
            // found since "whether" after a verb of its own denies the decision (question-opener)
            "POLARITY not decided | decided",
            "POLARITY not opened an investigation | opened an investigation")),
        Arguments.of("schoolfunding", "2024-10-11", List.of(
            "NUMERIC $11.2 million | more than $14 million",
            "TEMPORAL Dec. 4 | Dec. 11")),
        Arguments.of("senaterace", "2026-11-05", List.of(
            "ORDINAL only the second woman | the first woman",
            "ATTRIBUTE Pruitt | Voss",
            "NUMERIC 11 points | seven points")),
        Arguments.of("taxreform", "2024-05-08", List.of(
            "NUMERIC 6.48 billion crowns | nearly 5.5 billion crowns",
            "ATTRIBUTE Marsh | Anton Keller",
            "ORDINAL rate is currently the second-highest | rate is now the highest",
            "TEMPORAL not been cut since 2009 | last lowered in 2012")));
  }

  /**
   * The nineteenth round's reports, of business, sport and science or health (an airline merger,
   * a retailer's quarterly loss, a scooter recall, a dock strike, a marathon's course record, a
   * cup final on penalties, a basketball trade, a cycling crash, a measles outbreak at schools, a
   * failed satellite launch, a hospital cyberattack, water limits in a drought), written blind and
   * kept blind until the round's measurement: what the checks find in each changed retelling, and
   * nothing in the faithful one.
   */
  static Stream<Arguments> nineteenthRoundRetellings() {
    return Stream.of(
        Arguments.of("airlinemerger", "2024-09-19", List.of(
            "TEMPORAL 18 months | three years",
            "QUANTIFIER No frontline employee | Some frontline employees",
            "NUMERIC 47 | 44")),
        Arguments.of("quarterlyloss", "2024-05-14", List.of(
            "ORDINAL third-largest department-store chain"
                + " | ranks second among the nation's department-store chains",
            "NUMERIC 52 | 57",
            "NUMERIC About 4,100 employees | roughly 4,600 workers",
            "NUMERIC four smaller-format stores | six smaller stores")),
        Arguments.of("scooterrecall", "2024-11-21", List.of(
            "POLARITY No deaths | one death",
            "QUANTIFIER Most of the fires began | only a handful of the fires started",
            "ATTRIBUTE chief executive | chief safety officer",
            "POLARITY not fined the company | fine has been imposed, and the agency is examining whether the company")),
        Arguments.of("dockstrike", "2025-03-06", List.of(
            "ORDINAL second-busiest container port | busiest container port",
            "ORDINAL the third strike at the port | the second such strike at Port Kestrel",
            "ATTRIBUTE Helena Voss, a German national | Helena Voss, the Dutch")),
        Arguments.of("courserecord", "2024-10-20", List.of(
            "NUMERIC 42 seconds | 24 seconds",
            "POLARITY finished inside the old | not finish inside the old",
            "ATTRIBUTE a 31-year-old schoolteacher | a 31-year-old firefighter",
            "NUMERIC 143 runners | 413 runners")),
        Arguments.of("cuppenalties", "2024-05-18", List.of(
            "NUMERIC 34 | 36",
            "ATTRIBUTE Brazilian forward Danilo Ferreira Prates | Argentine striker Danilo Ferreira Prates",
            "ORDINAL the third final | the fourth final",
            // "most of the squad would join supporters on an open-top bus parade" and "only a
            // few of the squad would take part in an open-top bus parade" tell one act in two
            // words; the shared "would" that matched them is a modal, no act
            "QUANTIFIER two arrests | no arrests")),
        Arguments.of("playertrade", "2025-02-04", List.of(
            "NUMERIC $212 million | $182 million",
            "TEMPORAL since 2011 | last reached the finals in 2014",
            "POLARITY start on Wednesday against Lakeport | not start Wednesday's game against Lakeport",
            "ATTRIBUTE Kostic, a Serbian | Kostic, 28, a Croatian")),
        Arguments.of("cyclingcrash", "2024-06-12", List.of(
            // found since a boat capsizes, a storm makes landfall and a pile-up crashes once (pack
            // facets event-clock-words-capsize, -landfall and the crash cue)
            "TEMPORAL 3:20 p.m. | 4:20 in the afternoon",
            "NUMERIC 31 | 34",
            "ORDINAL the third major crash | the race's second serious one")),
        Arguments.of("measlesschool", "2025-03-14", List.of(
            // "The N-year-old" opening a claim is the person named just before it
            "NUMERIC 61 | 67-year-old",
            "ORDINAL the first time | the second",
            "ORDINAL the second | the state's third measles outbreak")),
        Arguments.of("launchfail", "2025-06-18", List.of(
            // the noun after a conversion in parentheses is what a measure describes
            "NUMERIC about 1,400 kilometers | some 1,900 km",
            "NUMERIC 48 million Australian dollars | A$38 million",
            "ORDINAL largest private launch company | second-largest privately owned launch")),
        Arguments.of("hospitalhack", "2025-10-09", List.of(
            "ORDINAL second-largest hospital | biggest hospital",
            "POLARITY not paid a ransom | paid a ransom",
            "ORDINAL the third cyberattack on an Ontario hospital | the fourth cyberattack on a hospital in Ontario",
            // found since a vague count with its own noun after "of" ("among dozens of non-urgent
            // procedures") borrows none from the count before, and rivals it no more
            "NUMERIC 47 surgeries | Thirty-seven surgeries")),
        Arguments.of("waterlimits", "2025-08-22", List.of(
            "ORDINAL lowest level | second-lowest level",
            "NUMERIC about 1,400 farms | some 2,400 farms",
            "NUMERIC 42 million euros | 24 million euros")));
  }

  /**
   * The twentieth round's reports, of courts and politics, accidents and business, science and
   * sport (a by-election, an extradition ruling, a bribery trial, a mayor's resignation, a nurses'
   * strike vote, a forged painting, a near-Earth asteroid, a rowing race, a restaurant gas blast,
   * an air-ambulance crash, a tunnel fire, a capsized riverboat), written blind and kept blind
   * until the round's measurement: what the checks find in each changed retelling, and nothing in
   * the faithful one.
   */
  static Stream<Arguments> twentiethRoundRetellings() {
    return Stream.of(
        Arguments.of("byelection", "2024-03-11", List.of(
            "NUMERIC 56 | 65-year-old",
            "POLARITY conceded | not conceded",
            "QUANTIFIER most of the lowland farming communes"
                + " | only a few of the lowland farming communes")),
        Arguments.of("extradition", "2024-06-20", List.of(
            // found since "largest" and "biggest" are one word of the two claims' wording
            "ORDINAL second-largest grain trader | biggest grain trading house",
            "NUMERIC five counts | nine",
            "ATTRIBUTE Justice Minister | Interior Minister",
            "QUANTIFIER no one was arrested | several people")),
        Arguments.of("bribetrial", "2024-10-09", List.of(
            "ORDINAL second-busiest container port | third-busiest port",
            "ATTRIBUTE Transport Minister | Justice Minister")),
        Arguments.of("mayorquits", "2025-02-14", List.of(
            "NUMERIC 52 | 57",
            "NUMERIC 37 | twenty-seven",
            "NUMERIC 86,000 dollars | $68,000",
            "ATTRIBUTE Auditor General | prosecutor",
            "POLARITY Renwick has not been charged | charged Renwick",
            "TEMPORAL May 18 | Sunday, June 15",
            "ORDINAL the second mayor | the third Dunmore mayor to resign",
            "ORDINAL fourth-largest city | third-biggest city")),
        Arguments.of("nursestrike", "2025-03-12", List.of(
            // "The N-year-old" opening a claim is the person named just before it
            "NUMERIC 54 | 45-year-old",
            "ORDINAL the third strike ballot | the fourth time")),
        Arguments.of("forgery", "2025-06-05", List.of(
            "NUMERIC 47 | 52-year-old",
            // a birthplace written "-born" and "born in"
            "ATTRIBUTE Italian-born | born in Spain",
            "NUMERIC about 60 paintings | some 90 securely attributed paintings")),
        Arguments.of("asteroid", "2025-09-18", List.of(
            "ATTRIBUTE northern Chile | southern Chile",
            "QUANTIFIER Most objects | Only a handful of objects")),
        Arguments.of("rowingrace", "2025-04-06", List.of(
            "ATTRIBUTE American Cole Brennan | Canadian Cole Brennan",
            "ORDINAL only the second woman | the first woman")),
        Arguments.of("restaurantblast", "2026-03-10", List.of(
            // found since a superlative with no noun ranks the name before it
            // found since one deed of one named thing is timed once (the words before the time)
            "TEMPORAL 12:47 p.m. | 1:47 p.m.",
            "ORDINAL city's largest | the second-largest",
            "NUMERIC 58 | 63",
            "TEMPORAL October 2024 | October 2021",
            "ATTRIBUTE a bank clerk | a 31-year-old taxi driver")),
        Arguments.of("medevaccrash", "2026-11-14", List.of(
            "TEMPORAL 6:31 p.m. | 6:41 p.m.",
            "NUMERIC 42 kilometres | 19 miles",
            "ATTRIBUTE an anaesthetist | a paediatrician",
            "QUANTIFIER dozens of volunteers | hundreds of volunteers",
            "POLARITY not send a distress call | sent a distress call",
            "ORDINAL the first fatal accident in the company | the company's second fatal accident",
            "NUMERIC 29-year | 19 years",
            "ATTRIBUTE Health Minister | Transport Minister")),
        Arguments.of("tunnelfire", "2026-07-22", List.of(
            "ATTRIBUTE 47-year-old Polish man | 47-year-old Slovak driver",
            "POLARITY driver has not been charged | Charges have been filed against the driver",
            "NUMERIC four hours | eleven hours")),
        Arguments.of("riverboat", "2026-09-14", List.of(
            // found since a boat capsizes, a storm makes landfall and a pile-up crashes once (pack
            // facets event-clock-words-capsize, -landfall and the crash cue)
            "TEMPORAL 7:40 p.m. | 8:40 p.m.",
            "QUANTIFIER Few of the passengers | most passengers",
            "ATTRIBUTE Juric | Marija Basic",
            "POLARITY renewed in April | not renewed in April",
            "ORDINAL the second accident involving the company's boats | the third time",
            "ORDINAL second-longest river | third-longest river")));
  }

  /**
   * The twenty-first round: twelve reports written blind (a rehab stay, a scoring record, a
   * coach fired, an obituary, a navy rescue, a crime-family sweep, a browser flaw, a phone
   * launch, a church fire, a party shooting, two climbers' falls, a film casting), measured before
   * they were read (33 of 144 changes found, two faithful findings) and after the round's
   * classes were fixed: a rank is no count of events; a count "in" a history counts over all of
   * it; a degree between the auxiliary and the participle and an aside about the subject leave
   * the subject restated; an irregular past is its verb for what befell a quantified group.
   */
  static Stream<Arguments> twentyFirstRoundRetellings() {
    return Stream.of(
        Arguments.of("rehabcheckin", "2024-03-12", List.of(
            // "The N-year-old" opening a claim is the person named just before it
            "NUMERIC 34 | 36-year-old",
            "POLARITY No one was hurt | a pedestrian was injured",
            "POLARITY dropped a second charge, of reckless driving | not drop a reckless driving",
            "NUMERIC $40 million | $55 million",
            "ORDINAL second-largest private addiction treatment"
                + " | biggest private addiction treatment")),
        Arguments.of("scoringrecord", "2024-03-23", List.of(
            "ORDINAL only the third | the second tournament victory",
            "ATTRIBUTE Pruneda | Tyrese Baldwin")),
        Arguments.of("coachfired", "2024-01-16", List.of(
            "TEMPORAL Sunday night | Monday morning")),
        Arguments.of("obituary", "2024-02-09", List.of(
            "NUMERIC $120 million | some $210 million",
            "POLARITY never returned to public office | returned to public office",
            "ORDINAL second-largest party | third-largest party")),
        Arguments.of("navyrescue", "2024-03-14", List.of(
            "TEMPORAL Wednesday | Tuesday",
            "NUMERIC 44 | 49-year-old",
            "NUMERIC four assault rifles | 6 assault rifles")),
        Arguments.of("mafiasweep", "2024-10-08", List.of(
            "NUMERIC 67 | 72-year-old",
            "ATTRIBUTE chief prosecutor | Interior Minister",
            "NUMERIC an estimated 85 million euros | some 58 million euros",
            "ORDINAL third-largest crime syndicate | largest crime syndicate")),
        Arguments.of("browserflaw", "2025-02-20", List.of(
            "ATTRIBUTE Norwegian security firm Halden Labs | Halden Labs, a Swedish",
            "ATTRIBUTE Raman | Eklund")),
        Arguments.of("phonelaunch", "2024-09-10", List.of()),
        Arguments.of("churchfire", "2024-03-09", List.of(
            "NUMERIC $1.2 million | 2.1 million dollars",
            // the subject of the second clause starts after ", and"
            "POLARITY not damaged | damaged",
            "POLARITY insured | not insured",
            "ATTRIBUTE Ruth Dempsey | Dale Brennick")),
        Arguments.of("partyshooting", "2023-12-18", List.of(
            // "The N-year-old" opening a claim is the person named just before it
            "NUMERIC 52 | 57-year-old",
            "NUMERIC roughly 120 employees | some 200 Norvale staff",
            // a denial's clause ends before "and that"
            "POLARITY no criminal record | a criminal record",
            "ATTRIBUTE Anita Varga | Claire Fontaine",
            "NUMERIC 14 spent shell casings | forty spent casings",
            "ORDINAL the second mass shooting in the province | the province's first mass shooting",
            "ORDINAL third-largest private employer | second-biggest private employer")),
        Arguments.of("climberfall", "2024-08-13", List.of(
            "NUMERIC 34-year-old | 38",
            // found since one deed of one named thing is timed once (the words before the time)
            "TEMPORAL 11:15 a.m. | 1 p.m.",
            "ATTRIBUTE Agnieszka Duda, 27, a Polish | Agnieszka Duda, a 27-year-old Czech")),
        // "the fourth actor to play the officer since the series began in 1985" now counts
        // from 1985, "the fifth actor ... in the four decades since the series began" over a
        // stretch that names no date: two windows the check does not set against each other
        Arguments.of("filmcasting", "2025-02-20", List.of(
            "TEMPORAL November 12, 2027 | November 12, 2028",
            "QUANTIFIER Most of the bets placed | only a handful of the bets placed",
            "NUMERIC five films | six Halloran films")));
  }

  /**
   * The twenty-second round: twelve reports written blind (a winter storm, a rail strike, a
   * central bank's hold, stolen patient records, a museum reopening, a protest dispersed, a probe
   * landing, a retailer's results, a marathon record, a prison escape, a recount, a fish kill),
   * measured before they were read (29 of 144 changes found, no faithful finding) and after the
   * round's classes were fixed: ranks of a copula's definite subject, "This is the Nth time",
   * a quantified predicate with no verb, opposite states of one pronoun, a subject's asides, a
   * quantified group's act told with a word more.
   */
  static Stream<Arguments> twentySecondRoundRetellings() {
    return Stream.of(
        Arguments.of("stormdeaths", "2025-01-14", List.of(
            "NUMERIC 212 millimetres | 182 mm",
            // a "since" later in the clause of the superlative opens its window
            "TEMPORAL December 2001 | December 1997")),
        Arguments.of("railstrike", "2025-03-05", List.of(
            "ORDINAL second-largest train operator | third-biggest operator",
            // "lasted 11 hours before ending" tells how long, not a distance from the ending
            "NUMERIC 11 hours | Seven hours",
            "TEMPORAL Monday, March 17 | Monday, March 10")),
        Arguments.of("ratehold", "2025-06-12", List.of(
            "NUMERIC 11 times | eight times",
            "ORDINAL largest lender | third-biggest lender")),
        Arguments.of("patientdata", "2025-09-23", List.of(
            "QUANTIFIER all affected patients | Only some of the affected patients")),
        Arguments.of("museumreopen", "2025-03-08", List.of(
            "ORDINAL largest art museum closed | second-biggest art museum",
            // a birthplace written "-born" and "born in"
            "ATTRIBUTE Danish-born | born in Sweden",
            "ORDINAL the second major museum project in Norland"
                + " | the third big museum project in Norland")),
        Arguments.of("protestclash", "2024-11-14", List.of(
            // found since the outbreak of unrest is an event of a moment, timed once by each report
            "TEMPORAL 6:15 p.m. | a quarter past seven in the evening",
            "ORDINAL the fourth night of protests | the third night of rallies",
            // one doer's answer to one charge: denied against admitted
            "POLARITY denied | admitted")),
        Arguments.of("probelanding", "2026-09-22", List.of(
            "TEMPORAL 4:47 a.m. | 5:47 in the morning",
            // a birthplace written "-born" and "born in"
            // one measure of the definite thing the story names
            "NUMERIC 540-kilogram | 450 kg",
            "ATTRIBUTE Nigerian-born | born in Ghana",
            "NUMERIC seven instruments | nine instruments")),
        Arguments.of("earningsbeat", "2025-05-21", List.of(
            // "operations chief" is a chief operating officer
            "ATTRIBUTE chief financial officer | Operations chief")),
        Arguments.of("worldrecord", "2024-10-13", List.of(
            "ATTRIBUTE Kenyan Elias Wanjiru | Ugandan Elias Wanjiru",
            "TEMPORAL April | June",
            "NUMERIC 148 countries | 184 nations")),
        Arguments.of("jailbreak", "2024-03-05", List.of(
            "NUMERIC 38 metres | about 48 metres",
            "NUMERIC roughly five months | about three months",
            "NUMERIC 18 years | 15-year",
            "ATTRIBUTE Luis Ferreira, 35, a Portuguese national"
                + " | Luis Ferreira, 35, a Brazilian citizen",
            "POLARITY unarmed | armed",
            "NUMERIC 25,000 Canadian dollars | C$50,000",
            "ATTRIBUTE a retired teacher | a 67-year-old retired nurse")),
        Arguments.of("recount", "2023-11-17", List.of(
            "POLARITY not appeal | appeal",
            "NUMERIC About 60 county workers | some forty county staff",
            "ATTRIBUTE Fitch | Osei",
            "POLARITY not concede | conceded")),
        Arguments.of("fishkill", "2024-07-19", List.of(
            "NUMERIC 11-kilometre | roughly 16 km",
            "TEMPORAL 2009 | 1999",
            "POLARITY not ruled out a criminal prosecution | criminal prosecution has been ruled",
            "ORDINAL second-largest employer | biggest employer",
            "ORDINAL the third pollution incident on the Alder"
                + " | the second pollution incident on the Alder",
            "NUMERIC about 9 tonnes | roughly four tonnes")));
  }

  /**
   * The twenty-third round: twelve reports written blind (a bank run, a dog attack, a stock
   * market plunge, a hotel fire, a minister's resignation, a zoo birth, a ship striking a bridge,
   * a gas leak at a school, a competition fine, a flooded subway, a wine theft, an oil output
   * cut), measured before they were read (57 of 144 changes found, two faithful findings) and
   * after the round's classes were fixed: a definite age that opens a claim is the person named
   * before it; a "since" later in the clause of an ordinal's noun; a passive verb of telling
   * dates an event; shares of wholes of two periods; a birth told as "NAME was born in"; a
   * speaker after an office and set off by an age.
   */
  static Stream<Arguments> twentyThirdRoundRetellings() {
    return Stream.of(
        Arguments.of("bankrun", "2025-10-17", List.of(
            "ORDINAL the second U.S. bank failure | the third failure of a U.S. bank",
            "TEMPORAL 1921 | 1912",
            "NUMERIC 61 | 66-year-old",
            // found since "no" before a noun is read in a clause of its own beside another denial
            "POLARITY no criminal investigation | a criminal investigation")),
        Arguments.of("dogattack", "2026-05-11", List.of(
            "POLARITY not been charged | charged",
            "NUMERIC 68 | 76-year-old",
            "ATTRIBUTE Tomasz Wrona, 29, a Polish | Tomasz Wrona, a 29-year-old Lithuanian",
            "ORDINAL second-largest park | largest park",
            "ORDINAL the third serious dog attack in the county | the second serious dog attack")),
        Arguments.of("stockplunge", "2025-03-10", List.of(
            "NUMERIC 19.6 percent | 16.9 percent",
            "ATTRIBUTE Lukas Brenner | Irena Holm",
            "NUMERIC 3.2 times | 2.3 times")),
        Arguments.of("hotelfire", "2026-01-22", List.of(
            "NUMERIC 72-year-old | aged 62",
            "ATTRIBUTE 35-year-old Irish woman | Australian woman aged 35",
            "ORDINAL oldest hotel | second-oldest hotel",
            "POLARITY not being treated as suspicious | treated as suspicious")),
        Arguments.of("ministerquits", "2025-11-14", List.of(
            "NUMERIC 54 | 58-year-old",
            "NUMERIC 18,200 euros | 28,200 euros",
            "ORDINAL largest infrastructure project | second-biggest infrastructure scheme")),
        Arguments.of("zoobirth", "2026-03-06", List.of(
            // a birth is an event of a moment, timed once by each report
            "TEMPORAL 4:15 a.m. | 6 a.m.",
            "NUMERIC 21 kilograms | 26 kg",
            "ATTRIBUTE born in Germany | born in the Netherlands",
            // found since a year or part of one that ends the counted noun's clause bounds it
            "ORDINAL the third okapi born in a North American zoo | the first okapi born",
            "NUMERIC at least six weeks | a fortnight",
            "NUMERIC more than 12,000 viewers | more than 2,000 viewers",
            "ORDINAL zoo, Canada's third-oldest | second-oldest zoo")),
        Arguments.of("shipbridge", "2025-08-20", List.of(
            "ATTRIBUTE 48-year-old Ukrainian | Pole aged 48",
            "ORDINAL second-busiest river crossing | busiest river crossing",
            "NUMERIC at least 10 days | a minimum of three days",
            "NUMERIC 46 kilometres | 64 km",
            "ORDINAL the third time a ship has hit the Marienau Bridge | the second ship strike",
            "QUANTIFIER No fuel leaked | some fuel")),
        Arguments.of("schoolgasleak", "2026-01-22", List.of(
            "TEMPORAL 9:26 a.m. | 10:30 a.m.",
            "NUMERIC 200-metre | 500-metre",
            "ORDINAL the second gas leak | the third",
            "ORDINAL largest primary school | second-largest primary",
            "TEMPORAL Friday | Monday")),
        Arguments.of("antitrustfine", "2026-03-11", List.of(
            "NUMERIC about 41,000 developers | Some 14,000 developers",
            "NUMERIC 58 | 63-year-old",
            "ORDINAL the third fine the office has levied on Korvane"
                + " | the second time",
            "ATTRIBUTE general counsel | chief executive",
            "NUMERIC 2.3 percent | 3.2 percent",
            "POLARITY not found evidence that Korvane deliberately destroyed documents"
                + " | found evidence to back claims by some complainants that Korvane had"
                + " deliberately destroyed documents",
            "ORDINAL second-largest smartphone maker | largest smartphone maker")),
        Arguments.of("subwayflood", "2025-10-22", List.of(
            "NUMERIC 126 millimetres | 162 mm",
            "TEMPORAL 9:40 p.m. | 8 p.m.",
            "ATTRIBUTE Ruth Okonkwo-Bailey | Gillian Tremblay",
            "NUMERIC About 1,100 passengers | more than 2,000 passengers",
            "NUMERIC 14 people | Forty-one people",
            "ORDINAL the second time | the third time",
            "NUMERIC about 72 hours | roughly five days")),
        Arguments.of("wineheist", "2026-01-28", List.of(
            "NUMERIC 62 | 67-year-old",
            // one sentence of 8 words or more given to two speakers whom both reports name
            "ATTRIBUTE Moreau-Dutel | Marchal",
            "ATTRIBUTE 29-year-old Polish national | 29-year-old Portuguese national",
            "POLARITY without charge on Tuesday evening | charged on Tuesday evening",
            "QUANTIFIER most of the stolen bottles | only a few of the stolen bottles",
            "TEMPORAL 2009 | 2012",
            "NUMERIC 25,000 euros | 50,000 euros")),
        Arguments.of("oilcut", "2025-06-05", List.of(
            "NUMERIC 4.6 percent | more than 7 percent")));
  }

  /**
   * The twenty-fourth round: twelve reports written blind (a tour boat capsized, a manager
   * sacked, a fare rise, a park closed by fire, a medicine recall, a mayor convicted, a
   * landslide, an airline strike, a painting's record sale, a heat record, a city hacked, a
   * mine collapse), measured before they were read: 27 of 144 changes found with the code of
   * the start of the twenty-third round, 28 with its end, and three faithful findings either way
   * (an ordinal counted for a class of owners, a given name read as an office, two deeds last
   * done in two years), now none; clock times told in words.
   */
  static Stream<Arguments> twentyFourthRoundRetellings() {
    return Stream.of(
        Arguments.of("boatcapsize", "2025-07-14", List.of(
            "NUMERIC 90-minute | three-hour",
            "NUMERIC 62-year-old | aged 67",
            "ORDINAL the third fatal boating accident on Italian lakes"
                + " | the second deadly boating accident")),
        Arguments.of("managersacked", "2025-11-09", List.of(
            // planted: an age before a noun and a full name ("27-year-old forward Callum Reeve")
            "NUMERIC 23 | 27-year-old")),
        Arguments.of("farehike", "2026-02-18", List.of(
            "NUMERIC nine votes to four | eight to five",
            "ORDINAL the second fare increase | the third increase",
            "ORDINAL third-largest city | second-biggest city")),
        Arguments.of("parkfire", "2025-08-21", List.of(
            "ORDINAL the fifth major wildfire in Spain | Spain's third major wildfire")),
        Arguments.of("drugrecall", "2026-03-12", List.of(
            "NUMERIC 54 | 45",
            "QUANTIFIER most patients should | only a handful of patients keep")),
        Arguments.of("mayorfraud", "2025-11-20", List.of(
            "NUMERIC 61 | 67",
            // found since "largest" and "biggest" are one word of the two claims' wording
            "ORDINAL third-largest municipality | second-biggest municipality")),
        Arguments.of("villageslide", "2025-08-07", List.of(
            "NUMERIC 38 | 48",
            "ATTRIBUTE Home Minister | Defence Minister")),
        Arguments.of("airlinestrike", "2026-01-22", List.of(
            "ATTRIBUTE union president | union vice-president",
            "NUMERIC 133 flights | ninety flights",
            "NUMERIC 33 | 43-year-old",
            "NUMERIC 96 aircraft | 69 planes")),
        Arguments.of("paintingsale", "2025-11-14", List.of()),
        Arguments.of("heatrecord", "2025-07-23", List.of(
            "POLARITY not declare a state of emergency | declared a state of emergency",
            "NUMERIC about 4,200 hectares | some 6,200 hectares")),
        Arguments.of("cityhack", "2026-02-18", List.of(
            "ATTRIBUTE police chief | Fire chief")),
        Arguments.of("minetrap", "2026-03-11", List.of(
            "NUMERIC About 140 rescuers | Roughly 250 rescuers",
            "NUMERIC at least four days | at least two weeks",
            "ORDINAL second-largest underground copper producer"
                + " | fifth-biggest underground copper producer",
            "ORDINAL the second serious collapse at La Esperanza Norte"
                + " | the third major collapse",
            "NUMERIC four workers | nine people")));
  }

  /**
   * The twenty-fifth round's reports (a shark attack, a stage collapse, a police chase, a fee
   * protest, a wind farm vote, a smoke alert, a crypto exchange's collapse, a water slide, an
   * ivory seizure, an algae bloom, an icebreaker trapped, a school board's book removal), written
   * blind to the code and the data and measured before they were read: what the checks find in
   * each changed retelling, and nothing in the faithful one (four faithful findings of the first
   * measurement were fixed as classes).
   */
  static Stream<Arguments> twentyFifthRoundRetellings() {
    return Stream.of(
        Arguments.of("algaebloom", "2026-08-04", List.of(
            "NUMERIC twelve times | 20 times",
            "POLARITY not ordered residents to boil"
                + " | boil-water order has been issued, Okafor, 47, said, and residents",
            "ORDINAL lake's largest | second-biggest beach",
            "POLARITY expected to survive | not expected to survive",
            "ORDINAL the second major bloom on Lake Wenona"
                + " | the third major bloom on the lake")),
        Arguments.of("bookban", "2026-05-14", List.of(
            "NUMERIC about 340 people | more than 400 people",
            "QUANTIFIER Most of the speakers opposed | a handful of speakers opposed",
            "ATTRIBUTE Cole | Moreno",
            "POLARITY not been served with a lawsuit as of Thursday morning"
                + " | Thursday morning that the district had already been served with a lawsuit")),
        Arguments.of("cryptoexchange", "2026-11-09", List.of(
            "TEMPORAL 2019 | 2017",
            "NUMERIC about $2.3 billion | about $2.8 billion",
            "ATTRIBUTE Canadian-born | Australian-born",
            "POLARITY not include a plan to repay customers"
                + " | includes a plan to repay customers",
            "TEMPORAL Wednesday | Friday",
            "ORDINAL 14th-largest crypto exchange | 12th-largest crypto exchange",
            "NUMERIC 27 | 31")),
        Arguments.of("icebound", "2026-01-20", List.of(
            "NUMERIC 58 | 63")),
        Arguments.of("ivoryhaul", "2026-03-12", List.of(
            "NUMERIC 52 | 56",
            "ORDINAL the third major wildlife seizure at Hai Phong"
                + " | the second major wildlife seizure",
            "NUMERIC roughly 8,000 pangolins | an estimated 12,000 pangolins")),
        Arguments.of("policechase", "2026-03-13", List.of(
            "ATTRIBUTE about 5 miles (8 km) south of the city centre"
                + " | eight kilometres west of the city centre",
            "ATTRIBUTE Bradford | Wakefield",
            "TEMPORAL about 40 minutes | the following morning",
            "ORDINAL the fourth crash | the fifth",
            "NUMERIC 212 pursuits | more than 400 pursuits",
            "ORDINAL the second big crash I have seen at this junction"
                + " | the third big crash I have seen at this junction",
            "QUANTIFIER none of the other passengers | several of the other passengers")),
        Arguments.of("sharkattack", "2026-01-17", List.of(
            "ORDINAL second-busiest patrolled beach | third-busiest patrolled beach",
            "NUMERIC eight SMART drumlines | five baited drumlines",
            "TEMPORAL Tuesday | January 22",
            "ATTRIBUTE Fisheries Minister | environment minister")),
        Arguments.of("smogalert", "2026-06-16", List.of(
            "NUMERIC 340 micrograms | 390 micrograms",
            "ORDINAL only the second time | only the third",
            "POLARITY not order businesses | order businesses",
            "POLARITY not declared a state of emergency | declared a state of emergency")),
        Arguments.of("stagecollapse", "2026-06-13", List.of(
            "POLARITY straight-line wind gust, not lightning"
                + " | lightning strike, rather than wind",
            "NUMERIC 52 | 58",
            "TEMPORAL Saturday | Friday",
            "NUMERIC $95 | $120",
            "ORDINAL the second stage collapse at a U.S. outdoor event"
                + " | the third such collapse")),
        Arguments.of("tuitionprotest", "2026-02-12", List.of(
            "TEMPORAL 5 a.m. | three o'clock in the morning",
            "ORDINAL Halbrook's second fee increase | the third time",
            "QUANTIFIER most of the occupiers | Only a few of the occupiers",
            "NUMERIC C$45,000 | C$120,000",
            "NUMERIC about 150 supporters | about 400 supporters",
            "POLARITY not taken a position on the increase"
                + " | taken a position against the increase",
            "ORDINAL third-largest university | second-largest university",
            "TEMPORAL 2024 | 2023")),
        Arguments.of("waterslide", "2026-01-11", List.of(
            "QUANTIFIER Most of the injured | A few of the injured",
            "ORDINAL third-largest water park | second-largest water park",
            "TEMPORAL November | September",
            "POLARITY not received any complaints about the slide"
                + " | received complaints about the slide",
            "ATTRIBUTE Aquaform, a Canadian manufacturer | Aquaform, the Dutch company",
            "POLARITY not ruled out charges | ruled out charges",
            "NUMERIC $69 | $59")),
        Arguments.of("windfarmvote", "2026-03-12", List.of(
            "ATTRIBUTE Danish partner Nordvind A/S | Swedish partner, Nordvind A/S",
            "ORDINAL second-largest offshore wind farm | largest offshore wind farm",
            "TEMPORAL 2028 | 2029",
            "NUMERIC 58 | 62",
            "TEMPORAL six months | three months")));
  }

  /**
   * The twenty-sixth round's reports (a gas main explosion, a football riot, a rabid fox, an
   * acquittal, a ferry aground, a toll protest, a failed satellite, an orchestra strike, a
   * warehouse fire, a cold snap, a bank fine, a rescue dog), written blind while the
   * twenty-fifth round was worked on and measured before they were read with the code of both
   * ends of that work: what the checks find in each changed retelling, and nothing in the
   * faithful one (one faithful finding, two dates set "for" a day read back, was fixed as a
   * class).
   */
  static Stream<Arguments> twentySixthRoundRetellings() {
    return Stream.of(
        Arguments.of("bankfine", "2026-05-14", List.of(
            "POLARITY accepted the findings in full | not accept the findings in full")),
        Arguments.of("coldsnap", "2026-03-24", List.of(
            "NUMERIC $160 million | $210 million",
            "TEMPORAL since 2007 | since 2017",
            "NUMERIC 58 | 61")),
        Arguments.of("ferrygrounding", "2026-03-17", List.of(
            "TEMPORAL 6:42 a.m. | 6:12 a.m.",
            "NUMERIC Eleven passengers | 14 passengers",
            "ORDINAL third-largest ferry operator | second-largest ferry operator",
            "ATTRIBUTE Pawel Nowak, 58, a Polish national"
                + " | Pawel Nowak, a 58-year-old Latvian national")),
        Arguments.of("footballriot", "2026-03-22", List.of(
            "TEMPORAL 10:15 p.m. | a quarter past eleven in the evening",
            "NUMERIC 72 hours | seven days",
            "ORDINAL the third serious outbreak | the second serious incident")),
        Arguments.of("gaspipeexplosion", "2026-02-17", List.of(
            "ATTRIBUTE about 6 kilometres (3.7 miles) east of the city centre"
                + " | nearly four miles west of the city centre",
            "ORDINAL fourth-largest gas distribution network | second-largest gas distributor",
            "ORDINAL the second gas explosion in the Leeds area | the third gas explosion")),
        Arguments.of("orchestrastrike", "2026-11-05", List.of(
            "TEMPORAL since 2019 | since 2017",
            "NUMERIC About 21,000 tickets | roughly 16,000 tickets",
            "TEMPORAL Monday | November 16")),
        Arguments.of("rabiesalert", "2026-05-12", List.of(
            "POLARITY requires dogs and cats older than three months to be vaccinated"
                + " | not require dogs and cats over three months old to be vaccinated",
            "NUMERIC roughly 40,000 oral vaccine baits | some 25,000 oral vaccine baits",
            "ORDINAL the fourth animal | the sixth confirmed case")),
        Arguments.of("rescuedog", "2026-10-19", List.of(
            "NUMERIC 39 | 43",
            "NUMERIC 140 volunteers | 180 volunteers",
            "ORDINAL the second time | the third child",
            "POLARITY drunk water | not drunk any water")),
        Arguments.of("satellitefail", "2026-04-22", List.of(
            "NUMERIC 14 underwriters | 11 underwriters",
            // found since an organisation is based in one place (OrganisationBases)
            "ATTRIBUTE London-based | Zurich-based",
            "NUMERIC 25 engineers | 40 engineers",
            "POLARITY denied | acknowledged",
            "TEMPORAL late 2028 | late 2027")),
        Arguments.of("tollprotest", "2026-02-09", List.of()),
        Arguments.of("trialacquittal", "2026-10-14", List.of(
            // planted: two vague counts whose ranges do not meet (2 to 20, 24 to 144)
            "QUANTIFIER several relatives | dozens of relatives",
            "ORDINAL the second high-profile acquittal | the third")),
        Arguments.of("warehousefire", "2026-03-12", List.of(
            "ORDINAL fifth-largest privately owned freight"
                + " | fourth-biggest privately owned freight",
            "NUMERIC 51 | 53",
            "NUMERIC four hours | six hours",
            "ORDINAL the second major warehouse fire in West Yorkshire"
                + " | the third major warehouse blaze in West Yorkshire")));
  }

  /**
   * The twenty-seventh round: twelve reports of political, economic and court news written blind
   * (a city budget vote, a by-election, coalition talks, a corruption trial, a court ruling, a
   * factory closure, a merger, a legislature sworn in, a pension protest, a rate rise, a senator's
   * obituary, a union election), measured before they were read; each row a planted change.
   */
  static Stream<Arguments> twentySeventhRoundRetellings() {
    return Stream.of(
        Arguments.of("citybudget", "2026-06-17", List.of(
            "ORDINAL the third straight year | the fourth year")),
        Arguments.of("seatbyelection", "2026-05-15", List.of(
            "NUMERIC 39 | 41",
            "TEMPORAL February | January")),
        Arguments.of("coalitiontalks", "2026-04-15", List.of(
            "NUMERIC 43-year-old | 46",
            "NUMERIC 11.8 percent | 13.6 percent",
            "TEMPORAL 2023 | 2021")),
        Arguments.of("corruptiontrial", "2026-03-12", List.of(
            // found since an organisation is based in one place (OrganisationBases)
            "ATTRIBUTE based in Dayton | Cincinnati-based",
            "NUMERIC $56,000 | $48,000",
            "TEMPORAL Monday | March 10")),
        Arguments.of("courtruling", "2026-06-19", List.of(
            "NUMERIC 37 | 42",
            "ORDINAL the third time | the second time",
            "POLARITY not award damages to Hrabal | awarded Hrabal damages")),
        Arguments.of("factoryclosure", "2026-09-15", List.of(
            "ORDINAL fourth-largest carmaker | third-largest carmaker",
            "POLARITY not been consulted before the decision was made"
                + " | consulted before the decision was made",
            "NUMERIC 400 million euros | 500 million euros")),
        Arguments.of("mergerdeal", "2026-03-10", List.of(
            "ORDINAL third-largest maker | second-largest maker",
            "NUMERIC $150 million | $175 million",
            "QUANTIFIER A handful of customers buy | Most customers buy",
            "NUMERIC about 900 workers | about 600 workers",
            "POLARITY not been told of the deal | deal")),
        Arguments.of("oathceremony", "2026-05-18", List.of(
            "NUMERIC 47 | 52",
            "POLARITY not yet begun | started",
            "ATTRIBUTE a retired heart surgeon | an 81-year-old retired schoolteacher",
            "ATTRIBUTE Pleven | Ruse")),
        Arguments.of("pensionprotest", "2026-03-12", List.of(
            "ORDINAL the fourth nationwide day of protest | the third nationwide day",
            "ORDINAL second-largest city | third-largest city",
            "TEMPORAL Tuesday, March 24 | March 31",
            "QUANTIFIER dozens of high schools | a handful of high schools")),
        Arguments.of("ratehike", "2026-04-29", List.of(
            "ORDINAL its second increase | the bank's third increase",
            "ATTRIBUTE Marcela Quiroga | Lucía Barriga",
            "QUANTIFIER most Chilean home loans | few Chilean home loans")),
        Arguments.of("senatorobit", "2026-03-12", List.of(
            "TEMPORAL Tuesday | March 9",
            // found after the round was read: "The cause was" after a death told by name
            "ATTRIBUTE pneumonia | stroke",
            "NUMERIC about $310 million | roughly $180 million",
            // found after the round was read: each report's only count of grandchildren
            "NUMERIC 12 grandchildren | nine grandchildren")),
        Arguments.of("unionelection", "2026-04-17", List.of(
            "NUMERIC 47-year-old | 52",
            "TEMPORAL 2012 | 2009",
            "ATTRIBUTE Cardiff | Swansea",
            "POLARITY not rule out industrial action before the end of the year"
                + " | ruled out strikes before the end of the year",
            "QUANTIFIER None of the union's national officers"
                + " | Several of the union's national officers")));
  }

  /**
   * The twenty-eighth round: twelve reports written blind while the twenty-seventh was worked on
   * (an actor's obituary, a fraud sentence, inflation figures, a judge's block, a mayoral race, a
   * minister's resignation, a parliament vote, a referendum, a strike's end, a summit, an
   * extradition, job cuts), measured before they were read; each row a planted change.
   */
  static Stream<Arguments> twentyEighthRoundRetellings() {
    return Stream.of(
        Arguments.of("actorobit", "2026-03-13", List.of(
            "ATTRIBUTE Hollis Brandt, 68, the Canadian | Australian filmmaker Hollis Brandt",
            // found after the round was read: each report's only count of grandchildren
            "NUMERIC nine grandchildren | seven grandchildren",
            // found after the round was read: "fellow actors" are actors
            "QUANTIFIER Dozens of actors posted | A handful of fellow actors")),
        Arguments.of("fraudsentence", "2026-04-21", List.of(
            "NUMERIC 47 | 49",
            "ORDINAL second-largest online farmland investment"
                + " | third-largest online platform",
            "ORDINAL the third former Tillridge executive | the second Tillridge executive")),
        Arguments.of("inflationdata", "2026-05-19", List.of(
            "NUMERIC 11 days | three-week",
            // found since "whether" after a verb of its own denies the decision (question-opener)
            "POLARITY not yet decided | decided")),
        Arguments.of("judgeblocks", "2026-03-12", List.of(
            "NUMERIC about $410 million | more than $500 million",
            "ORDINAL the second time | the third time",
            "NUMERIC two-hour | four-hour")),
        Arguments.of("mayoralrace", "2026-06-08", List.of(
            // found after the round was read: "39-year-old independent Luca Ferluga"
            "NUMERIC 35 | 39-year-old",
            "QUANTIFIER Few analysts | most analysts expected")),
        Arguments.of("ministerresigns", "2026-03-12", List.of(
            "ORDINAL the second minister to leave the government"
                + " | the third minister to quit Aalund's government",
            "NUMERIC 45 | 49-year-old",
            "TEMPORAL Friday morning | March 16",
            "POLARITY not opened an investigation | opened an investigation")),
        Arguments.of("parliamentvote", "2026-05-21", List.of(
            "NUMERIC more than 11 hours | over eight hours",
            "ORDINAL largest opposition party | second-biggest opposition group")),
        Arguments.of("referendum", "2026-10-19", List.of(
            "NUMERIC 57 | 61",
            "QUANTIFIER dozens of small towns | a handful of small towns")),
        Arguments.of("strikeends", "2026-11-09", List.of(
            "NUMERIC $7,500 | $5,000",
            "POLARITY recommended the offer | not recommended the offer",
            "QUANTIFIER most strikers | few strikers",
            "QUANTIFIER none of the strikers | Some strikers",
            "NUMERIC about 11,000 people | around 13,000 people",
            "ORDINAL largest private employer | third-biggest private employer")),
        Arguments.of("summitmeeting", "2026-05-19", List.of(
            "ATTRIBUTE about 70 kilometres (43 miles) north of Bergen"
                + " | some 43 miles south of Bergen",
            "POLARITY denied | acknowledged")),
        Arguments.of("suspectextradited", "2026-05-08", List.of(
            "TEMPORAL September 14 last year | Oct. 14, 2025",
            "ORDINAL the second extradition from Brazil to the Netherlands"
                + " | the first extradition from Brazil to the Netherlands",
            "TEMPORAL Monday | Tuesday, May 12")),
        Arguments.of("techlayoffs", "2026-03-12", List.of(
            // found since an organisation is based in one place (OrganisationBases)
            "ATTRIBUTE based in San Jose | Santa Clara-based",
            "QUANTIFIER None of Nordvale's data centres | several of its data centres")));
  }

  /**
   * The twenty-ninth round: twelve reports written blind (a tariff rise, a ceasefire, a science
   * prize, a singer's drunk-driving arrest, a sports draft, a drug maker's settlement, a minimum
   * wage law, house prices, an exoneration, an embassy protest, a studio takeover, a bridge's
   * opening), measured before they were read (37 found at the default, one faithful finding: a
   * place's local time against a named zone's); each row a planted change, found at the end of
   * the round.
   */
  static Stream<Arguments> twentyNinthRoundRetellings() {
    return Stream.of(
        Arguments.of("tariffhike", "2026-03-10", List.of(
            "ORDINAL second-largest steelmaker | third-largest steelmaker",
            "ATTRIBUTE about 90 kilometres (56 miles) west of the capital"
                + " | some 56 miles (90 km) east of Jakarta",
            "QUANTIFIER most of the workers | a few of the workers",
            // found since "whether" after a verb of its own denies the decision (question-opener)
            "POLARITY not yet decided | decided",
            "NUMERIC 2.4 percent | 3.1 percent",
            "TEMPORAL March 17 | next Thursday")),
        Arguments.of("ceasefire", "2026-05-15", List.of(
            "ATTRIBUTE about 350 kilometres (220 miles) north-east of the capital"
                + " | some 220 miles (350 km) north-west of Bangui",
            "NUMERIC 52 | 47-year-old")),
        Arguments.of("nobelprize", "2026-10-07", List.of(
            "NUMERIC 48 | 52",
            "ATTRIBUTE based in Lyon | Grenoble-based",
            "QUANTIFIER A handful of larger plants | Dozens of bigger plants")),
        Arguments.of("celebdui", "2026-03-15", List.of(
            "NUMERIC 34 | 36",
            "NUMERIC $15,000 | $50,000")),
        Arguments.of("draftpick", "2026-04-23", List.of(
            "NUMERIC roughly $28.4 million | around $31.2 million",
            "ATTRIBUTE Nigerian-born | Ghanaian-born")),
        Arguments.of("pharmasettlement", "2026-09-22", List.of(
            "ATTRIBUTE chief executive | Chief financial officer",
            "NUMERIC five years | three years",
            "QUANTIFIER most of the federal opioid cases"
                + " | a handful of the federal opioid cases",
            "ATTRIBUTE Dayton | Toledo",
            "NUMERIC 6.2 percent | more than 9 percent")),
        Arguments.of("minimumwage", "2026-03-12", List.of()),
        Arguments.of("housingprices", "2026-05-20", List.of(
            "NUMERIC 11.3% | 9.7%",
            "QUANTIFIER none of the country's eight regions posted"
                + " | Several of the eight regions saw",
            "POLARITY not revised February's | revised its February",
            "ORDINAL fourth-largest lender | third-largest lender",
            "TEMPORAL June 17 | Wednesday, June 24")),
        Arguments.of("exoneration", "2026-04-15", List.of(
            "NUMERIC 84 | 79-year-old",
            "ATTRIBUTE private laboratory in Richmond | private lab in Raleigh",
            "ORDINAL his fourth | his fifth")),
        Arguments.of("embassyprotest", "2026-03-13", List.of(
            "QUANTIFIER None of the embassy's 34 staff members | Several embassy employees",
            "POLARITY not in the building | building",
            "NUMERIC 19 protesters | 29 protesters",
            "NUMERIC 420-megawatt | 320-megawatt",
            "ORDINAL second-largest wind farm | third-largest wind farm")),
        Arguments.of("studioacquisition", "2026-05-21", List.of(
            "ORDINAL third-largest commercial broadcaster"
                + " | second-largest commercial broadcaster",
            "ATTRIBUTE based in Burbank | Culver City-based",
            "POLARITY deal, which has been approved | not yet approved the deal",
            "ORDINAL its third annual loss | its fourth straight annual loss")),
        Arguments.of("bridgeopening", "2026-06-06", List.of(
            "NUMERIC 27 | aged 24",
            "ATTRIBUTE transport spokesman | treasury spokesman",
            "QUANTIFIER A handful of shops closed | Dozens of shops closed")));
  }

  /**
   * The thirtieth round: twelve reports written blind while the twenty-ninth was worked on (a
   * budget deficit, a trade deal, a coalition's collapse, a chief justice sworn in, a stock market
   * debut, a retailer's bankruptcy, an airline fined, a teachers' pay deal, a pipeline approved, a
   * snap election, sanctions, a hospital strike), measured before they were read (42 found with
   * the code of the session's start, 44 with the code of the end of the twenty-ninth round, two
   * faithful findings, fixed as classes); each row a planted change.
   */
  static Stream<Arguments> thirtiethRoundRetellings() {
    return Stream.of(
        Arguments.of("budgetdeficit", "2026-03-31", List.of(
            "ORDINAL the third consecutive year | a fourth year",
            "ATTRIBUTE London-based | Frankfurt-based",
            "NUMERIC 620 million euros | 520 million euros")),
        Arguments.of("tradedeal", "2026-05-20", List.of(
            "ATTRIBUTE Dufresne | Wambua",
            "NUMERIC over three years | over five years",
            "NUMERIC 340 workers | 520 employees",
            "QUANTIFIER most of the region's container traffic"
                + " | a small share of the region's container traffic")),
        Arguments.of("coalitioncollapse", "2026-09-15", List.of(
            "NUMERIC 23 to 4 | 17 to 4",
            "QUANTIFIER None of the four opposition parties | four opposition parties",
            "ORDINAL the second time | the third time")),
        Arguments.of("chiefjustice", "2026-03-09", List.of(
            "NUMERIC about 4,300 civil cases | roughly 5,200 civil cases",
            "QUANTIFIER most of them | Only a handful")),
        Arguments.of("ipo", "2026-05-14", List.of(
            "ATTRIBUTE Kristjan Vaher | Whitfield",
            "ATTRIBUTE Vaher, an Estonian | Kristjan Vaher, 41, a Finn",
            "NUMERIC $412 million | $384 million",
            "POLARITY not expect to become profitable | expects to be profitable",
            "ORDINAL the third U.S. technology IPO"
                + " | the second technology IPO in the United States")),
        Arguments.of("bankruptcy", "2026-01-20", List.of(
            "NUMERIC $175 million | $150 million",
            "ORDINAL the third major U.S. department-store"
                + " | the fourth big U.S. department-store",
            "QUANTIFIER All 74 stores | Only some of the chain's stores",
            // found since "whether" after a verb of its own denies the decision (question-opener)
            "POLARITY not yet decided | decided",
            "ATTRIBUTE Angus Bramwell, a Scottish | Irish immigrant Angus Bramwell",
            "NUMERIC $1.1 billion | $1.6 billion",
            "ORDINAL largest unsecured creditor | second-largest unsecured creditor",
            "QUANTIFIER Most of our members found | A few of our members found")),
        Arguments.of("airlinefine", "2026-03-11", List.of(
            "ORDINAL second-largest airline | third-largest airline",
            "ATTRIBUTE based in Galway | Cork-based")),
        Arguments.of("teacherspay", "2026-04-23", List.of(
            "ORDINAL the government's fourth offer | the government's third",
            "ORDINAL largest local authority | second-largest local authority")),
        Arguments.of("pipelineapproval", "2026-05-28", List.of(
            "ATTRIBUTE north of Prince Rupert | south of Prince Rupert",
            "NUMERIC 157 conditions | 132 conditions",
            "ORDINAL fourth-largest pipeline operator | third-largest pipeline operator",
            "NUMERIC 23 protesters | 41 people",
            "POLARITY not challenge the approval in court | challenge the approval in court")),
        Arguments.of("snapelection", "2026-03-10", List.of(
            "NUMERIC some 8,000 people | about 12,000 people",
            "POLARITY denied | acknowledged",
            "ORDINAL second-largest party | third-largest party",
            "POLARITY not ruled out inviting the Moderate Greens back into government"
                + " | ruled out bringing the Moderate Greens back into a future government")),
        Arguments.of("sanctions", "2026-05-19", List.of(
            "ATTRIBUTE foreign ministry spokesman | deputy foreign minister")),
        Arguments.of("hospitalstrike", "2026-01-21", List.of(
            "QUANTIFIER none of the country's cancer | Several cancer")));
  }

  /**
   * The thirty-first round: twelve reports written blind, of the kinds of events the
   * development events hold (a hit-and-run, a courthouse shooting, an actor's arrest, a game
   * recap, cut undersea cables, a pirate attack foiled, a laptop keynote, a director's exit, an
   * inmate's killing, a strike on a school shelter, a coach hired, an awards host named),
   * measured before they were read (44 found with the code of the session's start, no faithful
   * finding); each row a planted change.
   */
  static Stream<Arguments> thirtyFirstRoundRetellings() {
    return Stream.of(
        Arguments.of("actorarrest", "2026-10-04", List.of(
            "NUMERIC 41 | 43-year-old",
            "POLARITY not need hospital treatment | needed hospital treatment",
            "ORDINAL the seventh series | the sixth series",
            "NUMERIC about 6 million viewers | some eight million viewers",
            "ORDINAL second most-watched drama | third most-watched drama")),
        Arguments.of("awardshost", "2026-02-03", List.of(
            "ORDINAL only the second woman | only the third woman",
            "NUMERIC 46 | 49-year-old",
            "ORDINAL the sixth person | the fourth person",
            "POLARITY not yet begun writing material | begun writing material",
            "QUANTIFIER all 24 categories would | most of the 24 categories would")),
        Arguments.of("cableoutage", "2026-03-04", List.of(
            "ORDINAL largest mobile operator | second-largest mobile operator",
            "ATTRIBUTE Liberian-flagged | Panamanian-flagged",
            "TEMPORAL Monday | Sunday night",
            "POLARITY not ruled out sabotage | ruled out sabotage",
            "NUMERIC four to six weeks | two to three weeks",
            "NUMERIC about $12 million | about $20 million")),
        Arguments.of("coachhire", "2026-01-12", List.of(
            "NUMERIC 57 | 59",
            "ORDINAL the third head coach | the second coach",
            "ATTRIBUTE Tomas Brannigan | Jalen Oduya")),
        Arguments.of("courthouseshooting", "2026-05-12", List.of(
            "NUMERIC 29 | 27",
            "QUANTIFIER Dozens of staff | A few employees",
            "NUMERIC More than 150 officers | more than 300 officers",
            "ORDINAL the fourth day of a trial | the trial's second day",
            "ORDINAL the second shooting inside a Georgia courthouse | the third")),
        Arguments.of("directorexit", "2026-03-12", List.of(
            "POLARITY not receive a producer credit | credited as a producer",
            "ATTRIBUTE Sofia Brandt, 29, the Swedish | Norwegian star Sofia Brandt")),
        Arguments.of("gamerecap", "2026-11-15", List.of(
            "ORDINAL his fourth 300-yard game | his third 300-yard game",
            "ATTRIBUTE cornerback | safety")),
        Arguments.of("hitandrun", "2026-03-14", List.of(
            "QUANTIFIER none of the other shoppers | Several other shoppers",
            "QUANTIFIER a handful of shoppers saw | Dozens of shoppers witnessed",
            "ORDINAL the first officer | the second officer",
            "TEMPORAL March 24 | Tuesday, March 31",
            "NUMERIC 18 stores | 24 stores")),
        Arguments.of("inmatekilling", "2026-02-09", List.of(
            "ATTRIBUTE taken by ambulance to Mercy Regional Hospital in Farrow"
                + " | taken to Mercy Regional Hospital in Dunmore",
            "TEMPORAL April 2027 | April of this year",
            "QUANTIFIER Dozens of officers | A few officers")),
        Arguments.of("laptopkeynote", "2026-05-19", List.of()),
        Arguments.of("piratecapture", "2026-05-14", List.of(
            "NUMERIC 30 nautical miles | about 50 nautical miles",
            "NUMERIC five AK-47 assault rifles | eight Kalashnikov rifles",
            "ORDINAL the fourth attempted hijacking in the Gulf of Aden"
                + " | the fifth attempted hijacking in the Gulf of Aden")),
        Arguments.of("schoolstrike", "2026-03-12", List.of(
            "POLARITY no warning | warned",
            "QUANTIFIER None of the agency's 12 staff members | dozen agency employees",
            "NUMERIC 38 | 43-year-old",
            "ATTRIBUTE 35 kilometres north of Tel Sarra | roughly 22 miles south of Tel Sarra",
            "ORDINAL second-largest hospital | the third-largest",
            "POLARITY opened an internal review | not opened an internal review")));
  }

  /**
   * The thirty-second round: twelve reports written blind while the thirty-first was worked on (a
   * mobster's death, a series cancelled, a stabbing spree, a chip maker's purchase, a surgeon
   * general named, a rookie's record, a cold case arrest, a quake on an island, a jewellery
   * heist, a factory shooting, a rocket barrage, a parole), measured before they were read (38
   * found with the code of the session's start and with the code of the end of the thirty-first
   * round, one faithful finding, fixed as a class); each row a planted change.
   */
  static Stream<Arguments> thirtySecondRoundRetellings() {
    return Stream.of(
        Arguments.of("chipacquisition", "2026-03-16", List.of(
            "NUMERIC about 4,800 racks | about 3,600 racks",
            "NUMERIC $170 million | $210 million",
            "ORDINAL Veltrane's second acquisition | Veltrane's third",
            "ATTRIBUTE Israeli networking firm Tamar Optics | Tamar Optics, a Finnish")),
        Arguments.of("coldcasearrest", "2026-03-11", List.of(
            "ORDINAL the second generation | the third generation")),
        Arguments.of("factoryshooting", "2026-03-10", List.of(
            "NUMERIC 38 | 41-year-old",
            "TEMPORAL Feb. 24 | February 17",
            "ATTRIBUTE based in Omaha | headquartered in Lincoln",
            "ORDINAL largest employer | second-largest employer",
            "POLARITY no criminal record | a criminal record",
            "ORDINAL Iowa's second workplace shooting | Iowa's third workplace shooting")),
        Arguments.of("jewelryheist", "2026-05-21", List.of(
            "NUMERIC seven display cases | 12 glass display cases",
            "ORDINAL the second armed robbery at a Vienna jeweler"
                + " | the third armed robbery of a Vienna jeweller",
            "ORDINAL the fourth generation | the fifth generation")),
        Arguments.of("mobsterdeath", "2026-03-17", List.of(
            "NUMERIC 80 | 77")),
        Arguments.of("parolerelease", "2026-09-09", List.of(
            "NUMERIC 73 | now 75",
            "ATTRIBUTE Sergeant | Lt.")),
        Arguments.of("rocketbarrage", "2026-05-17", List.of(
            "ATTRIBUTE Lieutenant Colonel | Maj.",
            "ORDINAL the third barrage to hit Kfar Yaron | the second barrage on Kfar Yaron")),
        Arguments.of("rookierecord", "2026-01-04", List.of(
            "ATTRIBUTE tight end | wide receiver",
            "QUANTIFIER A handful of Falcons players | Most of the Falcons players")),
        Arguments.of("showcancelled", "2026-05-13", List.of(
            "NUMERIC about $4.8 million | roughly $3.8 million",
            "POLARITY not yet reached | reached",
            "NUMERIC nine series regulars | 12 regulars",
            "ATTRIBUTE British actor Owen Thackeray | Australian actor Owen Thackeray")),
        Arguments.of("stabbingspree", "2026-02-21", List.of(
            "TEMPORAL 6:15 p.m. | a quarter past seven",
            "ATTRIBUTE about 40 kilometres (25 miles) east of Leipzig"
                + " | some 25 miles (40 km) west of the city",
            "POLARITY not yet made any statement to investigators"
                + " | made a statement to investigators",
            "ATTRIBUTE Halle | Dresden",
            "NUMERIC 38 long-distance and regional trains"
                + " | Twenty-eight long-distance and regional trains",
            "TEMPORAL Feb. 6 | Feb. 8")),
        Arguments.of("surgeongeneral", "2026-06-04", List.of(
            "ATTRIBUTE a Texas cardiologist | a Texas oncologist",
            "TEMPORAL 2019 | 2017",
            "POLARITY never held a full-time federal | held a full-time federal",
            "QUANTIFIER A handful of conservative groups | Dozens of conservative groups")),
        Arguments.of("villagequake", "2026-04-14", List.of(
            "ATTRIBUTE 23 km (14 miles) southwest of Waikora"
                + " | about 14 miles northwest of Waikora",
            "ORDINAL second-largest village | third-largest village",
            "ATTRIBUTE a fisherman | a 34-year-old teacher",
            "NUMERIC 14-day | one-month")));
  }

  /**
   * The thirty-third round of 2026-12-08: twelve reports written blind (a bank robbery, a
   * bishop's death, a car bomb, a cathedral fire, contract offers, a fugitive's capture, a
   * helicopter ditching, a sect leader's trial, a quarry blast, a river rescue, a stadium
   * collapse, a trawler's sinking), measured before they were read (43 found with the code of the
   * session's start, none faithful); each row a planted change.
   */
  static Stream<Arguments> thirtyThirdRoundRetellings() {
    return Stream.of(
        Arguments.of("bankrobbery", "2026-04-24", List.of(
            "ORDINAL third-largest savings bank | second-largest savings bank",
            "NUMERIC 38 minutes | an hour",
            "NUMERIC 27 | 29",
            "ORDINAL the second armed bank robbery in Franklin County"
                + " | the county's third armed bank robbery",
            "ORDINAL the second armed bank robbery in Franklin County"
                + " | the first robbery of a bank in Larkfield")),
        Arguments.of("bishopdeath", "2026-03-09", List.of(
            "NUMERIC 11 priests | 17 priests",
            "POLARITY acknowledged | denied",
            "NUMERIC 58 | 63",
            "NUMERIC 11 weeks | 11 months")),
        Arguments.of("carbomb", "2026-05-21", List.of(
            "TEMPORAL ten minutes | twenty minutes",
            "NUMERIC 38 | 43",
            // found since a date after a verb's complement leaves the complement to the amount
            "NUMERIC four | seven",
            "ORDINAL the third year | the second year",
            "ORDINAL the third car bomb | the fourth car bomb")),
        Arguments.of("cathedralfire", "2026-05-05", List.of(
            "NUMERIC two years | five years",
            "ORDINAL the second fire | the third time")),
        Arguments.of("contractoffer", "2026-12-08", List.of()),
        Arguments.of("fugitivecapture", "2026-05-20", List.of(
            "NUMERIC 61 | 64",
            "ORDINAL second-largest investment fraud | third-largest investment fraud",
            "NUMERIC 30 days | 90 days",
            "ORDINAL the second fugitive | the third fugitive")),
        Arguments.of("helicopterditch", "2026-03-11", List.of(
            "NUMERIC 51 | 57")),
        Arguments.of("polygamytrial", "2026-10-13", List.of(
            "TEMPORAL Dec. 3 | Thursday, Dec. 10",
            "ATTRIBUTE about 40 miles (64 kilometres) east of St. George"
                + " | some 64 km west of St. George",
            "NUMERIC at least 14 wives | at least 19 wives",
            "ORDINAL second-longest criminal trial | third-longest criminal trial",
            "QUANTIFIER Most of the group's members remain | few members remain")),
        Arguments.of("quarryblast", "2026-03-18", List.of(
            "POLARITY not treating the explosion as suspicious"
                + " | explosion was being treated as suspicious",
            "NUMERIC 52 | 57-year-old",
            "ATTRIBUTE Treharris | Merthyr Tydfil",
            "ATTRIBUTE Tomasz Nowak, 29, a Polish national"
                + " | Tomasz Nowak, 29, originally from Slovakia",
            "ORDINAL second-largest quarry operator | third-biggest quarrying firm",
            "NUMERIC 85 people | 120 people",
            "ORDINAL the third serious incident at the site"
                + " | the second serious incident at Pen-y-Garth",
            "QUANTIFIER most of the site's staff | only a handful of staff",
            "TEMPORAL Friday | Thursday, March 19")),
        Arguments.of("riverrescue", "2026-04-12", List.of(
            "ATTRIBUTE Oleh Marchenko, 23, a Ukrainian"
                + " | A young Belarusian farmhand, Oleh Marchenko",
            "ORDINAL the third fatal flood in the region"
                + " | the second deadly flood to hit the region",
            "NUMERIC 20 million zlotys | 30 million zlotys")),
        Arguments.of("stadiumcollapse", "2026-04-13", List.of(
            "NUMERIC three days | seven days",
            "ORDINAL the second fatal stadium accident in Kenya"
                + " | Kenya's third deadly stadium accident")),
        Arguments.of("trawlersinking", "2026-02-16", List.of(
            "NUMERIC 47 | 53-year-old",
            "ORDINAL the third British fishing vessel lost at sea"
                + " | the second British fishing vessel lost at sea")));
  }

  /**
   * The thirty-fourth round of 2026-12-08: twelve reports written blind (a bank heist, a dam's
   * failure, an embassy attack, a post office siege, a landslide, a miner's death, an oil spill,
   * a pope's visit, a school shooting, a record transfer fee, a wrestler's death, a yacht's crew
   * rescued), measured before they were read (46 found with the code of the session's start and
   * with that of the end of the thirty-third round, two faithful findings, fixed as classes);
   * each row a planted change.
   */
  static Stream<Arguments> thirtyFourthRoundRetellings() {
    return Stream.of(
        Arguments.of("bankheist", "2026-05-26", List.of(
            "ORDINAL second-largest lender | third-largest lender")),
        Arguments.of("damfailure", "2026-04-07", List.of(
            "ORDINAL second-largest lake | third-largest lake",
            "POLARITY denied | acknowledged",
            "ORDINAL the third dam failure in Ohio | the state's second dam failure")),
        Arguments.of("embassyattack", "2026-03-17", List.of(
            "TEMPORAL 2023 | 2021",
            "QUANTIFIER Dozens of residents | A handful of residents fled",
            "ORDINAL the third attack on a Western target in the Kenyan capital"
                + " | the second attack on a Western target in Nairobi")),
        Arguments.of("hostagesiege", "2026-10-15", List.of(
            "ATTRIBUTE about 12 miles (19 km) northeast of Preston"
                + " | about 19 kilometres (12 miles) south-east of Preston",
            "TEMPORAL 1:50 a.m. | ten minutes to three in the morning",
            "NUMERIC 23 years | 18 years",
            "NUMERIC About 120 officers | about 200 officers",
            "POLARITY discharged | not yet been discharged",
            "ORDINAL the second hostage-taking | the third time")),
        Arguments.of("landslidevillage", "2026-01-30", List.of(
            "NUMERIC 60-day | three-month",
            "ORDINAL the second deadly landslide in Áncash"
                + " | the third deadly landslide in Áncash")),
        Arguments.of("minerdeath", "2026-03-11", List.of(
            "ORDINAL the second fatal accident at Wilczek"
                + " | the first fatal accident at Wilczek",
            "ATTRIBUTE spokeswoman | chief executive",
            "QUANTIFIER Dozens of miners | A few miners")),
        Arguments.of("oilspill", "2026-06-09", List.of(
            "ATTRIBUTE some 180 kilometres (112 miles) north of Perth"
                + " | 180 km (about 110 miles) south of Perth",
            "ATTRIBUTE Panama-flagged | Liberian flag",
            "QUANTIFIER Dozens of volunteers | A handful of volunteers",
            "POLARITY not expect the slick to reach Perth's beaches"
                + " | slick is expected to reach Perth's beaches")),
        Arguments.of("papalvisit", "2026-05-17", List.of(
            "NUMERIC 67 | 72",
            "QUANTIFIER A handful of protesters | hundreds of protesters",
            "NUMERIC over three weeks | over five weeks")),
        Arguments.of("schoolshooting", "2026-02-10", List.of(
            "TEMPORAL about three minutes | roughly eight minutes",
            "NUMERIC 17 | 18",
            "ORDINAL the third shooting at an Indiana school | the second shooting",
            "TEMPORAL Thursday | Friday, Feb. 13")),
        Arguments.of("transferrecord", "2026-01-29", List.of(
            "ATTRIBUTE Norwegian midfielder Jonas Berg | Danish midfielder Jonas Berg")),
        Arguments.of("wrestlerdeath", "2026-04-17", List.of(
            "TEMPORAL 1974 | 1976",
            "ATTRIBUTE Swedish-born | Norwegian-born",
            "NUMERIC about 78,000 fans | about 65,000 fans",
            "ORDINAL largest crowd | second-largest crowd",
            "POLARITY acknowledged | denied",
            "NUMERIC seven grandchildren | five grandchildren",
            "POLARITY not yet set a date for a public memorial"
                + " | date has already been set for a public memorial")),
        Arguments.of("yachtrescue", "2026-03-12", List.of(
            "ATTRIBUTE Pieter Vos, 23, a Dutch | Pieter Vos, 25, a student from Belgium",
            "NUMERIC 23 | 25",
            "NUMERIC NZ$1.3 million | NZ$1.9 million")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"unseenRetellings", "laterUnseenRetellings", "seventhRoundRetellings",
      "eighthRoundRetellings", "ninthRoundRetellings", "tenthRoundRetellings",
      "eleventhRoundRetellings", "twelfthRoundRetellings",
      "thirteenthRoundRetellings", "fourteenthRoundRetellings", "fifteenthRoundRetellings",
      "sixteenthRoundRetellings", "seventeenthRoundRetellings", "eighteenthRoundRetellings",
      "nineteenthRoundRetellings", "twentiethRoundRetellings", "twentyFirstRoundRetellings",
      "twentySecondRoundRetellings", "twentyThirdRoundRetellings",
      "twentyFourthRoundRetellings", "twentyFifthRoundRetellings",
      "twentySixthRoundRetellings", "twentySeventhRoundRetellings",
      "twentyEighthRoundRetellings", "twentyNinthRoundRetellings",
      "thirtiethRoundRetellings", "thirtyFirstRoundRetellings", "thirtySecondRoundRetellings",
      "thirtyThirdRoundRetellings", "thirtyFourthRoundRetellings"})
  void unseenReportsGiveTheirFoundChangesAndNothingElse(String event, String published,
      List<String> changes) throws IOException {
    retelling(PX, event, published, changes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("retellings")
  void aFaithfulRetellingAgreesAndAChangedOneGivesItsChanges(String event, String published,
      List<String> changes) throws IOException {
    retelling(ALL, event, published, changes);
  }

  /**
   * The faithful retelling gives nothing by {@code faithful}; the changed one gives exactly
   * {@code changes} at the default confidence.
   */
  private static void retelling(Parallax faithful, String event, String published,
      List<String> changes) throws IOException {
    Article a = article("a", event + "-a.txt", published);
    assertThat(found(faithful, a, article("b", event + "-b.txt", published))).isEmpty();
    assertThat(found(PX, a, article("b", event + "-b-changed.txt", published)))
        .containsExactlyElementsOf(changes);
  }

  private static Article article(String id, String file, String published) throws IOException {
    try (InputStream in = PlantedDifferencesTest.class.getResourceAsStream(
        "/dev/parallax/contradict/planted/" + file)) {
      return Article.builder().id(id).published(published)
          .text(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build();
    }
  }

  private static List<String> found(Parallax px, Article a, Article b) {
    return px.compare(a, b).contradictions().stream()
        .map(c -> c.kind() + " " + c.leftEvidence().text() + " | " + c.rightEvidence().text())
        .toList();
  }
}
