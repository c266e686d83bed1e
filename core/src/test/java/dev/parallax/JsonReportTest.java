package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.rules.RulePack;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Article a =
      Article.builder().id("a").outlet("Wire A").published("2025-10-20")
          .text("Troops took the defector into custody near the border.\nIt rained all day.")
          .build();
  private final Article b =
      Article.builder().id("b").title("Defection").published("2025-10-20T09:30")
          .text("The defector was taken into custody by troops at the border.").build();

  @Test
  void writesTheDocumentedFieldsInOrder() throws Exception {
    JsonNode root = JSON.readTree(Parallax.standard().compare(a, b).toJson());
    assertThat(names(root))
        .containsExactly(
            "schema", "articles", "alignments", "exclusives", "contradictions", "facts",
            "tags", "profiles");
    JsonNode fact = root.get("facts").get(0);
    assertThat(names(fact))
        .containsExactly("central", "claims", "statedBy", "missingFrom", "contradictions");
    assertThat(fact.get("statedBy").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(fact.get("central").get("text").asText())
        .isEqualTo("Troops took the defector into custody near the border.");
    assertThat(root.get("schema").asInt()).isEqualTo(2);
    // each claim's stance and facets once, on its fact
    assertThat(names(fact.get("claims").get(0)))
        .containsExactly("article", "start", "end", "text", "line", "column", "stance", "facets");
    assertThat(names(fact.get("claims").get(0).get("facets")))
        .containsExactly("times", "quantities", "ordinals", "polarity", "attributions", "names");
    assertThat(names(root.get("articles").get(0)))
        .containsExactly("id", "outlet", "title", "published", "url", "length");
    assertThat(root.get("articles").get(0).get("outlet").asText()).isEqualTo("Wire A");
    assertThat(root.get("articles").get(0).get("title").isNull()).isTrue();
    assertThat(root.get("articles").get(1).get("published").asText())
        .isEqualTo("2025-10-20T09:30");

    JsonNode al = root.get("alignments").get(0);
    assertThat(names(al)).containsExactly("claims", "score", "reason", "shared", "diff");
    assertThat(names(al.get("claims").get(0)))
        .containsExactly("article", "start", "end", "text", "line", "column");
    assertThat(al.get("claims").get(0).get("text").asText())
        .isEqualTo("Troops took the defector into custody near the border.");
    assertThat(al.get("claims").get(1).get("article").asText()).isEqualTo("b");
    assertThat(names(al.get("diff").get(0))).containsExactly("op", "left", "right");

    JsonNode ex = root.get("exclusives").get(0);
    assertThat(ex.get("text").asText()).isEqualTo("It rained all day.");
    assertThat(ex.get("start").asInt()).isEqualTo(55);
    assertThat(ex.get("line").asInt()).isEqualTo(2);
    assertThat(root.get("contradictions").isArray()).isTrue();
    assertThat(root.get("tags").isArray()).isTrue();
    assertThat(names(root.get("profiles").get(0)))
        .containsExactly("article", "words", "sentences", "opinionSentences", "tagsPer100Words",
            "opinionShare", "reporter", "quoted");
  }

  @Test
  void offsetsIndexTheArticleText() throws Exception {
    Comparison c = Parallax.standard().compare(a, b);
    JsonNode root = JSON.readTree(c.toJson());
    List<JsonNode> spans = new ArrayList<>();
    root.get("alignments").forEach(al -> al.get("claims").forEach(spans::add));
    root.get("exclusives").forEach(spans::add);
    assertThat(spans).isNotEmpty();
    for (JsonNode s : spans) {
      String text = c.expectArticle(s.get("article").asText()).text();
      assertThat(s.get("text").asText())
          .isEqualTo(text.substring(s.get("start").asInt(), s.get("end").asInt()));
    }
  }

  @Test
  void writesTagsWithTheirRuleAndAnnotationsAsOneLine() throws Exception {
    RulePack pack = RulePack.parse("t.rules", """
        pack t
          version: 1
          language: en
          source: tests
          license: Apache-2.0
        rule regime
          category: loaded-term
          words: regime
          why: Implies illegitimate rule.
          neutral: government
          expect: The [[regime]] spoke.
          expect: The government spoke.
        """);
    Parallax px = Parallax.builder().rulePacks(List.of(pack)).build();
    Article r = Article.builder().id("r").text("The regime spoke.").build();
    JsonNode tag = JSON.readTree(px.compare(r, a).toJson()).get("tags").get(0);
    assertThat(names(tag)).containsExactly("article", "start", "end", "text", "line", "column",
        "category", "rule", "pack", "severity", "why", "alternative", "quoted", "alsoBy");
    assertThat(tag.toString()).isEqualTo("{\"article\":\"r\",\"start\":4,\"end\":10,"
        + "\"text\":\"regime\",\"line\":1,\"column\":5,\"category\":\"loaded-term\","
        + "\"rule\":\"regime\",\"pack\":\"t\",\"severity\":\"medium\","
        + "\"why\":\"Implies illegitimate rule.\",\"alternative\":\"government\","
        + "\"quoted\":false,\"alsoBy\":[]}");

    StringWriter line = new StringWriter();
    JsonReport.write(px.annotate(r), line, false);
    assertThat(px.annotate(r).toJson()).isEqualTo(line.toString());
    assertThat(line.toString()).doesNotContain("\n");
    JsonNode an = JSON.readTree(line.toString());
    assertThat(names(an))
        .containsExactly("id", "sentences", "claims", "tokens", "facets", "tags", "profile");
    assertThat(an.get("claims").get(0).toString()).isEqualTo("{\"start\":0,\"end\":17,"
        + "\"text\":\"The regime spoke.\",\"sentence\":0,\"stance\":\"asserted\"}");
    assertThat(an.get("profile").get("reporter").toString()).isEqualTo("{\"loaded-term\":1}");
    assertThat(an.get("profile").get("tagsPer100Words").asDouble()).isEqualTo(33.33);
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
