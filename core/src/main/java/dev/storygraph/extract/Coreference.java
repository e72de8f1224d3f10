package dev.storygraph.extract;

import dev.storygraph.EntityType;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import java.util.Locale;

/**
 * Which entity each token refers to: the named mentions, plus third-person pronouns resolved to the nearest
 * fitting antecedent ("he" and "his" to a person, "it" and "its" to a country or organization that is a
 * clause subject). A pronoun with no fitting antecedent refers to nothing: it never becomes an argument.
 *
 * <p>A pronoun is resolved when first asked about: its antecedent depends on the named mentions and the parse
 * alone, not on other pronouns, and reading the parse of its sentence parses it (annotate.Doc), which a pronoun no
 * reader asks about need not cost. For the one thread that reads an article.
 */
final class Coreference {
  private static final int LOOKBACK_SENTENCES = 2;

  private final Doc doc;
  private final ArticleEntities ents;
  private final int[] ref;
  private final boolean[] pronoun;
  /** The pronouns not yet resolved. */
  private final boolean[] unresolved;

  Coreference(Doc doc, ArticleEntities ents) {
    this.doc = doc;
    this.ents = ents;
    ref = ents.entityAt().clone();
    pronoun = new boolean[ref.length];
    unresolved = new boolean[ref.length];
    for (Token t : doc.tokens()) {
      unresolved[t.index()] = t.pos().startsWith("PRP") && ref[t.index()] < 0;
    }
  }

  private void resolve(int token) {
    if (!unresolved[token]) {
      return;
    }
    unresolved[token] = false;
    Token t = doc.token(token);
    String w = t.word().toLowerCase(Locale.ROOT);
    int e = -1;
    if (Cues.CONSTRUCTIONS.has("person-pronoun", w)) {
      e = personAntecedent(doc, ents, t);
    } else if (Cues.CONSTRUCTIONS.has("thing-pronoun", w) || Cues.CONSTRUCTIONS.has("thing-possessive", w)) {
      e = thingAntecedent(doc, ents, t);
    }
    if (e >= 0) {
      ref[token] = e;
      pronoun[token] = true;
    }
  }

  /** The entity a token refers to, or -1. */
  int at(int token) {
    if (token < 0 || token >= ref.length) {
      return -1;
    }
    resolve(token);
    return ref[token];
  }

  /** True when the token is a pronoun resolved to an entity. */
  boolean isPronoun(int token) {
    resolve(token);
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
        if (isType(ents, i, EntityType.PERSON) && doc.relation(i).startsWith("nsubj")
            && doc.relation(doc.governor(i)).equals("root")) {
          return ents.at(i);
        }
      }
    }
    // in the sentences before: a subject, else the last person named as an argument of a clause; one named only
    // in a prepositional phrase ("closed in honour of Lee") is the antecedent only when no sentence has another
    int oblique = -1;
    int obliqueBack = 0;
    for (int back = 1; back <= LOOKBACK_SENTENCES && s.index() - back >= 0; back++) {
      Sentence p = doc.sentences().get(s.index() - back);
      int last = -1;
      for (int i = p.firstToken(); i < p.endToken(); i++) {
        if (isType(ents, i, EntityType.PERSON)) {
          if (doc.relation(i).startsWith("nsubj")) {
            return ents.at(i);
          }
          if (isOblique(doc, i)) {
            if (oblique < 0 || obliqueBack == back) {
              oblique = ents.at(i);
              obliqueBack = back;
            }
          } else {
            last = ents.at(i);
          }
        }
      }
      if (last >= 0) {
        return last;
      }
    }
    return oblique;
  }

  /** True when a name stands in a prepositional phrase: its own or that of the name's head ("the widow of Lee"). */
  private static boolean isOblique(Doc doc, int token) {
    int head = token;
    while (doc.governor(head) >= 0 && (doc.relation(head).equals("flat") || doc.relation(head).equals("compound"))) {
      head = doc.governor(head);
    }
    return Graph.isOblique(doc.relation(head)) && !doc.relation(head).equals("nmod:poss");
  }

  private static int thingAntecedent(Doc doc, ArticleEntities ents, Token t) {
    Sentence s = doc.sentenceOf(t.index());
    // the nearest country or organization that is a subject earlier in the sentence, or owns the subject ("Acme's
    // offer followed a visit by its chief")
    for (int i = t.index() - 1; i >= s.firstToken(); i--) {
      // an entity first, then the parse: a sentence is parsed only when a reader needs its dependencies
      if (ents.at(i) < 0 || isType(ents, i, EntityType.PERSON)) {
        continue;
      }
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
        if (ents.at(i) < 0 || isType(ents, i, EntityType.PERSON)) {
          continue;
        }
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
