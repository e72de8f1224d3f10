package dev.storygraph.write;

import dev.storygraph.ArticleSummary;
import dev.storygraph.Entity;
import dev.storygraph.Fact;
import dev.storygraph.Role;
import dev.storygraph.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Story} as plain-text tables for a person at a terminal: column headers, names rather than ids,
 * one line per conflict ({@code time: 2025-03-05 [a1] vs 2025-03-01/2025-03-02 [a2]}). Stateless and thread-safe.
 */
public final class TableStoryWriter implements StoryWriter {

  /** Writes the story to {@code out}; does not close it. */
  public void write(Story story, Writer out) throws IOException {
    out.write(toTable(story));
    out.flush();
  }

  /** Writes the tables to {@code out} as UTF-8; does not close it. */
  @Override
  public void write(Story story, OutputStream out) throws IOException {
    StoryWriters.writeUtf8(toTable(story), out);
  }

  /** {@code table}. */
  @Override
  public String format() {
    return "table";
  }

  /** {@code txt}. */
  @Override
  public String extension() {
    return "txt";
  }

  /** {@code text/plain}. */
  @Override
  public String mediaType() {
    return "text/plain";
  }

  /** The story as text. */
  public String toTable(Story story) {
    Map<String, String> names = new HashMap<>();
    story.entities().forEach(e -> names.put(e.id(), e.name()));
    StringBuilder b = new StringBuilder();

    b.append(heading("ARTICLE", "ARTICLES", story.articles().size()));
    TextTable arts = new TextTable("ID", "STATUS", "REFERENCE DATE", "FROM", "TOKENS", "ERROR");
    for (ArticleSummary a : story.articles()) {
      arts.row(a.id(), a.status().label(), a.referenceDate().map(Object::toString).orElse("-"),
          a.referenceDateSource().label(), Integer.toString(a.tokens()), a.error().orElse(""));
    }
    arts.appendTo(b, "  ");
    b.append("  (reference date: the day relative dates such as \"on Monday\" are resolved against; FROM says\n"
        + "   where it came from: given = --date, text = the article's dateline, story = the other articles of\n"
        + "   the story, none = not known, relative dates left unresolved)\n");

    b.append('\n').append(heading("ENTITY", "ENTITIES", story.entities().size()));
    TextTable ents = new TextTable("NAME", "TYPE", "MENTIONS", "ARTICLES", "ALIASES");
    for (Entity e : story.entities()) {
      ents.row(e.name(), e.type().name().toLowerCase(Locale.ROOT), Integer.toString(e.mentions().size()),
          Integer.toString(e.articles().size()), String.join(", ", e.aliases()));
    }
    ents.appendTo(b, "  ");

    b.append('\n').append(heading("ROLE", "ROLES", story.roles().size()));
    TextTable roles = new TextTable("PERSON", "ROLE", "OF", "ARTICLES");
    for (Role r : story.roles()) {
      roles.row(names.getOrDefault(r.person(), r.person()), r.role() + (r.former() ? " (former)" : ""),
          r.of().map(o -> names.getOrDefault(o, o)).orElse("-"), Integer.toString(r.articles().size()));
    }
    roles.appendTo(b, "  ");

    b.append('\n').append(heading("FACT", "FACTS", story.facts().size()));
    TextTable facts = new TextTable("SUBJECT", "PREDICATE", "OBJECT", "PLACE", "TIME", "MODALITY", "SUPPORT",
        "CONFIDENCE", "WORDS");
    for (Fact f : story.facts()) {
      facts.row(names.getOrDefault(f.subject(), f.subject()), f.predicate(),
          f.object().map(o -> names.getOrDefault(o, o)).orElse("-"),
          f.place().map(p -> names.getOrDefault(p, p)).orElse("-"), f.time().map(t -> t.value()).orElse("-"),
          f.modality().label(), Integer.toString(f.support()), String.format(Locale.ROOT, "%.2f", f.confidence()),
          "\"" + f.raw() + "\"");
      for (Fact.Conflict c : f.conflicts()) {
        facts.note("conflict " + conflict(c, names));
      }
    }
    facts.appendTo(b, "  ");
    b.append("  (SUPPORT: how many articles state the fact; see docs/OUTPUT.md for modality and confidence)\n");
    return b.toString();
  }

  /** {@code time: 2025-03-05 [a1] vs 2025-03-01/2025-03-02 [a2]}; places by name. */
  static String conflict(Fact.Conflict c, Map<String, String> names) {
    List<String> parts = new ArrayList<>();
    for (Fact.ConflictValue v : c.values()) {
      String value = c.field().equals("time") ? v.value() : names.getOrDefault(v.value(), v.value());
      parts.add(value + " [" + String.join(", ", v.articles()) + "]");
    }
    return c.field() + ": " + String.join(" vs ", parts);
  }

  private static String heading(String one, String many, int n) {
    return (n == 1 ? one : many) + " (" + n + ")\n";
  }
}
