package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import dev.parallax.Parallax;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The attribute check on small article pairs: a place, a role or a speaker given differently,
 * with the exact evidence on each side, and agreement that only looks different (a finer or
 * coarser place, synonyms, an abbreviated title, a person named by role, two quotations of one
 * speaker), which must stay silent.
 */
class AttributeCheckTest {
  private static final Parallax PX = Parallax.standard();

  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  /** The attribute contradictions between the articles, as the standard pipeline aligns them. */
  private static List<Contradiction> attributes(Article... articles) {
    return CheckCases.found(Kind.ATTRIBUTE, articles);
  }

  // ---------------------------------------------------------------------------------------------
  // clashes: aspect, left evidence, right evidence, left text, right text
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("home", "Minneapolis", "Bloomington",
            "According to police, Anthony LaSalle, 36, of Minneapolis, was driving the car.",
            "Police stopped Anthony Phillip LaSalle, 36, of Bloomington, after the crash."),
        Arguments.of("role", "airline spokesman", "general counsel",
            "The jet had been inspected in March, airline spokesman Victor Amari said.",
            "The jet had been inspected in March, the airline's general counsel, Victor Amari,"
                + " said."),
        Arguments.of("role", "press secretary", "Chief Financial Officer",
            "Its press secretary, Lena Hart, said the payments were made on time.",
            "Chief Financial Officer Lena Hart said the payments were made on time."),
        Arguments.of("home", "Tucson", "Flagstaff",
            "The hiker, Rosa Delgado, 52, of Tucson, was found alive on Sunday.",
            "The hiker, Rosa Delgado, 52, who lives in Flagstaff, was found alive on Sunday."),
        Arguments.of("home", "Leeds", "Sheffield",
            "The driver, Tom Ellery, 47, a resident of Leeds, was arrested at the scene.",
            "The driver, Tom Ellery, 47, from Sheffield, was arrested at the scene."),
        // "from" after a description in apposition, the age before it or in it
        Arguments.of("home", "Cardiff", "Swansea",
            "A third candidate, Owen Tilsley, 38, a primary school teacher from Cardiff, took"
                + " 12,614 votes.",
            "Owen Tilsley, a 38-year-old primary teacher from Swansea, finished a distant"
                + " second."),
        Arguments.of("home", "Pleven", "Ruse",
            "The youngest deputy, Ralitsa Ivanova, 22, a law student from the northern city of"
                + " Pleven, was elected.",
            "At the other end of the age range was Ralitsa Ivanova, 22, a law student from Ruse"
                + " in northern Bulgaria."),
        Arguments.of("home", "Porthcawl", "Bridgend",
            "The driver, Nia Rowlands, 45, a care worker from nearby Porthcawl, was unhurt.",
            "The driver, Nia Rowlands, 45, of Bridgend, escaped without injury."),
        // a home with no age: a lead that says a home by itself, or a place "nearby"
        Arguments.of("home", "Dunmore", "Scranton",
            "Firefighters pulled Helen Kowal, who lived in Dunmore, from the burning house.",
            "Firefighters pulled Helen Kowal, 81, of Scranton, from the burning house."),
        // the story's own town named elsewhere does not hold a town "nearby"
        Arguments.of("home", "Marana", "Tucson",
            "The bank in Tucson was robbed on Friday. Police arrested Ana Ruiz, of nearby"
                + " Marana, on Saturday.",
            "The bank was robbed on Friday. Police arrested Ruiz, who lives in Tucson, on"
                + " Saturday."),
        // the nationality of a person described by age and sex
        Arguments.of("nationality", "41-year-old woman from Portugal", "Spanish woman, 41",
            "The climbers who died were a 41-year-old woman from Portugal and her guide.",
            "The dead were a Spanish woman, 41, and a mountain guide."),
        Arguments.of("nationality", "63-year-old Dutch tourist", "63-year-old man from Belgium",
            "A 63-year-old Dutch tourist drowned off the beach on Tuesday.",
            "A 63-year-old man from Belgium drowned off the beach on Tuesday."),
        Arguments.of("nationality", "Amara Ndiaye, a Senegalese",
            "Amara Ndiaye, an astronomer from Ghana",
            "Amara Ndiaye, a Senegalese astronomer, spotted the asteroid on Monday.",
            "Amara Ndiaye, an astronomer from Ghana, spotted the asteroid on Monday."),
        Arguments.of("nationality", "Viktor Hallberg, 36, originally from Norway",
            "Viktor Hallberg, 36, a Danish",
            "Viktor Hallberg, 36, originally from Norway, runs the ferry to the island.",
            "Viktor Hallberg, 36, a Danish skipper, runs the ferry to the island."),
        Arguments.of("nationality", "A retired Swiss banker, Anton Keller",
            "Anton Keller, an Austrian",
            "A retired Swiss banker, Anton Keller, bought the painting on Friday.",
            "Anton Keller, an Austrian collector, bought the painting on Friday."),
        Arguments.of("nationality", "29-year-old New Zealander", "Australian man, 29",
            "Rescuers found the body of a 29-year-old New Zealander near the summit.",
            "Rescuers found the body of an Australian man, 29, near the summit."),
        // the means of an escape
        Arguments.of("getaway", "fled on foot", "escaped in a white pickup",
            "The two men grabbed the cash box and fled on foot, police said.",
            "The two men grabbed the cash box and escaped in a white pickup, police said."),
        Arguments.of("getaway", "sped away on two mopeds", "fled from the scene by boat",
            "The raiders sped away on two mopeds toward the harbour.",
            "The raiders fled from the scene by boat toward the harbour."),
        // the town where the hurt were taken
        Arguments.of("hospital town", "rushed to hospitals in Dayton",
            "taken to Mercy Hospital in Lima",
            "The storm injured four people, who were rushed to hospitals in Dayton.",
            "Four people were hurt and taken to Mercy Hospital in Lima, the sheriff said."),
        // the means between the verb and "to", and a ward that stands for a hospital
        Arguments.of("hospital town", "flown by medical helicopter to a hospital in Toledo",
            "airlifted to a specialist burn unit in Columbus",
            "Two of the workers were flown by medical helicopter to a hospital in Toledo.",
            "Two of the workers were airlifted to a specialist burn unit in Columbus."),
        // the airlifted compared though the rest went elsewhere by road
        Arguments.of("hospital town", "airlifted to a hospital in Toledo",
            "flown to a hospital in Columbus",
            "One man was airlifted to a hospital in Toledo. The others were taken to hospitals"
                + " in Lima.",
            "One man was flown to a hospital in Columbus."),
        // a town's noun in its name names the town, not an area that may hold the other
        Arguments.of("hospital town", "taken to hospitals in Quebec City",
            "taken to hospitals in Montreal",
            "The injured were taken to hospitals in Quebec City, police said.",
            "The injured were taken to hospitals in Montreal, police said."),
        // two hospitals named without their town
        Arguments.of("hospital town", "taken to St. Brendan's hospital",
            "taken to the Riverside Memorial hospital",
            "The cyclist was taken to St. Brendan's hospital after the crash.",
            "After the crash the cyclist was taken to the Riverside Memorial hospital."),
        // the nationality of a named person
        Arguments.of("nationality", "Canadian skier Ana Ruiz", "Ana Ruiz, an American skier",
            "Canadian skier Ana Ruiz won the downhill on Saturday.",
            "Ana Ruiz, an American skier, won the downhill on Saturday."),
        Arguments.of("nationality", "Marta Kowalczyk, a 33-year-old Pole",
            "Czech climber Marta Kowalczyk",
            "Marta Kowalczyk, a 33-year-old Pole, led the team to the summit.",
            "Czech climber Marta Kowalczyk led the team to the summit."),
        // "the" before the people's word, before the name or in apposition after it; a
        // dateline's country names where the report was filed, not the referee's country
        Arguments.of("nationality", "Swiss guide Davide Rinaldi", "Austrian guide Davide Rinaldi",
            "The Swiss guide Davide Rinaldi led the group onto the glacier.",
            "The Austrian guide Davide Rinaldi led the group onto the glacier."),
        Arguments.of("nationality", "Referee Alan Petrie, a Scot", "Alan Petrie, the Irish",
            "Referee Alan Petrie, a Scot, waved the contest off in the 11th round.",
            "HALVERSTON, England, March 16 (Tideway News) - Alan Petrie, the Irish referee,"
                + " waved the contest off in the 11th round."),
        // a country's name after a name and "of", as results and dispatches write it
        Arguments.of("nationality", "Marta Novak of Poland", "Marta Novak, a 31-year-old Czech",
            "Second-seeded Marta Novak of Poland won the final in straight sets on Sunday.",
            "Marta Novak, a 31-year-old Czech, won the final in straight sets on Sunday."),
        Arguments.of("nationality", "Spanish cyclist Pablo Ortega", "Pablo Ortega of Portugal",
            "Spanish cyclist Pablo Ortega took the stage after a late attack.",
            "Pablo Ortega of Portugal took the stage after a late attack."),
        // a country's possessive or a people's word right before the name, and an age between
        // the name and its people's word, as results and dispatches write them
        Arguments.of("nationality", "Morocco's Youssef Amrani", "Youssef Amrani of Egypt",
            "Morocco's Youssef Amrani took the 10,000 metres title on Friday.",
            "Youssef Amrani of Egypt took the 10,000 metres title on Friday."),
        Arguments.of("nationality", "Tanzanian Grace Mollel", "Grace Mollel, a Kenyan",
            "Tanzanian Grace Mollel led from the gun and won by a minute.",
            "Grace Mollel, a Kenyan, led from the gun and won by a minute."),
        Arguments.of("nationality", "Dane Mikkel Holm", "Mikkel Holm, a Dutchman",
            "The visitors, coached by Dane Mikkel Holm, scored twice late on.",
            "Mikkel Holm, a Dutchman, watched his visitors score twice late on."),
        Arguments.of("nationality", "Lena Vogt, 38, a German tourist",
            "Lena Vogt, a 38-year-old Austrian",
            "\"The water came in at once,\" said Lena Vogt, 38, a German tourist.",
            "\"The water came in at once,\" said Lena Vogt, a 38-year-old Austrian."),
        // another runner's country in one article says nothing of this runner's
        Arguments.of("nationality", "Rosa Quispe of Peru", "Rosa Quispe of Chile",
            "Rosa Quispe of Peru won the women's race, ahead of Ana Soto of Chile.",
            "Rosa Quispe of Chile won the women's race, with Ana Soto second."),
        Arguments.of("place", "about 90 nautical miles north of Mogadishu",
            "90 nautical miles south of Mogadishu",
            "Gunmen in two skiffs fired on the cargo ship Marlin about 90 nautical miles north"
                + " of Mogadishu, the navy said.",
            "Gunmen in two skiffs fired on the cargo ship Marlin 90 nautical miles south of"
                + " Mogadishu, the navy said."),
        Arguments.of("place", "40 kilometres (25 miles) west of the town of Padang",
            "25 miles north of Padang",
            "The epicentre of the quake lay 40 kilometres (25 miles) west of the town of Padang,"
                + " seismologists said.",
            "The epicentre of the quake lay 25 miles north of Padang, seismologists said."),
        // one distance from the report's own town, named by a common noun, in two directions
        Arguments.of("place", "about 12 miles east of the town",
            "some 19 kilometres (12 miles) west of the town",
            "A gas pipeline ruptured about 12 miles east of the town, county officials said.",
            "A gas pipeline ruptured some 19 kilometres (12 miles) west of the town, county"
                + " officials said."),
        Arguments.of("place", "8 miles north of downtown Carlow", "8 miles south of downtown",
            "The chemical plant that caught fire sits 8 miles north of downtown Carlow.",
            "The chemical plant that caught fire sits 8 miles south of downtown."),
        // one thing placed on two sides of one place, in claims that share little else: the
        // noun the direction places, or the noun whose preposition leads to it
        Arguments.of("place", "west of Millbrook", "east of the town of Millbrook",
            "Crews battled a wildfire in the ravines west of Millbrook through the night.",
            "A wildfire in the canyons east of the town of Millbrook had burned 900 acres by"
                + " Monday, officials said."),
        // a named organisation given two countries, in apposition or before its name
        Arguments.of("nationality", "Aquaform, a Canadian manufacturer",
            "Aquaform, the Dutch company",
            "The slide was built by Aquaform, a Canadian manufacturer whose slides operate at more"
                + " than 200 parks.",
            "Aquaform, the Dutch company that built the slide, said its engineers were on their"
                + " way."),
        Arguments.of("nationality", "Danish partner Nordvind A/S",
            "Swedish partner, Nordvind A/S",
            "The farm was developed by Havlys Energi and its Danish partner Nordvind A/S.",
            "Havlys Energi and its Swedish partner, Nordvind A/S, plan to build the farm."),
        // a person named after "for" is a person, not a place ("for Colin Averett, the ...")
        Arguments.of("role", "Fisheries Minister", "environment minister",
            "A spokesman for Fisheries Minister Colin Averett declined to say whether the beach"
                + " would be added.",
            "A spokesman for Colin Averett, the state's environment minister, declined to say"
                + " whether the beach would now be added."),
        // "the city centre" is the report's own place, as "downtown" is
        Arguments.of("place", "about 5 miles (8 km) south of the city centre",
            "eight kilometres west of the city centre",
            "The van was taken from a yard in Thornleigh, about 5 miles (8 km) south of the city"
                + " centre, police said.",
            "Police said the van was stolen from a yard in Thornleigh, eight kilometres west of"
                + " the city centre."),
        Arguments.of("place", "north of downtown", "south of downtown",
            "Power failed across the city after a fire at a warehouse north of downtown.",
            "Firefighters spent Tuesday at the warehouse south of downtown where the blaze"
                + " started."),
        // one distance from a named town and from "the town" of a report that names it
        Arguments.of("place", "about 4 km east of Varenna",
            "some 2.5 miles (4 km) west of the town",
            "The ferry ran aground about 4 km east of Varenna, the coast guard said.",
            "A ferry from Varenna ran aground on Sunday. The ferry, stuck some 2.5 miles (4 km)"
                + " west of the town, was towed off at dawn."),
        Arguments.of("place", "eastern Oklahoma", "western Oklahoma",
            "A jury in eastern Oklahoma convicted the rancher of both murders on Friday.",
            "A jury in western Oklahoma convicted the rancher of both murders on Friday."),
        Arguments.of("role", "Assistant District Attorney", "District Attorney",
            "Assistant District Attorney Maria Lopez told jurors the robbery had been planned"
                + " for weeks.",
            "District Attorney Maria Lopez told jurors the robbery had been planned for weeks."),
        Arguments.of("role", "deputy director of the Water Authority",
            "director of the Water Authority",
            "Daniel Moore, the deputy director of the Water Authority, resigned on Monday after"
                + " the audit.",
            "Daniel Moore, the director of the Water Authority, resigned on Monday after the"
                + " audit."),
        Arguments.of("role", "vice president", "president",
            "Helen Park was vice president of the union when the strike began in the spring.",
            "Helen Park was president of the union when the strike began in the spring."),
        // a number closes the name of the organisation: "Local 418"
        Arguments.of("role", "President", "vice president of Local 418",
            "Local 418 President Denise Hollings said the union would not back down.",
            "Denise Hollings, vice president of Local 418, said the union would not back down."),
        Arguments.of("role", "CFO", "COO",
            "CFO Karen Hill presented the quarterly results to investors in Boston.",
            "COO Karen Hill presented the quarterly results to investors in Boston."),
        // the offices of a court case are held by different people
        Arguments.of("role", "Prosecutor", "County Sheriff",
            "He was charged with kidnapping. Prosecutor Andrew Pike said more charges were"
                + " likely.",
            "He faces kidnapping charges. County Sheriff Andrew Pike said more charges were"
                + " likely."),
        // who audits the accounts is not who prosecutes what the audit found
        Arguments.of("role", "Auditor General", "Prosecutor",
            "Auditor General Lars Quinten told reporters on Tuesday that the problems were"
                + " serious.",
            "Prosecutor Lars Quinten told reporters on Tuesday that the problems were serious."),
        Arguments.of("role", "County Auditor", "Deputy County Auditor",
            "County Auditor Marisol Vega said the count was complete.",
            "The count was complete, said Deputy County Auditor Marisol Vega."),
        Arguments.of("role", "chief executive", "finance director of SCH",
            "SCH chief executive Tomasz Wrona said the mine would stay closed.",
            "Tomasz Wrona, finance director of SCH, said the mine would stay closed."),
        // the heads of a town, its fire service and a school are different people
        Arguments.of("role", "Mayor", "Fire Chief",
            "Mayor Ruth Adler said every damaged house had been searched by Tuesday morning.",
            "Fire Chief Ruth Adler said crews had searched every damaged house by Tuesday."),
        Arguments.of("role", "Governor", "Mayor",
            "Governor Sam Keller declared a state of emergency for the county on Friday.",
            "Mayor Sam Keller declared a state of emergency for the county on Friday."),
        Arguments.of("role", "Deputy Mayor", "Mayor",
            "Deputy Mayor Ines Varga said the bridge would stay closed until the inspection.",
            "The bridge will stay closed until the inspection, said Mayor Ines Varga."),
        // the name after an office in apposition, closing the claim or after its organisation
        Arguments.of("role", "Mayor", "deputy mayor",
            "Mayor Rosaria Mendola told reporters that the whole town was in mourning.",
            "The whole town is in mourning, said the deputy mayor, Rosaria Mendola."),
        Arguments.of("role", "Mayor", "deputy mayor of San Virgilio",
            "Mayor Rosaria Mendola told reporters that the whole town was in mourning.",
            "The deputy mayor of San Virgilio, Rosaria Mendola, told reporters that the whole"
                + " town was in mourning."),
        Arguments.of("role", "Principal", "Assistant Principal",
            "Classes were cancelled for the week, Principal Omar Haddad told parents on Monday.",
            "Assistant Principal Omar Haddad told parents on Monday that classes were cancelled"
                + " for the week."),
        // a player's position in a game report
        Arguments.of("role", "defender", "midfielder",
            "Rovers took the lead in the 18th minute through defender Tomas Breck.",
            "Rovers went ahead after 18 minutes through midfielder Tomas Breck."),
        // a company's possessive between the comma and the office
        Arguments.of("role", "chief executive", "chief financial officer",
            "\"We can serve every warehouse on the planet,\" Norvane chief executive Dana"
                + " Whitlock said in a statement.",
            "\"We can serve every warehouse on the planet,\" said Dana Whitlock, Norvane's chief"
                + " financial officer."),
        // where a place lies in its country
        Arguments.of("place", "northern province of Kessa", "Kessa, a southern province",
            "Health officials confirmed 214 cases of cholera in the northern province of Kessa.",
            "The ministry said 214 cholera cases had been confirmed in Kessa, a southern"
                + " province."),
        // "chief" before a noun makes one office of the two; whose office it is may stand between
        Arguments.of("role", "chief epidemiologist", "deputy chief epidemiologist",
            "Dr. Amina Yusuf, the ministry's chief epidemiologist, said the disease spread"
                + " through two wells.",
            "The disease spread from two wells, said Dr. Amina Yusuf, the deputy chief"
                + " epidemiologist at the ministry."),
        // an officer's title names its field: each field is an office of its own
        Arguments.of("role", "chief information officer", "Chief operating officer",
            "Lena Fox, the bank's chief information officer, said the outage began at noon.",
            "Chief operating officer Lena Fox said the outage began at noon."),
        Arguments.of("role", "chief risk officer", "chief financial officer",
            "The loans will be written off, said Tariq Aziz, the lender's chief risk officer.",
            "The loans will be written off, said Tariq Aziz, the lender's chief financial"
                + " officer."),
        // two offices joined by "and" in one apposition; a title of address opens the name
        Arguments.of("role", "chief executive", "chief medical officer",
            "The ward closed on Monday, said Dr. Omar Haddad, the clinic's president and chief"
                + " executive.",
            "Its chief medical officer, Dr. Omar Haddad, said the ward closed on Monday."),
        Arguments.of("role", "chief executive", "general counsel",
            "Its chief executive, Ms. Irene Walsh, said the bid had been withdrawn.",
            "Its general counsel, Ms. Irene Walsh, said the bid had been withdrawn."),
        Arguments.of("role", "U.S. District Judge", "state District Judge",
            "The fraud trial was overseen by U.S. District Judge Ann Price, who set the"
                + " sentencing for March.",
            "The fraud trial was overseen by state District Judge Ann Price, who set the"
                + " sentencing for March."),
        Arguments.of("speaker", "Mark Ellis", "Ryan Cole",
            "\"We are heartbroken by the loss of a friend and a teammate,\" coach Mark Ellis"
                + " said on Sunday.",
            "\"We are heartbroken by the loss of a friend and a teammate,\" team captain Ryan"
                + " Cole said on Sunday."),
        // the other article names the first speaker elsewhere, as stories name whom they are about
        Arguments.of("speaker", "Delgado", "Tom Rivera",
            "Senator Maria Delgado will retire. \"It is time for a new generation to lead this"
                + " district,\" Delgado said.",
            "Senator Maria Delgado will retire. \"It is time for a new generation to lead this"
                + " district,\" said her chief of staff, Tom Rivera."),
        // both articles name both people, but two do not say one long sentence word for word
        Arguments.of("speaker", "Ferreira", "Barrow",
            "Incident commander Luis Ferreira said winds would rise. Sheriff Colleen Barrow said"
                + " roads were closed. \"This fire is moving faster than anything we have seen in"
                + " this county in a decade,\" Ferreira said.",
            "Sheriff Colleen Barrow said roads were closed. Luis Ferreira leads the crews."
                + " \"This fire is moving faster than anything we have seen in this county in a"
                + " decade,\" Barrow said."),
        Arguments.of("speaker", "Laura Diaz", "Tom Becker",
            "\u201cThe bridge will stay closed until every cable has been inspected,\u201d said"
                + " Laura Diaz, the county engineer.",
            "\u201cThe bridge will stay closed until every cable has been inspected,\u201d said"
                + " Tom Becker, a spokesman for the county."),
        // a sentence told of others, of 8 words or more, given to two speakers that both
        // reports name (a group's "we" needs more)
        Arguments.of("speaker", "Moreau-Dutel", "Marchal",
            "Captain Claire Moreau-Dutel and owner Etienne Marchal spoke. \"They are"
                + " professionals who know the wine market well,\" Moreau-Dutel said.",
            "Owner Etienne Marchal and Captain Claire Moreau-Dutel spoke. \"They are"
                + " professionals who know the wine market well,\" Marchal said."),
        // a speaker with an aside set off by commas before the speech verb, name or office first
        Arguments.of("speaker", "Anna Pike", "Rob Vance",
            "\"The river will crest overnight and we expect more homes to flood,\" said Anna Pike,"
                + " the county's emergency manager.",
            "\"The river will crest overnight and we expect more homes to flood,\" Rob Vance, the"
                + " town's fire chief, told reporters."),
        // an office in lower case before the name, and an age set off after it
        Arguments.of("speaker", "Ruth Okonkwo-Bailey", "Gillian Tremblay",
            "\"This is the worst flooding our system has seen in its history,\" chief executive"
                + " Ruth Okonkwo-Bailey, 51, told reporters.",
            "\"This is the worst flooding our system has seen in its history,\" said Gillian"
                + " Tremblay, the city's mayor."),
        // a speech verb a few words before the colon that opens the quotation
        Arguments.of("speaker", "Paula Wren", "Omar Diaz",
            "\"Every passenger has been accounted for and the ship is stable,\" the line's"
                + " director, Paula Wren, said.",
            "Its spokesman, Omar Diaz, said in a statement: \"Every passenger has been accounted"
                + " for and the ship is stable.\""),
        // an office with "of" inside it before the name
        Arguments.of("speaker", "Ivo Marsh", "Lina Borg",
            "\"The border will stay closed until further notice,\" army chief of staff General"
                + " Ivo Marsh told reporters.",
            "Defence Minister Lina Borg said: \"The border will stay closed until further"
                + " notice.\""),
        // a named person's country after the apposition's noun, an unnamed one's after "aged"
        Arguments.of("nationality", "Piotr Zielinski, a 39-year-old Polish",
            "Piotr Zielinski, 39, a mountain guide from Slovakia",
            "Rescuers flew out Piotr Zielinski, a 39-year-old Polish mountain guide, on Sunday.",
            "Rescuers flew out Piotr Zielinski, 39, a mountain guide from Slovakia, on Sunday."),
        Arguments.of("nationality", "24-year-old Irish student", "Dutch student aged 24",
            "The only passenger was a 24-year-old Irish student.",
            "The only passenger was a Dutch student aged 24."),
        // a government minister holds no regional office
        Arguments.of("role", "Regional Governor", "Transport Minister",
            "Regional Governor Ana Ruiz declared a state of emergency on Friday.",
            "Transport Minister Ana Ruiz declared a state of emergency on Friday."),
        Arguments.of("role", "Interior Minister", "Deputy Interior Minister",
            "Interior Minister Pavel Orlov said 43 people were detained.",
            "Deputy Interior Minister Pavel Orlov said 43 people were detained."),
        // one person holds one field of an office
        Arguments.of("role", "Interior Minister", "Justice Minister",
            "Interior Minister Tomas Brandl said the government respects the ruling.",
            "Justice Minister Tomas Brandl said the government respects the ruling."),
        Arguments.of("role", "climate minister", "finance minister",
            "The conference was chaired by Vestmark's climate minister, Annika Solberg-Dahl.",
            "The conference was chaired by Vestmark finance minister Annika Solberg-Dahl."),
        // where one journey began, and where it was bound from one start
        Arguments.of("origin", "Tarifa", "Algeciras",
            "The ferry ran aground off Tangier at dawn on a crossing from Tarifa with 210 people"
                + " aboard.",
            "The ferry ran aground off Tangier at dawn as it arrived from Algeciras with 210"
                + " people aboard."),
        Arguments.of("destination", "Singapore", "Mumbai",
            "The tanker was sailing from Basra to Singapore when its engine failed.",
            "The tanker was sailing from the Iraqi port of Basra to Mumbai when its engine"
                + " failed."),
        // the flag of one named vessel, and the one flag each article gives
        Arguments.of("flag", "Maltese-flagged", "Cypriot-flagged",
            "The Maltese-flagged tanker Sea Lark collided with the trawler Blue Fin.",
            "The Cypriot-flagged Sea Lark collided with the trawler Blue Fin."),
        Arguments.of("flag", "Liberian flag", "Panamanian-registered",
            "The freighter, which flies the Liberian flag, lost power off the cape.",
            "The Panamanian-registered freighter lost power off the cape."));
  }

  @ParameterizedTest(name = "{0}: {1} / {2}")
  @MethodSource("clashes")
  void clash(String aspect, String leftEvidence, String rightEvidence, String left,
      String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = attributes(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.kind()).isEqualTo(Kind.ATTRIBUTE);
    assertThat(c.leftEvidence().text()).isEqualTo(leftEvidence);
    assertThat(c.rightEvidence().text()).isEqualTo(rightEvidence);
    assertThat(c.leftValue()).isEqualTo(leftEvidence);
    assertThat(c.rightValue()).isEqualTo(rightEvidence);
    assertThat(c.explanation()).startsWith("A outlet gives the " + aspect + " as \""
        + leftEvidence + "\"; B outlet gives it as \"" + rightEvidence + "\".");
    assertThat(c.confidence()).isBetween(0.5, 1.0);
    assertThat(left.substring(c.leftEvidence().start(), c.leftEvidence().end()))
        .isEqualTo(leftEvidence);
    assertThat(right.substring(c.rightEvidence().start(), c.rightEvidence().end()))
        .isEqualTo(rightEvidence);

    // symmetric: the articles in reverse order give the same finding, sides swapped
    List<Contradiction> reversed = attributes(b, a);
    assertThat(reversed).hasSize(1);
    Contradiction r = reversed.get(0);
    assertThat(r.leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(r.rightEvidence()).isEqualTo(c.leftEvidence());
    assertThat(r.confidence()).isEqualTo(c.confidence());

    // an article against itself, or against a copy of itself, gives none
    assertThat(attributes(a, a)).isEmpty();
    assertThat(attributes(a, article("c", left))).isEmpty();
  }

  @Test
  void explanationsNameWhatTheyCompare() {
    Article a = article("a", "Gunmen in two skiffs fired on the cargo ship Marlin about 90"
        + " nautical miles north of Mogadishu, the navy said.");
    Article b = article("b", "Gunmen in two skiffs fired on the cargo ship Marlin 90 nautical"
        + " miles south of Mogadishu, the navy said.");
    assertThat(attributes(a, b).get(0).explanation())
        .endsWith("The two directions from Mogadishu are 180 degrees apart.");
    Article c = article("c", "Daniel Moore, the deputy director of the Water Authority,"
        + " resigned on Monday after the audit.");
    Article d = article("d", "Daniel Moore, the director of the Water Authority, resigned on"
        + " Monday after the audit.");
    assertThat(attributes(c, d).get(0).explanation()).endsWith("Both speak of Daniel Moore.");
    Article e = article("e", "\"We are heartbroken by the loss of a friend and a teammate,\""
        + " coach Mark Ellis said on Sunday.");
    Article f = article("f", "\"We are heartbroken by the loss of a friend and a teammate,\""
        + " team captain Ryan Cole said on Sunday.");
    assertThat(attributes(e, f).get(0).explanation()).endsWith("Both quote the same words:"
        + " \"We are heartbroken by the loss of a friend and a teammate\".");
    // a stop word that opens the sentence is no part of the name after it
    Article g = article("g", "For Anna Weller, 52, a nurse from Leeds, the verdict came too"
        + " late.");
    Article h = article("h", "The verdict came too late for Anna Weller, 52, of Bradford.");
    assertThat(attributes(g, h).get(0).explanation()).endsWith("Both speak of Anna Weller, 52.");
  }

  // ---------------------------------------------------------------------------------------------
  // agreements that must stay silent: reason, left text, right text
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("a time before the comma is no organisation's name",
            "On Tuesday, the Dutch company said it would appeal the ruling.",
            "On Tuesday, the German company said it would appeal the ruling."),
        Arguments.of("a report that names the other's country may tell of a plant abroad",
            "Aquaform, a Canadian manufacturer, built the slide. It also has a plant in the"
                + " Netherlands.",
            "Aquaform, the Dutch company, built the slide."),
        // a given name that is also an office ("Dean") before one surname names a person
        Arguments.of("a given name is no office",
            "The club said manager Graham Lindsay and his assistant Dean Morrow had left.",
            "His assistant, Dean Morrow, has also left the club."),
        // two names cabinets give one field
        Arguments.of("home affairs is the interior",
            "Interior Minister Tomas Brandl said the ruling was wrong.",
            "Home Affairs Minister Tomas Brandl said the ruling was wrong."),
        // a minister of two fields holds both
        Arguments.of("a minister of two fields holds each",
            "Finance and Economy Minister Lena Roth said the budget would pass.",
            "Economy Minister Lena Roth said the budget would pass."),
        Arguments.of("a head teacher is a principal",
            "Principal Omar Haddad told parents that classes were cancelled for the week.",
            "Head teacher Omar Haddad told parents that classes were cancelled for the week."),
        // roles of a court case: one kind of post at two ranks, or written two ways
        Arguments.of("an assistant district attorney is a prosecutor",
            "Assistant District Attorney Anthony Evans told the jury the case was strong.",
            "Prosecutor Anthony Evans told the jury the case was strong."),
        Arguments.of("a deputy public defender is a defence lawyer",
            "Deputy Public Defender Peter Lynch asked the witness about the gun.",
            "Defense attorney Peter Lynch asked the witness about the gun."),
        Arguments.of("a deputy prosecutor is a prosecutor",
            "Deputy Prosecutor Jacob Howell spoke to reporters after the verdict.",
            "Prosecutor Jacob Howell spoke to reporters after the verdict."),
        Arguments.of("a judge and a magistrate of one court",
            "Judge Maria Santos set bail at $50,000 on Monday.",
            "Magistrate Maria Santos set bail at $50,000 on Monday."),
        // homes
        Arguments.of("two people of one name and two ages",
            "John Smith, 36, of Boston, was hurt in the crash.",
            "John Smith, 62, of Chicago, was hurt in the crash."),
        Arguments.of("a borough and the city the other article names too",
            "Jane Roe, 40, of Brooklyn, was hurt in the fire.",
            "Jane Roe, 40, of New York, was hurt in the fire in Brooklyn."),
        Arguments.of("a neighbourhood and a part of it",
            "Kimani Gray, 16, of East Flatbush, was shot on Saturday.",
            "Kimani Gray, 16, of Flatbush, was shot on Saturday."),
        Arguments.of("a name after a role in apposition must close it",
            "Its general counsel, Victor Amari and two engineers met the investigators.",
            "Spokesman Victor Amari met the investigators on Monday."),
        Arguments.of("a spokeswoman and a press secretary hold one post",
            "Press secretary Lena Hart said the payments were made on time.",
            "Spokeswoman Lena Hart said the payments were made on time."),
        Arguments.of("two ages: two people of one name",
            "Owen Tilsley, 38, a teacher from Cardiff, voted on Monday.",
            "Owen Tilsley, 61, a teacher from Swansea, voted on Monday."),
        Arguments.of("a home against where a person grew up",
            "Rosa Delgado, 52, who grew up in Tucson, was found alive on Sunday.",
            "Rosa Delgado, 52, who lives in Flagstaff, was found alive on Sunday."),
        Arguments.of("an employer after a bare name",
            "Helen Kowal, of the University of Scranton, spoke to the board on Monday.",
            "Helen Kowal, 81, of Dunmore, spoke to the board on Monday."),
        Arguments.of("a home with no age in one article and the same place in the other",
            "Helen Kowal, who lived in Dunmore, died in the fire.",
            "Helen Kowal, 81, of Dunmore, died in the fire."),
        Arguments.of("a town nearby and the county that may hold it",
            "The bank in Tucson was robbed. Police arrested Ana Ruiz, of nearby Marana, in"
                + " Pima County.",
            "The bank was robbed. Police arrested Ruiz, a resident of Pima County, on"
                + " Saturday."),
        // nationalities
        Arguments.of("a name after a description and a comma that does not close it",
            "The blast killed a French soldier, Jean Dupont said on Monday.",
            "Jean Dupont, a Belgian officer, said on Monday that the blast killed a soldier."),
        Arguments.of("a town after \"from\" is a home, no nationality",
            "Anton Keller, 61, from Vienna, bought the painting on Friday.",
            "Anton Keller, 61, a Swiss banker, bought the painting on Friday."),
        Arguments.of("a man and a woman of one age",
            "A 41-year-old man from Portugal was killed.",
            "A Spanish woman, 41, was killed."),
        Arguments.of("the other article names the first country too",
            "A 41-year-old man from Portugal was killed.",
            "A Spanish man, 41, who had lived in Portugal for a decade, was killed."),
        Arguments.of("a nationality joined to another by a hyphen",
            "A 41-year-old Spanish-born man was killed.",
            "A 41-year-old man from Portugal was killed."),
        Arguments.of("one country in two forms",
            "A 41-year-old Scottish climber was killed.",
            "A 41-year-old man from Britain was killed."),
        Arguments.of("a town named after a country",
            "A 41-year-old man from Lebanon, Pennsylvania, was killed.",
            "A Syrian man, 41, was killed."),
        Arguments.of("one country as a name and as its people's word",
            "Top-seeded Hans Weber of Germany lost in the first round.",
            "Hans Weber, a 27-year-old German, lost in the first round."),
        Arguments.of("a city named after its country",
            "Pablo Ortega of Mexico City won the marathon on Sunday.",
            "Pablo Ortega, a Spanish runner, won the marathon on Sunday."),
        Arguments.of("an office of a country's government",
            "Ana Ruiz of Canada's foreign ministry said the talks would resume.",
            "Ana Ruiz, an American diplomat, said the talks would resume."),
        Arguments.of("a country after a name and a comma, a town of a region",
            "Tom Reed of Lebanon, Pennsylvania, won the lottery.",
            "Tom Reed, a Syrian immigrant, won the lottery."),
        Arguments.of("a people's word inside a company's name",
            "British Airways pilot Tom Reed landed the plane safely.",
            "Tom Reed, an Irish pilot, landed the plane safely."),
        Arguments.of("a people's word that opens an organisation's name",
            "American Red Cross official Tom Reed said shelters were full.",
            "British Red Cross official Tom Reed said shelters were full."),
        Arguments.of("a part of one country",
            "Scottish runner Ian Ross won the race.",
            "Ian Ross, a British athlete, won the race."),
        Arguments.of("one country as a possessive and as its people's word",
            "Kenya's Joyce Chebet won the race on Sunday.",
            "Kenyan Joyce Chebet won the race on Sunday."),
        Arguments.of("a people's word before an organisation's name and an official's",
            "American Red Cross official Tom Reed said shelters were full.",
            "Tom Reed, a British aid worker, said shelters were full."),
        Arguments.of("a country's possessive before a title",
            "Canada's Foreign Minister Ana Ruiz said the talks would resume.",
            "Ana Ruiz, a Mexican diplomat, said the talks would resume."),
        Arguments.of("a country's possessive before a company",
            "Japan's Daiwa Motor Corp said it would recall 40,000 cars.",
            "South Korea's Daiwa Motor Corp said it would recall 40,000 cars."),
        Arguments.of("the other country named apart from any other person",
            "Kenya's Joyce Chebet, who trains in Ethiopia, won the race.",
            "Ethiopian Joyce Chebet won the race on Sunday."),
        Arguments.of("two people of one surname",
            "Canadian skier Ana Ruiz won the downhill.",
            "Marta Ruiz, an American skier, won the downhill."),
        Arguments.of("two ages",
            "A 41-year-old man from Portugal was killed.",
            "A Spanish man, 44, was killed."),
        // getaways
        Arguments.of("one vehicle written two ways",
            "The two men fled in a stolen van.",
            "The two men escaped in a stolen car."),
        Arguments.of("a getaway in two stages",
            "The two men fled on foot after crashing their car.",
            "The two men escaped in a car."),
        Arguments.of("a vehicle in another clause",
            "The boy fled after being struck by a car.",
            "The boy fled on foot."),
        Arguments.of("a means with no verb of escape",
            "The two men arrived in a van and fled.",
            "The two men arrived on foot and fled."),
        // hospital towns
        Arguments.of("the other article names the town for something else",
            "The four injured were taken to hospitals in Dayton.",
            "The four injured were taken to a hospital in Lima, 70 miles north of Dayton."),
        Arguments.of("the hurt split between two towns",
            "Three were taken to hospitals in Dayton. One was flown to a hospital in Toledo.",
            "The injured were taken to a hospital in Lima."),
        Arguments.of("a county that may hold the town",
            "The four injured were taken to hospitals in Allen County.",
            "The four injured were taken to a hospital in Lima."),
        Arguments.of("the worst hurt flown farther than the rest",
            "The four injured were taken to hospitals in Dayton.",
            "One of the injured was airlifted to a hospital in Cincinnati."),
        Arguments.of("a named hospital and a town",
            "The cyclist was taken to St. Brendan's hospital after the crash.",
            "The cyclist was taken to a hospital in Lima after the crash."),
        Arguments.of("a means that is no trip",
            "The cyclist was taken to St. Brendan's hospital after the crash.",
            "The cyclist was taken to a nearby hospital after the crash."),
        Arguments.of("a second stop after the first",
            "The four injured were taken to hospitals in Dayton.",
            "One of the injured was later transferred to a hospital in Cincinnati."),
        Arguments.of("one home in two set forms",
            "Rosa Delgado, 52, of Tucson, was found alive on Sunday.",
            "Rosa Delgado, 52, who lives in Tucson, was found alive on Sunday."),
        // places
        Arguments.of("a city and the county that holds it",
            "The singer checked into a rehab clinic in Malibu, California, on Monday.",
            "The singer checked into a rehab clinic in Los Angeles County on Monday."),
        Arguments.of("a town and the area around a neighbouring town",
            "The actress entered the treatment center in Rancho Mirage on Friday.",
            "The actress entered the treatment center in the Palm Springs area on Friday."),
        Arguments.of("a district and its city",
            "The awards will be handed out at the theatre in Hollywood on February 22.",
            "The awards will be handed out at the theatre in Los Angeles on February 22."),
        Arguments.of("neighbouring compass points",
            "The epicentre of the quake lay 40 kilometres north of Padang, seismologists said.",
            "The epicentre of the quake lay 40 kilometres northeast of Padang, seismologists"
                + " said."),
        Arguments.of("one direction in two forms",
            "The storm made landfall on the east coast of Florida late on Tuesday.",
            "The storm made landfall on the eastern coast of Florida late on Tuesday."),
        Arguments.of("regions that meet in a corner",
            "Fighting spread across northern Syria as the ceasefire collapsed.",
            "Fighting spread across eastern Syria as the ceasefire collapsed."),
        Arguments.of("a city placed in its country and a region of the city",
            "Fighting resumed on Monday in the northern city of Mosul, officials said.",
            "Fighting resumed on Monday in southern Mosul, officials said."),
        Arguments.of("two points at two distances",
            "The epicentre of the quake lay 40 kilometres west of Padang, seismologists said.",
            "The epicentre of the quake lay 120 kilometres south of Padang, seismologists"
                + " said."),
        Arguments.of("two things around one town at two distances",
            "Evacuees were sent to a shelter 5 miles north of the city as the fire spread.",
            "The fire spread 20 miles south of the city, and evacuees were sent to a shelter."),
        Arguments.of("directions from the town with no distance",
            "Smoke from the fire drifted north of the city on Tuesday.",
            "Smoke from the fire drifted south of the city on Tuesday."),
        Arguments.of("two things placed around the town with no distance",
            "A fire at a warehouse north of downtown burned through the night.",
            "Firefighters set up a command post south of downtown as the fire burned."),
        Arguments.of("a verb, not a noun, before a direction from the town",
            "The storm stalled north of the city and flooded a warehouse.",
            "The storm stalled south of the city and flooded a warehouse."),
        Arguments.of("a thing the other report does not name, placed around one town",
            "Families forced from their homes on Monday slept at a shelter south of Tolby.",
            "The fire burned north of Tolby on Monday, forcing hundreds of families from their"
                + " homes."),
        Arguments.of("the town of a report that never names the other's town",
            "The ferry ran aground about 4 km east of Varenna, the coast guard said.",
            "The ferry ran aground some 2.5 miles (4 km) west of the town on Sunday."),
        Arguments.of("a direction from a thing of the town, not the town",
            "The crash happened 3 miles north of the city limits, police said.",
            "The crash happened 3 miles south of the city, police said."),
        Arguments.of("a town not yet named as the report's own",
            "The bus broke down 30 miles west of a village, the driver said.",
            "The bus broke down 30 miles east of the village, the driver said."),
        Arguments.of("the other article gives both directions from the town",
            "Crews set up one camp 10 miles north of the town and another 10 miles south of"
                + " the town.",
            "Crews set up a camp 10 miles south of the town."),
        Arguments.of("compass words inside names",
            "The defector crossed from North Korea into South Korea at dawn.",
            "The defector crossed from North Korea into South Korea at dawn on Sunday."),
        Arguments.of("a direction without a distance in an unrelated sentence",
            "Rain fell north of Padang on Monday.",
            "The ministry opened a field hospital south of Padang last year."),
        Arguments.of("the other article gives both directions",
            "The first tanker was attacked 150 nautical miles east of Aden. A second tanker was"
                + " attacked 150 nautical miles west of Aden.",
            "The tanker was attacked 150 nautical miles west of Aden."),
        // roles
        Arguments.of("an abbreviated title",
            "Gov. Tom Reed signed the budget bill on Thursday.",
            "Governor Tom Reed signed the budget bill on Thursday."),
        Arguments.of("a title of address before a name set off by commas",
            "Its chief executive, Dr. Omar Haddad, said the ward closed on Monday.",
            "Chief executive Omar Haddad said the ward closed on Monday."),
        Arguments.of("two offices joined by and, one of them given in the other",
            "The ward closed, said Dr. Omar Haddad, the clinic's president and chief"
                + " executive.",
            "The ward closed, said Dr. Omar Haddad, who runs the clinic as its chief"
                + " executive."),
        Arguments.of("a former office joined to another by and",
            "Lena Fox, the bank's former president and chief executive, said the branch would"
                + " close.",
            "Lena Fox, the bank's chief operating officer, said the branch would close."),
        Arguments.of("a military rank written like an officer's title",
            "Chief Warrant Officer Dana Ruiz said the crew was safe.",
            "Spokeswoman Dana Ruiz said the crew was safe."),
        Arguments.of("a chief press officer speaks for the company",
            "The company's chief press officer, Lena Fox, said the plant would reopen.",
            "Spokeswoman Lena Fox said the plant would reopen."),
        Arguments.of("CMO may stand for a chief medical officer",
            "CMO Lena Fox said the ward would reopen on Monday.",
            "Chief medical officer Lena Fox said the ward would reopen on Monday."),
        Arguments.of("one field of an officer's title written two ways",
            "Chief operations officer Lena Fox said the outage began at noon.",
            "COO Lena Fox said the outage began at noon."),
        Arguments.of("a synonym of an office",
            "Chief executive Karen Hill presented the quarterly results to investors.",
            "CEO Karen Hill presented the quarterly results to investors."),
        Arguments.of("a person named by role in one and by name in the other",
            "The assistant district attorney told jurors the robbery had been planned for"
                + " weeks.",
            "Maria Lopez told jurors the robbery had been planned for weeks."),
        Arguments.of("a former office",
            "Former Deputy Director Daniel Moore testified before the committee on Monday.",
            "Director Daniel Moore testified before the committee on Monday."),
        Arguments.of("an acting office",
            "Acting Director Daniel Moore testified before the committee on Monday.",
            "Director Daniel Moore testified before the committee on Monday."),
        Arguments.of("a grade that news drops",
            "Senior Vice President Lisa Su said the deal would close this quarter.",
            "Vice President Lisa Su said the deal would close this quarter."),
        Arguments.of("two people with one office",
            "Deputy Director Daniel Moore testified before the committee on Monday.",
            "Director Sarah Kent testified before the committee on Monday."),
        Arguments.of("a preposition before a title",
            "The rules were written under President Bill Carter in 1998.",
            "The rules were written by President Bill Carter in 1998."),
        Arguments.of("a preposition opening the sentence before a title",
            "Under President Bill Carter, the rules were written in 1998.",
            "President Bill Carter had the rules written in 1998."),
        Arguments.of("a noun before a title",
            "Sheriff Deputy Ruiz was shot outside the apartment on June 24.",
            "Deputy Sheriff Ana Ruiz was shot outside the apartment on June 24."),
        Arguments.of("a professor of any rank",
            "Associate Professor Ann Lee led the study, which was published on Monday.",
            "Professor Ann Lee led the study, which was published on Monday."),
        Arguments.of("the article gives both ranks",
            "Daniel Moore, the deputy director, resigned on Monday. Moore was director of the"
                + " agency until 2019.",
            "Daniel Moore, the director, resigned on Monday."),
        Arguments.of("a name before a clause, not in apposition",
            "After meeting Daniel Moore, the director said the audit would go on.",
            "Daniel Moore, the deputy director, said the audit would go on."),
        // speakers
        Arguments.of("the speaker's client, not the speaker",
            "\"We will appeal the verdict as soon as the court allows it,\" said a lawyer for"
                + " John Doe.",
            "\"We will appeal the verdict as soon as the court allows it,\" said Mary Major,"
                + " who represents the family."),
        Arguments.of("one speaker by full name and by surname",
            "\"We are heartbroken by the loss of a friend and a teammate,\" coach Mark Ellis"
                + " said.",
            "\"We are heartbroken by the loss of a friend and a teammate,\" Ellis said."),
        Arguments.of("two quotations of one speaker",
            "\"We are heartbroken by the loss of a friend,\" coach Mark Ellis said.",
            "\"He was the heart of this team and we will miss him,\" coach Mark Ellis said."),
        Arguments.of("an organisation and the person who speaks for it",
            "\"We are heartbroken by the loss of a friend and a teammate,\" the Rangers said in"
                + " a statement.",
            "\"We are heartbroken by the loss of a friend and a teammate,\" coach Mark Ellis"
                + " said."),
        Arguments.of("both speakers in both articles",
            "\"We are heartbroken by the loss of a friend and a teammate,\" coach Mark Ellis"
                + " said. Captain Ryan Cole also spoke.",
            "\"We are heartbroken by the loss of a friend and a teammate,\" Ryan Cole said."
                + " Coach Mark Ellis wept."),
        Arguments.of("a short common phrase",
            "The company will keep selling the servers \"for the foreseeable future,\" Lu"
                + " said.",
            "The company will keep selling the servers \"for the foreseeable future,\" Ms. Su"
                + " said."),
        Arguments.of("words quoted in one article and the reporter's own in the other",
            "\"The bridge will stay closed until every cable has been inspected,\" said Laura"
                + " Diaz.",
            "The bridge will stay closed until every cable has been inspected, Tom Becker"
                + " said."),
        Arguments.of("one speaker with an aside in each",
            "\"The river will crest overnight and we expect more homes to flood,\" said Jan Holt,"
                + " the mayor.",
            "\"The river will crest overnight and we expect more homes to flood,\" Jan Holt, the"
                + " town's mayor, told reporters."),
        Arguments.of("two ministries of one person",
            "Prime Minister Ana Ruiz opened the new bridge on Friday.",
            "Defence Minister Ana Ruiz opened the new bridge on Friday."),
        Arguments.of("a journey of two legs whose stop one article names",
            "The ferry, which sailed from Piraeus on Monday and called at Syros, sank off Paros.",
            "The ferry sank off Paros hours after it sailed from Syros."),
        Arguments.of("a country and a town in it",
            "The flight from Lima landed safely in Madrid on Friday.",
            "The flight from Peru landed safely in Madrid on Friday."),
        Arguments.of("two journeys with no end in common",
            "The train was travelling from Milan to Venice when it derailed.",
            "The train was travelling from Turin to Verona when it derailed."),
        Arguments.of("a place spelled two ways",
            "The ship sailed from Tallin with 40 crew before it sank.",
            "The ship sailed from Tallinn with 40 crew before it sank."),
        Arguments.of("a town named after a country",
            "Elena Ruiz, a nurse from Spain, treated the wounded.",
            "Elena Ruiz, a nurse from Mexico City, treated the wounded."),
        Arguments.of("two people of one surname",
            "Elena Ruiz, a nurse from Spain, treated the wounded.",
            "Maria Ruiz, a Mexican nurse, treated the wounded."),
        Arguments.of("an age range of several people",
            "The three suspects, aged 22 to 31, were from Sudan.",
            "A Libyan man aged 22 and two others were held."),
        Arguments.of("two vessels, each with its flag",
            "The Maltese-flagged tanker Sea Lark collided with the Greek-flagged Aegean Wind.",
            "The Greek-flagged Sea Lark collided with a Maltese tanker, the Aegean Wind."),
        Arguments.of("the other flag's country named elsewhere",
            "The tanker, sailing under the Liberian flag, is owned by a Greek company.",
            "The Greek-flagged tanker was carrying crude from Nigeria."),
        Arguments.of("a flag that no vessel flies",
            "Fans waving the Polish flag filled the square before the ship docked.",
            "The Maltese-flagged ship docked at noon."),
        Arguments.of("a surname spelled two ways",
            "\"We are heartbroken by the loss of a friend and a teammate,\" coach Mark Ellis"
                + " said.",
            "\"We are heartbroken by the loss of a friend and a teammate,\" coach Mark Elis"
                + " said."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    assertThat(attributes(a, b)).as(reason).isEmpty();
    assertThat(attributes(b, a)).as(reason).isEmpty();
  }

  @Test
  void findingsAreKeptAboveAMinimumConfidence() {
    Article a = article("a", "CFO Karen Hill presented the quarterly results to investors.");
    Article b = article("b", "COO Karen Hill presented the quarterly results to investors.");
    Parallax strict = Parallax.builder().minConfidence(0.99).build();
    assertThat(strict.compare(a, b).contradictions()).isEmpty();
    assertThat(PX.compare(a, b).contradictions()).extracting(Contradiction::kind)
        .containsExactly(Kind.ATTRIBUTE);
  }
}
