package dev.storygraph.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An annotated document: tokens, sentences, basic dependencies, named-entity and date spans. Immutable, and
 * free of CoreNLP types so that extractors can be tested on hand-built documents.
 */
public final class Doc {
  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final int[] governor;
  private final String[] relation;
  private final List<List<Integer>> children;
  private final List<NamedSpan> names;
  private final List<TimexSpan> timexes;
  private final Map<Integer, List<Construction>> constructions;

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
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.governor = governor.clone();
    this.relation = relation.clone();
    this.names = List.copyOf(names);
    this.timexes = List.copyOf(timexes);
    List<List<Integer>> kids = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      kids.add(new ArrayList<>());
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (governor[i] >= 0) {
        kids.get(governor[i]).add(i);
      }
    }
    List<List<Integer>> frozen = new ArrayList<>(kids.size());
    kids.forEach(k -> frozen.add(Collections.unmodifiableList(k)));
    this.children = Collections.unmodifiableList(frozen);
    Map<Integer, List<Construction>> byTrigger = new HashMap<>();
    for (Construction c : constructions) {
      byTrigger.computeIfAbsent(c.trigger(), k -> new ArrayList<>()).add(c);
    }
    byTrigger.replaceAll((k, v) -> List.copyOf(v));
    this.constructions = Map.copyOf(byTrigger);
  }

  /** The first argument the construction rules of that role give the trigger, or -1. */
  public int argument(int trigger, String role) {
    for (Construction c : constructions.getOrDefault(trigger, List.of())) {
      if (c.role().equals(role)) {
        return c.argument();
      }
    }
    return -1;
  }

  /** Every argument the construction rules of that role give the trigger, in rule order. */
  public List<Integer> arguments(int trigger, String role) {
    List<Integer> out = new ArrayList<>();
    for (Construction c : constructions.getOrDefault(trigger, List.of())) {
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
    return governor[token];
  }

  /** The relation of a token to its governor: "nsubj", "obl", "nmod:poss", ... */
  public String relation(int token) {
    return relation[token];
  }

  /** The dependents of a token, in text order. */
  public List<Integer> children(int token) {
    return children.get(token);
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
