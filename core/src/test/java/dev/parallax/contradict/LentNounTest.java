package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number that leaves its noun out counts what the count before it counts, when that count is
 * of whole things: a decimal that a noun names ("an 8.2-magnitude quake") lends it to nothing.
 */
class LentNounTest {
  @Test
  void aCountOfWholeThingsLendsItsNoun() {
    assertThat(CheckCases.amounts("The quake killed 12 people and injured 20 in the region."))
        .containsExactly("12 people count [peopl]", "20 count [peopl]");
  }

  @Test
  void aDecimalThatANounNamesLendsNothing() {
    assertThat(CheckCases.amounts(
        "In 2015, an 8.2-magnitude quake struck, and seven were felt in the region."))
        .containsExactly("8.2-magnitude count [magnitud]", "seven number []");
  }

  @Test
  void aVerbThatPeopleUndergoCountsPeople() {
    assertThat(CheckCases.amounts("In 2015, an 8.2-magnitude quake killed seven in the region."))
        .containsExactly("8.2-magnitude count [magnitud]", "seven count [peopl]");
    assertThat(CheckCases.amounts("The storm destroyed 40 houses and killed seven."))
        .containsExactly("40 houses count [hous]", "seven count [peopl]");
  }
}
