package dev.storygraph.annotate;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The construction rules of the models (the Semgrex files of {@code rules/}, one per family, listed in
 * {@code rules/index.txt}) and the graph they run on. Every rule runs on the enhanced++ Universal Dependencies of a
 * sentence, which CoreNLP's converter derives from the document's basic tree: controlled subjects
 * ({@code nsubj:xsubj}), subjects and objects shared by coordinated verbs, relative clauses whose verb takes its
 * antecedent, and relations named by their preposition ({@code obl:by}, {@code nmod:of}). The graph is derived from
 * the {@link Doc} alone, so a stored parse gives the matches a live one does.
 *
 * <p>A pattern may name a word class of {@code constructions.tsv} as a macro: {@code {lemma:@reason-mark}} stands
 * for {@code {lemma:/for|of/}}, the words the file lists under that kind. Compiled once per JVM; thread-safe.
 */
public final class ConstructionRules {
  private static final String RULES = "/dev/storygraph/models/rules/";
  private static final String INDEX = "index.txt";
  private static final String WORD_CLASSES = "/dev/storygraph/models/constructions.tsv";
  private static final Pattern MACRO = Pattern.compile("@([a-z][a-z-]*)");
  private static final Pattern PLAIN_WORD = Pattern.compile("[a-z][a-z' -]*");

  /** One construction rule, compiled once. */
  private record Rule(String role, String name, SemgrexPattern pattern) {}

  private static final class Loaded {
    static final List<Rule> ALL = load();
  }

  private ConstructionRules() {}

  /** The matches of every rule on every sentence of a document, in rule order for each trigger. */
  public static List<Construction> match(Doc doc) {
    List<Construction> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (s.endToken() > s.firstToken()) {
        match(doc, s, out);
      }
    }
    return out;
  }

  /** The matches of every rule on one sentence of a document, not empty, in rule order for each trigger. */
  static void match(Doc doc, Sentence s, List<Construction> out) {
    match(graph(doc, s), s.firstToken(), out);
  }

  /**
   * The enhanced++ graph of one sentence, from the document's basic tree; the basic tree itself when CoreNLP's
   * converter cannot take it (a tree with no root, as a sentence the parser skipped leaves).
   */
  static SemanticGraph graph(Doc doc, Sentence s) {
    int first = s.firstToken();
    IndexedWord[] words = new IndexedWord[s.endToken() - first];
    SemanticGraph basic = new SemanticGraph();
    for (int i = first; i < s.endToken(); i++) {
      Token t = doc.token(i);
      CoreLabel l = new CoreLabel();
      l.setWord(t.word());
      l.setValue(t.word());
      l.setOriginalText(t.word());
      l.setTag(t.pos());
      l.setLemma(t.lemma());
      l.setNER(t.ner());
      l.setIndex(i - first + 1);
      l.setSentIndex(s.index());
      words[i - first] = new IndexedWord(l);
      basic.addVertex(words[i - first]);
    }
    for (int i = first; i < s.endToken(); i++) {
      int gov = doc.governor(i);
      if (gov < 0) {
        basic.addRoot(words[i - first]);
      } else {
        basic.addEdge(words[gov - first], words[i - first],
            GrammaticalRelation.valueOf(Language.UniversalEnglish, doc.relation(i)), 1.0, false);
      }
    }
    if (basic.getRoots().size() != 1) {
      return basic;
    }
    try {
      List<TypedDependency> deps = new ArrayList<>(basic.typedDependencies());
      TreeGraphNode root = new TreeGraphNode(deps.get(0).gov());
      return SemanticGraphFactory.generateEnhancedPlusPlusDependencies(
          new UniversalEnglishGrammaticalStructure(deps, root));
    } catch (RuntimeException e) {
      return basic; // the converter rejects a malformed tree; the basic relations still hold
    }
  }

  /** The matches of every construction rule on one sentence's graph, in rule order. */
  private static void match(SemanticGraph g, int offset, List<Construction> out) {
    for (Rule rule : Loaded.ALL) {
      SemgrexMatcher m = rule.pattern().matcher(g);
      while (m.find()) {
        IndexedWord trigger = m.getNode("trigger");
        IndexedWord arg = m.getNode("arg");
        if (trigger != null && arg != null && trigger.index() != arg.index()) {
          Construction c = new Construction(rule.role(), rule.name(), offset + trigger.index() - 1,
              offset + arg.index() - 1);
          if (!out.contains(c)) {
            out.add(c);
          }
        }
      }
    }
  }

  private static List<Rule> load() {
    Map<String, String> classes = wordClasses();
    List<Rule> rules = new ArrayList<>();
    for (String family : lines(RULES + INDEX)) {
      String f = family.strip();
      if (f.isEmpty() || f.startsWith("#")) {
        continue;
      }
      List<String> lines = lines(RULES + f);
      for (int n = 1; n <= lines.size(); n++) {
        String line = lines.get(n - 1);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        String where = RULES + f + ":" + n;
        if (c.length != 3) {
          throw new IllegalStateException(where + ": expected role, name and pattern: " + line);
        }
        String pattern = expand(c[2].strip(), classes, where);
        try {
          rules.add(new Rule(c[0].strip(), c[1].strip(), SemgrexPattern.compile(pattern)));
        } catch (RuntimeException e) {
          throw new IllegalStateException(where + ": bad pattern " + pattern + ": " + e.getMessage(), e);
        }
      }
    }
    return List.copyOf(rules);
  }

  /** A pattern with each {@code @kind} replaced by the regular expression of the words of that kind. */
  static String expand(String pattern, Map<String, String> classes, String where) {
    Matcher m = MACRO.matcher(pattern);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String words = classes.get(m.group(1));
      if (words == null) {
        throw new IllegalStateException(where + ": no word class " + m.group(1) + " in " + WORD_CLASSES);
      }
      m.appendReplacement(b, Matcher.quoteReplacement("/" + words + "/"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Each kind of {@code constructions.tsv} as a regular expression of its words, "for|of". */
  private static Map<String, String> wordClasses() {
    Map<String, TreeSet<String>> byKind = new HashMap<>();
    for (String line : lines(WORD_CLASSES)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      String word = c.length == 2 ? c[1].strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (PLAIN_WORD.matcher(word).matches()) { // the file's own reader reports malformed rows
        byKind.computeIfAbsent(c[0].strip(), k -> new TreeSet<>()).add(word);
      }
    }
    Map<String, String> out = new HashMap<>();
    byKind.forEach((k, v) -> out.put(k, String.join("|", v)));
    return out;
  }

  private static List<String> lines(String resource) {
    try (InputStream in = ConstructionRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("rule file " + resource + " is not on the classpath: add storygraph-models");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
