package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Article;
import dev.parallax.Contradiction;
import dev.parallax.Contradiction.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One site of an organisation (a plant, an office, a clinic) placed in two towns, with the exact
 * evidence; and sites that may both stand where they are said to, which must stay silent.
 */
class SitesTest {
  private static Article article(String id, String text) {
    return CheckCases.article(id, text);
  }

  private static List<Contradiction> sites(Article a, Article b) {
    return CheckCases.found(Kind.ATTRIBUTE, a, b);
  }

  static Stream<Arguments> clashes() {
    return Stream.of(
        // the place after the noun, with "in"
        Arguments.of("bottling plant in Tarragona", "bottling plant in Girona",
            "The contaminated juice was bottled at the firm's bottling plant in Tarragona last"
                + " spring, the regulator said.",
            "The contaminated juice was bottled at the firm's bottling plant in Girona last"
                + " spring, the regulator said."),
        // the place in the slot of a modifier against the place after the noun; a plant is a
        // factory
        Arguments.of("Tarragona plant", "factory in Girona",
            "The contaminated juice was bottled at Solvia's Tarragona plant last spring, the"
                + " regulator said.",
            "The contaminated juice was bottled at a factory in Girona last spring, the"
                + " regulator said."),
        Arguments.of("Memphis field office", "Nashville office",
            "The bureau's Memphis field office is leading the inquiry into the stolen"
                + " ballots, officials said.",
            "Officials said the inquiry into the stolen ballots is led by the bureau's Nashville"
                + " office."),
        // a hedge on the verb leaves the site's place as given
        Arguments.of("walk-in clinic in Ashford", "walk-in clinic in Dover",
            "Anyone who visited a walk-in clinic in Ashford on March 3 may have been exposed to"
                + " the virus.",
            "Anyone who visited a walk-in clinic in Dover on March 3 may have been exposed to"
                + " the virus."),
        // two countries
        Arguments.of("plant in Poland", "plant in Romania",
            "The faulty valves all came from one plant in Poland, the carmaker said on"
                + " Tuesday.",
            "The faulty valves all came from a single plant in Romania, the carmaker said on"
                + " Tuesday."));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("clashes")
  void clash(String leftSite, String rightSite, String left, String right) {
    Article a = article("a", left);
    Article b = article("b", right);
    List<Contradiction> found = sites(a, b);
    assertThat(found).hasSize(1);
    Contradiction c = found.get(0);
    assertThat(c.leftEvidence().text()).isEqualTo(leftSite);
    assertThat(c.rightEvidence().text()).isEqualTo(rightSite);
    assertThat(c.confidence()).isBetween(0.5, 0.7);
    List<Contradiction> reversed = sites(b, a);
    assertThat(reversed).hasSize(1);
    assertThat(reversed.get(0).leftEvidence()).isEqualTo(c.rightEvidence());
    assertThat(sites(a, a)).isEmpty();
  }

  static Stream<Arguments> agreements() {
    return Stream.of(
        Arguments.of("a town and the county that holds it",
            "Anyone who visited a walk-in clinic in Ashford on March 3 may have been exposed.",
            "Anyone who visited a walk-in clinic in Kent County on March 3 may have been"
                + " exposed."),
        Arguments.of("a town and the country that holds it",
            "The faulty valves all came from one plant in Poland, the carmaker said.",
            "The faulty valves all came from one plant in Gliwice, the carmaker said."),
        Arguments.of("the other article names the first town too",
            "The juice was bottled at the firm's plant in Tarragona, the regulator said.",
            "The juice was bottled at the firm's plant in Girona, the regulator said. It is"
                + " sold in Tarragona."),
        Arguments.of("an article that places two plants",
            "The juice was bottled at the firm's plant in Tarragona, the regulator said.",
            "The juice was bottled at the firm's plant in Girona, the regulator said. A second"
                + " plant in Lleida was not affected."),
        Arguments.of("one place spelled two ways",
            "Shells struck a school in Qalandiya on Tuesday afternoon, the agency said.",
            "Shells struck a school in Qalandia on Tuesday afternoon, the agency said."),
        Arguments.of("two kinds of station",
            "The signal was picked up by a ground station in Tromso on Monday night.",
            "The signal was picked up by a police station in Bergen on Monday night."),
        Arguments.of("two owners",
            "Tarvik's Lyon plant was shut for a week after the explosion.",
            "Orebank's Paris plant was shut for a week after the explosion."),
        Arguments.of("sites in the plural",
            "The firm will close plants in Ohio and hire workers in Texas next year.",
            "The firm will close plants in Texas and hire workers in Ohio next year."),
        Arguments.of("a month after the noun is a date",
            "The bank opened an office in January to handle the claims.",
            "The bank opened an office in March to handle the claims."),
        Arguments.of("a negated site",
            "The valves did not come from the plant in Poland, the carmaker said.",
            "The valves came from the plant in Romania, the carmaker said."),
        Arguments.of("unrelated claims",
            "The company opened a store in Leeds in 2019.",
            "Shoppers queued outside a store in York for the new phone."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("agreements")
  void agreementStaysSilent(String reason, String left, String right) {
    assertThat(sites(article("a", left), article("b", right))).as(reason).isEmpty();
    assertThat(sites(article("b", right), article("a", left))).as(reason).isEmpty();
  }
}
