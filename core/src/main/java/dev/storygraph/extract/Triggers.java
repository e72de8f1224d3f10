package dev.storygraph.extract;

import static dev.storygraph.extract.Graph.caseOf;

import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.lexicon.Vocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words that state an event: verbs and common nouns of the predicate lexicon, with the particle or
 * preposition a multi-word entry needs ("step down", "head to"). A support verb whose object is itself an event
 * noun ("launched an attack", "announced the takeover") states no event of its own: the noun does.
 * Stateless; thread-safe.
 */
final class Triggers {
  /**
   * One trigger.
   *
   * @param token   the verb or noun
   * @param noun    true for an event noun
   * @param entry   its lexicon entry
   * @param carrier the token carrying the preposition the entry needs, or -1
   */
  record Trigger(int token, boolean noun, Lexicons.PredicateEntry entry, int carrier) {}

  private static final Vocabulary.Predicate KILL = Vocabulary.standard()
      .get(Cues.CONSTRUCTIONS.only("result-event")).orElseThrow();
  private static final Vocabulary.Predicate DEPLOY = Vocabulary.standard()
      .get(Cues.CONSTRUCTIONS.only("keep-event")).orElseThrow();
  private final Lexicons lex;

  Triggers(Lexicons lex) {
    this.lex = lex;
  }

  /**
   * The first lexicon entry of the token whose needed words are present, followed by the entries of other
   * predicates for the same words, in lexicon order; none when no entry fits.
   */
  List<Trigger> at(Doc doc, int t) {
    Token tok = doc.token(t);
    boolean noun;
    if (tok.isVerb()) {
      noun = false;
      // the words before the parse, so that a sentence is parsed only when a reader needs its dependencies
      // (annotate.Doc): a verb no entry or construction can fit is no trigger, whatever its dependents
      if (!mayFit(doc, t)) {
        return List.of();
      }
      // "refused to meet": a negative frame states no event of its own; its complement does, negated
      if (governsEventNoun(doc, t) || ModalityReader.isNegativeFrame(doc, t)) {
        return List.of();
      }
    } else if (tok.isNoun() && !tok.isProperNoun()) {
      noun = true;
    } else {
      return List.of();
    }
    List<Trigger> out = new ArrayList<>(1);
    if (!noun && leavesDead(doc, t)) {
      // "the raid left two soldiers dead": leaving someone dead is killing
      out.add(new Trigger(t, false, KILL.entry(List.of(tok.lemma()), false), -1));
      return out;
    }
    if (!noun && keepsForces(doc, t)) {
      // "Chile has 900 troops in the region": keeping forces somewhere is deploying them
      out.add(new Trigger(t, false, DEPLOY.entry(List.of(tok.lemma()), false), -1));
      return out;
    }
    for (Lexicons.PredicateEntry e : lex.predicates(tok.lemma(), noun)) {
      // the first entry whose words are all there, then the other senses of the same words ("fire" a missile or
      // an employee), which the object's class chooses between
      if (out.isEmpty() || out.get(0).entry().pattern().equals(e.pattern())) {
        int needed = needs(doc, t, e);
        if (needed != -2) {
          out.add(new Trigger(t, noun, e, needed));
        }
      }
    }
    return out;
  }

  /**
   * Whether a verb can be a trigger, from the words of its sentence alone: it can leave someone dead (a word of
   * death is in the sentence), keep forces (a word of forces is), or has an entry whose other words (a particle, a
   * preposition, a mark) are words of the sentence. When not, {@link #at} finds no trigger whatever the parse: the
   * dependents it reads are tokens of the sentence.
   */
  private boolean mayFit(Doc doc, int verb) {
    String lemma = doc.token(verb).lemma();
    if (Cues.CONSTRUCTIONS.has("result-verb", lemma) && sentenceHas(doc, verb, "death-state")
        || Cues.CONSTRUCTIONS.has("keep-verb", lemma) && sentenceHas(doc, verb, "force-noun")) {
      return true;
    }
    for (Lexicons.PredicateEntry e : lex.predicates(lemma, false)) {
      if (e.pattern().size() < 2 || sentenceHas(doc, verb, e.pattern().subList(1, e.pattern().size()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceHas(Doc doc, int token, String kind) {
    Sentence s = doc.sentenceOf(token);
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (Cues.CONSTRUCTIONS.has(kind, doc.token(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceHas(Doc doc, int token, List<String> lemmas) {
    Sentence s = doc.sentenceOf(token);
    for (String w : lemmas) {
      boolean found = false;
      for (int k = s.firstToken(); k < s.endToken() && !found; k++) {
        found = doc.token(k).lemma().equals(w);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * A verb of result (constructions.tsv {@code result-verb}: "left") or of a lethal act (a verb of a
   * {@code lethal-event} predicate: "shot", "stoned") whose object, or its own complement, is in a state of death
   * ({@code death-state}: "dead", "to death") named after it: "left two soldiers dead", "shot dead a guard", "shot
   * two guards to death"; not "left the dead behind", "shot at the dead man's house".
   */
  private boolean leavesDead(Doc doc, int verb) {
    String lemma = doc.token(verb).lemma();
    boolean lethal = lex.predicates(lemma, false).stream()
        .anyMatch(e -> Cues.CONSTRUCTIONS.has("lethal-event", e.predicate()));
    if (!Cues.CONSTRUCTIONS.has("result-verb", lemma) && !lethal) {
      return false;
    }
    for (int k : doc.children(verb)) {
      String rel = doc.relation(k);
      if (rel.equals("xcomp") && Cues.CONSTRUCTIONS.has("death-state", doc.token(k).lemma())) {
        return true;
      }
      if (lethal && Graph.isOblique(rel) && Cues.CONSTRUCTIONS.has("death-state", doc.token(k).lemma())
          && Cues.CONSTRUCTIONS.has("death-case", caseOf(doc, k))) {
        return true; // "shot two guards to death"
      }
      if (rel.equals("obj")) {
        // after the object, however the parser hung it: "left two guards and a driver dead near the gate"
        for (int m = k + 1; m <= Graph.subtreeEnd(doc, k); m++) {
          if (doc.token(m).pos().startsWith("JJ") && Cues.CONSTRUCTIONS.has("death-state", doc.token(m).lemma())) {
            return true;
          }
        }
        // right after the verb, read as the object's adjective: "shot dead a guard"
        int next = verb + 1;
        if (lethal && next < k && doc.governor(next) == k && doc.relation(next).equals("amod")
            && Cues.CONSTRUCTIONS.has("death-state", doc.token(next).lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A verb of having (constructions.tsv {@code keep-verb}: "has") whose object is a counted armed force
   * ({@code force-noun}: "900 troops", "about 850 soldiers"): "Chile has 900 troops in the region". Without a
   * number ("has troops to spare", "has the army's backing") it states no deployment.
   */
  private static boolean keepsForces(Doc doc, int verb) {
    if (!Cues.CONSTRUCTIONS.has("keep-verb", doc.token(verb).lemma())) {
      return false;
    }
    for (int k : doc.children(verb)) {
      if (doc.relation(k).equals("obj") && Cues.CONSTRUCTIONS.has("force-noun", doc.token(k).lemma())
          && Graph.childWith(doc, k, "nummod") >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean governsEventNoun(Doc doc, int verb) {
    for (int k : doc.children(verb)) {
      if (isEventNoun(doc, k) && Arguments.isSupported(doc, k) || amountBeforeEventNoun(doc, verb, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean isEventNoun(Doc doc, int k) {
    return doc.token(k).isNoun() && !doc.token(k).isProperNoun()
        && !lex.predicates(doc.token(k).lemma(), true).isEmpty();
  }

  /**
   * "unveiled a $5 billion 'final' offer": a support verb's object the parser headed with the amount in front of
   * the event noun, which hangs below it without a preposition of its own; the noun is what the verb supports.
   */
  private boolean amountBeforeEventNoun(Doc doc, int verb, int obj) {
    String tag = doc.token(obj).pos();
    if (!doc.relation(obj).equals("obj") || !tag.equals("$") && !tag.equals("CD")
        || !Cues.CONSTRUCTIONS.has("support-verb", doc.token(verb).lemma())) {
      return false;
    }
    for (int m = obj + 1; m <= Graph.subtreeEnd(doc, obj); m++) {
      if (isEventNoun(doc, m) && Graph.childWith(doc, m, "case") < 0 && descends(doc, m, obj)) {
        return true;
      }
    }
    return false;
  }

  private static boolean descends(Doc doc, int token, int ancestor) {
    for (int v = token, guard = 0; v >= 0 && guard < 8; v = doc.governor(v), guard++) {
      if (v == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks the particle or preposition a multi-word trigger needs.
   *
   * @return the token carrying it, -1 for a one-word trigger or a particle, -2 when it is missing
   */
  private static int needs(Doc doc, int t, Lexicons.PredicateEntry e) {
    if (e.pattern().size() < 2) {
      return -1;
    }
    int carrier = -1;
    for (String word : e.pattern().subList(1, e.pattern().size())) {
      int found = -2;
      for (int k : doc.children(t)) {
        String rel = doc.relation(k);
        if ((rel.equals("compound:prt") || rel.equals("obj")) && doc.token(k).lemma().equals(word)) {
          found = -1;
          break;
        }
        // "worked over the holidays" is no "work over": a date is never the object of a phrasal verb;
        // "set a trap on the road" is no "set on": a phrasal verb's preposition comes before its object
        if (Graph.isOblique(rel) && caseOf(doc, k).equals(word) && !isTemporal(doc.token(k))
            && !objectBefore(doc, t, Graph.caseToken(doc, k))
            || Arguments.isMarkedClause(doc, k, word)) {
          found = k;
          break;
        }
      }
      if (found == -2) {
        return -2;
      }
      if (found >= 0) {
        carrier = found;
      }
    }
    return carrier;
  }

  private static boolean objectBefore(Doc doc, int verb, int preposition) {
    for (int k : doc.children(verb)) {
      if (doc.relation(k).equals("obj") && k > verb && k < preposition) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTemporal(Token tok) {
    return switch (tok.ner()) {
      case "DATE", "TIME", "DURATION", "SET" -> true;
      default -> false;
    };
  }
}
