package dev.storygraph;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's position: "foreign minister" of China. Titles that name one position ("CEO", "chief executive",
 * "chief executive officer") are one role: {@code role} is the longest form the articles use, {@code forms} the
 * others.
 *
 * @param person   id of the person entity
 * @param role     the role, lower case ("foreign minister")
 * @param of       id of the organization or place the role belongs to, if the text says
 * @param former   true when the text says the person no longer holds it
 * @param evidence where the role is stated
 * @param forms    the other titles the articles give this role ("ceo" for "chief executive officer"), sorted,
 *                 without {@code role}
 */
public record Role(String person, String role, Optional<String> of, boolean former, List<Evidence> evidence,
    List<String> forms) {
  public Role {
    requireNonNull(person, "person");
    requireNonNull(role, "role");
    requireNonNull(of, "of");
    evidence = List.copyOf(evidence);
    requireNonNull(forms, "forms");
    forms = new TreeSet<>(forms).stream().filter(f -> !f.equals(role)).toList();
  }

  /** A role stated under one title only. */
  public Role(String person, String role, Optional<String> of, boolean former, List<Evidence> evidence) {
    this(person, role, of, former, evidence, List.of());
  }

  /** The ids of the articles that state this role, sorted. */
  public Set<String> articles() {
    Set<String> ids = new TreeSet<>();
    evidence.forEach(e -> ids.add(e.article()));
    return ids;
  }
}
