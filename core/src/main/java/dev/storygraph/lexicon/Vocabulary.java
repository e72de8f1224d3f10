package dev.storygraph.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed predicate vocabulary of {@code vocabulary.tsv} (DESIGN.md, "Predicates"): every predicate with its
 * CAMEO code, whether its argument order matters, and where its object comes from. The one place every class
 * asks whether a predicate exists or is symmetric. Immutable; thread-safe.
 */
public final class Vocabulary {
  private static final String FILE = "vocabulary.tsv";

  /**
   * One predicate of the vocabulary.
   *
   * @param name        the lower-case predicate
   * @param cameo       its CAMEO code, or "-" for a news event outside CAMEO
   * @param symmetric   true when argument order does not matter
   * @param verbObjects where a verb trigger's object comes from, in order of preference (empty for none)
   * @param nounObjects where an event noun's object comes from, in order of preference (empty for none)
   * @param needsObject true when a fact of the predicate tells something only with a named object ("fight"):
   *                    without one it stands only once the story knows its one object
   * @param patient     the classes of what the predicate acts on: WordNet noun classes of the object slot's noun
   *                    and entity types of a named object; empty for any
   * @param otherwise   the predicate a trigger states when its object is of another class ("attacked the plan"
   *                    is criticism), or empty when it then states no event of the vocabulary
   */
  public record Predicate(String name, String cameo, boolean symmetric, List<String> verbObjects,
      List<String> nounObjects, boolean needsObject, Set<String> patient, Optional<String> otherwise) {
    public Predicate {
      verbObjects = List.copyOf(verbObjects);
      nounObjects = List.copyOf(nounObjects);
      patient = Set.copyOf(patient);
    }

    /**
     * A lexicon entry that makes these words a trigger of this predicate, for a construction that states it with
     * words of their own ("left two guards dead" kills) or another sense of a form ("attacked the plan").
     */
    public Lexicons.PredicateEntry entry(List<String> words, boolean noun) {
      return new Lexicons.PredicateEntry(name, cameo, words, noun ? "noun" : "verb",
          noun ? nounObjects : verbObjects);
    }

    /** Whether the predicate acts on what is of one of these classes; no class known (empty) is admitted. */
    public boolean admits(java.util.Collection<String> classes) {
      return patient.isEmpty() || classes.isEmpty() || classes.stream().anyMatch(patient::contains);
    }
  }

  private static final class Holder {
    static final Vocabulary STANDARD = parse(Lexicons.resource(FILE), FILE);
  }

  private final Map<String, Predicate> byName;

  private Vocabulary(Map<String, Predicate> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** The vocabulary of the models jar, loaded once. */
  public static Vocabulary standard() {
    return Holder.STANDARD;
  }

  /**
   * Parses a vocabulary file.
   *
   * @param source the file name used in error messages
   * @throws IllegalArgumentException naming file, line and value of a malformed row
   */
  static Vocabulary parse(List<String> lines, String source) {
    Map<String, Predicate> map = new LinkedHashMap<>();
    for (TsvRow row : TsvRow.read(lines, source, 8,
        "predicate, cameo, symmetric, verb-object, noun-object, needs-object, patient, otherwise")) {
      String[] c = row.cells();
      String where = row.where();
      String name = c[0].strip();
      if (!name.matches("[a-z]+")) {
        throw new IllegalArgumentException(where + ": predicate must be one lower-case word: '" + name + "'");
      }
      boolean symmetric = yesOrNo(c[2], "symmetric", where);
      boolean needsObject = yesOrNo(c[5], "needs-object", where);
      if (map.containsKey(name)) {
        throw new IllegalArgumentException(where + ": predicate listed twice: '" + name + "'");
      }
      String otherwise = c[7].strip();
      map.put(name, new Predicate(name, c[1].strip(), symmetric, slots(c[3]), slots(c[4]), needsObject,
          new LinkedHashSet<>(slots(c[6])), otherwise.equals("-") ? Optional.empty() : Optional.of(otherwise)));
    }
    for (Predicate p : map.values()) {
      if (p.otherwise().isPresent() && !map.containsKey(p.otherwise().get())) {
        throw new IllegalArgumentException(source + ": otherwise of '" + p.name() + "' is not a predicate: '"
            + p.otherwise().get() + "'");
      }
    }
    return new Vocabulary(map);
  }

  private static boolean yesOrNo(String cell, String column, String where) {
    String v = cell.strip();
    if (!v.equals("yes") && !v.equals("no")) {
      throw new IllegalArgumentException(where + ": " + column + " must be yes or no: '" + v + "'");
    }
    return v.equals("yes");
  }

  private static List<String> slots(String column) {
    String t = column.strip();
    if (t.isEmpty() || t.equals("-")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : t.split(",")) {
      out.add(s.strip());
    }
    return out;
  }

  /** The predicate of that name, if the vocabulary has it. */
  public Optional<Predicate> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** True when the vocabulary has this predicate. */
  public boolean contains(String name) {
    return byName.containsKey(name);
  }

  /** True when the predicate ignores argument order ("meet"); false for unknown predicates. */
  public boolean isSymmetric(String name) {
    Predicate p = byName.get(name);
    return p != null && p.symmetric();
  }

  /** True when a fact of the predicate needs a named object ("fight"); false for unknown predicates. */
  public boolean needsObject(String name) {
    Predicate p = byName.get(name);
    return p != null && p.needsObject();
  }

  /** The predicate names, in file order. */
  public Set<String> names() {
    return byName.keySet();
  }

  /**
   * Checks that a lexicon row names a predicate of the vocabulary.
   *
   * @throws IllegalArgumentException naming file, line and value when it does not
   */
  public void require(String predicate, String file, int line) {
    require(predicate, file + " line " + line);
  }

  /** As {@link #require(String, String, int)}, {@code where} being "file line N". */
  void require(String predicate, String where) {
    if (!byName.containsKey(predicate)) {
      throw new IllegalArgumentException(where + ": predicate '" + predicate + "' is not in " + FILE);
    }
  }
}
