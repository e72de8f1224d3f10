package dev.storygraph.extract;

import static dev.storygraph.extract.Graph.caseOf;

import dev.storygraph.Fact;
import dev.storygraph.annotate.Doc;
import dev.storygraph.lexicon.Cues;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The event a definite event noun refers back to: "Rebels attacked a convoy on Friday. ... the attack", "Acme made
 * a bid for Norvex. ... Norvex rejected the bid". A noun with a definite determiner or a possessor
 * (constructions.tsv, definite-det) names an event the article told before: the latest earlier fact of its
 * predicate, else the latest earlier mention of the same noun. {@link Setting} takes the antecedent's place and
 * time from it, {@link Arguments} the antecedent's actor. Stateless; thread-safe.
 */
final class EventAntecedent {
  private static final Cues CONSTRUCTIONS = Cues.CONSTRUCTIONS;

  private EventAntecedent() {}

  /** True when a noun refers back: "the attack", "this offer", "Chile's attack". */
  static boolean isDefinite(Doc doc, int noun) {
    for (int k : doc.children(noun)) {
      String rel = doc.relation(k);
      if (rel.equals("det") && CONSTRUCTIONS.has("definite-det", doc.token(k).lemma())
          || rel.equals("nmod:poss")) {
        return true;
      }
    }
    return false;
  }

  /** True when a noun refers back by its determiner alone and names no owner: "the bid", not "Chile's bid". */
  static boolean isBareDefinite(Doc doc, int noun) {
    boolean definite = false;
    for (int k : doc.children(noun)) {
      String rel = doc.relation(k);
      if (rel.equals("nmod:poss")) {
        return false;
      }
      definite |= rel.equals("det") && CONSTRUCTIONS.has("definite-det", doc.token(k).lemma());
    }
    return definite;
  }

  /** The latest of the earlier facts (in text order) of the predicate that {@code accept} takes. */
  static Optional<Fact> latestFact(List<Fact> earlier, String predicate, Predicate<Fact> accept) {
    int i = latest(earlier, a -> a.predicate().equals(predicate) && accept.test(a));
    return i < 0 ? Optional.empty() : Optional.of(earlier.get(i));
  }

  /** The index of the latest of the earlier facts (in text order) that {@code accept} takes, or -1. */
  static int latest(List<Fact> earlier, Predicate<Fact> accept) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (accept.test(earlier.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The latest mention of the same noun in the sentences before the noun's own that {@code accept} takes, or -1.
   */
  static int latestMention(FactContext c, int noun, IntPredicate accept) {
    Doc doc = c.doc();
    for (int m = doc.sentenceOf(noun).firstToken() - 1; m >= 0; m--) {
      if (doc.token(m).isNoun() && doc.token(m).lemma().equals(doc.token(noun).lemma()) && accept.test(m)) {
        return m;
      }
    }
    return -1;
  }

  /** The entity an event noun names as its doer: its possessor or its "by" phrase, or -1. */
  static int agentOf(FactContext c, int noun) {
    Doc doc = c.doc();
    for (int k : doc.children(noun)) {
      String rel = doc.relation(k);
      if (rel.equals("nmod:poss") || rel.startsWith("nmod") && Cues.CONSTRUCTIONS.has("agent-case", caseOf(doc, k))) {
        int e = c.coref().at(k);
        if (e >= 0) {
          return e;
        }
      }
    }
    return -1;
  }

  /** The index of a fact's subject among the article's entities. */
  static int subjectOf(Fact fact) {
    return Integer.parseInt(fact.subject().substring(1)) - 1;
  }
}
