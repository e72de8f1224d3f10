package dev.storygraph.extract;

import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import java.util.Locale;

/** The time a clause speaks of, relative to the article's day: what "on Wednesday" needs to be placed. */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE;

  private static final Cues CUES = Cues.MODALITY;

  /** The tense of the clause that governs token {@code i}, with cue words right before it taken first. */
  public static Tense of(Doc doc, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
      Token t = doc.token(k);
      if (t.sentence() != doc.token(i).sentence()) {
        break;
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      if (CUES.has("past-cue", w)) {
        return PAST;
      }
      if (CUES.has("future-cue", w)) {
        return FUTURE;
      }
    }
    int v = i;
    for (int guard = 0; v >= 0 && guard < 8 && !isClauseHead(doc, v); guard++) {
      v = doc.governor(v);
    }
    if (v < 0 || !isClauseHead(doc, v)) {
      // a verbless clause: find the sentence's root verb
      v = rootVerb(doc, i);
      if (v < 0) {
        return PRESENT;
      }
    }
    return verbTense(doc, v);
  }

  /** A verb, or a nominal predicate with its copula: "will be in Lisbon". */
  private static boolean isClauseHead(Doc doc, int v) {
    if (doc.token(v).isVerb()) {
      return true;
    }
    for (int c : doc.children(v)) {
      if (doc.relation(c).equals("cop")) {
        return true;
      }
    }
    return false;
  }

  private static int rootVerb(Doc doc, int i) {
    var s = doc.sentenceOf(i);
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (doc.relation(k).equals("root")) {
        return doc.token(k).isVerb() ? k : firstVerbChild(doc, k);
      }
    }
    return -1;
  }

  private static int firstVerbChild(Doc doc, int k) {
    for (int c : doc.children(k)) {
      if (doc.relation(c).equals("cop") || doc.relation(c).startsWith("aux")) {
        return c;
      }
    }
    return -1;
  }

  private static Tense verbTense(Doc doc, int v) {
    boolean perfect = false;
    String copula = null;
    for (int c : doc.children(v)) {
      String rel = doc.relation(c);
      String lemma = doc.token(c).lemma();
      if (rel.startsWith("aux") || rel.equals("cop")) {
        if (CUES.has("future-aux", lemma)) {
          return FUTURE;
        }
        if (CUES.hasExact("perfect-aux", lemma)) {
          perfect = true;
        }
        if (doc.token(c).pos().equals("VBD")) {
          return PAST;
        }
        if (rel.equals("cop") && !doc.token(v).isVerb()) {
          copula = doc.token(c).pos();
        }
      }
    }
    // "is set to", "was expected to", "is going to": the governed verb lies ahead
    int gov = doc.governor(v);
    if (doc.relation(v).equals("xcomp") && gov >= 0 && CUES.has("future-frame", doc.token(gov).lemma())) {
      return FUTURE;
    }
    if (CUES.has("future-frame", doc.token(v).lemma())) {
      for (int c : doc.children(v)) {
        if (doc.relation(c).equals("xcomp")) {
          return FUTURE;
        }
      }
    }
    String pos = copula != null ? copula : doc.token(v).pos();
    if (pos.equals("VBD") || perfect) {
      return PAST;
    }
    if (pos.equals("VBN")) {
      return gov >= 0 && doc.relation(v).equals("xcomp") ? verbTense(doc, gov) : PAST;
    }
    return PRESENT;
  }
}
