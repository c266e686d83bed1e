package dev.parallax.facts;

import static dev.parallax.facts.QuantityExtractorTest.extract;
import static dev.parallax.facts.QuantityNewsClassesTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Numbers in news sentences of their own that are no amounts: "one" as a member of a set ("one
 * of the best") or the first part of a compound ("a one-off event"); the number of a thing named
 * by it ("Flight 370", "chapter 11", "iPhone 15"); an area code in parentheses. And the counts
 * next to them that stay.
 */
class QuantityPronounsAndLabelsTest {

  @Test
  void oneOfASetIsNoCount() {
    assertThat(extract("He is one of the best goalkeepers in the league.")).isEmpty();
    assertThat(extract("She was one of them.")).isEmpty();
    assertThat(spans("One of the victims was 12.")).containsExactly("12");
    // before a number or a noun it counts
    assertThat(spans("She is one of three sisters.")).containsExactly("one", "three");
    assertThat(spans("One person died.")).containsExactly("One");
    assertThat(spans("At least one of the girls was hurt.")).containsExactly("At least one");
    // and "half of the" stays a fraction
    assertThat(extract("Half of the voters agreed.")).singleElement()
        .extracting(q -> q.value()).isEqualTo(0.5);
  }

  @Test
  void oneJoinedToACompoundIsNoCount() {
    assertThat(extract("It was a one-off event.")).isEmpty();
    assertThat(extract("The final was a one-sided game.")).isEmpty();
    assertThat(spans("He bought a one-way ticket for $300.")).containsExactly("$300");
    // apart from the word, "one" counts
    assertThat(spans("There is one way out.")).containsExactly("one");
  }

  @Test
  void aNumberThatNamesAThingIsNoAmount() {
    assertThat(extract("Section 230 shields platforms from liability.")).isEmpty();
    assertThat(extract("The retailer filed for chapter 11 protection.")).isEmpty();
    assertThat(extract("Flight 370 vanished over the ocean.")).isEmpty();
    assertThat(extract("the interchange with highway 35 and highway 115")).isEmpty();
    assertThat(extract("The iPhone 15 Pro went on sale.")).isEmpty();
    // a unit after it makes it a measure again
    assertThat(spans("The exit 12 miles ahead is closed.")).containsExactly("12 miles");
  }

  @Test
  void anAreaCodeInParenthesesIsNoAmount() {
    assertThat(extract("Contact the office at (212) 555-0147.")).isEmpty();
    assertThat(extract("Call (415)555.0199 today.")).isEmpty();
    // three digits in parentheses without a telephone number after them count
    assertThat(spans("The vote (212) passed.")).containsExactly("212");
  }
}
