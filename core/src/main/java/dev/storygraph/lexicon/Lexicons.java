package dev.storygraph.lexicon;

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
   * @param kind   continent, country, region, capital, city, facility or union: the kind column of places.tsv,
   *               whose values the methods below name, so that no rule spells them
   * @param partOf the canonical name of the place that contains it, or null
   */
  public record Place(String name, String kind, String partOf) {
    /** A country. */
    public boolean isCountry() {
      return kind.equals("country");
    }

    /** A union of countries that acts as one. */
    public boolean isUnion() {
      return kind.equals("union");
    }

    /** A continent. */
    public boolean isContinent() {
      return kind.equals("continent");
    }

    /** The capital of a country (capitals.tsv). */
    public boolean isCapital() {
      return kind.equals("capital");
    }

    /** A city that is no capital. */
    public boolean isCity() {
      return kind.equals("city");
    }
  }

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
  private final Set<String> posts = new HashSet<>();
  private final Map<String, String> roleClasses = new HashMap<>();
  private final Set<String> roleOwnerPrepositions = new HashSet<>();
  private final Set<String> roleEmployerPrepositions = new HashSet<>();
  private final Set<String> institutions = new HashSet<>();
  private final Set<String> firmNouns = new HashSet<>();
  private final Set<String> honorifics = new HashSet<>();
  private final Set<String> genericNames = new HashSet<>();
  private final Map<String, List<String>> nounClasses = new HashMap<>();
  private final Set<String> designators = new HashSet<>();
  private final Set<String> legalForms = new HashSet<>();
  private final Map<String, String> spellings = new java.util.LinkedHashMap<>();
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
    l.readPlaces(resource("capitals.tsv"), "capitals.tsv"); // generated by models/tools/capitals.py
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
    for (String[] c : rows(resource("firm-nouns.txt"))) {
      l.firmNouns.add(c[0].toLowerCase(Locale.ROOT));
    }
    for (String[] c : rows(resource("org-designators.txt"))) {
      (c.length > 1 && c[1].equals("legal") ? l.legalForms : l.designators).add(c[0].toLowerCase(Locale.ROOT));
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
      } else if (kind.equals("office") || kind.equals("post")) {
        l.roleHeads.add(words);
        (kind.equals("office") ? l.stateOffices : l.posts).add(words);
        l.longestRoleHead = Math.max(l.longestRoleHead, words.split(" ").length);
      } else if (kind.equals("modifier")) {
        l.roleModifiers.add(words);
      } else if (kind.equals("owner")) {
        l.roleOwnerPrepositions.add(words);
      } else if (kind.equals("employer")) {
        l.roleEmployerPrepositions.add(words);
      } else if (kind.equals("spelling")) {
        String[] forms = words.split("\\s*\\|\\s*");
        for (int f = 1; f < forms.length; f++) {
          l.spellings.put(forms[f], forms[0]);
        }
      } else if (kind.equals("same")) {
        String[] forms = words.split("\\s*\\|\\s*");
        for (String f : forms) {
          l.roleClasses.put(f, forms[0]);
        }
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

  /** A common noun naming a kind of organization: "company", "chipmaker", "agency" (firm-nouns.txt). */
  public boolean isFirmNoun(String word) {
    return firmNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isInstitution(String word) {
    return institutions.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when {@code word} (any case, periods ignored) is a legal form of a company name: "Inc", "GmbH" (org-designators.txt). */
  public boolean isLegalForm(String word) {
    return legalForms.contains(key(word)); // "Inc." as "Inc"
  }

  /** True when {@code word} (any case) is a definite article: a name key drops it ("The Acme Group"). */
  public static boolean isDefiniteArticle(String word) {
    return Cues.CONSTRUCTIONS.has("definite-article", word);
  }

  /**
   * A role in lower case with each word spelled one way (roles.txt, "spelling"): "Defence Advisor" is "defense
   * adviser". A spelling is replaced wherever it stands in the role.
   */
  public String spellingKey(String role) {
    String k = role.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : spellings.entrySet()) {
      k = k.replace(e.getKey(), e.getValue());
    }
    return k;
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
    return headIn(stateOffices, role);
  }

  /** True for a role whose head is a post in an organization ("coach", "chief executive"): its owner is one. */
  public boolean isPost(String role) {
    return headIn(posts, role);
  }

  private boolean headIn(Set<String> heads, String role) {
    String[] w = roleKey(role).split(" ");
    for (int n = Math.min(longestRoleHead, w.length); n >= 1; n--) {
      if (heads.contains(String.join(" ", Arrays.asList(w).subList(w.length - n, w.length)))) {
        return true;
      }
    }
    return false;
  }

  /** A preposition after a role that introduces its organization or place: "chairman of X", "spokesman for X". */
  public boolean isRoleOwnerPreposition(String word) {
    return roleOwnerPrepositions.contains(roleKey(word));
  }

  /** A preposition after a role that introduces the organization it works at: "an analyst at X". */
  public boolean isRoleEmployerPreposition(String word) {
    return roleEmployerPrepositions.contains(roleKey(word));
  }

  /**
   * The position a title names, the same for every title of it: its head replaced by the first form of its line
   * of equivalent titles ("deputy ceo" and "deputy chief executive" give "deputy chief executive officer"),
   * normalized as {@link #roleKey}.
   */
  public String roleClass(String role) {
    String[] w = roleKey(role).split(" ");
    for (int n = w.length; n >= 1; n--) {
      String head = String.join(" ", Arrays.asList(w).subList(w.length - n, w.length));
      String cls = roleClasses.get(head);
      if (cls != null) {
        return (String.join(" ", Arrays.asList(w).subList(0, w.length - n)) + " " + cls).strip();
      }
    }
    return String.join(" ", w);
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
    return Cues.CONSTRUCTIONS.only("trip-event");
  }

  public List<PredicateEntry> predicates(String lemma, boolean noun) {
    List<PredicateEntry> es = new ArrayList<>(predicatesByLemma.getOrDefault(lemma + "|" + (noun ? "noun" : "verb"),
        List.of()));
    if (es.isEmpty() && noun) {
      es.addAll(closedCompoundHead(lemma));
    }
    es.sort((a, b) -> b.pattern().size() - a.pattern().size());
    return es;
  }

  /** The shortest part a closed compound keeps of its head: "airstrike" is a strike, "ballot" no lot. */
  private static final int MIN_HEAD = 4;
  private static final int MIN_MODIFIER = 3;

  /**
   * "airstrikes", "counterbid": a noun WordNet does not know (no noun class) that ends in an event noun of the
   * lexicon, after a modifier of its own, names that event; the one-word entries of the longest such head.
   */
  private List<PredicateEntry> closedCompoundHead(String lemma) {
    String w = lemma.toLowerCase(Locale.ROOT);
    if (nounClasses.containsKey(w) || !w.chars().allMatch(Character::isLetter)) {
      return List.of();
    }
    for (int cut = MIN_MODIFIER; w.length() - cut >= MIN_HEAD; cut++) {
      List<PredicateEntry> head = predicatesByLemma.getOrDefault(w.substring(cut) + "|noun", List.of()).stream()
          .filter(e -> e.pattern().size() == 1).toList();
      if (!head.isEmpty()) {
        return head;
      }
    }
    return List.of();
  }
}
