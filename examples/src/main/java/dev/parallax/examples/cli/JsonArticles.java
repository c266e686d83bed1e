package dev.parallax.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON article: one object with the string fields {@code id}, {@code outlet}, {@code
 * title}, {@code published}, {@code url} and {@code text}; only {@code text} is required, {@code
 * null} counts as absent; {@code article_id} and {@code date} are read as id and published. Other
 * fields are the input's own: they are left out and collected, so that the command names them
 * once (a misspelt field is not dropped in silence); a field given twice is an error.
 */
final class JsonArticles {
  /** The fields a JSON article may have, in documentation order. */
  static final List<String> FIELDS = List.of("id", "outlet", "title", "published", "url", "text");

  private static final Set<String> KNOWN = Set.copyOf(FIELDS);

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonArticles() {}

  /** Whether {@code text} looks like JSON: its first non-white-space character is <code>{</code>. */
  static boolean looksLikeJson(String text) {
    return text.stripLeading().startsWith("{");
  }

  /**
   * Parses one JSON article. Fields of the input's own are left out and added to {@code
   * ignored}, for the caller to name once; the aliases {@code article_id} (id) and {@code date}
   * (published; empty is none) are read.
   *
   * @param source the file name (or {@code name:line}) for messages
   * @throws CliException naming the source, for malformed JSON, a value that is not an object,
   *     a known field that is not a string or given twice, or a missing text
   */
  static ArticleInput parse(String json, String source, java.util.Set<String> ignored)
      throws CliException {
    if (json.isBlank()) {
      throw CliException.about(source, "malformed JSON: no content");
    }
    return parseLenient(readTree(json, source), source, ignored);
  }

  /** Parses JSON text into a tree, or a {@link CliException} naming the source and the place. */
  static JsonNode readTree(String json, String source) throws CliException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw CliException.about(source, describe(e));
    }
  }

  private static ArticleInput article(JsonNode root, String source) throws CliException {
    Optional<String> text = string(root, "text", source);
    if (text.isEmpty()) {
      throw CliException.about(source, "field 'text' is missing");
    }
    return new ArticleInput(
        source,
        string(root, "id", source),
        string(root, "outlet", source),
        string(root, "title", source),
        string(root, "published", source),
        string(root, "url", source),
        text.get());
  }

  /** Parses one JSON article already read into a tree (see {@link #parse}). */
  static ArticleInput parseLenient(JsonNode root, String source, java.util.Set<String> ignored)
      throws CliException {
    if (!root.isObject()) {
      throw CliException.about(
          source, "a JSON article must be an object, got " + kind(root));
    }
    com.fasterxml.jackson.databind.node.ObjectNode known = MAPPER.createObjectNode();
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      String as = ALIASES.getOrDefault(name, name);
      JsonNode v = root.get(name);
      if (!KNOWN.contains(as)) {
        ignored.add(name);
      } else if (known.has(as)) {
        throw CliException.about(source, "field '" + as + "' is given twice"
            + (as.equals(name) ? "" : " (as '" + name + "')"));
      } else if (!(as.equals("published") && v.isTextual() && v.textValue().isBlank())) {
        known.set(as, v);
      }
    }
    return article(known, source);
  }

  /** Field names that corpora use for the fields of an article. */
  private static final java.util.Map<String, String> ALIASES =
      java.util.Map.of("article_id", "id", "date", "published", "dct", "published");

  private static Optional<String> string(JsonNode root, String field, String source)
      throws CliException {
    JsonNode v = root.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw CliException.about(source, "field '" + field + "' must be a string, got " + kind(v));
    }
    return Optional.of(v.textValue());
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NULL -> "null";
      default -> n.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }

  /** {@code malformed JSON at line 3, column 7: <Jackson's reason>}, on one line. */
  private static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return "malformed JSON" + where + ": " + why.replaceAll("\\s+", " ").strip();
  }
}
