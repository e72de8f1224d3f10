package dev.storygraph.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.storygraph.ArticleSummary;
import dev.storygraph.DateExpression;
import dev.storygraph.Entity;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Role;
import dev.storygraph.Story;
import dev.storygraph.TimeSpan;
import dev.storygraph.Mention;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Optional;

/**
 * Writes a {@link Story} as the JSON contract of docs/OUTPUT.md: {@code articles}, {@code entities},
 * {@code roles}, {@code facts}, {@code dates}. Besides the contract's fields it writes what the other formats need,
 * so that {@link JsonStoryReader} reads back the very story: each entity's {@code occurrences} (its mentions with
 * their offsets), the {@code text} of role evidence, and the confidence unrounded. Stateless and thread-safe.
 */
public final class JsonStoryWriter implements StoryWriter {
  private final ObjectMapper mapper = Unicode.jsonMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The story as a JSON string. */
  public String toJson(Story story) {
    try {
      return mapper.writeValueAsString(tree(story));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write story as JSON: " + e.getMessage(), e);
    }
  }

  /** Writes the story to {@code out}; does not close it. */
  public void write(Story story, Writer out) throws IOException {
    out.write(toJson(story));
    out.write('\n');
    out.flush();
  }

  /** Writes the story to {@code out} as UTF-8, with a final newline; does not close it. */
  @Override
  public void write(Story story, OutputStream out) throws IOException {
    StoryWriters.writeUtf8(toJson(story) + "\n", out);
  }

  /** {@code json}. */
  @Override
  public String format() {
    return "json";
  }

  /** {@code json}. */
  @Override
  public String extension() {
    return "json";
  }

  /** {@code application/json}. */
  @Override
  public String mediaType() {
    return "application/json";
  }

  /** The story as a Jackson tree. */
  public ObjectNode tree(Story story) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode arts = root.putArray("articles");
    for (ArticleSummary a : story.articles()) {
      ObjectNode n = arts.addObject();
      n.put("id", a.id());
      putOpt(n, "referenceDate", a.referenceDate().map(Object::toString));
      n.put("referenceDateSource", a.referenceDateSource().label());
      n.put("status", a.status().label());
      putOpt(n, "error", a.error());
      n.put("tokens", a.tokens());
    }
    ArrayNode ents = root.putArray("entities");
    for (Entity e : story.entities()) {
      ObjectNode n = ents.addObject();
      n.put("id", e.id());
      n.put("name", e.name());
      n.put("type", e.type().name());
      strings(n.putArray("aliases"), e.aliases());
      strings(n.putArray("articles"), e.articles());
      n.put("mentions", e.mentions().size());
      putOpt(n, "partOf", e.partOf());
      ArrayNode occ = n.putArray("occurrences");
      for (Mention m : e.mentions()) {
        occ.addObject().put("article", m.article()).put("text", m.text()).put("begin", m.begin()).put("end", m.end());
      }
    }
    ArrayNode roles = root.putArray("roles");
    for (Role r : story.roles()) {
      ObjectNode n = roles.addObject();
      n.put("person", r.person());
      n.put("role", r.role());
      putOpt(n, "of", r.of());
      n.put("former", r.former());
      strings(n.putArray("forms"), r.forms());
      strings(n.putArray("articles"), r.articles());
      evidence(n.putArray("evidence"), r.evidence());
    }
    ArrayNode facts = root.putArray("facts");
    for (Fact f : story.facts()) {
      ObjectNode n = facts.addObject();
      n.put("subject", f.subject());
      n.put("predicate", f.predicate());
      putOpt(n, "object", f.object());
      putOpt(n, "place", f.place());
      if (f.time().isPresent()) {
        TimeSpan t = f.time().get();
        ObjectNode tn = n.putObject("time");
        tn.put("value", t.value());
        tn.put("begin", t.begin().toString());
        tn.put("end", t.end().toString());
      } else {
        n.putNull("time");
      }
      n.put("modality", f.modality().label());
      n.put("raw", f.raw());
      n.put("cameo", f.cameo());
      n.put("support", f.support());
      // unrounded: a saved story renders to the same RDF and table as the story itself (JsonStoryReader)
      n.put("confidence", f.confidence());
      strings(n.putArray("articles"), f.articles());
      evidence(n.putArray("evidence"), f.evidence());
      ArrayNode cs = n.putArray("conflicts");
      for (Fact.Conflict c : f.conflicts()) {
        ObjectNode cn = cs.addObject();
        cn.put("field", c.field());
        ArrayNode vs = cn.putArray("values");
        for (Fact.ConflictValue v : c.values()) {
          ObjectNode vn = vs.addObject();
          vn.put("value", v.value());
          strings(vn.putArray("articles"), v.articles());
        }
      }
    }
    ArrayNode dates = root.putArray("dates");
    for (DateExpression d : story.dates()) {
      ObjectNode n = dates.addObject();
      n.put("article", d.article());
      n.put("text", d.text());
      n.put("value", d.value());
      n.put("begin", d.begin());
      n.put("end", d.end());
    }
    return root;
  }

  private static void putOpt(ObjectNode n, String field, Optional<String> v) {
    if (v.isPresent()) {
      n.put(field, v.get());
    } else {
      n.putNull(field);
    }
  }

  private static void strings(ArrayNode a, Collection<String> values) {
    values.forEach(a::add);
  }

  private static void evidence(ArrayNode a, Collection<Evidence> ev) {
    for (Evidence e : ev) {
      ObjectNode n = a.addObject();
      n.put("article", e.article());
      n.put("begin", e.begin());
      n.put("end", e.end());
      n.put("text", e.text());
    }
  }
}
