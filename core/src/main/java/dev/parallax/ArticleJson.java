package dev.parallax;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Map;

/**
 * Reads one JSON article: an object with the string fields {@code id}, {@code outlet}, {@code
 * title}, {@code published}, {@code url} and {@code text} (required), and the aliases corpora use,
 * {@code article_id} for id, and {@code date} and {@code dct} (TimeML's document creation time)
 * for published (an empty date is none). Other fields
 * are the corpus's own and are skipped; a known field that is not a string, a field given twice,
 * trailing content and malformed JSON are errors that say where.
 */
final class ArticleJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static final Map<String, String> ALIASES = Map.of("article_id", "id", "date",
      "published", "dct", "published");

  private static final java.util.Set<String> FIELDS =
      java.util.Set.of("id", "outlet", "title", "published", "url", "text");

  private ArticleJson() {}

  static Article parse(String json, String defaultId) {
    Article.Builder b = Article.builder().id(defaultId);
    boolean text = false;
    java.util.Set<String> seen = new java.util.HashSet<>();
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a JSON article must be an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        String field = ALIASES.getOrDefault(name, name);
        JsonToken v = p.nextToken();
        if (!FIELDS.contains(field)) {
          p.skipChildren(); // the corpus's own field
          continue;
        }
        if (!seen.add(field)) {
          throw new IllegalArgumentException("field '" + field + "' is given twice"
              + (name.equals(field) ? "" : " (as '" + name + "')"));
        }
        if (v == JsonToken.VALUE_NULL) {
          continue;
        }
        if (v != JsonToken.VALUE_STRING) {
          throw new IllegalArgumentException("field '" + name + "' must be a string");
        }
        String s = p.getText();
        switch (field) {
          case "id" -> b.id(s);
          case "outlet" -> b.outlet(s);
          case "title" -> b.title(s);
          case "published" -> b.published(s);
          case "url" -> b.url(s);
          default -> {
            b.text(s);
            text = true;
          }
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("unexpected content after the article's object");
      }
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
    }
    if (!text) {
      throw new IllegalArgumentException("field 'text' is missing");
    }
    return b.build();
  }
}
