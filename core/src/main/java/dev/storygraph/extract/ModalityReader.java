package dev.storygraph.extract;

import dev.storygraph.Modality;
import dev.storygraph.annotate.Doc;
import java.util.Locale;

/**
 * Whether a fact is asserted, negated, possible, planned or reported, from the cue words of cues.tsv (the list
 * {@link Tense} reads too) on the trigger and its clause. Stateless; thread-safe.
 */
final class ModalityReader {
  private static final Cues CUES = Cues.MODALITY;
  private static final int MAX_CLIMB = 6;

  private ModalityReader() {}

  static Modality modality(Doc doc, int t, int clause, String predicate) {
    int[] heads = clause == t ? new int[] {t} : new int[] {t, clause};
    if (underNegativeFrame(doc, heads)) {
      return Modality.NEGATED;
    }
    for (int h : heads) {
      for (int k : doc.children(h)) {
        String rel = doc.relation(k);
        if ((rel.equals("advmod") || rel.equals("det") || rel.startsWith("aux") || rel.equals("neg"))
            && CUES.has("negation", word(doc, k))) {
          return Modality.NEGATED;
        }
      }
    }
    // possible: a modal, or "possible" on the trigger or on anything above it in the sentence
    for (int v = t, depth = 0; v >= 0 && depth < MAX_CLIMB; v = doc.governor(v), depth++) {
      for (int k : doc.children(v)) {
        String rel = doc.relation(k);
        if ((rel.equals("amod") || rel.equals("advmod")) && CUES.has("possible-word", word(doc, k))) {
          return Modality.POSSIBLE;
        }
        if (rel.startsWith("aux") && CUES.has("possible-aux", word(doc, k)) && depth <= 1) {
          return Modality.POSSIBLE;
        }
      }
      if (doc.relation(v).equals("ccomp") || doc.relation(v).equals("root")) {
        break;
      }
    }
    boolean planned = false;
    for (int h : heads) {
      for (int k : doc.children(h)) {
        String rel = doc.relation(k);
        planned |= rel.startsWith("aux") && CUES.has("future-aux", word(doc, k))
            || rel.equals("amod") && CUES.has("planned-word", word(doc, k));
      }
      int g = doc.governor(h);
      planned |= doc.relation(h).equals("xcomp") && g >= 0 && CUES.has("future-frame", doc.token(g).lemma());
    }
    if (planned) {
      return Modality.PLANNED;
    }
    if (!predicate.equals("say")) {
      for (int v = clause, depth = 0; v >= 0 && depth < 4; v = doc.governor(v), depth++) {
        int g = doc.governor(v);
        if (g >= 0 && doc.relation(v).equals("ccomp") && CUES.has("report-frame", doc.token(g).lemma())) {
          return Modality.REPORTED;
        }
      }
    }
    return Modality.ASSERTED;
  }

  /** "refused to meet", "declined to hold talks": the complement of a negative frame does not happen. */
  static boolean underNegativeFrame(Doc doc, int... heads) {
    for (int h : heads) {
      int g = doc.governor(h);
      if (g >= 0 && doc.relation(h).equals("xcomp") && CUES.has("negative-frame", doc.token(g).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** True when a verb is a negative frame with a complement: "refused to meet" states no refusal fact. */
  static boolean isNegativeFrame(Doc doc, int verb) {
    return CUES.has("negative-frame", doc.token(verb).lemma()) && Graph.childWith(doc, verb, "xcomp") >= 0;
  }

  private static String word(Doc doc, int k) {
    return doc.token(k).word().toLowerCase(Locale.ROOT);
  }
}
