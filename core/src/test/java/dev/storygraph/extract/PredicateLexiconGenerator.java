package dev.storygraph.extract;

import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.lexicon.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives the predicate trigger lexicon ({@code predicates.tsv}) from WordNet 3.1 (DESIGN.md, "Rules are data").
 *
 * <p>Inputs are data files in {@code models/.../lexicon/}: {@code predicate-seeds.tsv} (the WordNet senses that
 * mean each predicate, chosen from the vocabulary's gloss), {@code predicate-exclusions.tsv} (the reviewed forms
 * and senses that do not mean the event, each with its reason) and {@code particles.txt} (the words a phrasal verb
 * may end in). For every seed it collects:
 * <ul>
 *   <li>the seed's lemma and the other words of its synset,
 *   <li>the words of its troponyms (verb hyponyms) or, for a noun seed, its hyponyms, down to the seed's depth,
 *   <li>the derivationally related nouns of every collected verb word whose noun sense is an act, event or
 *       communication (not a person or an artifact).
 * </ul>
 * A word other than the seed's own lemma is kept only when the collected sense is among its {@value #MAX_RANK}
 * most frequent WordNet senses: "strike" is not a trigger of {@code attack} through a rare sense. A form claimed by
 * two predicates goes to the claim whose sense ranks first for that form, then the nearer one (synonym before
 * troponym before noun), then the predicate listed first in the vocabulary; it goes to both when the two act on
 * things of different classes (vocabulary.tsv's patient: "fire" a missile or an employee), and the trigger takes
 * the one its object's class fits. The output is sorted, so the same
 * inputs give the same bytes.
 *
 * <p>Runs in the tests only, so WordNet is never on the runtime classpath. {@code PredicateLexiconGeneratorTest}
 * fails when the checked-in file differs from a fresh generation; write it with
 * {@code mvn -B -q -pl core -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=PredicateLexiconGeneratorTest
 * -Dstorygraph.regenerate=true verify}. Not thread-safe (one generation at a time).
 */
final class PredicateLexiconGenerator {
  /** The rank a collected sense must have among the senses of a word for the word to be kept. */
  static final int MAX_RANK = 3;

  static final String OUTPUT = "predicates.tsv";
  static final String SEEDS = "lexicon/predicate-seeds.tsv";
  static final String EXCLUSIONS = "lexicon/predicate-exclusions.tsv";
  static final String PARTICLES = "lexicon/particles.txt";

  /** Noun senses that name an event or act, by WordNet lexicographer file. */
  private static final Set<String> EVENT_NOUN_FILES = Set.of("noun.act", "noun.event", "noun.communication");

  /** One seed sense: a predicate's meaning as a WordNet sense. */
  record Seed(String predicate, String lemma, POS pos, int sense, int depth, String objects, int line) {}

  /** One candidate trigger: a form, the predicate a sense of it means, and how far that sense is from the seed. */
  record Claim(String form, String pos, String predicate, String sense, String via, int rank, int distance,
      int order, String objects) {}

  private final Dictionary wordnet;
  private final Vocabulary vocabulary;
  private final List<Seed> seeds = new ArrayList<>();
  private final Set<String> excludedForms = new HashSet<>();
  private final Set<String> excludedSenses = new HashSet<>();
  private final Set<String> particles = new HashSet<>();

  PredicateLexiconGenerator(Dictionary wordnet, Vocabulary vocabulary, List<String> seedLines,
      List<String> exclusionLines, List<String> particleLines) {
    this.wordnet = wordnet;
    this.vocabulary = vocabulary;
    for (String line : particleLines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        particles.add(line.strip());
      }
    }
    readSeeds(seedLines);
    readExclusions(exclusionLines);
  }

  /** The generator over the checked-in inputs and WordNet 3.1. */
  static PredicateLexiconGenerator standard() {
    try {
      return new PredicateLexiconGenerator(Dictionary.getDefaultResourceInstance(), Vocabulary.standard(),
          Lexicons.resource(SEEDS), Lexicons.resource(EXCLUSIONS), Lexicons.resource(PARTICLES));
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
    }
  }

  /** The WordNet dictionary this generator reads. */
  Dictionary wordnet() {
    return wordnet;
  }

  /** Writes the lexicon into the given models resource directory. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../models/src/main/resources/dev/storygraph/models");
    Files.writeString(dir.resolve(OUTPUT), standard().generate(), StandardCharsets.UTF_8);
  }

  private void readSeeds(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String where = SEEDS + " line " + (i + 1);
      if (c.length < 5) {
        throw new IllegalArgumentException(where + ": expected predicate, lemma, pos, sense, depth: '" + line + "'");
      }
      vocabulary.require(c[0], SEEDS, i + 1);
      Seed s = new Seed(c[0], c[1], pos(c[2], where), Integer.parseInt(c[3]), Integer.parseInt(c[4]),
          c.length > 5 && !c[5].isBlank() ? c[5].strip() : null, i + 1);
      synset(s.lemma(), s.pos(), s.sense(), where);
      seeds.add(s);
    }
  }

  private void readExclusions(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      String where = EXCLUSIONS + " line " + (i + 1);
      if (c.length < 6 || c[5].isBlank()) {
        throw new IllegalArgumentException(where + ": expected kind, lemma, pos, sense, predicate, reason: '"
            + line + "'");
      }
      if (!c[4].equals("*")) {
        vocabulary.require(c[4], EXCLUSIONS, i + 1);
      }
      POS pos = pos(c[2], where);
      switch (c[0]) {
        case "form" -> excludedForms.add(c[4] + "|" + posName(pos) + "|" + c[1]);
        case "sense" -> {
          Synset s = synset(c[1], pos, Integer.parseInt(c[3]), where);
          excludedSenses.add(c[4] + "|" + s.getOffset() + posName(pos));
        }
        default -> throw new IllegalArgumentException(where + ": kind must be form or sense: '" + c[0] + "'");
      }
    }
  }

  private static POS pos(String s, String where) {
    return switch (s) {
      case "verb" -> POS.VERB;
      case "noun" -> POS.NOUN;
      default -> throw new IllegalArgumentException(where + ": pos must be verb or noun: '" + s + "'");
    };
  }

  private static String posName(POS pos) {
    return pos == POS.VERB ? "verb" : "noun";
  }

  private Synset synset(String lemma, POS pos, int sense, String where) {
    try {
      IndexWord w = wordnet.getIndexWord(pos, lemma);
      if (w == null || sense < 1 || sense > w.getSenses().size()) {
        throw new IllegalArgumentException(where + ": WordNet has no " + posName(pos) + " sense " + sense + " of '"
            + lemma + "'");
      }
      return w.getSenses().get(sense - 1);
    } catch (JWNLException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  /** The generated lexicon, byte-stable for the same inputs. */
  String generate() {
    Map<String, List<Claim>> byForm = new HashMap<>();
    for (Claim c : claims()) {
      byForm.computeIfAbsent(c.pos() + "|" + c.form(), k -> new ArrayList<>()).add(c);
    }
    List<String> names = new ArrayList<>(vocabulary.names());
    List<Claim> rows = new ArrayList<>();
    for (List<Claim> claims : byForm.values()) {
      claims.sort(ORDER);
      List<Claim> kept = new ArrayList<>();
      for (Claim c : claims) {
        if (kept.isEmpty() || kept.stream().allMatch(k -> actsOnOtherThings(k.predicate(), c.predicate()))) {
          kept.add(c);
        }
      }
      rows.addAll(kept);
    }
    rows.sort(Comparator.comparingInt((Claim c) -> names.indexOf(c.predicate()))
        .thenComparing(c -> c.pos().equals("verb") ? 0 : 1).thenComparing(Claim::form));
    StringBuilder out = new StringBuilder();
    out.append("# GENERATED, DO NOT EDIT. Regenerate with:\n")
        .append("#   mvn -B -q -pl core -am -Dsurefire.failIfNoSpecifiedTests=false\n")
        .append("#   -Dtest=PredicateLexiconGeneratorTest -Dstorygraph.regenerate=true verify\n")
        .append("# Derived from WordNet 3.1 by PredicateLexiconGenerator (core tests) from lexicon/predicate-seeds.tsv\n")
        .append("# and lexicon/predicate-exclusions.tsv: edit those, then regenerate.\n")
        .append("# Columns (tab-separated):\n")
        .append("#   trigger   lemma of the verb or noun, then the particle or preposition a phrasal verb needs\n")
        .append("#   predicate the predicate of vocabulary.tsv\n")
        .append("#   cameo     its CAMEO code (- for a news event outside CAMEO)\n")
        .append("#   pos       verb or noun\n")
        .append("#   sense     the WordNet 3.1 sense of the trigger that means the predicate (lemma.pos.number)\n")
        .append("#   via       the seed sense it was derived from, and how: syn (same synset), troN (troponym or\n")
        .append("#             hyponym N levels down), der (derivationally related noun)\n")
        .append("#   object    optional: where the object comes from, when not the vocabulary's verb-object or\n")
        .append("#             noun-object slots\n");
    for (Claim c : rows) {
      String cameo = vocabulary.get(c.predicate()).orElseThrow().cameo();
      out.append(String.join("\t", c.form(), c.predicate(), cameo, c.pos(), c.sense(), c.via()));
      if (c.objects() != null) {
        out.append('\t').append(c.objects());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Two predicates whose patients (vocabulary.tsv) share no class: one form may mean both, the object's class
   * telling which ("fired a missile", "fired the coach").
   */
  private boolean actsOnOtherThings(String a, String b) {
    Set<String> pa = vocabulary.get(a).orElseThrow().patient();
    Set<String> pb = vocabulary.get(b).orElseThrow().patient();
    return !a.equals(b) && !pa.isEmpty() && !pb.isEmpty() && pa.stream().noneMatch(pb::contains);
  }

  private static final Comparator<Claim> ORDER = Comparator.comparingInt(Claim::rank)
      .thenComparingInt(Claim::distance).thenComparingInt(Claim::order).thenComparing(Claim::sense)
      .thenComparing(Claim::via);

  /** Every candidate trigger of every seed, before conflicts are resolved. */
  List<Claim> claims() {
    List<String> names = new ArrayList<>(vocabulary.names());
    List<Claim> out = new ArrayList<>();
    for (Seed s : seeds) {
      int order = names.indexOf(s.predicate());
      String via = name(s.lemma(), s.pos(), s.sense());
      Synset root = synset(s.lemma(), s.pos(), s.sense(), SEEDS + " line " + s.line());
      Map<Synset, Integer> reached = new LinkedHashMap<>();
      collect(root, 0, s.depth(), s.predicate(), reached);
      for (Map.Entry<Synset, Integer> e : reached.entrySet()) {
        Synset syn = e.getKey();
        int depth = e.getValue();
        for (Word w : syn.getWords()) {
          boolean own = depth == 0 && w.getLemma().equals(s.lemma());
          Claim c = claim(w, syn, s, via + (depth == 0 ? " syn" : " tro" + depth), depth, order, own);
          if (c != null) {
            out.add(c);
          }
          if (s.pos() == POS.VERB) {
            for (Word n : derivedNouns(w)) {
              Claim d = claim(n, n.getSynset(), s, via + " der", depth + 1, order, false);
              if (d != null) {
                out.add(d);
              }
            }
          }
        }
      }
    }
    return out;
  }

  private void collect(Synset s, int depth, int maxDepth, String predicate, Map<Synset, Integer> reached) {
    if (excludedSenses.contains(predicate + "|" + s.getOffset() + posName(s.getPOS()))
        || reached.containsKey(s) && reached.get(s) <= depth) {
      return;
    }
    reached.put(s, depth);
    if (depth < maxDepth) {
      for (Pointer p : s.getPointers(PointerType.HYPONYM)) {
        collect(target(p).getSynset(), depth + 1, maxDepth, predicate, reached);
      }
    }
  }

  private List<Word> derivedNouns(Word w) {
    List<Word> out = new ArrayList<>();
    for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
      PointerTarget t = target(p);
      if (t instanceof Word n && n.getPOS() == POS.NOUN && EVENT_NOUN_FILES.contains(n.getSynset().getLexFileName())) {
        out.add(n);
      }
    }
    return out;
  }

  private static PointerTarget target(Pointer p) {
    try {
      return p.getTarget();
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot follow a WordNet pointer: " + e.getMessage(), e);
    }
  }

  /** The claim of one word in one sense, or null when the word cannot be a trigger or is excluded. */
  private Claim claim(Word w, Synset syn, Seed s, String via, int distance, int order, boolean own) {
    String lemma = w.getLemma();
    if (!lemma.equals(lemma.toLowerCase(Locale.ROOT)) || !lemma.matches("[a-z][a-z' -]*[a-z]")) {
      return null;
    }
    POS pos = syn.getPOS();
    String[] words = lemma.split(" ");
    if (words.length > 1) {
      if (pos == POS.NOUN) {
        return null; // a noun compound's head is its last word; the lookup goes by the first
      }
      for (int i = 1; i < words.length; i++) {
        if (!particles.contains(words[i])) {
          return null; // "put to death": only verb + particles can be matched on the dependency graph
        }
      }
    }
    String form = String.join(" ", words);
    if (excludedForms.contains(s.predicate() + "|" + posName(pos) + "|" + form)
        || excludedForms.contains("*|" + posName(pos) + "|" + form)) {
      return null;
    }
    int rank = rank(lemma, pos, syn);
    if (!own && rank > MAX_RANK) {
      return null;
    }
    return new Claim(form, posName(pos), s.predicate(), name(lemma, pos, rank), via, own ? 0 : rank, distance,
        order, pos == s.pos() ? s.objects() : null);
  }

  private int rank(String lemma, POS pos, Synset syn) {
    try {
      IndexWord iw = wordnet.getIndexWord(pos, lemma);
      if (iw != null) {
        List<Synset> senses = iw.getSenses();
        for (int i = 0; i < senses.size(); i++) {
          if (senses.get(i).getOffset() == syn.getOffset()) {
            return i + 1;
          }
        }
      }
      return Integer.MAX_VALUE;
    } catch (JWNLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static String name(String lemma, POS pos, int sense) {
    return lemma.replace(' ', '_') + "." + (pos == POS.VERB ? "v" : "n") + "." + String.format("%02d", sense);
  }

  /** A readable dump of every claim, for reviewing seeds: form, pos, predicate, sense, via, rank. */
  String review() {
    Map<String, List<String>> byForm = new TreeMap<>();
    for (Claim c : claims()) {
      byForm.computeIfAbsent(c.pos() + " " + c.form(), k -> new ArrayList<>())
          .add(c.predicate() + " " + c.sense() + " (" + c.via() + ")");
    }
    StringBuilder out = new StringBuilder();
    byForm.forEach((k, v) -> out.append(k).append("\t").append(String.join("; ", new LinkedHashSet<>(v))).append('\n'));
    return out.toString();
  }
}
