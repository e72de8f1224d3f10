package dev.storygraph.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotated document: tokens, sentences, basic dependencies, named-entity and date spans. Free of CoreNLP types so
 * that extractors can be tested on hand-built documents.
 *
 * <p>A document of the pipeline parses a sentence the first time a reader asks for its dependencies (its governors,
 * relations, dependents or construction matches), so that the sentences no reader looks at are never parsed; a
 * sentence's parse depends on that sentence alone, so what a reader sees does not depend on when it asks. Once
 * parsed, a sentence stays so. Observably immutable; safe to read from several threads.
 */
public final class Doc {
  /** Parses one sentence for a document that parses on demand. */
  @FunctionalInterface
  interface Parser {
    /**
     * Fills in the governor (a document index, or -1 for a root) and the relation ("root" for a root) of every
     * token of the sentence; the arrays have one element per token of the sentence, in order.
     */
    void parse(Sentence s, int[] governor, String[] relation);
  }

  /** A failure of the parser on a sentence that a reader asked about, with CoreNLP's exception as the cause. */
  public static final class ParseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseFailure(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** The dependencies of one sentence, immutable once made. */
  private static final class Parse {
    final int first;
    final int[] governor;
    final String[] relation;
    final List<List<Integer>> children;

    Parse(int first, int[] governor, String[] relation) {
      this.first = first;
      this.governor = governor;
      this.relation = relation;
      List<List<Integer>> kids = new ArrayList<>(governor.length);
      for (int i = 0; i < governor.length; i++) {
        kids.add(new ArrayList<>());
      }
      for (int i = 0; i < governor.length; i++) {
        if (governor[i] >= 0) {
          kids.get(governor[i] - first).add(first + i);
        }
      }
      List<List<Integer>> frozen = new ArrayList<>(kids.size());
      kids.forEach(k -> frozen.add(Collections.unmodifiableList(k)));
      this.children = Collections.unmodifiableList(frozen);
    }
  }

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<NamedSpan> names;
  private final List<TimexSpan> timexes;
  /** Null when every sentence was parsed when the document was made. */
  private final Parser parser;
  /** Per sentence; null until parsed. An element, once set, is never changed, and its fields are final. */
  private final Parse[] parses;
  /** Per sentence, the construction matches by trigger; null until matched. */
  private final Map<Integer, List<Construction>>[] constructions;

  /**
   * @param governor for each token, the index of its governor, or -1 for a root
   * @param relation for each token, the dependency relation to its governor ("root" for a root)
   */
  public Doc(String text, List<Token> tokens, List<Sentence> sentences, int[] governor, String[] relation,
      List<NamedSpan> names, List<TimexSpan> timexes) {
    this(text, tokens, sentences, governor, relation, names, timexes, List.of());
  }

  /**
   * @param constructions the matches of the construction rules, in rule order for each trigger
   */
  public Doc(String text, List<Token> tokens, List<Sentence> sentences, int[] governor, String[] relation,
      List<NamedSpan> names, List<TimexSpan> timexes, List<Construction> constructions) {
    this(text, tokens, sentences, names, timexes, (Parser) null);
    for (Sentence s : this.sentences) {
      int n = s.size();
      int[] gov = new int[n];
      String[] rel = new String[n];
      System.arraycopy(governor, s.firstToken(), gov, 0, n);
      System.arraycopy(relation, s.firstToken(), rel, 0, n);
      parses[s.index()] = new Parse(s.firstToken(), gov, rel);
      this.constructions[s.index()] = new HashMap<>();
    }
    for (Construction c : constructions) {
      this.constructions[this.tokens.get(c.trigger()).sentence()]
          .computeIfAbsent(c.trigger(), k -> new ArrayList<>()).add(c);
    }
    for (int s = 0; s < this.constructions.length; s++) {
      Map<Integer, List<Construction>> m = this.constructions[s];
      m.replaceAll((k, v) -> List.copyOf(v));
      this.constructions[s] = Map.copyOf(m);
    }
  }

  /** A document whose sentences are parsed by {@code parser} when a reader first asks for their dependencies. */
  @SuppressWarnings("unchecked")
  Doc(String text, List<Token> tokens, List<Sentence> sentences, List<NamedSpan> names, List<TimexSpan> timexes,
      Parser parser) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.names = List.copyOf(names);
    this.timexes = List.copyOf(timexes);
    this.parser = parser;
    this.parses = new Parse[this.sentences.size()];
    this.constructions = new Map[this.sentences.size()];
  }

  /** Parses every sentence and matches the construction rules on each now, as a reader asking for all would. */
  void parseAll() {
    for (Sentence s : sentences) {
      constructionsOf(s.index());
    }
  }

  /** How many sentences are parsed so far. */
  int parsedSentences() {
    int n = 0;
    for (Sentence s : sentences) {
      if (parsed(s.index()) != null) {
        n++;
      }
    }
    return n;
  }

  private synchronized Parse parsed(int sentence) {
    return parses[sentence];
  }

  private Parse parse(int sentence) {
    Parse p = parses[sentence];
    return p != null ? p : parseNow(sentence);
  }

  private synchronized Parse parseNow(int sentence) {
    Parse p = parses[sentence];
    if (p == null) {
      Sentence s = sentences.get(sentence);
      int[] gov = new int[s.size()];
      String[] rel = new String[s.size()];
      try {
        parser.parse(s, gov, rel);
      } catch (RuntimeException e) {
        throw new ParseFailure(e);
      }
      p = new Parse(s.firstToken(), gov, rel);
      parses[sentence] = p;
    }
    return p;
  }

  private Parse parseOf(int token) {
    return parse(tokens.get(token).sentence());
  }

  private synchronized Map<Integer, List<Construction>> constructionsOf(int sentence) {
    Map<Integer, List<Construction>> m = constructions[sentence];
    if (m == null) {
      Sentence s = sentences.get(sentence);
      List<Construction> found = new ArrayList<>();
      if (s.endToken() > s.firstToken()) {
        ConstructionRules.match(this, s, found);
      } else {
        parse(sentence);
      }
      Map<Integer, List<Construction>> byTrigger = new HashMap<>();
      for (Construction c : found) {
        byTrigger.computeIfAbsent(c.trigger(), k -> new ArrayList<>()).add(c);
      }
      byTrigger.replaceAll((k, v) -> List.copyOf(v));
      m = Map.copyOf(byTrigger);
      constructions[sentence] = m;
    }
    return m;
  }

  private List<Construction> constructions(int trigger) {
    return constructionsOf(tokens.get(trigger).sentence()).getOrDefault(trigger, List.of());
  }

  /** The first argument the construction rules of that role give the trigger, or -1. */
  public int argument(int trigger, String role) {
    for (Construction c : constructions(trigger)) {
      if (c.role().equals(role)) {
        return c.argument();
      }
    }
    return -1;
  }

  /** Every argument the construction rules of that role give the trigger, in rule order. */
  public List<Integer> arguments(int trigger, String role) {
    List<Integer> out = new ArrayList<>();
    for (Construction c : constructions(trigger)) {
      if (c.role().equals(role) && !out.contains(c.argument())) {
        out.add(c.argument());
      }
    }
    return out;
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public Sentence sentenceOf(int token) {
    return sentences.get(tokens.get(token).sentence());
  }

  public String sentenceText(Sentence s) {
    return text.substring(s.begin(), s.end());
  }

  /** The governor of a token, or -1 for a root. */
  public int governor(int token) {
    Parse p = parseOf(token);
    return p.governor[token - p.first];
  }

  /** The relation of a token to its governor: "nsubj", "obl", "nmod:poss", ... */
  public String relation(int token) {
    Parse p = parseOf(token);
    return p.relation[token - p.first];
  }

  /** The dependents of a token, in text order. */
  public List<Integer> children(int token) {
    Parse p = parseOf(token);
    return p.children.get(token - p.first);
  }

  public List<NamedSpan> names() {
    return names;
  }

  public List<TimexSpan> timexes() {
    return timexes;
  }

  /** The text from the first character of token {@code first} to the last of token {@code end - 1}. */
  public String span(int first, int end) {
    return text.substring(tokens.get(first).begin(), tokens.get(end - 1).end());
  }
}
