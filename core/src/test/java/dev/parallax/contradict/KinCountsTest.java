package dev.parallax.contradict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each report's only count of one kind of kin counts the family the story tells of. */
class KinCountsTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        // counts in a list split at semicolons, claims that share no other word
        Arguments.of("Castellane is survived by Eleanor, his wife of 58 years; three sons and a"
                + " daughter; 12 grandchildren; and two great-grandchildren.",
            "Castellane leaves his wife, Eleanor, whom he married 58 years ago; four children;"
                + " nine grandchildren; and two great-grandchildren.",
            List.of("12 grandchildren | nine grandchildren")),
        // "children" after a possessive determiner, and in a claim of what a person leaves
        Arguments.of("The widow said her three children were with her.",
            "She is survived by four children.", List.of("three children | four children")),
        // a part of the family, qualified after its noun
        Arguments.of("He is survived by three children from his first marriage and a son from"
                + " his second.", "He leaves four children.", List.of()),
        // children counted by no family
        Arguments.of("Twelve children were hurt when the bus overturned.",
            "He leaves four children.", List.of()),
        // an article that counts one kind of kin twice tells of two families
        Arguments.of("Smith leaves nine grandchildren. His brother leaves four grandchildren.",
            "Smith is survived by seven grandchildren.", List.of()));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @MethodSource("rows")
  void eachReportsOnlyCountOfOneKindOfKinCountsOneFamily(String a, String b,
      List<String> expected) {
    assertThat(CheckCases.byCheck(KinCounts.class, a, b)).extracting(f -> f.leftEvidence()
        .text() + " | " + f.rightEvidence().text()).containsExactlyElementsOf(expected);
    assertThat(CheckCases.byCheck(KinCounts.class, b, a)).hasSize(expected.size());
    assertThat(CheckCases.byCheck(KinCounts.class, a, a)).isEmpty();
  }
}
