package dev.storygraph.write;

import dev.storygraph.ArticleSummary;
import dev.storygraph.Entity;
import dev.storygraph.Fact;
import dev.storygraph.Role;
import dev.storygraph.Story;
import java.util.HashMap;
import java.util.Map;

/** Writes a {@link Story} as plain-text tables for a person to read. Stateless and thread-safe. */
public final class TableStoryWriter {

  /** The story as text. */
  public String toTable(Story story) {
    Map<String, String> names = new HashMap<>();
    story.entities().forEach(e -> names.put(e.id(), e.name()));
    StringBuilder b = new StringBuilder();
    b.append("ARTICLES\n");
    for (ArticleSummary a : story.articles()) {
      b.append(String.format("  %-28s %-6s ref %-10s (%s) %5d tokens%s%n", a.id(), a.status().label(),
          a.referenceDate().map(Object::toString).orElse("-"), a.referenceDateSource().label(), a.tokens(),
          a.error().map(e -> "  " + e).orElse("")));
    }
    b.append("\nENTITIES\n");
    for (Entity e : story.entities()) {
      b.append(String.format("  %-5s %-13s %-32s %3d mentions in %d articles%s%n", e.id(), e.type(), e.name(),
          e.mentions().size(), e.articles().size(),
          e.aliases().isEmpty() ? "" : "  aka " + String.join(", ", e.aliases())));
    }
    b.append("\nROLES\n");
    for (Role r : story.roles()) {
      b.append(String.format("  %-24s %-32s %-24s%s%n", names.get(r.person()), r.role(),
          r.of().map(o -> "of " + names.get(o)).orElse(""), r.former() ? " (former)" : ""));
    }
    b.append("\nFACTS\n");
    for (Fact f : story.facts()) {
      b.append(String.format("  %-20s %-10s %-20s %-16s %-23s %-9s support %d  conf %.2f  \"%s\"%s%n",
          names.get(f.subject()), f.predicate(), f.object().map(names::get).orElse("-"),
          f.place().map(names::get).orElse("-"), f.time().map(t -> t.value()).orElse("-"), f.modality().label(),
          f.support(), f.confidence(), f.raw(), f.conflicts().isEmpty() ? "" : "  CONFLICT " + f.conflicts()));
    }
    return b.toString();
  }
}
