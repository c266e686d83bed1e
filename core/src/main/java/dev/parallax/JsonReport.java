package dev.parallax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.parallax.rules.Category;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Comparison} as JSON with a stable schema: fields always in the same order,
 * absent optional values as {@code null}, offsets as UTF-16 char indices (as Java and JavaScript
 * strings count). The schema is documented field by field in {@code docs/json.md}. Stateless and
 * thread-safe.
 */
final class JsonReport {

  /** Version of the JSON schema; raised when a field changes meaning or goes away. */
  public static final int SCHEMA_VERSION = 2;

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonReport() {}

  /** The comparison as pretty-printed JSON. */
  public static String toJson(Comparison c) {
    StringWriter out = new StringWriter();
    write(c, out, true);
    return out.toString();
  }

  /** The comparison's JSON on one line: a JSON Lines record. */
  static String line(Comparison c) {
    StringWriter out = new StringWriter();
    write(c, out, false);
    return out.toString();
  }

  /** One article's annotation on one line: a JSON Lines record. */
  static String line(Annotation a) {
    StringWriter out = new StringWriter();
    write(a, out, false);
    return out.toString();
  }

  /**
   * Writes the comparison to {@code out}, pretty-printed or on one line; does not close it.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void write(Comparison c, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
        pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        g.setPrettyPrinter(pp);
      }
      g.writeStartObject();
      g.writeNumberField("schema", SCHEMA_VERSION);
      g.writeArrayFieldStart("articles");
      for (Article a : c.articles()) {
        article(g, a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("alignments");
      for (ClaimAlignment al : c.alignments()) {
        alignment(g, al);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("exclusives");
      for (Claim cl : c.exclusives()) {
        span(g, cl.span());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("contradictions");
      for (Contradiction x : c.contradictions()) {
        g.writeStartObject();
        g.writeStringField("kind", x.kind().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart("claims");
        claim(g, x.left());
        claim(g, x.right());
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        span(g, x.leftEvidence());
        span(g, x.rightEvidence());
        g.writeEndArray();
        g.writeArrayFieldStart("values");
        g.writeString(x.leftValue());
        g.writeString(x.rightValue());
        g.writeEndArray();
        g.writeStringField("explanation", x.explanation());
        g.writeFieldName("confidence");
        g.writeRawValue(String.format(Locale.ROOT, "%.2f", x.confidence()));
        g.writeEndObject();
      }
      g.writeEndArray();
      facts(g, c);
      g.writeArrayFieldStart("tags");
      for (Tag t : c.tags()) {
        tag(g, t);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("profiles");
      for (LanguageProfile p : c.profiles()) {
        profile(g, p);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /**
   * Writes one article's annotation: {@code id}, {@code sentences[]}, {@code claims[]},
   * {@code tokens[]}, {@code facets} ({@code times[]}, {@code quantities[]}, ... each item with
   * the index of its claim), {@code tags[]} and {@code profile}, pretty-printed or on one line (one JSON Lines record);
   * does not close {@code out}.
   *
   * @throws UncheckedIOException when {@code out} fails
   */
  public static void write(Annotation a, Writer out, boolean pretty) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("id", a.article().id());
      g.writeArrayFieldStart("sentences");
      for (TextSpan s : a.sentences()) {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("claims");
      for (Claim c : a.claims()) {
        g.writeStartObject();
        g.writeNumberField("start", c.span().start());
        g.writeNumberField("end", c.span().end());
        g.writeStringField("text", c.text());
        g.writeNumberField("sentence", c.sentence());
        g.writeStringField("stance", c.stance().name().toLowerCase(Locale.ROOT));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("tokens");
      for (Token t : a.tokens()) {
        g.writeStartObject();
        g.writeNumberField("start", t.start());
        g.writeNumberField("end", t.end());
        g.writeStringField("text", t.text());
        g.writeStringField("term", t.term());
        g.writeStringField("stem", t.stem());
        g.writeEndObject();
      }
      g.writeEndArray();
      FacetJson.facetsOfClaims(g, "facets", a.claims());
      g.writeArrayFieldStart("tags");
      for (Tag t : a.tags()) {
        tag(g, t);
      }
      g.writeEndArray();
      g.writeFieldName("profile");
      profile(g, a.profile());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  private static void article(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("outlet", a.outlet().orElse(null));
    g.writeStringField("title", a.title().orElse(null));
    if (a.publishedAt().isPresent()) {
      g.writeStringField("published", a.publishedAt().get().toString());
    } else {
      g.writeStringField("published", a.publishedDate().map(Object::toString).orElse(null));
    }
    g.writeStringField("url", a.url().orElse(null));
    g.writeNumberField("length", a.text().length());
    g.writeEndObject();
  }

  private static void alignment(JsonGenerator g, ClaimAlignment al) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("claims");
    span(g, al.left().span());
    span(g, al.right().span());
    g.writeEndArray();
    g.writeFieldName("score");
    g.writeRawValue(String.format(Locale.ROOT, "%.4f", al.score()));
    g.writeStringField("reason", al.reason());
    g.writeArrayFieldStart("shared");
    for (String w : al.sharedTerms()) {
      g.writeString(w);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("diff");
    for (WordDiff.Run r : al.diff().runs()) {
      g.writeStartObject();
      g.writeStringField("op", r.op().name().toLowerCase(Locale.ROOT));
      g.writeStringField("left", r.left());
      g.writeStringField("right", r.right());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The story facts: each its central claim, its claims (each claim of the comparison once, with
   * its stance and facets), the articles that state it and those that leave it out, and its
   * contradictions as indices into {@code contradictions}.
   */
  private static void facts(JsonGenerator g, Comparison c) throws IOException {
    g.writeArrayFieldStart("facts");
    for (StoryFact f : c.facts()) {
      g.writeStartObject();
      g.writeFieldName("central");
      span(g, f.central().span());
      g.writeArrayFieldStart("claims");
      for (Claim cl : f.claims()) {
        claim(g, cl);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("statedBy");
      for (String id : f.statedBy()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("missingFrom");
      for (String id : f.missingFrom()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("contradictions");
      for (Contradiction x : f.contradictions()) {
        g.writeNumber(c.contradictions().indexOf(x));
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** One tag: its span's fields, then what the rule says. */
  private static void tag(JsonGenerator g, Tag t) throws IOException {
    g.writeStartObject();
    spanFields(g, t.span());
    g.writeStringField("category", t.category().packName());
    g.writeStringField("rule", t.rule());
    g.writeStringField("pack", t.pack());
    g.writeStringField("severity", t.severity().packName());
    g.writeStringField("why", t.why());
    g.writeStringField("alternative", t.alternative().orElse(null));
    g.writeBooleanField("quoted", t.quoted());
    g.writeArrayFieldStart("alsoBy");
    for (String other : t.alsoBy()) {
      g.writeString(other);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** One language profile. */
  private static void profile(JsonGenerator g, LanguageProfile p) throws IOException {
    g.writeStartObject();
    g.writeStringField("article", p.article());
    g.writeNumberField("words", p.words());
    g.writeNumberField("sentences", p.sentences());
    g.writeNumberField("opinionSentences", p.opinionSentences());
    g.writeFieldName("tagsPer100Words");
    g.writeRawValue(String.format(Locale.ROOT, "%.2f", p.per100Words()));
    g.writeFieldName("opinionShare");
    g.writeRawValue(String.format(Locale.ROOT, "%.4f", p.opinionShare()));
    counts(g, "reporter", p.reporter());
    counts(g, "quoted", p.quoted());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, String name, Map<Category, Integer> counts)
      throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<Category, Integer> e : counts.entrySet()) {
      g.writeNumberField(e.getKey().packName(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void span(JsonGenerator g, TextSpan s) throws IOException {
    g.writeStartObject();
    spanFields(g, s);
    g.writeEndObject();
  }

  /** A claim of a fact or a contradiction: its span's fields, its stance and its facets. */
  private static void claim(JsonGenerator g, Claim c) throws IOException {
    g.writeStartObject();
    spanFields(g, c.span());
    g.writeStringField("stance", c.stance().name().toLowerCase(Locale.ROOT));
    FacetJson.facets(g, "facets", c.facets());
    g.writeEndObject();
  }

  private static void spanFields(JsonGenerator g, TextSpan s) throws IOException {
    g.writeStringField("article", s.article());
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
  }
}
