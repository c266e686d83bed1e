package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loaded words inside a reported clause of indirect speech are the source's (quoted), those in
 * the writer's own description stay the writer's. Each row: a sentence, then each tag's text with
 * whether it is quoted.
 */
class ReportedClausesTest {
  private static final Parallax PX = Parallax.standard();

  private static Map<String, Boolean> quoted(String text) {
    Map<String, Boolean> out = new java.util.LinkedHashMap<>();
    for (Tag t : PX.annotate(Article.builder().id("a").text(text).build()).tags()) {
      out.put(t.span().text(), t.quoted());
    }
    return out;
  }

  private record Row(String text, Map<String, Boolean> tags) {}

  private static final List<Row> ROWS = List.of(
      // after "X said": the rest of the sentence is the speaker's
      new Row("The opposition leader says the poll is a sham.", Map.of("sham", true)),
      new Row("The sentencing judge said he was swayed by a flood of letters.",
          Map.of("flood of", true)),
      new Row("A spokesperson said this is a terrible tragedy for the family.",
          Map.of("tragedy", true)),
      // "but" and a semicolon hand the sentence back to the writer
      new Row("Hartog said the deal will involve some changes, but he downplayed any lay-offs.",
          Map.of("downplayed", false)),
      new Row("Officials said the vote was fair; it was a sham.", Map.of("sham", false)),
      // a verb other than "say" opens a clause only with "that"
      new Row("The agency added that services were rerouted to make up for the failures.",
          Map.of("failures", true)),
      new Row("The government announced drastic cuts on Sunday.", Map.of("drastic", false)),
      // a verb of asserting opens one without "that", but not before a preposition
      new Row("The builder admitted the repairs were botched.", Map.of("botched", true)),
      new Row("Neighbours insisted the eviction was disgraceful.", Map.of("disgraceful", true)),
      new Row("The mayor insisted on a vote after the brazen robbery.",
          Map.of("brazen", false)),
      // the few words of a label after a verb of labelling and "as" are the labeller's
      new Row("The referendum was dismissed by critics as a sham.", Map.of("sham", true)),
      new Row("Students marched against a system they see as corrupt and incompetent.",
          Map.of("corrupt", true, "incompetent", true)),
      new Row("Her teacher described the boy as a hard-working student, and the brutal cuts"
          + " hurt him.", Map.of("hard-working", true, "brutal", false)),
      new Row("I see the ruling as disgraceful.", Map.of("disgraceful", false)),
      new Row("Officials described the plan as well as the disgraceful cuts.",
          Map.of("disgraceful", false)),
      // "..., he said": the clause before the comma
      new Row("The physical evidence was overwhelming, they said.", Map.of("overwhelming", true)),
      new Row("Equally damning, jurors said, was the lack of remorse.", Map.of("damning", true)),
      new Row("The evidence was overwhelming, they said on Tuesday.",
          Map.of("overwhelming", true)),
      new Row("The school fired two employees who accepted enormous bribes, the school has said in"
          + " a statement.", Map.of("enormous", true)),
      // a comma that closes an aside on the speaker, or an opening phrase, is no trailing clause
      new Row("William Hurlbut, a professor at Stanford, said the idea is ridiculous.",
          Map.of("ridiculous", true)),
      new Row("In an interview last summer, LaRue said Magruder lied when he claimed it.",
          Map.of("lied", true)),
      // an opening stretch or an aside on the subject is the writer's description
      new Row("Legendary pin-up queen Bettie Page died of pneumonia on Thursday, a week after a"
          + " heart attack, according to her agent.", Map.of("Legendary", false)),
      new Row("Bettie Page, the model whose photographs outraged Americans, has died at 85, her"
          + " agent said.", Map.of("outraged", false)),
      new Row("In a bold move to grow its server business, AMD will buy SeaMicro, the companies"
          + " said.", Map.of("bold", false)),
      // "..., saying" reports what follows it: the clause before the comma is the writer's
      new Row("The senator slammed the proposal, saying it would fail.",
          Map.of("slammed", false)),
      // the writer as the speaker, and the writer's own verbs of saying
      new Row("Obviously a change is required, I wrote.", Map.of("Obviously", false)),
      new Row("The senator slammed the proposal on Monday.", Map.of("slammed", false)),
      new Row("The brazen robbery shocked the town.", Map.of("brazen", false)));

  @Test
  void loadedWordsInAReportedClauseAreTheSpeakers() {
    for (Row r : ROWS) {
      assertThat(quoted(r.text())).as(r.text()).isEqualTo(r.tags());
    }
  }

  @Test
  void theProfileCountsThemAsQuoted() {
    LanguageProfile p = PX.annotate(Article.builder().id("a")
        .text("The opposition leader said the poll is a sham. The regime's thugs beat protesters.").build())
        .profile();
    assertThat(p.quoted().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    assertThat(p.reporter().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
  }
}
