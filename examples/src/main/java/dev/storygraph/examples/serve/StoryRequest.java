package dev.storygraph.examples.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storygraph.Article;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /story}: {@code {"articles": [{"id", "text", "referenceDate"?}]}}, read strictly. Every
 * mistake is a 400 that names the field: bad JSON, a missing or mistyped field, an unknown key (a misspelt
 * {@code referenceDate} would otherwise be ignored without a word), an empty list, repeated ids. Thread-safe.
 */
final class StoryRequest {
  private static final Set<String> BODY_KEYS = Set.of("articles");
  private static final Set<String> ARTICLE_KEYS = Set.of("id", "text", "referenceDate");

  private final ObjectMapper mapper = new ObjectMapper()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The articles of a request body, in the order given. */
  List<Article> articles(byte[] body) throws ApiException {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ApiException(400, "bad_json", "the body is not valid JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ApiException(400, "bad_json", "the body cannot be read as JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw ApiException.badRequest("the body is empty; expected {\"articles\": [{\"id\": ..., \"text\": ...}]}");
    }
    if (!root.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object {\"articles\": [...]}, not " + kind(root));
    }
    unknownKeys(root, BODY_KEYS, "the body");
    JsonNode list = root.get("articles");
    if (list == null) {
      throw ApiException.badRequest("the body has no \"articles\" field");
    }
    if (!list.isArray()) {
      throw ApiException.badRequest("\"articles\" must be an array, not " + kind(list));
    }
    if (list.isEmpty()) {
      throw ApiException.badRequest("\"articles\" is empty: give at least one article");
    }
    List<Article> articles = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Article a = article(list.get(i), "articles[" + i + "]");
      if (!ids.add(a.id())) {
        repeated.add(a.id());
      }
      articles.add(a);
    }
    if (!repeated.isEmpty()) {
      throw new ApiException(400, "duplicate_ids", "article ids must be unique in a story; repeated: "
          + String.join(", ", repeated.stream().map(id -> "'" + id + "'").toList()));
    }
    return articles;
  }

  private static Article article(JsonNode n, String at) throws ApiException {
    if (!n.isObject()) {
      throw ApiException.badRequest(at + " must be an object {\"id\": ..., \"text\": ...}, not " + kind(n));
    }
    unknownKeys(n, ARTICLE_KEYS, at);
    String id = string(n, "id", at);
    if (id.isBlank()) {
      throw ApiException.badRequest(at + ".id is blank");
    }
    Article a = Article.of(id, string(n, "text", at));
    JsonNode date = n.get("referenceDate");
    if (date != null && !date.isNull()) {
      if (!date.isTextual()) {
        throw ApiException.badRequest(at + ".referenceDate must be a string YYYY-MM-DD, not " + kind(date));
      }
      try {
        a = a.withReferenceDate(LocalDate.parse(date.textValue()));
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest(at + ".referenceDate is not a date in the form YYYY-MM-DD: '"
            + date.textValue() + "'");
      }
    }
    return a;
  }

  private static String string(JsonNode n, String key, String at) throws ApiException {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      throw ApiException.badRequest(at + " has no \"" + key + "\"");
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest(at + "." + key + " must be a string, not " + kind(v));
    }
    return v.textValue();
  }

  private static void unknownKeys(JsonNode n, Set<String> known, String at) throws ApiException {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw ApiException.badRequest(at + " has an unknown field \"" + k + "\"; known: "
            + String.join(", ", known.stream().sorted().toList()));
      }
    }
  }

  /** "a number", "an array": what a JSON value is, for messages. */
  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case STRING -> "a string";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }
}
