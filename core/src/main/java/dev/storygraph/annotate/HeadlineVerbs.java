package dev.storygraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Headline verbs. Headlinese drops articles and puts events in the simple present ("Port Authority sacks pilot
 * Ana Ruiz over crash"), and the tagger, seeing no determiner, reads the verb as a noun of a compound: the
 * sentence then has no verb at all, and the parser, no event. In a sentence without a finite verb or modal, the first
 * common noun that follows a name, is itself the lemma of an event verb and is followed by the start of a noun
 * phrase that reaches a name ("sacks pilot Ana Ruiz", "signs the Vale accord") is the verb: {@code VBZ} for a
 * plural form, else {@code VBP}. Run between the tagger and the parser; stateless, thread-safe.
 */
final class HeadlineVerbs {
  /** A finite verb or a modal: the sentence has its verb ("after losing run" has none). */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> NAME = Set.of("NNP", "NNPS");
  private static final Set<String> NOUN = Set.of("NN", "NNS");
  /** Tags that open a noun phrase by themselves: a determiner, a possessive pronoun, a number, a name. */
  private static final Set<String> PHRASE_OPENER = Set.of("DT", "PRP$", "CD", "NNP", "NNPS");
  /** Tags that open a noun phrase when a name follows them: "sacks pilot Ana Ruiz", "signs new Vale accord". */
  private static final Set<String> MODIFIER = Set.of("NN", "NNS", "JJ");

  private final Predicate<String> eventVerb;

  /** @param eventVerb whether a lemma is the verb of an event (the predicate lexicon's verbs) */
  HeadlineVerbs(Predicate<String> eventVerb) {
    this.eventVerb = eventVerb;
  }

  /** Retags the headline verb of every verbless sentence of a tagged and lemmatized annotation. */
  void retag(Annotation ann) {
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      retag(s.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  /** The same for one sentence's tokens; true when a token was retagged. */
  boolean retag(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (FINITE.contains(t.tag())) {
        return false;
      }
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (NOUN.contains(t.tag()) && NAME.contains(tokens.get(i - 1).tag()) && isLowerCase(t.word())
          && opensPhrase(tokens, i + 1) && eventVerb.test(t.lemma())) {
        t.setTag(t.tag().equals("NNS") ? "VBZ" : "VBP");
        return true;
      }
    }
    return false;
  }

  private static boolean opensPhrase(List<CoreLabel> tokens, int i) {
    String tag = tokens.get(i).tag();
    if (PHRASE_OPENER.contains(tag)) {
      return true;
    }
    for (int j = i; j < tokens.size() && MODIFIER.contains(tokens.get(j).tag()); j++) {
      if (j + 1 < tokens.size() && NAME.contains(tokens.get(j + 1).tag())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }
}
