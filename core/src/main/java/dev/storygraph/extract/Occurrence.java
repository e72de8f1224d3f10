package dev.storygraph.extract;

import static dev.storygraph.extract.Graph.caseOf;

import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * "Rebels ambushed a patrol on Friday. ... The incident occurred near the village of Tarso": a clause whose verb
 * says that an event took place (constructions.tsv {@code occurrence-verb}) and whose subject is a definite event
 * noun gives the place and time of its own obliques to the event that noun refers back to ({@link
 * EventAntecedent}, the reverse of {@link Setting#withAntecedent}). A predicate's own noun ("the arrests took
 * place at a market") refers to the latest earlier fact of that predicate, a generic event noun ({@code
 * generic-event}: "the incident", "the clash") to the latest earlier event told as having happened of a kind that
 * happens at a place ({@code incident-event}). The clause only fills a place or time the event lacks, or narrows
 * one: a place that contains the new one, by the gazetteer or as the clause itself says ("the Lorraine village of
 * Tarso"), a time that spans the new one; never the reverse. A noun that names its own event ("the Lyon
 * incident", "the 2019 attack") refers back to nothing. Stateless; thread-safe.
 */
final class Occurrence {
  private static final Cues CONSTRUCTIONS = Cues.CONSTRUCTIONS;

  private Occurrence() {}

  /**
   * The article's facts, in text order, with the setting each occurrence clause gives to the event it refers to.
   *
   * @return a list of the same length, a fact replaced where a clause settled it
   */
  static List<Fact> settle(FactContext c, List<Fact> facts) {
    Doc doc = c.doc();
    List<Fact> out = new ArrayList<>(facts);
    for (int v = 0; v < doc.tokens().size(); v++) {
      if (!isOccurrence(doc, v)) {
        continue;
      }
      int noun = Graph.childWith(doc, v, "nsubj");
      if (noun < 0 || !refersBack(doc, noun)) {
        continue;
      }
      int index = antecedent(c, noun, out);
      if (index < 0) {
        continue;
      }
      Fact a = out.get(index);
      Phrase where = place(c, v);
      Optional<TimeSpan> when = Setting.time(c, v, v);
      Optional<String> place = a.place();
      if (where.entity >= 0 && !a.object().equals(Optional.of(c.ents().id(where.entity)))
          && (place.isEmpty() || narrows(c, where, place.get()))) {
        place = Optional.of(c.ents().id(where.entity));
      }
      Optional<TimeSpan> time = a.time();
      if (when.isPresent() && (time.isEmpty() || narrows(when.get(), time.get()))) {
        time = when;
      }
      out.set(index, a.toBuilder().place(place).time(time).build());
    }
    return out;
  }

  /** "occurred", "happened", "took place": a verb of the list, or a verb with its object ("take place"). */
  private static boolean isOccurrence(Doc doc, int v) {
    // the words before the parse: a sentence is parsed only when a reader needs its dependencies (annotate.Doc)
    if (!doc.token(v).isVerb() || !CONSTRUCTIONS.begins("occurrence-verb", doc.token(v).lemma())
        || Graph.childWith(doc, v, "neg") >= 0) {
      return false;
    }
    for (int k : doc.children(v)) {
      if (doc.relation(k).equals("aux") && doc.token(k).pos().equals("MD")) {
        return false; // "could happen", "will take place": not a telling of what happened
      }
    }
    String lemma = doc.token(v).lemma();
    if (CONSTRUCTIONS.has("occurrence-verb", lemma)) {
      return true;
    }
    int o = Graph.childWith(doc, v, "obj");
    return o >= 0 && CONSTRUCTIONS.has("occurrence-verb", lemma + " " + doc.token(o).lemma());
  }

  /**
   * "the incident", "the attack", "this clash": a common noun with a definite determiner that names no event of
   * its own through a name or a number in front ("the Lyon incident", "the 2019 attack").
   */
  private static boolean refersBack(Doc doc, int noun) {
    if (!doc.token(noun).isNoun() || doc.token(noun).isProperNoun() || !EventAntecedent.isDefinite(doc, noun)) {
      return false;
    }
    for (int k : doc.children(noun)) {
      String rel = doc.relation(k);
      if ((rel.equals("compound") || rel.equals("amod") || rel.equals("nummod"))
          && (doc.token(k).isProperNoun() || doc.token(k).pos().equals("CD"))) {
        return false;
      }
    }
    return true;
  }

  /** The index in {@code facts} of the event the noun refers back to, or -1. */
  private static int antecedent(FactContext c, int noun, List<Fact> facts) {
    Doc doc = c.doc();
    int sentenceBegin = doc.sentenceOf(noun).begin();
    List<Lexicons.PredicateEntry> own = c.lex().predicates(doc.token(noun).lemma(), true);
    // "the clash" names any fight or attack, though a lexicon may take it for one kind
    boolean generic = CONSTRUCTIONS.has("generic-event", doc.token(noun).lemma());
    if (own.isEmpty() && !generic) {
      return -1;
    }
    int agent = EventAntecedent.agentOf(c, noun);
    // the facts of the sentences before the clause's own: the event it tells of was told before
    int earlier = 0;
    while (earlier < facts.size() && facts.get(earlier).evidence().get(0).begin() < sentenceBegin) {
      earlier++;
    }
    String predicate = own.isEmpty() ? null : own.get(0).predicate();
    Predicate<Fact> kind = f -> told(f)
        && (generic ? CONSTRUCTIONS.has("incident-event", f.predicate()) : f.predicate().equals(predicate))
        && (agent < 0 || EventAntecedent.subjectOf(f) == agent);
    List<Fact> before = facts.subList(0, earlier);
    int said = saidOf(c, noun, before, kind);
    return said >= 0 ? said : EventAntecedent.latest(before, kind);
  }

  /**
   * "punched a guard, an incident that ...", "an incident in which rebels attacked a convoy": the event an
   * earlier indefinite mention of the same noun was said of, the clause it hangs from or the one it frames.
   */
  private static int saidOf(FactContext c, int noun, List<Fact> earlier, Predicate<Fact> kind) {
    Doc doc = c.doc();
    int m = EventAntecedent.latestMention(c, noun, k -> !EventAntecedent.isDefinite(doc, k));
    if (m < 0) {
      return -1;
    }
    List<Integer> clauses = new ArrayList<>();
    int up = doc.governor(m);
    while (up >= 0 && !doc.token(up).isVerb() && doc.token(up).isNoun()) {
      up = doc.governor(up);
    }
    if (up >= 0 && doc.token(up).isVerb() && !doc.relation(m).startsWith("nsubj")) {
      clauses.add(up);
    }
    for (int k : doc.children(m)) {
      if (doc.relation(k).startsWith("acl") && doc.token(k).isVerb()) {
        clauses.add(k);
      }
    }
    int begin = doc.sentenceOf(m).begin();
    for (int v : clauses) {
      String word = doc.token(v).word();
      int i = EventAntecedent.latest(earlier, f -> kind.test(f) && f.evidence().get(0).begin() == begin
          && List.of(f.raw().split(" ")).contains(word));
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Told as having happened, by the article or a source: not planned, hypothetical or denied. */
  private static boolean told(Fact f) {
    return f.modality() == Modality.ASSERTED || f.modality() == Modality.REPORTED;
  }

  /** A place the clause names and the phrase that names it. */
  private record Phrase(int entity, int node) {}

  /**
   * The place of the clause's "at"/"in"/"near" phrases, looking down the phrase's chain of nouns as far as
   * the first place: "by the gate of the depot in the village of Ati" happened in Ati.
   */
  private static Phrase place(FactContext c, int v) {
    Doc doc = c.doc();
    for (int k : doc.children(v)) {
      if (Graph.isOblique(doc.relation(k)) && CONSTRUCTIONS.has("place-case", caseOf(doc, k))) {
        Phrase p = placeDown(c, k, 0);
        if (p.entity >= 0) {
          return p;
        }
      }
    }
    return new Phrase(-1, -1);
  }

  private static Phrase placeDown(FactContext c, int node, int depth) {
    int e = Setting.placeEntity(c, node);
    if (e >= 0 || depth >= 4) {
      return new Phrase(e, node);
    }
    Doc doc = c.doc();
    for (int k : doc.children(node)) {
      String rel = doc.relation(k);
      if (rel.startsWith("nmod") || rel.equals("appos")) {
        Phrase p = placeDown(c, k, depth + 1);
        if (p.entity >= 0) {
          return p;
        }
      }
    }
    return new Phrase(-1, node);
  }

  /**
   * True when the new place lies within the old one: by the gazetteer, or because the phrase that names it
   * also names the old one as what holds it ("the Lorraine village of Tarso", "Tarso in Lorraine").
   */
  private static boolean narrows(FactContext c, Phrase where, String oldPlace) {
    String newPlace = c.ents().id(where.entity);
    if (newPlace.equals(oldPlace)) {
      return false;
    }
    int old = Integer.parseInt(oldPlace.substring(1)) - 1;
    if (c.lex().within(c.ents().entities().get(where.entity).name(), c.ents().entities().get(old).name())) {
      return true;
    }
    return mentions(c, where.node, old);
  }

  private static boolean mentions(FactContext c, int node, int entity) {
    if (c.coref().at(node) == entity) {
      return true;
    }
    for (int k : c.doc().children(node)) {
      String rel = c.doc().relation(k);
      // what holds a place is said in front of it, after "in", or beside it; not in a clause about it
      if ((rel.equals("compound") || rel.equals("amod") || rel.startsWith("nmod") || rel.equals("appos")
          || rel.equals("flat")) && mentions(c, k, entity)) {
        return true;
      }
    }
    return false;
  }

  /** A time within the old one and not the same: "on Friday" narrows "this week". */
  private static boolean narrows(TimeSpan now, TimeSpan old) {
    return !now.equals(old) && !now.begin().isBefore(old.begin()) && !now.end().isAfter(old.end());
  }
}
