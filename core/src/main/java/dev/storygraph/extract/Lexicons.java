package dev.storygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary StoryGraph reads from the {@code storygraph-models} jar: places, demonyms, metonyms, roles,
 * institutions, honorifics and predicates. Immutable once loaded; thread-safe.
 */
public final class Lexicons {
  private static final String ROOT = "/dev/storygraph/models/";
  private static final String PREDICATES = "predicates.tsv";
  private static final String NOUN_CLASSES = "lexicon/noun-classes.tsv";

  /**
   * A place of the gazetteer.
   *
   * @param name   canonical name
   * @param kind   continent, country, region, city, facility or union
   * @param partOf the canonical name of the place that contains it, or null
   */
  public record Place(String name, String kind, String partOf) {}

  /**
   * A predicate of the lexicon.
   *
   * @param predicate the vocabulary predicate
   * @param cameo     its CAMEO code
   * @param pattern   surface words: a lemma, optionally followed by a particle or preposition it needs
   * @param pos       "verb" or "noun"
   * @param objects   where the object comes from, in order: "obj", "iobj", "ccomp", "compound" or a
   *                  preposition; empty for none
   */
  public record PredicateEntry(String predicate, String cameo, List<String> pattern, String pos,
      List<String> objects) {
    public String lemma() {
      return pattern.get(0);
    }

    public boolean isNoun() {
      return pos.equals("noun");
    }
  }

  /**
   * A metonym: "Elysee" for Russia.
   *
   * @param place     the canonical name of the place it stands for
   * @param actorOnly true when it stands for the place only when not used as a place name itself
   */
  public record Metonym(String place, boolean actorOnly) {}

  private final Map<String, String> bodyMetonyms = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, String> placeByAlias = new HashMap<>();
  private final Map<String, String> demonyms = new HashMap<>();
  private final Map<String, String> demonymOf = new HashMap<>();
  private final Map<String, Metonym> metonyms = new HashMap<>();
  private final Set<String> facilities = new HashSet<>();
  private final Set<String> roleHeads = new HashSet<>();
  private final Set<String> roleModifiers = new HashSet<>();
  private final Set<String> roleHeadPrefixes = new HashSet<>();
  private final Set<String> stateOffices = new HashSet<>();
  private final Set<String> institutions = new HashSet<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Set<String> genericNames = new HashSet<>();
  private final Map<String, List<String>> nounClasses = new HashMap<>();
  private final Set<String> designators = new HashSet<>();
  private final List<PredicateEntry> predicates = new ArrayList<>();
  private final Map<String, List<PredicateEntry>> predicatesByLemma = new HashMap<>();
  private int longestRoleHead = 1;

  private Lexicons() {}

  /** Lexicons with nothing loaded, for tests that read one file. */
  static Lexicons empty() {
    return new Lexicons();
  }

  /** The lexicons of the models jar, plus the given extra gazetteer files (same format as places.tsv). */
  public static Lexicons load(List<Path> extraGazetteers) {
    Lexicons l = new Lexicons();
    l.readPlaces(resource("places.tsv"), "places.tsv");
    for (Path p : extraGazetteers) {
      try {
        l.readPlaces(Files.readAllLines(p, StandardCharsets.UTF_8), p.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + p + ": " + e.getMessage(), e);
      }
    }
    for (String[] c : rows(resource("metonyms.tsv"))) {
      if (c.length > 2 && c[2].equals("body")) {
        l.bodyMetonyms.put(key(c[0]), c[1]);
      } else {
        l.metonyms.put(key(c[0]), new Metonym(c[1], c.length > 2 && c[2].equals("actor")));
      }
    }
    for (String[] c : rows(resource("facilities.txt"))) {
      l.facilities.add(c[0].toLowerCase(Locale.ROOT));
    }
    for (String[] c : rows(resource("institutions.txt"))) {
      l.institutions.add(c[0].toLowerCase(Locale.ROOT));
    }
    for (String[] c : rows(resource("org-designators.txt"))) {
      l.designators.add(c[0].toLowerCase(Locale.ROOT));
    }
    for (String[] c : rows(resource("generic-names.txt"))) {
      l.genericNames.add(c[0].toLowerCase(Locale.ROOT));
    }
    for (String[] c : rows(resource("honorifics.txt"))) {
      l.honorifics.add(c[0].toLowerCase(Locale.ROOT));
    }
    List<String> reviewed = resource("roles.txt");
    List<String> roleLines = new ArrayList<>(reviewed);
    roleLines.addAll(resource("role-lexicon.txt")); // generated from WordNet by RoleLexiconGenerator (tests)
    for (int r = 0; r < roleLines.size(); r++) {
      String t = roleLines.get(r).strip();
      boolean generated = r >= reviewed.size();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int sp = t.indexOf(' ');
      String kind = t.substring(0, sp);
      String words = roleKey(t.substring(sp + 1));
      if (kind.equals("head")) {
        l.roleHeads.add(words);
        String[] ws = words.split(" ");
        l.longestRoleHead = Math.max(l.longestRoleHead, ws.length);
        if (generated) { // its lemmas hold no function words: "police chief", never "chief of staff"
          l.roleHeadPrefixes.addAll(Arrays.asList(ws).subList(0, ws.length - 1));
        }
      } else if (kind.equals("office")) {
        l.roleHeads.add(words);
        l.stateOffices.add(words);
        l.longestRoleHead = Math.max(l.longestRoleHead, words.split(" ").length);
      } else if (kind.equals("modifier")) {
        l.roleModifiers.add(words);
      } else {
        throw new IllegalStateException("roles.txt: unknown kind '" + kind + "' in line: " + t);
      }
    }
    l.readPredicates(resource(PREDICATES), PREDICATES, Vocabulary.standard());
    for (String[] c : rows(resource(NOUN_CLASSES))) { // generated from WordNet by NounClassGenerator (tests)
      if (c.length < 2) {
        throw new IllegalStateException(NOUN_CLASSES + ": a row needs a noun and a class: " + String.join("\t", c));
      }
      l.nounClasses.put(c[0], List.of(c[1].split(",")));
    }
    return l;
  }

  /**
   * Reads the trigger lexicon (generated from WordNet, see {@code PredicateLexiconGenerator} in the tests):
   * trigger, predicate, cameo, verb|noun, WordNet sense, derivation, and an optional object column; without it
   * the objects are the vocabulary's verb-object or noun-object slots.
   *
   * @throws IllegalArgumentException naming file, line and value of a row that is malformed, names a predicate
   *                                  outside the vocabulary or disagrees with its CAMEO code
   */
  void readPredicates(List<String> lines, String source, Vocabulary vocabulary) {
    for (TsvRow row : TsvRow.read(lines, source, 4, "trigger, predicate, cameo, verb|noun")) {
      String[] c = row.cells();
      String where = row.where();
      String line = row.line();
      String trigger = row.cell(0).toLowerCase(Locale.ROOT);
      String predicate = row.cell(1);
      String cameo = row.cell(2);
      String pos = row.cell(3);
      if (trigger.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty trigger: '" + line + "'");
      }
      vocabulary.require(predicate, where);
      Vocabulary.Predicate p = vocabulary.get(predicate).orElseThrow();
      if (!p.cameo().equals(cameo)) {
        throw new IllegalArgumentException(where + ": CAMEO code '" + cameo + "' of '" + predicate
            + "' differs from vocabulary.tsv's '" + p.cameo() + "'");
      }
      if (!pos.equals("verb") && !pos.equals("noun")) {
        throw new IllegalArgumentException(where + ": pos must be verb or noun: '" + pos + "'");
      }
      String slots = c.length > 6 ? c[6].strip() : "";
      List<String> objects = slots.isEmpty() ? (pos.equals("noun") ? p.nounObjects() : p.verbObjects())
          : slots.equals("-") ? List.of() : List.of(slots.split(","));
      PredicateEntry e = new PredicateEntry(predicate, cameo, List.of(trigger.split(" +")), pos, objects);
      predicates.add(e);
      predicatesByLemma.computeIfAbsent(e.lemma() + "|" + e.pos(), k -> new ArrayList<>()).add(e);
    }
  }

  private void readPlaces(List<String> lines, String source) {
    for (String[] c : rows(lines)) {
      if (c.length < 2) {
        throw new IllegalStateException(source + ": a place needs a name and a kind: " + String.join("\t", c));
      }
      String name = c[0];
      String partOf = c.length > 2 && !c[2].isBlank() ? c[2] : null;
      places.put(key(name), new Place(name, c[1], partOf));
      placeByAlias.put(key(name), name);
      if (c.length > 3) {
        for (String a : c[3].split(";")) {
          if (!a.isBlank()) {
            placeByAlias.put(key(a), name);
          }
        }
      }
      if (c.length > 4) {
        String[] ds = c[4].split(";");
        for (String d : ds) {
          if (!d.isBlank()) {
            demonyms.putIfAbsent(key(d), name);
          }
        }
        if (!ds[0].isBlank()) {
          demonymOf.put(name, ds[0].strip());
        }
      }
    }
  }

  private static List<String[]> rows(List<String> lines) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      for (int i = 0; i < c.length; i++) {
        c[i] = c[i].strip();
      }
      rows.add(c);
    }
    return rows;
  }

  /**
   * The lines of a data file of the models jar ({@code dev/storygraph/models/NAME}).
   *
   * @throws IllegalStateException when the models jar is not on the classpath
   */
  public static List<String> resource(String name) {
    try (InputStream in = Lexicons.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + ROOT + name + " is not on the classpath: add storygraph-models");
      }
      List<String> lines = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name + ": " + e.getMessage(), e);
    }
  }

  /** A lookup key for names: lower case, no periods, hyphens as spaces, typographic apostrophes folded. */
  public static String key(String s) {
    String t = s.toLowerCase(Locale.ROOT).replace('’', '\'').replace(".", "").replace('-', ' ');
    return t.replaceAll("\\s+", " ").strip();
  }

  /** A lookup key for role words: lower case, hyphens as spaces. */
  public static String roleKey(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  /** The canonical name of the place a surface form names, if the gazetteer knows it. */
  public Optional<String> place(String surface) {
    return Optional.ofNullable(placeByAlias.get(key(surface)));
  }

  /** The gazetteer entry for a canonical place name. */
  public Optional<Place> placeEntry(String canonical) {
    return Optional.ofNullable(places.get(key(canonical)));
  }

  /** The country a demonym points at ("Maltese": Portugal). */
  public Optional<String> demonym(String surface) {
    return Optional.ofNullable(demonyms.get(key(surface)));
  }

  /** The adjective of a place ("China": Chinese), if known. */
  public Optional<String> adjectiveOf(String place) {
    return Optional.ofNullable(demonymOf.get(place));
  }

  public Optional<Metonym> metonym(String surface) {
    return Optional.ofNullable(metonyms.get(key(surface)));
  }

  /**
   * The place an adjective stands for when it modifies a body that acts ("European officials": the European
   * Union), from the {@code body} rows of metonyms.tsv; elsewhere the adjective keeps its own place.
   */
  public Optional<String> bodyMetonym(String surface) {
    return Optional.ofNullable(bodyMetonyms.get(key(surface)));
  }

  /** True when {@code inner} lies within {@code outer} by the gazetteer's containment (or is it). */
  public boolean within(String inner, String outer) {
    String p = inner;
    for (int guard = 0; p != null && guard < 10; guard++) {
      if (p.equals(outer)) {
        return true;
      }
      Place e = places.get(key(p));
      p = e == null ? null : e.partOf();
    }
    return false;
  }

  public boolean isFacilityHead(String word) {
    return facilities.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isInstitution(String word) {
    return institutions.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for words that, after a name, still name the same organization ("Airways", "Group"). */
  public boolean isDesignator(String word) {
    return designators.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True for words NER may tag as a name but that name nothing alone ("Road", "West"). */
  public boolean isGenericName(String word) {
    return genericNames.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isHonorific(String word) {
    return honorifics.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isRoleHead(String words) {
    return roleHeads.contains(roleKey(words));
  }

  public boolean isRoleModifier(String word) {
    return roleModifiers.contains(roleKey(word));
  }

  /** True for a role whose head is an office of a state ("foreign minister", "president"): its owner is a country. */
  public boolean isStateOffice(String role) {
    String[] w = roleKey(role).split(" ");
    for (int n = Math.min(longestRoleHead, w.length); n >= 1; n--) {
      if (stateOffices.contains(String.join(" ", Arrays.asList(w).subList(w.length - n, w.length)))) {
        return true;
      }
    }
    return false;
  }

  /** True for a word that begins or continues a role head of several words: "police" of "police chief". */
  public boolean isRoleHeadPrefix(String word) {
    return roleHeadPrefixes.contains(roleKey(word));
  }

  /** The most words a role head has ("attorney general": 2). */
  public int longestRoleHead() {
    return longestRoleHead;
  }

  /** Every entry of the predicate lexicon, verbs and nouns, in no particular order. */
  public List<PredicateEntry> predicateEntries() {
    return predicatesByLemma.values().stream().flatMap(List::stream).toList();
  }

  /** The entries whose trigger starts with this lemma, for verbs or nouns; longest patterns first. */
  /**
   * The WordNet classes of a common noun's most frequent senses ("hostage" person; "regulator" artifact, person),
   * empty when the noun classes do not hold it.
   */
  public List<String> nounClasses(String lemma) {
    return nounClasses.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Whether a sentence marks an event as another occurrence of one told before (cues.tsv, repeat-cue: "met
   * again", "a second round of talks").
   */
  public static boolean marksRepetition(String sentence) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (!w.isEmpty() && Cues.MODALITY.has("repeat-cue", w)) {
        return true;
      }
    }
    return false;
  }

  /** The predicate of going to a place (constructions.tsv, trip-event): its object is where the trip goes. */
  public static String tripPredicate() {
    return FactReader.TRIP;
  }

  public List<PredicateEntry> predicates(String lemma, boolean noun) {
    List<PredicateEntry> es = new ArrayList<>(predicatesByLemma.getOrDefault(lemma + "|" + (noun ? "noun" : "verb"),
        List.of()));
    es.sort((a, b) -> b.pattern().size() - a.pattern().size());
    return es;
  }
}
