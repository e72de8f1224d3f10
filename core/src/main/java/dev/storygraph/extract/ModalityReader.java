package dev.storygraph.extract;

import dev.storygraph.Modality;
import dev.storygraph.annotate.Doc;
import dev.storygraph.lexicon.Cues;
import java.util.Locale;

/**
 * Whether a fact is asserted, negated, possible, planned or reported, from the cue words of cues.tsv (the list
 * {@link Tense} reads too) on the trigger and its clause. News states almost every event through a source, so a
 * neutral attribution ("said", "told") leaves a fact asserted; only a claim ("argued", "alleged") reports it.
 * Stateless; thread-safe.
 */
final class ModalityReader {
  private static final Cues CUES = Cues.MODALITY;
  private static final int MAX_CLIMB = 6;
  /** A statement is never a claim the writer does not vouch for: it is what the source said. */
  private static final String STATEMENT = Cues.CONSTRUCTIONS.only("statement-event");

  private ModalityReader() {}

  static Modality modality(Doc doc, int t, int clause, String predicate) {
    int[] heads = clause == t ? new int[] {t} : new int[] {t, clause};
    if (underNegativeFrame(doc, heads)) {
      return Modality.NEGATED;
    }
    for (int h : clause == t || !sharesNegation(doc, t) ? new int[] {t} : heads) {
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
    for (int h : heads) {
      if (isConditional(doc, h) || complementOf(doc, h, "possible-frame")) {
        return Modality.POSSIBLE; // "would pull out its troops if ...", "seems to be backing"
      }
    }
    int g0 = doc.governor(t);
    if (doc.token(t).isNoun() && (doc.relation(t).equals("obj") || doc.relation(t).startsWith("obl")) && g0 >= 0
        && CUES.has("expect-frame", doc.token(g0).lemma())) {
      return Modality.POSSIBLE; // "expects Chile's approval", "waits for a ruling": expected, not done
    }
    boolean planned = false;
    for (int h : heads) {
      for (int k : doc.children(h)) {
        planned |= doc.relation(k).equals("amod") && CUES.has("planned-word", word(doc, k));
      }
      // the future of a controlling verb is its complement's: "will have to approve", "would try to buy"
      for (int v = h, depth = 0; v >= 0 && depth < MAX_CLIMB; v = doc.governor(v), depth++) {
        for (int k : doc.children(v)) {
          planned |= doc.relation(k).startsWith("aux") && CUES.has("future-aux", word(doc, k));
        }
        if (!(doc.relation(v).equals("xcomp") || doc.relation(v).equals("ccomp") && hasToMark(doc, v))) {
          break; // a to-clause the parser calls ccomp ("will have to be approved") is controlled all the same
        }
      }
      int g = doc.governor(h);
      planned |= doc.relation(h).equals("xcomp") && g >= 0 && CUES.has("future-frame", doc.token(g).lemma())
          || complementOf(doc, h, "intent-frame");
    }
    if (planned) {
      return Modality.PLANNED;
    }
    if (isAskedFor(doc, clause)) {
      // "urged Peru to recognize the government": the act is asked of Peru, not done; one invited to visit is
      // expected to come
      return doc.governor(clause) >= 0 && CUES.has("invite-frame", doc.token(doc.governor(clause)).lemma())
          ? Modality.PLANNED : Modality.POSSIBLE;
    }
    if (!predicate.equals(STATEMENT)) {
      for (int v = clause, depth = 0; v >= 0 && depth < 4; v = doc.governor(v), depth++) {
        int g = doc.governor(v);
        if (g >= 0 && doc.relation(v).equals("ccomp") && CUES.has("report-frame", doc.token(g).lemma())) {
          return Modality.REPORTED;
        }
      }
    }
    return Modality.ASSERTED;
  }

  /**
   * An event noun shares the negation of the clause it is an argument of only when that clause states it:
   * "did not hold talks", "the talks did not take place"; "has not spoken about his arrest" denies the speaking,
   * not the arrest.
   */
  private static boolean sharesNegation(Doc doc, int noun) {
    return Arguments.isSupported(doc, noun) || doc.relation(noun).startsWith("nsubj");
  }

  /** "would withdraw if Chile refused": a clause with a condition holds only if the condition does. */
  private static boolean isConditional(Doc doc, int h) {
    for (int k : doc.children(h)) {
      if (doc.relation(k).startsWith("advcl")) {
        for (int m : doc.children(k)) {
          if (doc.relation(m).equals("mark") && CUES.has("condition-mark", word(doc, m))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when {@code h} is the to-complement of a verb, noun or adjective of the kind ("an offer to buy"), also
   * when the parser hangs it on the verb whose object that noun is ("tabled a bid on Friday to buy").
   */
  private static boolean complementOf(Doc doc, int h, String kind) {
    int g = doc.governor(h);
    String rel = doc.relation(h);
    if (g < 0 || !(rel.equals("xcomp") || rel.startsWith("acl") && !rel.equals("acl:relcl")
        || rel.startsWith("advcl") && h > g && hasToMark(doc, h))) {
      return false;
    }
    if (CUES.has(kind, doc.token(g).lemma()) && !rel.startsWith("advcl")) {
      return true;
    }
    return objectBefore(doc, g, h, kind);
  }

  /**
   * True when a verb's to-complement belongs to the verb's object, a noun of intent the parser passed over:
   * "announced plans to expand", "tabled a bid on Friday to buy".
   */
  static boolean isNounsComplement(Doc doc, int complement) {
    int g = doc.governor(complement);
    return g >= 0 && doc.relation(complement).equals("xcomp") && objectBefore(doc, g, complement, "intent-frame");
  }

  private static boolean objectBefore(Doc doc, int verb, int h, String kind) {
    for (int k : doc.children(verb)) {
      if (doc.relation(k).equals("obj") && k < h && CUES.has(kind, doc.token(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a clause is an act asked of someone (cues.tsv, appeal-frame), not one done: "urged Peru to hold
   * talks", "called on the directors to start talks", "demanded that Chile begin negotiations", also a few clauses down
   * ("urged Peru to agree to meet").
   */
  static boolean isAskedFor(Doc doc, int clause) {
    int v = clause;
    for (int depth = 0; v >= 0 && depth < 3; depth++) {
      String rel = doc.relation(v);
      int g = doc.governor(v);
      if (g < 0 || !(rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl"))) {
        return false;
      }
      if (doc.token(g).isVerb() && CUES.has("appeal-frame", doc.token(g).lemma())) {
        return true;
      }
      v = g;
    }
    return false;
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

  private static boolean hasToMark(Doc doc, int h) {
    for (int k : doc.children(h)) {
      if (doc.relation(k).equals("mark") && Cues.CONSTRUCTIONS.has("infinitive-mark", word(doc, k))) {
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
