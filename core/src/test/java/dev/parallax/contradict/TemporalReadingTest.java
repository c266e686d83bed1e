package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import dev.parallax.rules.RulePack;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How dates, clock times and distances in time are read before they are compared, end to end
 * through {@link Parallax#compare}: a clock time that does not say which half of the day it is
 * in, days placed against another event of the story ("the next day", "later that day"), a date
 * that starts a stretch of time ("began in July"), lengths counted in a larger unit ("three
 * decades") and distances back in time without a publication date. Each row is two short
 * articles and what a reader expects.
 */
class TemporalReadingTest {
  private static final Parallax PX = Parallax.builder().minConfidence(0).build();

  static Stream<Arguments> clashes() {
    return Stream.of(
        // a negation of a manner ("without pay") leaves the date its event's
        row("The driver was suspended without pay on October 7, the company said.",
            "The company said the driver was suspended without pay on October 14.", Kind.TEMPORAL,
            "October 7", "October 14", "a dates this to Tuesday 7 October 2025 (\"October 7\");"
                + " b dates it to Tuesday 14 October 2025 (\"October 14\"): the day differs."),
        // "this morning" and "last night" name their day, as "today" and "yesterday" do
        row("The mayor was stopped by a traffic officer this morning, his office said.",
            "His office said the mayor was stopped by a traffic officer yesterday.", Kind.TEMPORAL,
            "this morning", "yesterday", "a dates this to Monday 20 October 2025 morning (\"this"
                + " morning\"); b dates it to Sunday 19 October 2025 (\"yesterday\"): the day"
                + " differs."),
        row("The pipe burst last night, the water board said.",
            "The water board said the pipe burst on Friday night.", Kind.TEMPORAL, "last night",
            "Friday night", "a dates this to Sunday 19 October 2025 night (\"last night\"); b"
                + " dates it to Friday 17 October 2025 night (\"Friday night\"): the day"
                + " differs."),
        // a thing is made once: two years it was founded or built
        row("Kestrel, founded in 2019, said it held about $2.3 billion in deposits.",
            "Founded in 2017, Kestrel ranked as the world's 12th-largest crypto exchange.",
            Kind.TEMPORAL, "2019", "2017", "a dates this to 2019 (\"2019\"); b dates it to 2017"
                + " (\"2017\"): the year differs. A thing is made once."),
        // a clock time in words says its half of the day by a mark at its end
        row("The van was stolen from the yard on Thursday at 4:15 p.m., police said.",
            "Police said the van was stolen from the yard on Thursday at a quarter past four in"
                + " the morning.", Kind.TEMPORAL, "Thursday at 4:15 p.m.",
            "Thursday at a quarter past four in the morning", "a dates this to Thursday 16"
                + " October 2025 at 16:15 (\"Thursday at 4:15 p.m.\"); b dates it to Thursday 16"
                + " October 2025 at 4:15 (\"Thursday at a quarter past four in the morning\"):"
                + " the time differs."),
        // "was reported" tells when a thing became known, an event of the story, not a telling
        row("The leak was reported at 9:26 a.m. on Wednesday by a contractor on Cobbett Lane.",
            "The leak was reported at 10:40 a.m. on Wednesday by a contractor on Cobbett Lane.",
            Kind.TEMPORAL, "9:26 a.m.", "10:40 a.m.",
            "a dates this to Wednesday 15 October 2025 at 9:26 (\"9:26 a.m.\"); b dates it to"
                + " Wednesday 15 October 2025 at 10:40 (\"10:40 a.m.\"): the time differs."),
        // two dates of a telling: the explanation says that a source may speak twice
        row("Hewlett-Packard on Monday said it has agreed to buy EYP Mission Critical Facilities,"
            + " a consulting company.", "Hewlett-Packard announced on Tuesday that it has agreed"
            + " to buy EYP Mission Critical Facilities, a consulting company.", Kind.TEMPORAL,
            "Monday", "Tuesday", "a dates this to Monday 20 October 2025 (\"Monday\"); b dates it"
                + " to Tuesday 14 October 2025 (\"Tuesday\"): the day differs. Both dates are of a"
                + " telling (\"said Friday\"): the two reports may quote two statements."),
        // "was published" tells when a report came out, an event, not a page's timestamp
        row("The report by the Regional Audit Office was published on Wednesday.",
            "The Regional Audit Office report was released on Oct. 17.", Kind.TEMPORAL,
            "Wednesday", "Oct. 17", "a dates this to Wednesday 15 October 2025 (\"Wednesday\");"
                + " b dates it to Friday 17 October 2025 (\"Oct. 17\"): the day differs."),
        // "re-elected" and "reelected" are one word
        row("Mayor Tom Renwick was re-elected in 2021 with 54 percent of the vote.",
            "Mayor Tom Renwick was reelected in 2022 with 54 percent of the vote.", Kind.TEMPORAL,
            "2021", "2022", "a dates this to 2021 (\"2021\"); b dates it to 2022 (\"2022\"): the"
                + " year differs."),
        // times read to the minute differ by more than a few minutes
        row("Air traffic controllers lost radar contact at 6:31 p.m., the company said.",
            "Radar contact was lost at 6:41 p.m., the company said.", Kind.TEMPORAL, "6:31 p.m.",
            "6:41 p.m.", "a dates this to Monday 20 October 2025 at 18:31 (\"6:31 p.m.\"); b"
                + " dates it to Monday 20 October 2025 at 18:41 (\"6:41 p.m.\"): the time"
                + " differs. Both clock times are written to the minute or to five minutes, so"
                + " 10 minutes apart they name two moments."),
        // a 12-hour reading 12 hours later is still hours away from the other time
        row("The ferry sank at 9:15, the coast guard said.",
            "The ferry sank at 23:40, the coast guard said.", Kind.TEMPORAL, "9:15", "23:40",
            "a dates this to Monday 20 October 2025 at 9:15 (\"9:15\"); b dates it to Monday"
                + " 20 October 2025 at 23:40 (\"23:40\"): the time differs. A clock time"
                + " without \"a.m.\" or \"p.m.\" was also read 12 hours later."),
        // "between" a time and another starts a stretch, as "from" does
        row("Water pressure will be lowered between 11 p.m. and 6 a.m., the utility said.",
            "The utility said pressure will be reduced from 10 p.m. until 6 a.m.", Kind.TEMPORAL,
            "11 p.m.", "10 p.m.", "a dates this to Monday 20 October 2025 at 23:00 (\"11 p.m.\");"
                + " b dates it to Monday 20 October 2025 at 22:00 (\"10 p.m.\"): the time differs."
                + " Both dates give when a stretch of time began (\"since\", \"from\")."),
        // a start at a clock time happens at that time
        row("The marathon started at 7:30 a.m., the organisers said.",
            "The organisers said the marathon gun went at 8:30 in the morning.",
            Kind.TEMPORAL, "7:30 a.m.", "8:30 in the morning", "a dates this to Monday 20 October"
                + " 2025 at 7:30 (\"7:30 a.m.\"); b dates it to Monday 20 October 2025 at 8:30"
                + " (\"8:30 in the morning\"): the time differs."),
        // a clock time whose day is not written is on the day the other report writes
        row("The prisoners were last counted at 10 p.m. Sunday, the warden said.",
            "The warden said the prisoners were last counted at 8 p.m.", Kind.TEMPORAL,
            "10 p.m. Sunday", "8 p.m.", "a dates this to Sunday 19 October 2025 at 22:00 (\"10"
                + " p.m. Sunday\"); b dates it to 20:00 (\"8 p.m.\"): the time differs."),
        // "for the first time since" a year, and a wait of some years that ended in the report
        row("The club won the league for the first time since 2001, its captain said.",
            "Its captain said the title ended a 12-year wait for the club.", Kind.TEMPORAL,
            "first time since 2001", "12-year wait", "a says it last happened in 2001 (\"first"
                + " time since 2001\"); b says it last happened 12 years before 2025 (\"12-year"
                + " wait\"): the year it last happened differs."),
        // a date after publication is a plan, as "scheduled for" is: no lower confidence
        row("This year's annual meeting is scheduled for November 27.",
            "The next annual meeting is on November 17.", Kind.TEMPORAL, "November 27",
            "November 17", "a dates this to Thursday 27 November 2025 (\"November 27\"); b dates"
                + " it to Monday 17 November 2025 (\"November 17\"): the day differs."),
        // a denial since a year, against "last" before a verb and against "the first time since"
        row("The basic rate has not been cut since 2009, the ministry said.",
            "The ministry said the basic rate was last lowered in 2012.", Kind.TEMPORAL,
            "not been cut since 2009", "last lowered in 2012", "a says it last happened in 2009"
                + " (\"not been cut since 2009\"); b says it last happened in 2012 (\"last lowered"
                + " in 2012\"): the year it last happened differs."),
        row("No governor of the state had vetoed a whole spending plan since 1987.",
            "It was the first time since 1991 that a governor of the state vetoed a whole"
                + " spending plan.", Kind.TEMPORAL, "since 1987", "first time since 1991",
            "a says it last happened in 1987 (\"since 1987\"); b says it last happened in 1991"
                + " (\"first time since 1991\"): the year it last happened differs."),
        // one day after the day of the event told before, against that same day
        row("The gunman fled the bank and was caught by police the next day.",
            "Later that day, police caught the gunman near the bank.", Kind.TEMPORAL,
            "the next day", "Later that day", "a gives 1 day after (\"the next day\"); b gives"
                + " the same day (\"Later that day\"): the distance in time differs."),
        row("The ship was boarded on the same day, the navy said.",
            "The navy said the ship was boarded the following day.", Kind.TEMPORAL,
            "the same day", "the following day", "a gives the same day (\"the same day\"); b"
                + " gives 1 day after (\"the following day\"): the distance in time differs."),
        row("Earlier in the day, rebels shelled the airport, the army said.",
            "The army said rebels shelled the airport the next day.", Kind.TEMPORAL,
            "Earlier in the day", "the next day", "a gives the same day (\"Earlier in the day\");"
                + " b gives 1 day after (\"the next day\"): the distance in time differs."),
        row("The guard was attacked the previous day, prison officials said.",
            "Prison officials said the guard was attacked two days earlier.", Kind.TEMPORAL,
            "the previous day", "two days", "a gives 1 day before (\"the previous day\"); b"
                + " gives 2 days before (\"two days\"): the distance in time differs."),
        row("Three weeks on, the town has rebuilt the bridge, the mayor said.",
            "Two weeks on, the town has rebuilt the bridge, the mayor said.", Kind.TEMPORAL,
            "Three weeks", "Two weeks", "a gives 3 weeks after (\"Three weeks\"); b gives 2"
                + " weeks after (\"Two weeks\"): the distance in time differs."),
        // a clock time with the zone of a place, against the local time there
        row("The balloon lifted off from the desert at 5:10 a.m. MST, the team said.",
            "The team said the balloon lifted off from the desert at 7:30 a.m. local time.",
            Kind.TEMPORAL, "5:10 a.m. MST", "7:30 a.m.", "a dates this to Monday 20 October 2025"
                + " at 5:10 (\"5:10 a.m. MST\"); b dates it to Monday 20 October 2025 at 7:30"
                + " (\"7:30 a.m.\"): the time differs."),
        // a place's local time against a named zone's, apart by more than whole quarter hours
        row("Commissioner Renata Coyle announced the pick at 8:12 p.m. local time in front of"
                + " 65,000 fans.",
            "Commissioner Renata Coyle announced the pick at 11:40 p.m. Eastern time as 65,000"
                + " fans cheered.",
            Kind.TEMPORAL, "8:12 p.m.", "11:40 p.m. Eastern time", "a dates this to Monday 20"
                + " October 2025 at 20:12 (\"8:12 p.m.\"); b dates it to Monday 20 October 2025"
                + " at 23:40 (\"11:40 p.m. Eastern time\"): the time differs."),
        // how long a denied state lasts is stated, not denied
        row("The town could be without running water for up to two weeks, the utility said.",
            "The utility said the town might not have running water for as long as six weeks.",
            Kind.NUMERIC, "up to two weeks", "six weeks", "a gives less than 2 weeks (\"up to two"
                + " weeks\"); b gives 6 weeks (\"six weeks\"), which no rounding or approximation"
                + " reconciles."),
        row("The bridge will not reopen for two months, the county said.",
            "The county said the bridge will stay closed for five months.",
            Kind.NUMERIC, "two months", "five months", "a gives 2 months (\"two months\"); b gives"
                + " 5 months (\"five months\"), which no rounding or approximation reconciles."),
        // the end of a stretch of time, and a negated verb before "before" a date, which keeps
        // the state it would end until then
        row("The bridge will remain shut until Friday, engineers said.",
            "Engineers said the bridge will remain shut until Tuesday.", Kind.TEMPORAL, "Friday",
            "Tuesday", "a dates this to Friday 24 October 2025 (\"Friday\"); b dates it to"
                + " Tuesday 21 October 2025 (\"Tuesday\"): the day differs. Both dates give when"
                + " a stretch of time ended (\"until\", \"to\")."),
        row("The museum will stay closed until Nov. 3, its director said.",
            "Its director said the museum would not reopen before Nov. 10.", Kind.TEMPORAL,
            "Nov. 3", "Nov. 10", "a dates this to Monday 3 November 2025 (\"Nov. 3\"); b dates it"
                + " to Monday 10 November 2025 (\"Nov. 10\"): the day differs. Both dates give"
                + " when a stretch of time ended (\"until\", \"to\")."),
        // one weekday alone on both sides: the clock times are still compared
        row("The ferry left the port at 6:20 a.m. Thursday, the coast guard said.",
            "The coast guard said the ferry left the port shortly after 9 a.m. Thursday.",
            Kind.TEMPORAL, "6:20 a.m. Thursday", "9 a.m. Thursday", "a dates this to Thursday 16"
                + " October 2025 at 6:20 (\"6:20 a.m. Thursday\"); b dates it to Thursday 16"
                + " October 2025 at 9:00 (\"9 a.m. Thursday\"): the time differs. \"Shortly"
                + " after\" or \"just before\" a clock time was read as up to 30 minutes after or"
                + " before it."),
        // how long one thing lasted, told with two verbs or two nouns
        row("The board approved the plan at midnight, after a hearing that stretched for more"
            + " than five hours.", "The board approved the plan after a session that lasted about"
            + " two hours.", Kind.NUMERIC, "more than five hours", "about two hours", "a gives"
                + " more than 5 hours (\"more than five hours\"); b gives about 2 hours (\"about"
                + " two hours\"), which no rounding or approximation reconciles. A bound such as"
                + " \"more than\" or \"as many as\" is read as close to its number, as news"
                + " writes it."),
        row("Firefighters kept the motorway closed for 14 hours between the two towns.",
            "Traffic between the two towns was halted for about five hours.", Kind.NUMERIC,
            "14 hours", "about five hours", "a gives 14 hours (\"14 hours\"); b gives about 5"
                + " hours (\"about five hours\"), which no rounding or approximation"
                + " reconciles."),
        // two quarters of one year
        row("The company expects the new plant to open in the first quarter of 2027.",
            "The new plant is expected to open in the third quarter of 2027, the company said.",
            Kind.TEMPORAL, "the first quarter of 2027", "the third quarter of 2027", "a dates"
                + " this to the first quarter of 2027 (\"the first quarter of 2027\"); b dates it"
                + " to the third quarter of 2027 (\"the third quarter of 2027\"): the part of"
                + " the year differs."),
        // without a clause of another event, the two dates date one event
        row("A man opened fire at a wedding party in the town on Saturday, police said.",
            "Police said a man opened fire at a wedding party in the town on Friday.",
            Kind.TEMPORAL, "Saturday", "Friday", "a dates this to Saturday 18 October 2025"
                + " (\"Saturday\"); b dates it to Friday 17 October 2025 (\"Friday\"): the day"
                + " differs."),
        // a model year does not cut a clock time off from the words before it
        row("The actor was driving west in his 2008 Bentley at 1:30 a.m., police said.",
            "Police said the actor was driving his Bentley west at 2:45 a.m.", Kind.TEMPORAL,
            "1:30 a.m.", "2:45 a.m.", "a dates this to Monday 20 October 2025 at 1:30 (\"1:30"
                + " a.m.\"); b dates it to Monday 20 October 2025 at 2:45 (\"2:45 a.m.\"): the time"
                + " differs."),
        // the date a stretch began, told by its verb or by "since"
        row("The strike at the mine began in March, union leaders said.",
            "Miners have been on strike at the mine since February, union leaders said.",
            Kind.TEMPORAL, "March", "February", "a dates this to March 2025 (\"March\"); b dates"
                + " it to February 2025 (\"February\"): the month differs. Both dates give when"
                + " a stretch of time began (\"since\", \"from\")."),
        // a length of time before "on" and more words is how long, not a distance
        row("The battery lasts eight hours on a single charge, the maker said.",
            "The maker said the battery lasts ten hours on a single charge.", Kind.NUMERIC,
            "eight hours", "ten hours", "a gives 8 hours (\"eight hours\"); b gives 10 hours"
                + " (\"ten hours\"), which no rounding or approximation reconciles."),
        // "nearly" keeps a length close below its number, where "less than" does not
        row("The standoff ended after nearly three hours of talks, police said.",
            "Police said the standoff ended after two hours of talks.", Kind.NUMERIC,
            "nearly three hours", "two hours", "a gives nearly 3 hours (\"nearly three hours\"); b"
                + " gives 2 hours (\"two hours\"), which no rounding or approximation reconciles."),
        // a clock time after noon is no time of the morning; one whose day is not written is
        // on the part's day
        row("The avalanche struck late Sunday morning above the lodge, rescuers said.",
            "Rescuers said the avalanche struck above the lodge at about 2:15 p.m.",
            Kind.TEMPORAL, "late Sunday morning", "2:15 p.m.", "a dates this to Sunday 19"
                + " October 2025 morning (\"late Sunday morning\"); b dates it to 14:15"
                + " (\"2:15 p.m.\"): the part of day differs."),
        // the year a thing was made gives its age in a dated report
        row("The two-lane bridge, built in 1961, carried 9,000 vehicles a day.",
            "Engineers inspected the nearly 30-year-old bridge last spring, the county said.",
            Kind.TEMPORAL, "built in 1961", "nearly 30-year-old bridge", "a gives made in 1961,"
                + " 63 or 64 years old in 2025 (\"built in 1961\"); b gives nearly 30 years old"
                + " (\"nearly 30-year-old bridge\"): the age differs."),
        // "the highest since" a year and "a three-year high" name two years it was last reached
        row("The jobless rate rose to 6.1% in March, the highest since 2015, the agency said.",
            "The agency said the jobless rate rose to 6.1% in March, a three-year high.",
            Kind.TEMPORAL, "highest since 2015", "three-year high", "a says it was last"
                + " reached in 2015 (\"highest since 2015\"); b says it was last reached 3 years"
                + " before 2025"
                + " (\"three-year high\"): the year it was last reached differs."),
        // a day of this week is not next week
        row("The museum will reopen on Saturday, the city said.",
            "The city said the museum will reopen next week.", Kind.TEMPORAL, "Saturday",
            "next week", "a dates this to Saturday 25 October 2025 (\"Saturday\"); b dates it"
                + " to the week of Monday 27 October 2025 (\"next week\"): the week differs."),
        // a number of decades counts decades, with the bound before it
        row("The clinic has served the valley for more than three decades.",
            "The clinic has served the valley for nearly a quarter-century.", Kind.NUMERIC,
            "more than three decades", "a quarter-century", "a gives more than 30 years (\"more"
                + " than three decades\"); b gives less than 25 years (\"a quarter-century\"),"
                + " which no rounding or approximation reconciles. A bound such as \"more than\""
                + " or \"as many as\" is read as close to its number, as news writes it."));
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        // "last night" in a Monday report is Sunday night; "this afternoon" is the day's
        row("The pipe burst last night, the water board said.",
            "The water board said the pipe burst on Sunday night."),
        row("The pipe burst this afternoon, the water board said.",
            "The water board said the pipe burst on Monday at 2 p.m."),
        // a deed done again ("re-elected") is not the deed done first ("first elected")
        row("Mayor Tom Renwick was first elected in 2017 and won a second term in 2021.",
            "Renwick, mayor since 2017, was re-elected in 2021."),
        // a state that lasts until a date, and a thing that does not happen before it
        row("The museum will stay closed until Nov. 10, its director said.",
            "Its director said the museum would not reopen before Nov. 10."),
        // one weekday, whatever tense the time reader reads around it
        row("Forecasters said the flood warning will remain in place until Saturday.",
            "Forecasters have kept the flood warning in force until Saturday."),
        // one time written in the same words, whatever tense the time reader reads around it
        row("The weather service said it did not expect significant rain before late January.",
            "Forecasters at the weather service do not expect meaningful rain until late"
            + " January."),
        // a length "within" bounds another moment: no length of the raid
        row("Officers arrived within ten minutes of the alarm, the mayor said.",
            "The mayor said the raid lasted about 40 minutes."),
        // an open bound, and a close one that half a unit as written reaches
        row("The standoff ended after less than three hours of talks, police said.",
            "Police said the standoff ended after two hours of talks."),
        row("The standoff ended after nearly three hours of talks, police said.",
            "Police said the standoff ended after two and a half hours of talks."),
        // a person and her kin, named by the person's possessive: two people, two dates
        row("Ann Lind was born in 1942 in Uppsala, her publisher said.",
            "Ann Lind's daughter was born in 1968 in Uppsala, her publisher said."),
        // one moment on a 12-hour dial and on a 24-hour clock
        row("The singer died at 6:41 last night in a Paris hospital.",
            "The singer died at 18:41 last night in a Paris hospital."),
        row("The plane left the airport at 9:30, officials said.",
            "Officials said the plane left the airport at 9:30 p.m."),
        // "the day" of an event told before is not the day of publication
        row("The climber's body was recovered later in the day.",
            "The climber's body was recovered on Sunday afternoon."),
        // "the next day" is "a day later"
        row("The suspect was arrested the next day near the border.",
            "The suspect was arrested a day later near the border."),
        // a day placed against a day it names itself, and a distance from now
        row("Police arrested the suspect the day before Christmas.",
            "Police arrested the suspect 11 months ago."),
        // the start of a stretch is not the date of another event
        row("The fighting in the region began in July.",
            "The army was sent to the region in June."),
        // a date before "after" dates its own clause, not the event the clause after tells
        row("A teacher was charged with murder on Saturday after opening fire at a wedding party"
            + " in the town, police said.",
            "Police said a gunman opened fire at a wedding party in the town on Friday."),
        // a date after where something was told dates the telling
        row("The coach said at practice on Wednesday that the team put the striker on the"
            + " injured list.", "The team put the striker on the injured list on Thursday."),
        row("The minister told reporters on Monday that the army had left the border town.",
            "The army left the border town on Sunday, the minister said."),
        // the hearer of "told" before the phrase of where it was told
        row("The prosecutor told jurors in closing arguments on Monday that the mayor took cash.",
            "The mayor took cash at the diner on Sunday, witnesses said."),
        // a date that names a period by its last day
        row("Revenue for the fiscal quarter ended July 31 rose 9 percent, the company said.",
            "The company expects the deal to close in the fiscal quarter that ends January 31."),
        // a year that names a model or an edition dates nothing
        row("He hosted the 2007 Oscars, the academy said.",
            "He hosted the show in 2009, the academy said."),
        // "going" and "set" tell a plan only before "to" or "for"
        row("The driver was going west at 1:30 a.m. when he crashed, police said.",
            "Police said the driver was heading west at 1:30 a.m. when he crashed."),
        // one moment in two time zones
        row("The summit opened in the capital at 9 a.m. EST, officials said.",
            "Officials said the summit opened in the capital at 1400 GMT."),
        row("The actor died at 7:10 p.m. PST (0310 GMT Saturday) in a Los Angeles hospital, his"
            + " agent said.", "The actor died Friday in a Los Angeles hospital, his agent said."),
        // a year made and an age that meet, a year less before the day it was made; an age of
        // another thing
        row("The company, which was founded in 1990, employs 300 people.",
            "The 35-year-old company employs 300 people."),
        row("The company, which was founded in 1990, employs 300 people.",
            "The 34-year-old company employs 300 people."),
        row("The two-lane bridge, built in 1961, carried 9,000 vehicles a day.",
            "A 30-year-old truck driver was on the bridge, the county said."),
        // one year last reached, and two scales
        row("The jobless rate rose to 6.1% in March, the highest since 2015, the agency said.",
            "The agency said the jobless rate rose to 6.1% in March, a 10-year high."),
        row("The jobless rate rose to 6.1% in March, the highest since 2015, the agency said.",
            "The agency said the jobless rate rose to 6.1% in March, the highest in 11 years."),
        row("The jobless rate rose to 6.1% in March, the highest since 2015, the agency said.",
            "The agency said the jobless rate rose to 6.1% in March as the currency hit a"
            + " three-year low."),
        // a day of the week named
        row("The museum will reopen on Thursday, the city said.",
            "The city said the museum will reopen this week."),
        row("The mayor resigned last week, the council said.",
            "The council said the mayor resigned on Friday."),
        // a clock time within the hours of the part of the day
        row("The avalanche struck late Sunday morning above the lodge, rescuers said.",
            "Rescuers said the avalanche struck above the lodge at about 11:20 a.m."),
        // a report that gives both the part of the day and the clock time of its own: the part
        // dates another step of the story, not the other's clock time
        row("A relief convoy was to leave the capital on Monday morning, with its arrival at the"
            + " camp set for 4 p.m., aid officials said.",
            "Aid officials said a relief convoy was to leave the capital this morning and arrive"
            + " at the camp at 4 p.m."),
        row("A relief convoy was to leave the capital on Monday morning, with its arrival at the"
            + " camp set for 4 p.m., aid officials said.",
            "Aid officials said the relief convoy would arrive at the camp at 4 p.m."),
        // a clock time whose day is not written, close to the other's
        row("The prisoners were last counted at 10 p.m. Sunday, the warden said.",
            "The warden said the prisoners were last counted at 10:10 p.m."),
        // two chambers of a legislature: two votes
        row("The Senate passed the bill on June 19, the clerk said.",
            "The House passed the bill on June 24, the clerk said."),
        // one year told both ways; two things last done in two years
        row("The basic rate has not been cut since 2012, the ministry said.",
            "The ministry said the basic rate was last lowered in 2012."),
        row("The basic rate has not been cut since 2009, the ministry said.",
            "The ministry said the old bridge was last repaired in 2012."),

        // a wait that ended when it last happened, and a wait that still runs
        row("The club won the league for the first time since 2001, its captain said.",
            "Its captain said the title ended a 24-year wait for the club."),
        row("The club won the league for the first time since 2001, its captain said.",
            "Its captain said the club now faces a 12-year wait for a new stadium."),
        // a clock time without its half is read in either
        row("The camp was bombed on Thursday at approximately 3:00, aid workers said.",
            "Aid workers said the camp was bombed on Thursday afternoon."),
        // news calls the small hours morning
        row("The singer was arrested early Tuesday morning on the highway, police said.",
            "Police said the singer was arrested on the highway shortly after 2 a.m."),
        // a denied state of one length
        row("The ferry did not sail for three days, the port said.",
            "The port said the ferry stayed in harbour for three days."),
        // a quarter of a company's own year is not a quarter of the calendar
        row("Sales at the chain rose 4 percent in its fiscal first quarter, the company said.",
            "The company said sales at the chain rose 4 percent in the fourth quarter."),
        // a thing made again: one report gives both years
        row("The old bridge, built in 1958, was replaced by a new bridge, built in 2019.",
            "The bridge, built in 2019, carried trucks."),
        // a clock time in words with no mark of its half of the day may be either half
        row("The van was stolen from the yard on Thursday at 4:15 p.m., police said.",
            "Police said the van was stolen from the yard on Thursday at a quarter past four."),
        row("The van was stolen from the yard on Thursday at 8:50 p.m., police said.",
            "Police said the van was stolen from the yard on Thursday at ten minutes to nine."),
        // a place's local time against a named zone's, whole hours apart: the zones may differ
        row("Commissioner Renata Coyle announced the pick at 8:12 p.m. local time in front of"
                + " 65,000 fans.",
            "Commissioner Renata Coyle announced the pick at 11:12 p.m. Eastern time as 65,000"
                + " fans cheered."),
        row("The ceasefire took effect at 6 a.m. (local time), the army said.",
            "The army said the ceasefire took effect at 04:00 GMT."));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("clashes")
  void clash(String a, String b, Kind kind, String left, String right, String explanation) {
    List<Contradiction> found = compare(a, b);
    assertThat(found).extracting(c -> c.kind() + " " + c.leftEvidence().text() + " | "
        + c.rightEvidence().text()).containsExactly(kind + " " + left + " | " + right);
    assertThat(found.get(0).explanation()).isEqualTo(explanation);
    List<Contradiction> back = compare(b, a);
    assertThat(back).extracting(c -> c.leftEvidence().text() + " | " + c.rightEvidence().text())
        .containsExactly(right + " | " + left);
  }

  @Test
  void twoDeedsEachLastDoneInItsYearAreNoStatementsOfOneLastTime() {
    // "last seen in public" and "last sold": the dates themselves are still two years of one
    // panel, which the date check weighs by its model, under the default confidence
    assertThat(compare("The panel was last seen in public in 1938, when it was shown at an"
        + " exhibition in Brussels.", "The panel was last sold in 1887, she noted."))
        .extracting(Contradiction::explanation)
        .noneMatch(e -> e.contains("last happened"))
        .allMatch(e -> e.startsWith("a dates this to 1938"));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("agreements")
  void agreement(String a, String b) {
    assertThat(compare(a, b)).isEmpty();
    assertThat(compare(b, a)).isEmpty();
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("clashes")
  void anArticleAgreesWithItself(String a, String b, Kind kind, String l, String r, String e) {
    assertThat(compare(a, a)).isEmpty();
    assertThat(compare(b, b)).isEmpty();
  }

  static Stream<Arguments> undated() {
    return Stream.of(
        // months back, read without a publication date: two months more than reports of one
        // event lie apart
        row("The republic became independent only four months ago, its president said.",
            "The republic gained its independence six months ago, its president said.",
            "TEMPORAL four months ago | six months ago", "a gives 4 months ago (\"four months"
                + " ago\"); b gives 6 months ago (\"six months ago\"): the distance in time"
                + " differs."),
        // "almost" reaches back less far than its number, and only so far
        row("The pilot was hurt in a crash nine days ago, the airline said.",
            "The airline said the pilot was hurt in a crash almost three weeks ago.",
            "TEMPORAL nine days ago | almost three weeks ago", "a gives 9 days ago (\"nine days"
                + " ago\"); b gives less than 3 weeks ago (\"almost three weeks ago\"): the"
                + " distance in time differs." + ONE_DAY),
        // "more than a week" and "almost three weeks" may both be two weeks
        row("The pilot was hurt in a crash more than a week ago, the airline said.",
            "The airline said the pilot was hurt in a crash almost three weeks ago.", "", ""),
        // a distance from now is not a distance from another event
        row("The pilot was hurt in a crash two weeks ago, the airline said.",
            "The airline said the pilot was hurt in a crash three weeks before the trial.", "",
            ""));
  }

  /** The note of a finding on two distances back from the time of undated reports. */
  private static final String ONE_DAY = " Read as if both reports were written on one day:"
      + " without their dates, a distance back from the time of writing may differ by the days"
      + " between them.";

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("undated")
  void distancesBackInTimeCompareWithoutAPublicationDate(String a, String b, String found,
      String explanation) {
    List<Contradiction> out = PX.compare(Article.builder().id("a").text(a).build(),
        Article.builder().id("b").text(b).build()).contradictions();
    assertThat(out).extracting(c -> c.kind() + " " + c.leftEvidence().text() + " | "
        + c.rightEvidence().text()).isEqualTo(found.isEmpty() ? List.of() : List.of(found));
    if (!found.isEmpty()) {
      assertThat(out.get(0).explanation()).isEqualTo(explanation);
    }
  }

  static Stream<Arguments> clockTimes() {
    return Stream.of(
        // value, either half, other value, either half, first differing part
        row("T06:41", true, "T18:41", false, Optional.empty()),
        row("T06:41", false, "T18:41", false, Optional.of("time")),
        row("T06:41", false, "T18:41", true, Optional.empty()),
        row("T06:41", true, "T18:00", false, Optional.of("time")),
        row("T12:10", true, "T00:05", false, Optional.empty()),
        row("T11:50", true, "T00:20", false, Optional.of("time")),
        row("2025-10-20T06:41", true, "2025-10-21T18:41", false, Optional.of("day")),
        // times read to the minute differ beyond a few minutes; a time on five minutes or on
        // the quarter hour may be rounded, by 10 or by 15 minutes
        row("T18:31", false, "T18:41", false, Optional.of("time")),
        row("T18:31", false, "T18:33", false, Optional.empty()),
        row("T10:47", false, "T10:52", false, Optional.of("time")),
        row("T18:31", false, "T18:40", false, Optional.empty()),
        row("T18:31", false, "T18:42", false, Optional.of("time")),
        row("T18:31", false, "T18:45", false, Optional.empty()),
        row("T18:31", false, "T18:50", false, Optional.of("time")),
        // a clock time whose day is not written is on the other's day
        row("T21:00", false, "2025-10-19T23:00", false, Optional.of("time")),
        row("T22:50", false, "XXXX-WXX-7T23:00", false, Optional.empty()),
        row("T09:00", true, "XXXX-WXX-7T21:05", false, Optional.empty()),
        // clock times with their zones are compared in universal time
        row("T10:00-04", false, "T14:00Z", false, Optional.empty()),
        row("T10:00-04", false, "T10:00Z", false, Optional.of("time")),
        row("T21:30+05:30", false, "T16:00Z", false, Optional.empty()),
        // a time without a zone is the local time of the zone of a place
        row("T06:47-07", false, "T08:00", false, Optional.of("time")),
        row("T06:47-07", false, "T06:50", false, Optional.empty()),
        // but not universal time: a report gives that for a place whose local time differs
        row("T14:00Z", false, "T10:00", false, Optional.empty()),
        // the day in universal time or in another zone may be the local day before or after
        row("2008-12-12T02:41Z", false, "2008-12-11", false, Optional.empty()),
        row("2008-12-12T02:41Z", false, "2008-12-10", false, Optional.of("day")),
        row("XXXX-WXX-5T02:41Z", false, "XXXX-WXX-4", false, Optional.empty()),
        row("XXXX-WXX-5T02:41Z", false, "XXXX-WXX-3", false, Optional.of("weekday")),
        row("2008-12-11T18:41-08", false, "2008-12-12T02:41Z", false, Optional.empty()),
        row("2008-12-11T18:41-08", false, "2008-12-12T05:00Z", false, Optional.of("time")),
        row("2025-10-20T06:47-07", false, "2025-10-19", false, Optional.of("day")),
        // a quarter or half of a year covers its months
        row("2026-Q1", false, "2026-Q3", false, Optional.of("part of the year")),
        row("2026-Q1", false, "2026-02", false, Optional.empty()),
        row("2026-Q1", false, "2026-05-04", false, Optional.of("month")),
        row("2026-H2", false, "2026-Q4", false, Optional.empty()),
        row("2026-H1", false, "2026-Q4", false, Optional.of("part of the year")),
        row("2026-Q1", false, "2026", false, Optional.empty()),
        row("2026-Q1", false, "2025", false, Optional.of("year")),
        // a week of the calendar holds its seven days, and the months and years they are in
        row("2025-W14", false, "2025-03-29", false, Optional.of("week")),
        row("2025-W14", false, "2025-04-02", false, Optional.empty()),
        row("2025-W14", false, "2025-W13", false, Optional.of("week")),
        row("2025-W14", false, "2025-W14", false, Optional.empty()),
        row("2025-W14", false, "2025-03", false, Optional.empty()),
        row("2025-W14", false, "2025-05", false, Optional.of("month")),
        row("2025-W01", false, "2024", false, Optional.empty()),
        row("2025-W14", false, "2024", false, Optional.of("year")),
        row("2025-W14", false, "XXXX-WXX-6", false, Optional.empty()));
  }

  @ParameterizedTest(name = "{0} ({1}) | {2} ({3})")
  @MethodSource("clockTimes")
  void clockTimesAreComparedOnOneDialAndInOneZone(String a, boolean openA,
      String b, boolean openB, Optional<String> clash) {
    When x = When.of(a).orElseThrow().eitherHalf(openA);
    When y = When.of(b).orElseThrow().eitherHalf(openB);
    assertThat(x.clash(y, TemporalCheck.CLOCK_SLACK)).isEqualTo(clash);
    assertThat(y.clash(x, TemporalCheck.CLOCK_SLACK)).isEqualTo(clash);
  }

  static Stream<Arguments> partsOfDay() {
    return Stream.of(
        // clock time, either half, lean in minutes, part of the day, first differing part
        row("XXXX-WXX-7T13:30", false, 0, "XXXX-WXX-7TMO", Optional.of("part of day")),
        row("XXXX-WXX-7T11:40", false, 0, "XXXX-WXX-7TMO", Optional.empty()),
        row("XXXX-WXX-7T02:10", false, 0, "XXXX-WXX-7TMO", Optional.empty()),
        // within the minutes two clock times may be apart of the part's end
        row("XXXX-WXX-7T12:10", false, 0, "XXXX-WXX-7TMO", Optional.empty()),
        // a clock time alone is on the day of the part
        row("T13:30", false, 0, "XXXX-WXX-7TMO", Optional.of("part of day")),
        row("T15:00", false, 0, "2025-10-20TAF", Optional.empty()),
        row("T09:00", false, 0, "2025-10-20TEV", Optional.of("part of day")),
        row("T22:00", false, 0, "2025-10-20TAF", Optional.of("part of day")),
        // either half of the day, and a night that runs past midnight
        row("T09:00", true, 0, "2025-10-20TEV", Optional.empty()),
        row("T03:00", true, 0, "XXXX-WXX-4TAF", Optional.empty()),
        row("T02:30", false, 0, "XXXX-WXX-5TNI", Optional.empty()),
        row("T10:30", false, 0, "XXXX-WXX-5TNI", Optional.of("part of day")),
        // "shortly after 11:50 a.m." may be after noon
        row("T11:50", false, 30, "XXXX-WXX-5TAF", Optional.empty()),
        // universal time is no local part of a day
        row("T13:30Z", false, 0, "XXXX-WXX-7TMO", Optional.empty()),
        // a clock time of another day is another moment already
        row("XXXX-WXX-6T13:30", false, 0, "XXXX-WXX-7TMO", Optional.of("weekday")));
  }

  @ParameterizedTest(name = "{0} ({1}, {2}) | {3}")
  @MethodSource("partsOfDay")
  void aClockTimeOutsideTheHoursOfAPartOfTheDayClashesWithIt(String clock, boolean open,
      int lean, String part, Optional<String> clash) throws IOException {
    Map<String, TemporalWords.Hours> hours = bundledLexicon().temporal().partsOfDay();
    When x = When.of(clock).orElseThrow().eitherHalf(open).leaning(lean);
    When y = When.of(part).orElseThrow();
    assertThat(x.clash(y, TemporalCheck.CLOCK_SLACK, hours)).isEqualTo(clash);
    assertThat(y.clash(x, TemporalCheck.CLOCK_SLACK, hours)).isEqualTo(clash);
    // without the hours of the parts, nothing tells a clock time from a part of the day
    assertThat(x.clash(y, TemporalCheck.CLOCK_SLACK))
        .isEqualTo(clash.filter(c -> !c.equals("part of day")));
  }

  private static Lexicon bundledLexicon() throws IOException {
    try (InputStream in = TemporalReadingTest.class.getResourceAsStream(
        "/dev/parallax/contradict/en/contradict.rules")) {
      return new Lexicon(new PackCues(RulePack.parse("contradict.rules",
          new String(in.readAllBytes(), StandardCharsets.UTF_8)), TextAnalyzer.english()));
    }
  }

  private static List<Contradiction> compare(String a, String b) {
    return PX.compare(article("a", a), article("b", b)).contradictions();
  }

  private static Article article(String id, String text) {
    return Article.builder().id(id).published("2025-10-20").text(text).build();
  }

  private static Arguments row(Object... values) {
    return Arguments.of(values);
  }
}
