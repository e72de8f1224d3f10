package dev.storygraph.extract;

import dev.storygraph.annotate.Doc;

/** Small questions about the dependency tree that every fact reader asks. */
final class Graph {
  private Graph() {}

  /** The lemma of the preposition ("case") of a token, or "". */
  static String caseOf(Doc doc, int token) {
    int k = caseToken(doc, token);
    return k >= 0 ? doc.token(k).lemma() : "";
  }

  static int caseToken(Doc doc, int token) {
    return childWith(doc, token, "case");
  }

  static boolean hasCase(Doc doc, int token, String word) {
    for (int k : doc.children(token)) {
      if ((doc.relation(k).equals("case") || doc.relation(k).equals("mark")) && doc.token(k).lemma().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The first dependent with that relation, or -1. */
  static int childWith(Doc doc, int token, String rel) {
    for (int k : doc.children(token)) {
      if (doc.relation(k).equals(rel)) {
        return k;
      }
    }
    return -1;
  }

  /** An oblique or nominal modifier: "obl", "obl:tmod", "nmod", "nmod:poss"... */
  static boolean isOblique(String rel) {
    return rel.startsWith("obl") || rel.startsWith("nmod");
  }

  static boolean isPassive(Doc doc, int t) {
    for (int k : doc.children(t)) {
      if (doc.relation(k).equals("aux:pass") || doc.relation(k).equals("nsubj:pass")) {
        return true;
      }
    }
    return isHeadlinePassive(doc, t);
  }

  /** "Embassy bombed in attack": a past participle with a subject and no auxiliary is a passive without "be". */
  static boolean isHeadlinePassive(Doc doc, int t) {
    if (!doc.token(t).pos().equals("VBN") || childWith(doc, t, "nsubj") < 0 || childWith(doc, t, "obj") >= 0) {
      return false;
    }
    for (int k : doc.children(t)) {
      if (doc.relation(k).startsWith("aux")) {
        return false;
      }
    }
    return true;
  }

  /** The clause a noun trigger belongs to: the verb it depends on, or itself. */
  static int clauseOf(Doc doc, int t) {
    int g = doc.governor(t);
    return g >= 0 && doc.token(g).isVerb() ? g : t;
  }

  static int subtreeEnd(Doc doc, int token) {
    int end = token;
    for (int k : doc.children(token)) {
      if (!doc.relation(k).equals("punct")) {
        end = Math.max(end, subtreeEnd(doc, k));
      }
    }
    return end;
  }
}
