package dev.storygraph.write;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.storygraph.ArticleSummary;
import dev.storygraph.DateExpression;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Mention;
import dev.storygraph.Modality;
import dev.storygraph.ReferenceDateSource;
import dev.storygraph.Role;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a story saved by {@link JsonStoryWriter} back into the {@link Story} it was written from, so that a saved
 * story can be written again in any format without extracting it again:
 *
 * <pre>{@code
 * Story story = new JsonStoryReader().read(Path.of("story.json"));
 * try (OutputStream out = Files.newOutputStream(Path.of("story.ttl"))) {
 *   StoryWriters.forFormat("ttl").write(story, out);
 * }
 * }</pre>
 *
 * <p>The fields that are derived from others ({@code support}, {@code articles}, an entity's {@code mentions}
 * count) are not read. A file that is not such a story is rejected with an {@link IOException} whose message
 * names the field, as in {@code facts[3].modality: unknown value 'sure'; one of asserted, planned, ...}; a story
 * written by a StoryGraph older than this reader lacks the entities' {@code occurrences} and is rejected so.
 * Stateless and thread-safe.
 */
public final class JsonStoryReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads the story of a JSON file. */
  public Story read(Path file) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        throw new IOException(file + ": no such file", e);
      }
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a story from UTF-8 JSON; does not close {@code in}. */
  public Story read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    return story(parse(() -> MAPPER.readTree(in)));
  }

  /** Reads a story from JSON text; does not close {@code in}. */
  public Story read(Reader in) throws IOException {
    requireNonNull(in, "in");
    return story(parse(() -> MAPPER.readTree(in)));
  }

  /** Reads a story from a JSON string. */
  public Story fromJson(String json) throws IOException {
    requireNonNull(json, "json");
    return story(parse(() -> MAPPER.readTree(json)));
  }

  private interface Source {
    JsonNode get() throws IOException;
  }

  private static JsonNode parse(Source source) throws IOException {
    JsonNode root;
    try {
      root = source.get();
    } catch (JsonProcessingException e) {
      throw new IOException("not JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new IOException("not JSON: the input is empty");
    }
    return root;
  }

  private static Story story(JsonNode root) throws IOException {
    Node r = new Node(root, "");
    r.object();
    return new Story(
        r.list("articles", JsonStoryReader::article),
        r.list("entities", JsonStoryReader::entity),
        r.list("roles", JsonStoryReader::role),
        r.list("facts", JsonStoryReader::fact),
        r.list("dates", JsonStoryReader::date));
  }

  private static ArticleSummary article(Node n) throws IOException {
    return n.build(() -> {
      Optional<String> day = n.optText("referenceDate");
      Optional<LocalDate> referenceDate =
          day.isPresent() ? Optional.of(n.date(day.get(), "referenceDate")) : Optional.empty();
      return new ArticleSummary(n.text("id"), n.label("status", Status.values(), Status::label), n.optText("error"),
          referenceDate, n.label("referenceDateSource", ReferenceDateSource.values(), ReferenceDateSource::label),
          n.integer("tokens"));
    });
  }

  private static Entity entity(Node n) throws IOException {
    n.object();
    Node occurrences = n.field("occurrences");
    if (occurrences.node.isMissingNode()) {
      throw new IOException(n.path + ": no 'occurrences' (the entity's mentions); the file was written by an older "
          + "StoryGraph or by hand: extract the story again");
    }
    return n.build(() -> new Entity(n.text("id"), n.text("name"),
        n.label("type", EntityType.values(), EntityType::name), n.texts("aliases"),
        n.list("occurrences", m -> m.build(() -> new Mention(m.text("article"), m.text("text"), m.integer("begin"),
            m.integer("end")))),
        n.optText("partOf")));
  }

  private static Role role(Node n) throws IOException {
    // forms came after the first saved stories: a role without them has none
    return n.build(() -> new Role(n.text("person"), n.text("role"), n.optText("of"), n.bool("former"),
        n.list("evidence", JsonStoryReader::evidence), n.node.has("forms") ? n.texts("forms") : List.of()));
  }

  private static Fact fact(Node n) throws IOException {
    n.object();
    n.required("time");
    Node t = n.field("time");
    Optional<TimeSpan> time = Optional.empty();
    if (!t.node.isNull()) {
      t.object();
      time = Optional.of(t.build(() -> new TimeSpan(t.text("value"), t.date(t.text("begin"), "begin"),
          t.date(t.text("end"), "end"))));
    }
    Optional<TimeSpan> when = time;
    return n.build(() -> new Fact(n.text("subject"), n.text("predicate"), n.optText("object"), n.optText("place"),
        when, n.label("modality", Modality.values(), Modality::label), n.text("raw"), n.text("cameo"),
        n.number("confidence"), n.list("evidence", JsonStoryReader::evidence),
        n.list("conflicts", c -> c.build(() -> new Fact.Conflict(c.text("field"),
            c.list("values", v -> v.build(() -> new Fact.ConflictValue(v.text("value"), v.texts("articles")))))))));
  }

  private static Evidence evidence(Node n) throws IOException {
    return n.build(() -> new Evidence(n.text("article"), n.integer("begin"), n.integer("end"), n.text("text")));
  }

  private static DateExpression date(Node n) throws IOException {
    return n.build(() -> new DateExpression(n.text("article"), n.text("text"), n.text("value"), n.integer("begin"),
        n.integer("end")));
  }

  /** A function that reads one JSON node and may reject it. */
  private interface Read<T> {
    T apply(Node n) throws IOException;
  }

  /** A value built from a node's fields; a record's own check fails with the node's path in the message. */
  private interface Build<T> {
    T get() throws IOException;
  }

  /** A JSON node with its path in the document ({@code facts[3].time}), for messages. */
  private static final class Node {
    final JsonNode node;
    final String path;

    Node(JsonNode node, String path) {
      this.node = node;
      this.path = path;
    }

    String where() {
      return path.isEmpty() ? "the story" : path;
    }

    void object() throws IOException {
      if (!node.isObject()) {
        throw new IOException(where() + ": expected a JSON object, found " + kind(node));
      }
    }

    Node field(String name) {
      return new Node(node.path(name), path.isEmpty() ? name : path + "." + name);
    }

    JsonNode required(String name) throws IOException {
      JsonNode v = node.path(name);
      if (v.isMissingNode()) {
        throw new IOException(where() + ": no '" + name + "'");
      }
      return v;
    }

    String text(String name) throws IOException {
      JsonNode v = required(name);
      if (!v.isTextual()) {
        throw new IOException(field(name).path + ": expected a string, found " + kind(v));
      }
      return v.asText();
    }

    Optional<String> optText(String name) throws IOException {
      JsonNode v = node.path(name);
      if (v.isMissingNode() || v.isNull()) {
        return Optional.empty();
      }
      return Optional.of(text(name));
    }

    int integer(String name) throws IOException {
      JsonNode v = required(name);
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw new IOException(field(name).path + ": expected an integer, found " + kind(v));
      }
      return v.intValue();
    }

    double number(String name) throws IOException {
      JsonNode v = required(name);
      if (!v.isNumber()) {
        throw new IOException(field(name).path + ": expected a number, found " + kind(v));
      }
      return v.doubleValue();
    }

    boolean bool(String name) throws IOException {
      JsonNode v = required(name);
      if (!v.isBoolean()) {
        throw new IOException(field(name).path + ": expected true or false, found " + kind(v));
      }
      return v.booleanValue();
    }

    LocalDate date(String value, String name) throws IOException {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new IOException(field(name).path + ": not a date in the form YYYY-MM-DD: '" + value + "'", e);
      }
    }

    <E> E label(String name, E[] values, Function<E, String> label) throws IOException {
      String v = text(name);
      List<String> known = new ArrayList<>();
      for (E e : values) {
        if (label.apply(e).equals(v)) {
          return e;
        }
        known.add(label.apply(e));
      }
      throw new IOException(field(name).path + ": unknown value '" + v + "'; one of " + String.join(", ", known));
    }

    List<String> texts(String name) throws IOException {
      return list(name, n -> {
        if (!n.node.isTextual()) {
          throw new IOException(n.path + ": expected a string, found " + kind(n.node));
        }
        return n.node.asText();
      });
    }

    <T> List<T> list(String name, Read<T> read) throws IOException {
      JsonNode v = required(name);
      if (!v.isArray()) {
        throw new IOException(field(name).path + ": expected an array, found " + kind(v));
      }
      List<T> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        Node item = new Node(v.get(i), field(name).path + "[" + i + "]");
        out.add(read.apply(item));
      }
      return out;
    }

    /** Builds a record, turning its own argument check into an error that says where. */
    <T> T build(Build<T> b) throws IOException {
      object();
      try {
        return b.get();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IOException(where() + ": " + e.getMessage(), e);
      }
    }

    private static String kind(JsonNode v) {
      if (v.isMissingNode()) {
        return "nothing";
      }
      return v.getNodeType().name().toLowerCase(Locale.ROOT)
          + (v.isValueNode() ? " " + v.toString() : "");
    }
  }
}
