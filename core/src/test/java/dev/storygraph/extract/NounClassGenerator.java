package dev.storygraph.extract;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Derives the noun classes ({@code lexicon/noun-classes.tsv}) from WordNet 3.1: for every one-word noun that the
 * WordNet sense-tagged corpus has seen, the lexicographer file of its most frequent sense ("hostage" person,
 * "statement" communication, "missile" artifact, "plan" cognition). The fact rules read them as the class of what
 * a trigger acts on (vocabulary.tsv's {@code patient} column): a killing acts on the living, a launch on an
 * artifact, so "killed the deal" and "launched an inquiry" state no killing and no launch.
 *
 * <p>Runs in the tests only, so WordNet is never on the runtime classpath. {@code NounClassGeneratorTest} fails
 * when the checked-in file differs from a fresh generation; write it with {@code mvn -B -q -pl core -am
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=NounClassGeneratorTest -Dstorygraph.regenerate=true verify}.
 * Not thread-safe.
 */
final class NounClassGenerator {
  static final String OUTPUT = "lexicon/noun-classes.tsv";
  /** The seed senses of the finer classes ("weapon"). */
  static final String SEEDS = "lexicon/noun-class-seeds.tsv";

  private final Dictionary wordnet;
  /** Seed synset offset to its class. */
  private final Map<Long, String> seeds = new HashMap<>();
  /** Synset offset to the finer classes its hypernym closure reaches (memo). */
  private final Map<Long, Set<String>> finer = new HashMap<>();

  NounClassGenerator(Dictionary wordnet) {
    this.wordnet = wordnet;
    for (String line : dev.storygraph.lexicon.Lexicons.resource(SEEDS)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      try {
        IndexWord w = wordnet.getIndexWord(POS.NOUN, f[1]);
        seeds.put(w.getSenses().get(Integer.parseInt(f[2]) - 1).getOffset(), f[0]);
      } catch (JWNLException | RuntimeException e) {
        throw new IllegalStateException(SEEDS + ": no WordNet sense " + f[1] + " " + f[2], e);
      }
    }
  }

  /** The finer classes of a synset: those of the seeds it is or lies below. */
  private Set<String> finerClasses(Synset s, int depth) {
    Set<String> known = finer.get(s.getOffset());
    if (known != null) {
      return known;
    }
    Set<String> out = new TreeSet<>();
    if (seeds.containsKey(s.getOffset())) {
      out.add(seeds.get(s.getOffset()));
    }
    if (depth < 30) {
      for (Pointer p : s.getPointers()) {
        if (p.getType() == PointerType.HYPERNYM
            || p.getType() == PointerType.INSTANCE_HYPERNYM) {
          try {
            out.addAll(finerClasses(p.getTargetSynset(), depth + 1));
          } catch (JWNLException e) {
            throw new IllegalStateException("cannot read WordNet: " + e.getMessage(), e);
          }
        }
      }
    }
    finer.put(s.getOffset(), out);
    return out;
  }

  static NounClassGenerator standard() {
    try {
      return new NounClassGenerator(Dictionary.getDefaultResourceInstance());
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
    }
  }

  /** WordNet's file of the unique beginners, whose nouns name the classes themselves. */
  private static final String TOPS = "tops";

  /** The noun classes: WordNet's noun lexicographer files. */
  private static final Set<String> CLASSES = Set.of("act", "animal", "artifact", "attribute",
      "body", "cognition", "communication", "event", "feeling", "food", "group", "location", "motive", "object",
      "person", "phenomenon", "plant", "possession", "process", "quantity", "relation", "shape", "state",
      "substance", "time");

  /** The senses a noun's class is read from: its most frequent ones. */
  static final int SENSES = 2;

  /**
   * The classes of a noun's {@value #SENSES} most frequent senses, in order and each once ("regulator" artifact,
   * person); null for a phrase, a name, or an untagged noun whose senses disagree.
   */
  String classOf(IndexWord w) {
    String lemma = w.getLemma();
    if (w.getSenses().isEmpty() || !lemma.matches("[a-z][a-z-]*")) {
      return null;
    }
    Synset first = w.getSenses().get(0);
    if (first.getWords().stream().anyMatch(x -> x.getLemma().equalsIgnoreCase(lemma)
        && !x.getLemma().equals(lemma))) {
      return null; // a name ("Aachen"), not a common noun
    }
    int uses = 0;
    for (Synset s : w.getSenses()) {
      for (Word word : s.getWords()) {
        if (word.getLemma().equalsIgnoreCase(lemma)) {
          uses += word.getUseCount();
        }
      }
    }
    String file = first.getLexFileName();
    if (uses == 0 && w.getSenses().stream().anyMatch(s -> !s.getLexFileName().equals(file))) {
      return null; // an untagged noun whose senses disagree: no class is its most frequent
    }
    LinkedHashSet<String> classes = new LinkedHashSet<>();
    for (Synset s : w.getSenses().subList(0, Math.min(SENSES, w.getSenses().size()))) {
      String c = s.getLexFileName().substring("noun.".length()).toLowerCase(Locale.ROOT);
      if (c.equals(TOPS)) {
        // the unique beginners ("person", "animal", "artifact") are their own class; the others have none
        c = s.getWords().get(0).getLemma().toLowerCase(Locale.ROOT);
        if (!CLASSES.contains(c)) {
          continue;
        }
      }
      classes.add(c);
    }
    if (classes.isEmpty()) {
      return null;
    }
    for (Synset s : w.getSenses().subList(0, Math.min(SENSES, w.getSenses().size()))) {
      classes.addAll(finerClasses(s, 0));
    }
    return String.join(",", classes);
  }

  /** The file's text: a header, then one sorted row per noun. */
  String generate() {
    Map<String, String> classes = new TreeMap<>();
    try {
      for (Iterator<IndexWord> it = wordnet.getIndexWordIterator(POS.NOUN); it.hasNext(); ) {
        IndexWord w = it.next();
        String c = classOf(w);
        if (c != null) {
          classes.put(w.getLemma().toLowerCase(Locale.ROOT), c);
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot read WordNet: " + e.getMessage(), e);
    }
    StringBuilder b = new StringBuilder();
    b.append("# GENERATED, DO NOT EDIT. Regenerate with:\n")
        .append("#   mvn -B -q -pl core -am -Dsurefire.failIfNoSpecifiedTests=false\n")
        .append("#   -Dtest=NounClassGeneratorTest -Dstorygraph.regenerate=true verify\n")
        .append("# Derived from WordNet 3.1 by NounClassGenerator (core tests): every one-word noun with a tagged use\n")
        .append("# or with one class for all its senses, and the lexicographer files of its two most frequent senses\n")
        .append("# (person, group, artifact, communication, ...), then the finer classes of lexicon/noun-class-seeds.tsv\n")
        .append("# that those senses are or lie below (weapon).\n")
        .append("# Columns (tab-separated): noun, classes (comma-separated, the most frequent sense's first, finer last)\n");
    classes.forEach((noun, c) -> b.append(noun).append('\t').append(c).append('\n'));
    return b.toString();
  }
}
