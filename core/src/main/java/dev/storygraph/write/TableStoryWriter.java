package dev.storygraph.write;

import dev.storygraph.ArticleSummary;
import dev.storygraph.Entity;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.Role;
import dev.storygraph.Story;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a {@link Story} as plain-text tables for a person at a terminal: column headers, names rather than ids,
 * one line per person and role, one line per conflict ({@code time: 2025-03-05 [a1] vs 2025-03-01/2025-03-02
 * [a2]}), and, {@link #withEvidence(boolean) when asked}, each fact's sentences. The columns are fitted to a
 * {@link #withWidth(int) width} (100 characters unless told): wide cells wrap onto more lines. Immutable and
 * thread-safe.
 */
public final class TableStoryWriter implements StoryWriter {
  /** The width of a table when none is given. */
  public static final int DEFAULT_WIDTH = 100;
  /** The narrowest width a table is fitted to. */
  public static final int MIN_WIDTH = 40;

  private final int width;
  private final boolean evidence;

  /** A writer of tables {@value #DEFAULT_WIDTH} characters wide, without the facts' sentences. */
  public TableStoryWriter() {
    this(DEFAULT_WIDTH, false);
  }

  private TableStoryWriter(int width, boolean evidence) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("table width must be at least " + MIN_WIDTH + " characters: " + width);
    }
    this.width = width;
    this.evidence = evidence;
  }

  /** This writer, fitting its tables to {@code width} characters (at least {@value #MIN_WIDTH}). */
  public TableStoryWriter withWidth(int width) {
    return new TableStoryWriter(width, evidence);
  }

  /** This writer, adding under each fact the sentences that state it, with their articles. */
  public TableStoryWriter withEvidence(boolean evidence) {
    return new TableStoryWriter(width, evidence);
  }

  /** The width the tables are fitted to. */
  public int width() {
    return width;
  }

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
    arts.appendTo(b, "  ", width);
    TextTable.paragraph(b, "(reference date: the day relative dates such as \"on Monday\" are resolved against; "
        + "FROM says where it came from: given = --date, text = the article's dateline, story = the other articles "
        + "of the story, none = not known, relative dates left unresolved)", "  ", width);

    b.append('\n').append(heading("ENTITY", "ENTITIES", story.entities().size()));
    TextTable ents = new TextTable("NAME", "TYPE", "MENTIONS", "ARTICLES", "ALIASES");
    for (Entity e : story.entities()) {
      ents.row(e.name(), e.type().name().toLowerCase(Locale.ROOT), Integer.toString(e.mentions().size()),
          Integer.toString(e.articles().size()), String.join(", ", e.aliases()));
    }
    ents.appendTo(b, "  ", width);

    Map<List<String>, PersonRole> roles = personRoles(story, names);
    b.append('\n').append(heading("ROLE", "ROLES", roles.size()));
    TextTable roleTable = new TextTable("PERSON", "ROLE", "OF", "ARTICLES");
    for (PersonRole r : roles.values()) {
      roleTable.row(r.person, r.role, r.of.isEmpty() ? "-" : String.join(", ", r.of),
          Integer.toString(r.articles.size()));
    }
    roleTable.appendTo(b, "  ", width);

    b.append('\n').append(heading("FACT", "FACTS", story.facts().size()));
    TextTable facts = new TextTable("SUBJECT", "PREDICATE", "OBJECT", "PLACE", "TIME", "ARTICLES", "CONF.",
        "WORDS");
    for (Fact f : story.facts()) {
      facts.row(names.getOrDefault(f.subject(), f.subject()),
          f.predicate() + (f.modality() == Modality.ASSERTED ? "" : " (" + f.modality().label() + ")"),
          f.object().map(o -> names.getOrDefault(o, o)).orElse("-"),
          f.place().map(p -> names.getOrDefault(p, p)).orElse("-"), f.time().map(t -> t.value()).orElse("-"),
          Integer.toString(f.support()), Math.round(100 * f.confidence()) + "%", "\"" + f.raw() + "\"");
      for (Fact.Conflict c : f.conflicts()) {
        facts.note("conflict " + conflict(c, names));
      }
      if (evidence) {
        for (Evidence e : f.evidence()) {
          facts.note("[" + e.article() + "] " + e.text().strip().replaceAll("\\s+", " "));
        }
      }
    }
    facts.appendTo(b, "  ", width);
    TextTable.paragraph(b, "(PREDICATE: its modality in brackets when the fact is not asserted as having happened; "
        + "ARTICLES: how many articles state the fact; CONF.: its confidence; see docs/OUTPUT.md)", "  ", width);
    return b.toString();
  }

  /** A person's role, once however many articles give it: the organizations or places of it, the articles. */
  private record PersonRole(String person, String role, Set<String> of, Set<String> articles) {}

  /**
   * One entry per person and role (the same title in several articles, with or without its organization), a
   * person's roles together, people in the order the story first gives them a role.
   */
  private static Map<List<String>, PersonRole> personRoles(Story story, Map<String, String> names) {
    Map<String, Map<String, PersonRole>> byPerson = new LinkedHashMap<>();
    for (Role r : story.roles()) {
      String role = r.role() + (r.former() ? " (former)" : "");
      PersonRole pr = byPerson.computeIfAbsent(r.person(), k -> new LinkedHashMap<>()).computeIfAbsent(role,
          k -> new PersonRole(names.getOrDefault(r.person(), r.person()), role, new LinkedHashSet<>(),
              new TreeSet<>()));
      r.of().ifPresent(o -> pr.of.add(names.getOrDefault(o, o)));
      pr.articles.addAll(r.articles());
    }
    Map<List<String>, PersonRole> out = new LinkedHashMap<>();
    byPerson.forEach((person, roles) -> roles.forEach((role, pr) -> out.put(List.of(person, role), pr)));
    return out;
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
