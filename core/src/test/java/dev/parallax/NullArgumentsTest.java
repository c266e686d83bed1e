package dev.parallax;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.rules.Category;
import dev.parallax.rules.RulePack;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public entry point names the argument that is null. */
class NullArgumentsTest {
  private static final Parallax PX = Parallax.standard();
  private static final Article A = Article.builder().id("a").text("A soldier defected.").build();

  static Stream<Arguments> calls() {
    return Stream.of(
        row("articles[1] is null", () -> PX.compare(A, null)),
        row("articles[0] is null", () -> PX.compare(null, A)),
        row("articles", () -> PX.compare((List<Article>) null)),
        row("articles", () -> PX.compare((Article[]) null)),
        row("articles[1] is null", () -> PX.compare(Arrays.asList(A, null, A))),
        row("article", () -> PX.annotate(null)),
        row("article", () -> PX.sentences(null)),
        row("original", () -> CleanText.of(null)),
        row("packs", () -> Parallax.builder().rulePacks(null)),
        row("packs[0] is null", () -> Parallax.builder().rulePacks(Arrays.asList((RulePack) null))),
        row("pack", () -> Parallax.builder().addRulePack(null)),
        row("ruleId", () -> Parallax.builder().disableRule(null)),
        row("category", () -> Parallax.builder().disableCategory((Category) null)),
        row("term", () -> Parallax.builder().allowTerm(null)),
        row("origin", () -> RulePack.parse(null, "pack t")),
        row("text", () -> RulePack.parse("t.rules", null)),
        row("file", () -> RulePack.load(null)),
        row("fileOrFolder", () -> RulePack.loadAll((Path) null)),
        row("resource", () -> RulePack.fromClasspath(null)));
  }

  private static Arguments row(String message, ThrowingCallable call) {
    return Arguments.of(message, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void nullArgumentsAreNamed(String message, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(message);
  }
}
