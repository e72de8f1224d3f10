package dev.storygraph.extract;

import dev.storygraph.EntityType;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import java.util.Locale;

/**
 * Which entity each token refers to: the named mentions, plus third-person pronouns resolved to the nearest
 * fitting antecedent ("he" and "his" to a person, "it" and "its" to a country or organization that is a
 * clause subject). A pronoun with no fitting antecedent refers to nothing: it never becomes an argument.
 */
final class Coreference {
  private static final int LOOKBACK_SENTENCES = 2;

  private final int[] ref;
  private final boolean[] pronoun;

  Coreference(Doc doc, ArticleEntities ents) {
    ref = ents.entityAt().clone();
    pronoun = new boolean[ref.length];
    for (Token t : doc.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (!t.pos().startsWith("PRP") || ref[t.index()] >= 0) {
        continue;
      }
      int e = -1;
      if (Cues.CONSTRUCTIONS.has("person-pronoun", w)) {
        e = personAntecedent(doc, ents, t);
      } else if (Cues.CONSTRUCTIONS.has("thing-pronoun", w) || Cues.CONSTRUCTIONS.has("thing-possessive", w)) {
        e = thingAntecedent(doc, ents, t);
      }
      if (e >= 0) {
        ref[t.index()] = e;
        pronoun[t.index()] = true;
      }
    }
  }

  /** The entity a token refers to, or -1. */
  int at(int token) {
    return token >= 0 && token < ref.length ? ref[token] : -1;
  }

  /** True when the token is a pronoun resolved to an entity. */
  boolean isPronoun(int token) {
    return pronoun[token];
  }

  private static int personAntecedent(Doc doc, ArticleEntities ents, Token t) {
    Sentence s = doc.sentenceOf(t.index());
    // nearest person before it in the sentence
    for (int i = t.index() - 1; i >= s.firstToken(); i--) {
      if (isType(ents, i, EntityType.PERSON)) {
        return ents.at(i);
      }
    }
    // "During his first trip, Kim met ...": a possessive before the subject of its own sentence
    if (t.pos().equals("PRP$")) {
      for (int i = t.index() + 1; i < s.endToken(); i++) {
        if (doc.relation(i).startsWith("nsubj") && isType(ents, i, EntityType.PERSON)
            && doc.relation(doc.governor(i)).equals("root")) {
          return ents.at(i);
        }
      }
    }
    for (int back = 1; back <= LOOKBACK_SENTENCES && s.index() - back >= 0; back++) {
      Sentence p = doc.sentences().get(s.index() - back);
      int last = -1;
      for (int i = p.firstToken(); i < p.endToken(); i++) {
        if (isType(ents, i, EntityType.PERSON)) {
          if (doc.relation(i).startsWith("nsubj")) {
            return ents.at(i);
          }
          last = ents.at(i);
        }
      }
      if (last >= 0) {
        return last;
      }
    }
    return -1;
  }

  private static int thingAntecedent(Doc doc, ArticleEntities ents, Token t) {
    Sentence s = doc.sentenceOf(t.index());
    // the nearest country or organization that is a subject earlier in the sentence, or owns the subject ("Acme's
    // offer followed a visit by its chief")
    for (int i = t.index() - 1; i >= s.firstToken(); i--) {
      int g = doc.governor(i);
      boolean owner = doc.relation(i).equals("nmod:poss") && g >= 0 && doc.relation(g).startsWith("nsubj");
      if ((doc.relation(i).startsWith("nsubj") || owner) && ents.at(i) >= 0 && !isType(ents, i, EntityType.PERSON)) {
        return ents.at(i);
      }
    }
    for (int back = 1; back <= 1 && s.index() - back >= 0; back++) {
      Sentence p = doc.sentences().get(s.index() - back);
      int end = back == 0 ? t.index() : p.endToken();
      for (int i = p.firstToken(); i < end; i++) {
        int g = doc.governor(i);
        if (doc.relation(i).startsWith("nsubj") && g >= 0 && doc.relation(g).equals("root")
            && ents.at(i) >= 0 && !isType(ents, i, EntityType.PERSON)) {
          return ents.at(i);
        }
      }
    }
    return -1;
  }

  private static boolean isType(ArticleEntities ents, int token, EntityType type) {
    int e = ents.at(token);
    return e >= 0 && ents.entities().get(e).type() == type;
  }
}
