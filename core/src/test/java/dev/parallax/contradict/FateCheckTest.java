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
 * POLARITY of a fate: one report says no one met it, the other counts someone who did. Tables of
 * the two reports with the exact evidence, then pairs that must stay silent.
 */
class FateCheckTest {

  private static List<Contradiction> polarity(String left, String right) {
    return CheckCases.found(Kind.POLARITY, left, right);
  }

  /** Report A denies the fate, report B counts it: denied evidence, asserted evidence, A, B. */
  static Stream<Arguments> clashes() {
    return Stream.of(
        Arguments.of("No deaths", "one resident had been killed",
            "No deaths have been reported, she said.", "She said one resident had been killed."),
        // a fate's noun counts the people it befell: "one death" is one person dead
        Arguments.of("No deaths", "one death",
            "No deaths have been reported from the scooter fires.",
            "There has been one death from the scooter fires."),
        Arguments.of("No injuries", "two officers were hurt",
            "No injuries were reported, police said.", "Police said two officers were hurt."),
        Arguments.of("Nobody was killed", "killing two workers",
            "Nobody was killed when the scaffolding at the warehouse collapsed, police said.",
            "The scaffolding at the warehouse collapsed, killing two workers, police said."),
        // "a" before a noun for people counts one person who met the fate
        Arguments.of("No one was killed", "A worker was killed",
            "No one was killed in the explosion at the mill, officials said.",
            "A worker was killed in the explosion at the mill, officials said."),
        // being charged is a fate of its own, which "no one" and "no charges" deny
        // a light verb after who acts opens the denial
        Arguments.of("no arrests", "arrested a suspect",
            "Police have made no arrests over the fire.",
            "Police have arrested a suspect over the fire."),
        // a fate's noun after a light verb counts one person who met it
        Arguments.of("No one has been arrested", "an arrest",
            "No one has been arrested over the fire.",
            "Police have made an arrest over the fire."),
        Arguments.of("No one has been charged", "Two men have been charged",
            "No one has been charged over the fire.", "Two men have been charged over the fire."),
        Arguments.of("No charges", "two men had been charged",
            "No charges have been filed over the fire, police said.",
            "Police said two men had been charged over the fire."),
        // words between "a" and a noun for people describe whom: a claim of nothing but a fate
        Arguments.of("No one has been arrested", "A resort employee has been detained",
            "No one has been arrested.", "A resort employee has been detained."),
        // an age describes whom the count is of, not when it happened
        Arguments.of("No one has been arrested", "A 23-year-old man has been arrested",
            "No one has been arrested in the shooting, police said.",
            "A 23-year-old man has been arrested in the shooting, police said."),
        Arguments.of("No arrests", "arrested a 23-year-old man",
            "No arrests have been made in the shooting, police said.",
            "Police arrested a 23-year-old man in the shooting."),
        Arguments.of("Nobody was hurt", "injured a passenger",
            "Nobody was hurt when the bus slid off the road, police said.",
            "The bus slid off the road and injured a passenger, police said."),
        Arguments.of("No one died", "A retired fisherman died",
            "No one died in the storm, the mayor said.",
            "A retired fisherman died in the storm, the mayor said."),
        // "one" before a noun for doers that met a fate of people
        Arguments.of("No one was rescued", "one climber was rescued",
            "No one was rescued from the ridge, the park said.",
            "The park said one climber was rescued from the ridge."),
        // a pronoun opening its clause names one person who met the fate, graded or not
        Arguments.of("No one was hurt", "She was slightly hurt",
            "No one was hurt, the ambulance service said.",
            "She was slightly hurt, the ambulance service said."),
        // "no" before the noun of a fate, with the verb English gives that noun
        Arguments.of("No arrests", "two protesters were detained",
            "No arrests have been made, the police said.",
            "The police said two protesters were detained."),
        // a count whose fate is graded still counts people who met it
        Arguments.of("No injuries", "two divers were slightly injured",
            "No injuries were reported, the coastguard said.",
            "The coastguard said two divers were slightly injured."),
        // who tells the denial, in lower-case words before a verb of telling
        Arguments.of("no one was injured", "two people were injured",
            "Aid workers at the clinic said that no one was injured.",
            "Police said two people were injured."),
        Arguments.of("nobody had been killed", "four people had been killed",
            "Aid agencies indicated that nobody had been killed.",
            "The governor said four people had been killed."),
        // a denial of two fates denies each; a count with a second fate keeps its own
        Arguments.of("nobody was killed or wounded", "nine soldiers were killed",
            "Witnesses said nobody was killed or wounded.",
            "The army said nine soldiers were killed and 14 wounded."),
        Arguments.of("nobody was killed or wounded", "nine killed",
            "Witnesses said nobody was killed or wounded.",
            "The army said 14 soldiers were wounded and nine killed."),
        // the story's event named on one side only
        Arguments.of("No one was hurt", "three workers were hurt",
            "No one was hurt in the explosion, the company said.",
            "The company said three workers were hurt."),
        Arguments.of("nobody died", "two residents died",
            "Firefighters said nobody died.",
            "Firefighters said two residents died in the blaze."),
        // an event noun in who tells the other claim names no event of its own
        Arguments.of("Nobody was injured", "Two people were hurt",
            "Nobody was injured, the local fire chief said.",
            "Two people were hurt in the crash, police said."),
        // "there were no dead or wounded" denies both fates
        Arguments.of("no dead or wounded", "five villagers had been wounded",
            "The mayor said there were no dead or wounded.",
            "The mayor said five villagers had been wounded."),
        // "casualties" in a denial denies the killed and the injured
        Arguments.of("no casualties", "five soldiers were wounded",
            "The army said there were no casualties.",
            "The army said five soldiers were wounded."),
        // verbs that give people a fate and say nothing more
        Arguments.of("No one was hurt", "A ranger suffered minor injuries",
            "No one was hurt, the park service said.",
            "A ranger suffered minor injuries, the park service said."),
        Arguments.of("No deaths", "two people dead",
            "No deaths were reported in the flood.", "The flood left two people dead."),
        // a denial in a clause of its own after ", and": the earlier clause and its
        // negation are another statement
        Arguments.of("nobody was hurt", "He was slightly hurt",
            "The crew did not open the hatch, as procedure demands, and nobody was hurt, the "
                + "captain said.",
            "He was slightly hurt, the captain said."),
        Arguments.of("nobody died", "Two workers died",
            "The roof of the mill caved in, and nobody died, the fire chief said.",
            "Two workers died, the fire chief said."));
  }

  @ParameterizedTest(name = "{2} / {3}")
  @MethodSource("clashes")
  void clash(String denied, String asserted, String left, String right) {
    Contradiction c = CheckCases.onlyDenial(polarity(left, right), denied, asserted);
    assertThat(c.confidence()).isEqualTo(FateCheck.CONFIDENCE);
  }

  /** Pairs in which nothing is contradicted. */
  static Stream<Arguments> silent() {
    return Stream.of(
        // both deny
        Arguments.of("No deaths have been reported, she said.", "She said no one had been killed."),
        // another fate
        Arguments.of("No one was killed, she said.", "She said two people were injured."),
        // a graded fate: some may have been slightly hurt
        Arguments.of("No one was seriously hurt, she said.", "She said three people were injured."),
        // a group: other people may be the ones counted
        Arguments.of("No firefighters were hurt, she said.", "She said two residents were injured."),
        // the denial says where, the count does not: another blast may be meant
        Arguments.of("No one was hurt in the second blast, police said.",
            "Police said twelve people were injured."),
        // the denial is of another event's fate
        Arguments.of("It followed an accident in 2023 in which nobody was hurt, police said.",
            "The train left the tracks, injuring 31, police said."),
        // a count that may be
        Arguments.of("No deaths have been reported, she said.",
            "She said one resident may have been killed."),
        // one person who met another fate
        Arguments.of("No one was killed in the explosion at the mill, officials said.",
            "A worker was injured in the explosion at the mill, officials said."),
        // one person of another event, in another year
        Arguments.of("No one was killed in the explosion at the mill, officials said.",
            "A worker was killed in an explosion at the mill in 2019, officials said."),
        // one person of another event, in a year the denial does not name, beside an age
        Arguments.of("No one was killed in the explosion at the mill, officials said.",
            "A 40-year-old worker was killed in an explosion at the mill in 2019, officials said."),
        // a noun for people that is no head: a union is not a person
        Arguments.of("No one was arrested at the march, police said.",
            "A student union was arrested at the march, police said."),
        // a doer ending counts people only for fates of people: a tower is not evacuated as one
        Arguments.of("No one was evacuated, she said.", "She said a tower was evacuated."),
        // a pronoun of another year's fate
        Arguments.of("No one was hurt, the ambulance service said.",
            "She was slightly hurt in 2019, the ambulance service said."),
        // a graded denial against a pronoun with another grade
        Arguments.of("No one was seriously hurt, the ambulance service said.",
            "She was slightly hurt, the ambulance service said."),
        // arrests denied at another march than the count's
        Arguments.of("No arrests have been made at the second march, the police said.",
            "The police said two protesters were detained."),
        // a pronoun that is no subject of the fate
        Arguments.of("No one was hurt, the ambulance service said.",
            "The ambulance service said the dog that bit him was hurt."),
        // a denial of another fate than the count's
        Arguments.of("Nobody was arrested during the riot, police said.",
            "Police said 30 people were injured."),
        // a group: the count may be of other people
        Arguments.of("No police officers were hurt during the riot.",
            "Two protesters were hurt during the riot."),
        // another time: deaths before the ceasefire are not denied
        Arguments.of("No one has been killed since the ceasefire, the monitors said.",
            "The monitors said six people were killed."),
        // two events named on the two sides
        Arguments.of("No one was killed in the attack, officials said.",
            "Officials said seven people were killed in those bombings."),
        Arguments.of("No one was hurt in the first attack, officials said.",
            "Officials said eleven people were hurt in the attack."),
        // a place on one side only is no event: another village may be meant
        Arguments.of("No one was hurt in the village, the mayor said.",
            "The mayor said two people were hurt."),
        // "no dead" before another noun denies no fate of people
        Arguments.of("There were no dead birds on the beach, the ranger said.",
            "The ranger said three people died."),
        // a denial in a clause of its own, in a claim that names another year
        Arguments.of("In 2015 a fire gutted the mill, and no one was hurt, the owner said.",
            "The owner said two workers were hurt."),
        // a graded denial against one person of another grade, told with "suffered"
        Arguments.of("No one was seriously hurt, the park service said.",
            "A ranger suffered minor injuries, the park service said."),
        // casualties counted may all be injured: no death is stated
        Arguments.of("Officials said no one was killed.",
            "Officials said there were 50 casualties."),
        // an earlier clause that points to another event
        Arguments.of("A similar fire destroyed the mill, and no one was hurt, the owner said.",
            "The owner said two workers were hurt."),
        // who tells the denial names another toll, or another time
        Arguments.of("Residents of the village where a flood killed nine people said no one was "
            + "hurt.", "Police said two people were hurt."),
        Arguments.of("Residents of the village where a flood struck last year said no one was "
            + "hurt.", "Police said two people were hurt."),
        // a second negation after the denial, in its own clause
        Arguments.of("No one was injured and the train did not derail, officials said.",
            "Officials said two passengers were injured."),
        // the teller's words do not open a denial of another event's fate
        Arguments.of("Police said the crash in which nobody was hurt was in 2019.",
            "Police said two people were hurt."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("silent")
  void noClash(String left, String right) {
    assertThat(polarity(left, right)).isEmpty();
  }
}
