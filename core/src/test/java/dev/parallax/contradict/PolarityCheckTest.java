package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * POLARITY between two reports of one event, as tables: the sentence of each report, and the
 * exact evidence of the denial and of the assertion; then pairs that must stay silent.
 */
class PolarityCheckTest {

  private static List<Contradiction> polarity(String left, String right) {
    return CheckCases.found(Kind.POLARITY, left, right);
  }

  /** Report A denies, report B asserts: denied evidence, asserted evidence, A, B. */
  static Stream<Arguments> denials() {
    return Stream.of(
        // a short claim that restates its subject and denies its one predicate
        Arguments.of("not charged", "charged",
            "The driver was not charged.", "The driver was charged."),
        // a denied "ruled out" against the phrase itself, which denies nothing to set against it
        Arguments.of("not ruled out an explosion as the cause",
            "ruled out an explosion as the cause",
            "Investigators have not ruled out an explosion as the cause.",
            "Investigators had ruled out an explosion as the cause."),
        // another form of the phrase; a manner both give ("without a vote"); a time both bound
        // the deed with ("before the end of the year") does not delay it
        Arguments.of("not rule out industrial action before the end of the year",
            "ruled out industrial action before the end of the year",
            "She did not rule out industrial action before the end of the year.",
            "She ruled out industrial action before the end of the year."),
        Arguments.of("not ruled out adopting the law without a vote",
            "ruled out adopting the law without a vote",
            "The government has not ruled out adopting the law without a vote.",
            "The government has ruled out adopting the law without a vote."),
        // "yet to" after a form of "have" or "be" denies what follows so far
        Arguments.of("have yet to be formally charged", "formally charged",
            "The four suspects have yet to be formally charged, police said.",
            "The four suspects were formally charged on Friday, police said."),
        Arguments.of("not yet ruled out an explosion as the cause",
            "ruled out an explosion as the cause",
            "Investigators have not yet ruled out an explosion as the cause.",
            "Investigators had ruled out an explosion as the cause."),
        // the deed told as a noun with a light verb and "against"
        Arguments.of("driver has not been charged", "Charges have been filed against the driver",
            "The driver has not been charged.", "Charges have been filed against the driver."),
        Arguments.of("driver of the lorry has not been charged",
            "charges had been brought against the driver of the lorry",
            "The driver of the lorry has not been charged, police said.",
            "Police said charges had been brought against the driver of the lorry."),
        Arguments.of("not reopened", "reopened",
            "The border crossing has not reopened.", "The border crossing has reopened."),
        Arguments.of("not resign", "resigned",
            "The county sheriff did not resign.", "The county sheriff resigned."),
        // "without" before what befell the subject denies it, whatever the verb before it
        Arguments.of("without charge", "charged",
            "The driver was released without charge.", "The driver was charged."),
        Arguments.of("without being injured", "injured",
            "The driver escaped without being injured.", "The driver was injured."),
        // a modal before "not" denies as "did" does
        Arguments.of("not send a team", "sending a team",
            "The agency said it would not send a team.", "The agency said it was sending a team."),
        Arguments.of("not reach the summit", "reached the summit",
            "The two climbers could not reach the summit.", "The two climbers reached the summit."),
        // the same modal in the clause of what is stated: both speak in one mood
        Arguments.of("not pay for the repairs", "pay for the repairs",
            "The mayor said the city would not pay for the repairs.",
            "The mayor said the city would pay for the repairs."),
        // who tells it is no part of the subject the other claim restates
        Arguments.of("not armed", "armed",
            "The suspect was not armed, police said.", "Police said the suspect was armed."),
        // "no" before a noun against "a" before it, the denial saying nothing more
        Arguments.of("No ransom", "a ransom",
            "No ransom was paid, the family said.", "The family said it had paid a ransom."),
        Arguments.of("no felony record", "a prior felony record",
            "The driver has no felony record.", "The driver has a prior felony record."),
        // a subject opened by a determiner against the same name with its title
        Arguments.of("not charged", "charged",
            "Her trainer, Lena Moritz, was not charged.", "Trainer Lena Moritz has been charged."),
        Arguments.of("not suspended", "suspended",
            "The referee Tom Ashby was not suspended.", "Referee Tom Ashby was suspended."),
        // a denied verb against its irregular past or participle
        Arguments.of("not fall ill after the banquet", "fell ill after the banquet",
            "The groom did not fall ill after the banquet.",
            "The groom fell ill after the banquet."),
        Arguments.of("not pay the fine", "paid the fine",
            "The shipping company did not pay the fine.", "The shipping company paid the fine."),
        Arguments.of("not been found", "found",
            "The second recorder has not been found, investigators said.",
            "Investigators said the second recorder was found on Tuesday."),
        // "no" before a plural or mass noun against the same noun stated bare
        Arguments.of("No shots", "Shots",
            "No shots were fired during the arrest.", "Shots were fired during the arrest."),
        // a day that names which event ("Saturday's fight") dates no other event; "contains"
        // and "includes" one verb
        Arguments.of("no rematch clause", "a rematch clause",
            "The contract includes no rematch clause.",
            "The contract for Saturday's fight contains a rematch clause."),
        Arguments.of("No shots", "shots",
            "No shots were fired at the checkpoint, the army said.",
            "Soldiers fired shots at the checkpoint."),
        // a bare noun that opens a reported clause, after "said" or "said that"
        Arguments.of("no charges", "charges",
            "Police said no charges had been laid.", "Police said charges had been laid."),
        Arguments.of("no charges", "charges",
            "Police said no charges had been filed.",
            "Police said that charges had been filed against the driver."),
        Arguments.of("no injuries", "Injuries",
            "The company said no injuries were reported at the depot.",
            "Injuries were reported at the depot, the union said."),
        Arguments.of("No damage", "damage",
            "No damage was found on the hull.", "Divers found damage on the hull."),
        // "no" that opens a clause of its own beside another denial, in claims that share
        // most of their words without being aligned
        Arguments.of("no criminal investigation", "a criminal investigation",
            "The regulator said no criminal investigation had been opened and that the lender's"
                + " chairman was not suspected of any offence.",
            "The regulator said a criminal investigation had been opened and that the chairman"
                + " was not suspected of wrongdoing."),
        // "whether" after a verb of its own: the decision is denied, and stated by the other
        Arguments.of("not yet decided", "decided",
            "The retailer has not yet decided whether to sell its flagship store.",
            "The retailer has decided to sell its flagship store."),
        // the same object, or a phrase after one preposition, is one deed
        Arguments.of("not inspected the pipe", "inspected the pipe",
            "The utility said it had not inspected the pipe in more than a decade.",
            "The utility said it had inspected the pipe in 2021."),
        Arguments.of("not in the building", "building",
            "The ambassador was not in the building at the time.",
            "The ambassador was in the building when the crowd broke in."),
        Arguments.of("no formal complaint", "a formal complaint",
            "The club said no formal complaint had been lodged, and the coach has not commented.",
            "The club said a formal complaint had been lodged."),
        // the asserted claim denies something else in another clause
        Arguments.of("not yet completed its review of the tunnel",
            "completed its review of the tunnel",
            "The state agency has not yet completed its review of the tunnel.",
            "The state agency completed its review of the tunnel and raised no objections."),
        // the assertion's evidence is the shortest stretch that states what the denial denies:
        // "blast" is "explosion" too, and a word of a name counts only when it is written nowhere
        // in lower case
        Arguments.of("not treating the explosion as suspicious",
            "explosion was being treated as suspicious",
            "Police said they were not treating the explosion as suspicious.",
            "The blast came during a planned test, police said, adding that the explosion was"
                + " being treated as suspicious."),
        // the denial's evidence ends at what the other claim states, not at a condition after it
        Arguments.of("not ruled out new taxes", "ruled out new taxes",
            "The finance minister has not ruled out new taxes if growth slows.",
            "The finance minister ruled out new taxes."),
        // a second predicate of one subject, the first restated in other words, the subject a
        // pronoun that the other claim restates after its teller
        Arguments.of("not charged", "charged",
            "He was detained at the airport and was not charged.",
            "Police said he was detained and charged with smuggling."),
        Arguments.of("not charged", "charged",
            "They were arrested at the scene but not charged.",
            "They were arrested and charged with arson, officials said."),
        // an adverb of time between the second predicate's auxiliaries
        Arguments.of("not been arrested", "arrested",
            "The farmer was questioned on Wednesday but has not been arrested.",
            "The farmer was questioned on Wednesday and has since been arrested."),
        // a pronoun subject of a denied fate, restated by the same pronoun
        Arguments.of("without charges", "charged",
            "Both were released without charges, the police said.",
            "The police said both were charged with obstruction."),
        // a second negation in a clause of its own; a modal in another clause of the assertion
        Arguments.of("not attend the ceremony", "attended the ceremony",
            "The mayor did not attend the ceremony, and no date has been set for the vote.",
            "The mayor attended the ceremony, officials said."),
        Arguments.of("not attend the ceremony", "attended the ceremony",
            "The mayor did not attend the ceremony.",
            "The mayor attended the ceremony, and the council said it would vote on Monday."),
        // a denial in the passive against the active of the same verb, the thing its object
        Arguments.of("mayor's chauffeur was not questioned",
            "questioned three people, among them the mayor's chauffeur",
            "Officers searched the villa; the mayor's chauffeur was not questioned.",
            "Officers questioned three people, among them the mayor's chauffeur, at the villa."),
        // a denial in the active against the passive of the same verb, the thing its subject
        Arguments.of("not yet recovered the black box", "black box has been recovered",
            "Coast Guard divers have not yet recovered the black box.",
            "The black box has been recovered, the navy said."),
        // a light verb gives the deed to its noun: "imposed restrictions" is "restricted"
        Arguments.of("not imposed any restrictions on Dutch poultry", "restricted Dutch poultry",
            "Trading partners have not imposed any restrictions on Dutch poultry.",
            "Trading partners have already restricted Dutch poultry exports."),
        Arguments.of("not issued a warning about the plant", "plant and warned",
            "The agency has not issued a warning about the plant.",
            "The agency inspected the plant and warned its owners last week."),
        Arguments.of("not carried out an inspection of the plant", "inspected the plant",
            "The agency has not carried out an inspection of the plant.",
            "The agency inspected the plant last week."),
        // a denial since a time against the event dated after it
        Arguments.of("not been seen since Tuesday near the lake", "seen on Wednesday near the lake",
            "The missing hiker has not been seen since Tuesday near the lake.",
            "The missing hiker was seen on Wednesday near the lake."),
        // an adverb between the verb and its negation is no verb of its own
        Arguments.of("not arrested anyone over the fire", "arrested a man over the fire",
            "Police have so far not arrested anyone over the fire.",
            "Police have arrested a man over the fire."),
        // an irregular participle meets its base ("sting", "stung")
        Arguments.of("not sting the swimmer during the crossing",
            "stung the swimmer several times during the crossing",
            "The jellyfish did not sting the swimmer during the crossing.",
            "The jellyfish stung the swimmer several times during the crossing."),
        // two reported clauses: their subjects are the clauses', not the speakers'
        Arguments.of("not been consulted on the appointment of Barata",
            "consulted about Barata's appointment",
            "She said the party's members had not been consulted on the appointment of Barata.",
            "Moura said its members were consulted about Barata's appointment."),
        // a verb of receiving gives the deed to its noun in the passive
        Arguments.of("no warning", "warned",
            "The ministry said the port had received no warning before the storm.",
            "The ministry said the port had been warned before the storm."),
        Arguments.of("not receive a bonus this season", "bonus this season",
            "The coach will not receive a bonus this season, the club said.",
            "The coach will be paid a bonus this season, the club said."),
        // a pronoun alone and a definite noun in the other report stand for one subject
        Arguments.of("not yet made any statement to investigators",
            "made a statement to investigators",
            "He has not yet made any statement to investigators.",
            "The suspect has already made a statement to investigators."),
        // a clause reported by a verb of speech after whom it was told to and when
        Arguments.of("not launched an inquiry into the crash",
            "launched an inquiry into the crash",
            "Ana Lobo said the air force has not launched an inquiry into the crash.",
            "Colonel Ana Ferreira Lobo, the base commander, told reporters on Friday that the air"
                + " force has launched an inquiry into the crash."),
        // a second negation after "and" and an auxiliary of its own denies its own predicate
        Arguments.of("not paid a ransom", "paid a ransom",
            "The hospital has not paid a ransom and will not do so, its director said.",
            "Its director said the hospital had paid a ransom."),
        // a possessive and its noun, restated with the same possessive, are one owner's thing
        Arguments.of("not renewed in January", "renewed in January",
            "Agency records show its operating certificate was not renewed in January.",
            "Its operating certificate was renewed in January, according to agency records."),
        Arguments.of("not renewed in January", "renewed in January",
            "Aviation Authority records show its operating certificate was not renewed in January.",
            "Its operating certificate was renewed in January, according to the Aviation Authority."),
        // "the office" points back to the office the other claim names; a weekday is no name
        Arguments.of("not opened an investigation into the department",
            "opened an investigation into the department",
            "The Ohio attorney general's office has not opened an investigation into the department.",
            "The office had opened an investigation into the department."),
        Arguments.of("not opened an investigation", "opened an investigation",
            "The Ohio attorney general's office has not opened an investigation, she said.",
            "A spokeswoman for the Ohio attorney general said Wednesday the office had opened an"
                + " investigation."));
  }

  @ParameterizedTest(name = "{2} / {3}")
  @MethodSource("denials")
  void denial(String denied, String asserted, String left, String right) {
    CheckCases.onlyDenial(polarity(left, right), denied, asserted);
  }

  /** Pairs in which nothing is contradicted. */
  static Stream<Arguments> silent() {
    return Stream.of(
        // a pronoun against another name: who "he" is the claim does not say
        Arguments.of("He has not yet made any statement to investigators.",
            "Ortun has already made a statement to investigators."),
        // "zero" before a word denies it
        Arguments.of("Berrocal said the party had \"zero tolerance\" for corruption.",
            "Berrocal said the party would not tolerate corruption."),
        // a pronoun after the reporting verb may be the speaker
        Arguments.of("Smith did not respond to the letter.",
            "Smith Jr. said he responded to the letter."),
        // a deed whose object is denied is denied; a need after "to" states nothing
        Arguments.of("Police said the robbers fired no shots.",
            "The robbers did not fire their weapons."),
        Arguments.of("Quill said the time had been recorded but had not yet been ratified.",
            "The time has been logged by two observers but still needs to be ratified."),
        // a definite subject whose noun the other's subject does not hold, and a new one
        Arguments.of("The driver was not charged.", "Smith was charged."),
        Arguments.of("An office of the Ohio attorney general has not opened an investigation.",
            "The Texas attorney general's office has opened an investigation."),
        // a verb after "to" is a plan or talks, not a deed, in close claims too
        Arguments.of("Gary Ross in negotiations to direct 'The Hunger Games' sequel",
            "Gary Ross Won't Direct 'Hunger Games' Sequel"),
        // a denial since a time denies a stretch, which "the first time since" denies too;
        // a claim that gives no date does not set the event in it
        Arguments.of("It was the first time since 2009 that the budget passed by a single vote.",
            "Its budget has not passed on a one-vote margin since 2009."),
        Arguments.of("The team has won the league title.",
            "The team has not won the league title since 1998."),
        // nor does one that dates it at or before the stretch's start: the last time
        Arguments.of("The team won the league title in 1990.",
            "The team has not won the league title since 1998."),
        Arguments.of("The team won the league title in 1998, beating Leeds in the final.",
            "The team has not won the league title since 1998."),
        // one that dates it inside the stretch disagrees on the year it last happened, which
        // the temporal finding tells
        Arguments.of("The team last won the title in 2003.",
            "The team has not won the title since 1998."),
        // a light verb whose noun the other claim does not state denies nothing it states
        Arguments.of("The agency has not issued a permit for the plant.",
            "The agency inspected the plant last week."),
        // a content word right before the negation is another verb: "pleaded not guilty"
        Arguments.of("He pleaded not guilty to the charges.", "He was found guilty of the charges."),
        Arguments.of("The company agreed to pay the fine on Monday.",
            "The company did not pay the fine on Monday."),
        // "rather than" and "instead of" deny what follows them: it is no assertion
        Arguments.of("The airline leased the new jets rather than buying them outright.",
            "The airline did not buy the new jets outright."),
        Arguments.of("Police questioned the driver instead of arresting him at the scene.",
            "Police did not arrest the driver at the scene."),
        // a pronoun and one verb: too little for the two claims to be compared
        Arguments.of("He was not charged.", "He was charged."),
        // a second predicate: another pronoun, a subject of its own, another first predicate
        Arguments.of("She was detained at the airport and was not charged.",
            "Police said he was detained and charged with smuggling."),
        Arguments.of("He was detained at the airport and his driver was not charged.",
            "Police said he was detained and charged with smuggling."),
        Arguments.of("He was questioned by detectives and was not charged.",
            "He was arrested and charged with theft."),
        // "it" names nothing the other claim restates
        Arguments.of("It was inspected in May and was not repaired.",
            "Officials said it was inspected and repaired."),
        // two negations in one clause; a modal in the clause of what the other claim states
        Arguments.of("No one said the mayor did not attend the ceremony.",
            "The mayor attended the ceremony."),
        Arguments.of("The mayor did not attend the ceremony.",
            "The mayor may have attended the ceremony, and the council voted."),
        Arguments.of("The mayor said the city would not pay for the repairs.",
            "The mayor said the city could pay for the repairs."),
        // a subject owned by a possessive alone against a subject that names no one
        Arguments.of("Its shares are not traded on the Harbour exchange.",
            "Share trading on the Harbour exchange came to a halt for three hours."),
        Arguments.of("Its shares are not traded on the Harbour exchange.",
            "Analysts said their shares are traded on the Harbour exchange."),
        // a denial in a condition, a question, or "not only" states no fact
        Arguments.of("If he was detained at the airport and not charged, he would be freed.",
            "Police said he was detained and charged with smuggling."),
        Arguments.of("He would be freed if he was detained and not charged.",
            "Police said he was detained and charged with smuggling."),
        Arguments.of("Was he detained at the airport and not charged?",
            "Police said he was detained and charged with smuggling."),
        Arguments.of("He was not only detained at the airport but charged.",
            "Police said he was detained and charged with smuggling."),
        // across voice: another person, whose noun ends the phrase ("the chauffeur's son")
        Arguments.of("Officers searched the villa; the mayor's chauffeur was not questioned.",
            "Officers questioned the mayor's chauffeur's son at the villa."),
        // across voice: who tells it is no part of the thing, a pronoun is no thing
        Arguments.of("Officers searched the villa, and he was not questioned.",
            "Officers questioned the mayor's chauffeur at the villa."),
        // across voice: a verb before "to" and another deed, whose time is what is denied
        Arguments.of("The spokeswoman said she expected the trial to begin no earlier than 2027.",
            "The spokeswoman said the trial was not expected to open before 2027."),
        // across voice: what would not have been, had something else been so, is no fact
        Arguments.of("The club would not have released the striker if he had been fit.",
            "The striker has been released by the club, the manager said."),
        Arguments.of("Coach Ines Marlow said the club would not have released the striker if he"
            + " had been fit.", "The striker has been released by the club."),
        // "rules out" denies what follows it, as the other claim's "would not" does
        Arguments.of("He said his department had not ruled out improving the offer on staffing"
                + " but would not reopen pay.",
            "Nurses to walk out as minister rules out reopening pay"),
        // the deed as a noun: against another thing, under a modal, or itself denied
        Arguments.of("The driver has not been charged.",
            "Charges have been filed against the company that owns the lorry."),
        Arguments.of("The driver has not been charged.",
            "Charges could be brought against the driver next week."),
        Arguments.of("The driver has not been charged.",
            "No charges have been filed against the driver."),
        // across voice: the asserted verb itself denied by "yet to"
        Arguments.of("Navy divers have not recovered the black box from the wreck.",
            "The black box had yet to be recovered from the wreck, the navy said."),
        // "non-" denies the word it is joined to
        Arguments.of("Both climbers were taken to hospital with non-life-threatening injuries.",
            "Both climbers were taken to hospital, and their injuries were not"
                + " life-threatening."),
        // a verb done too little agrees with its denial
        Arguments.of("The state safety board fined the firm $40,000 in 2020 for failing to inspect"
            + " its fire sprinkler systems, though it was unclear whether that was linked to"
            + " Monday's fire.",
            "Regulators fined Harlan $40,000 five years ago over poorly inspected fire sprinkler"
            + " systems."),
        // another subject: the passenger, not the driver
        Arguments.of("The driver was not charged.", "The passenger was charged."),
        // the subject restated with more: the driver's brother
        Arguments.of("The driver was not charged.", "The driver's brother was charged."),
        // two parts of a poll, told apart by their numbers
        Arguments.of("In the poll, 40% said the economy was not improving.",
            "In the poll, 60% said the economy was improving."),
        // a state that changed over time: both are true
        Arguments.of("The road was closed after the crash.", "The road reopened on Thursday."),
        // "without" before a manner denies the manner, not the event
        Arguments.of("The suspect was arrested without incident.", "The suspect was arrested."),
        // what befell someone else
        Arguments.of("The driver was released without charge.", "The passenger was charged."),
        // both deny
        Arguments.of("The driver was not charged.", "The driver was not charged, police said."),
        // the speaker's words restated, the subject not
        Arguments.of("The suspect was not armed, police said.",
            "Police said the driver was armed."),
        // "no" of a noun the other claim says less of, or says it with more of its own
        Arguments.of("The driver has no criminal record.", "The driver has a record of fines."),
        Arguments.of("No warning was issued before the second flood.",
            "Officials issued a warning before the flood."),
        Arguments.of("No ransom was paid, the family said.",
            "The family said it might pay a ransom."),
        // the other claim names a time or a number of its own: another event may be meant
        Arguments.of("No ransom was paid.", "In a 2015 kidnapping, the family paid a ransom."),
        Arguments.of("No decision has been made on the layoffs.",
            "A decision on the layoffs was made last year."),
        Arguments.of("No ransom was paid, the family said.",
            "The family said it did not pay a ransom."),
        // "no" of a noun the other claim determines, counts or grades otherwise, or says of
        // another raid, another shooter or another time
        Arguments.of("No shots were fired during the arrest.",
            "The shots were fired during the arrest."),
        Arguments.of("Police said no charges had been laid.",
            "Police said the charges had been laid."),
        Arguments.of("No shots were fired during the arrest.",
            "Two shots were fired during the arrest."),
        Arguments.of("Most of the villages have no access to the road.",
            "Most of the villages lack access to the road."),
        Arguments.of("No serious injuries were reported at the depot.",
            "Minor injuries were reported at the depot."),
        Arguments.of("No shots were fired during the second raid.",
            "Shots were fired during the raid."),
        Arguments.of("No shots were fired by the police.", "Shots were fired by the gunmen."),
        Arguments.of("No arrests were made on Friday.", "Arrests were made on Saturday."),
        // "whether" after a verb of telling: a reporting negation denies nothing of the question
        Arguments.of("The retailer did not say whether it would sell its flagship store.",
            "The retailer said it would sell its flagship store."),
        // one verb of two direct objects, or of two complements that open with other words,
        // is two deeds
        Arguments.of("The minister did not visit the hospital.",
            "The minister visited the school."),
        Arguments.of("\"We are not asking for a fortune,\" the union leader said.",
            "\"We are asking to be paid for the hours we work,\" the union leader said."),
        // a denial in a clause of its own denies only its clause's words
        Arguments.of("The club said no formal complaint had been received, and a complaint was"
                + " not expected.",
            "The club said a formal complaint was expected."),
        Arguments.of("The regulator said no criminal investigation had been opened and that the"
                + " chairman was not suspected.",
            "The regulator said a criminal investigation into the chairman had been opened in"
                + " 2019."),
        Arguments.of("No shots were fired during the arrest.",
            "Officers denied that shots were fired during the arrest."),
        Arguments.of("No shots were fired during the arrest.",
            "Shots were not fired during the arrest, police said."),
        // both deny, one in a clause of its own
        Arguments.of("The state agency has not yet completed its review of the tunnel.",
            "The state agency visited the site and has not completed its review of the tunnel."),
        // "not ... until" or "before" a date says when the event comes, not that it does not
        Arguments.of("The council will not vote on the zoning plan until March 3.",
            "The council will vote on the zoning plan on March 10."),
        Arguments.of("The bridge will not reopen to traffic before Monday.",
            "The bridge will reopen to traffic on Monday."),
        Arguments.of("Investigators did not reach the wreck until after 6 a.m.",
            "Investigators reached the wreck shortly after 6 a.m."),
        // a determiner is no name, but the names must still be the same
        Arguments.of("The referee Tom Ashby was not suspended.",
            "Referee Tim Ashford was suspended."),
        // an irregular past of another subject, or of another verb
        Arguments.of("The groom did not fall ill after the banquet.",
            "The bride fell ill after the banquet."),
        Arguments.of("The shipping company did not pay the fine.",
            "The shipping company fought the fine."),
        // what should not or may not happen is no denial that it did
        Arguments.of("The agency said it should not send a team.",
            "The agency said it was sending a team."),
        Arguments.of("The agency said it may not send a team.",
            "The agency said it was sending a team."),
        // a negation that quantifies the subject reaches past "has yet": both deny the charge
        Arguments.of("None of the four suspects has yet been formally charged, police said.",
            "The four have not yet been formally charged, police said."),
        Arguments.of("None of the four suspects has yet been formally charged.",
            "The four suspects have yet to be formally charged."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("silent")
  void noDenial(String left, String right) {
    assertThat(polarity(left, right)).isEmpty();
  }
}
