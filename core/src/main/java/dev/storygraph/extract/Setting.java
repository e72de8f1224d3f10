package dev.storygraph.extract;

import static dev.storygraph.extract.Graph.caseOf;
import static dev.storygraph.extract.Graph.clauseOf;
import static dev.storygraph.extract.Graph.subtreeEnd;

import dev.storygraph.EntityType;
import dev.storygraph.Fact;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where and when a fact happened: the place of an "in"/"at" phrase of the trigger's clause (place-case in
 * constructions.tsv, "the city of X" through place-noun), else of the clause it continues; the date attached to
 * the clause, also through an event noun that frames it (time-frame-case); for a definite event noun with
 * neither, the setting of the event the article told before. Stateless; thread-safe.
 */
final class Setting {
  private static final Cues CONSTRUCTIONS = Cues.CONSTRUCTIONS;
  private static final int MAX_CLIMB = 4;

  private Setting() {}

  private static boolean isPlaceCase(String word) {
    return CONSTRUCTIONS.has("place-case", word);
  }

  /** A place in an "in"/"at" phrase of the trigger or its clause, looking one level into a common noun. */
  static int place(FactContext c, int t, int clause, int object, int objectTok) {
    Doc doc = c.doc();
    // "where he met ...": the place a relative clause hangs from
    for (int v = clause, depth = 0; v >= 0 && depth < 3; v = doc.governor(v), depth++) {
      if (doc.relation(v).equals("acl:relcl") && isPlaceRelative(doc, v)) {
        int e = placeEntity(c, doc.governor(v));
        if (e >= 0 && e != object) {
          return e;
        }
      }
      if (!doc.relation(v).equals("conj")) {
        break;
      }
    }
    // "attacked a convoy near Paris": the place of what was acted on, named or not
    int acted = objectTok >= 0 ? objectTok : Graph.childWith(doc, t, "obj");
    if (acted < 0 && doc.token(t).isNoun()) {
      // "Rebels attacks embassy in Lyon": a headline's object that the parser left unattached to its noun
      acted = Graph.childWith(doc, t, "dep");
    }
    int[] heads = acted >= 0 ? new int[] {t, acted, clause} : new int[] {t, clause};
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int head : heads) {
      for (int k : doc.children(head)) {
        if (!Graph.isOblique(doc.relation(k))) {
          continue;
        }
        List<Integer> tries = new ArrayList<>();
        if (isPlaceCase(caseOf(doc, k))) {
          tries.add(k);
        }
        // "in the town hall of Porto", "late on Sunday in Portugal"
        for (int kk : doc.children(k)) {
          String r2 = doc.relation(kk);
          if (r2.startsWith("nmod") && isPlaceCase(caseOf(doc, kk))
              || r2.equals("appos") && isPlaceCase(caseOf(doc, k))) {
            tries.add(kk);
          }
        }
        for (int x : tries) {
          if (placesANounInside(c, x, t)) {
            continue;
          }
          int e = placeEntity(c, x);
          int d = Math.abs(x - t);
          if (e >= 0 && e != object && d < bestDistance) {
            best = e;
            bestDistance = d;
          }
        }
      }
    }
    if (best < 0) {
      // a place phrase the parser hung elsewhere, right after the clause: "... on Friday inside the Arena"
      best = placeRightAfter(c, subtreeEnd(doc, clause), t, object);
    }
    if (best < 0 && CONSTRUCTIONS.has("result-verb", doc.token(t).lemma())) {
      // "left two guards dead near Lyon": where the event left its object in that state, however it is parsed
      for (int i = t + 1; i < doc.tokens().size() && doc.token(i).sentence() == doc.token(t).sentence(); i++) {
        if (CONSTRUCTIONS.has("death-state", doc.token(i).lemma())) {
          best = placeRightAfter(c, i, t, object);
          break;
        }
      }
    }
    if (best < 0) {
      best = placeOfContinued(c, clause, object);
    }
    return best;
  }

  /**
   * The place of a place phrase ("at", "near": place-case) that starts right after token {@code last} in the
   * trigger's sentence, whatever the parser hung it on; -1 when none, or when it is the object.
   */
  private static int placeRightAfter(FactContext c, int last, int t, int object) {
    Doc doc = c.doc();
    int next = last + 1;
    if (next + 1 >= doc.tokens().size() || doc.token(next).sentence() != doc.token(t).sentence()
        || !isPlaceCase(doc.token(next).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int i = next + 1; i < Math.min(next + 5, doc.tokens().size()); i++) {
      int e = placeEntity(c, i);
      if (e >= 0 && e != object) {
        return e;
      }
    }
    return -1;
  }

  /**
   * "drove a van through the fence in Lyon, hurting two" and "met Costa in Porto and signed a pact": a clause
   * that continues another without a subject of its own (a participle, a complement, a conjunct sharing the
   * subject) happens where the clause it continues happens. A clause with its own subject or a mark of another
   * time ("since he invaded") does not.
   */
  private static int placeOfContinued(FactContext c, int clause, int object) {
    Doc doc = c.doc();
    String rel = doc.relation(clause);
    int g = doc.governor(clause);
    if (g < 0 || !doc.token(g).isVerb() || !(rel.startsWith("conj") || rel.equals("xcomp") || rel.startsWith("advcl")
        || isBareParticiple(doc, clause)) || ownSubject(doc, clause)) {
      return -1;
    }
    if (rel.startsWith("advcl") && !isTimeClause(doc, clause) && Graph.childWith(doc, clause, "mark") >= 0) {
      return -1;
    }
    for (int k : doc.children(clause)) {
      if (Graph.isOblique(doc.relation(k)) && Cues.CONSTRUCTIONS.has("goal-case", caseOf(doc, k))
          && placeEntity(c, k) >= 0) {
        return -1; // "met Lima in Paris and flew to Rome": a clause that goes elsewhere is not where the first was
      }
    }
    int e = place(c, g, g, object, -1);
    return e == object ? -1 : e;
  }

  /**
   * "was filmed in May outside the gate, kicking a guard": an adverbial participle with neither a subject nor a
   * mark of its own, which the parser often leaves as a bare dependent of the verb, tells what happened as that
   * verb's event happened. One after a mark ("since arresting him") tells of another time.
   */
  private static boolean isBareParticiple(Doc doc, int v) {
    int g = doc.governor(v);
    return doc.relation(v).equals("dep") && doc.token(v).pos().equals("VBG") && g >= 0 && doc.token(g).isVerb()
        && !ownSubject(doc, v) && Graph.childWith(doc, v, "mark") < 0 && Graph.childWith(doc, v, "case") < 0;
  }

  private static boolean ownSubject(Doc doc, int clause) {
    for (int k : doc.children(clause)) {
      if (doc.relation(k).startsWith("nsubj") || doc.relation(k).startsWith("csubj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Rebels hit a convoy near Goma on Friday. ... The rebels called the raid a reprisal": an event noun
   * with a definite determiner or a possessor refers back to the event the article told before, and shares its
   * place and time when it names none of its own. The antecedent is the latest earlier fact of the same
   * predicate and subject with a place or time, else the latest earlier mention of the same noun with one
   * whose agent, when it names one, is the same ("talks with Costa in Porto ... Ruiz's talks with Costa").
   *
   * @param earlier the facts the article gave before this one, in text order
   */
  static Fact withAntecedent(FactContext c, int t, Fact fact, List<Fact> earlier) {
    Doc doc = c.doc();
    if (fact.place().isPresent() && fact.time().isPresent() || !doc.token(t).isNoun()
        || !EventAntecedent.isDefinite(doc, t)) {
      return fact;
    }
    Optional<Fact> a = EventAntecedent.latestFact(earlier, fact.predicate(),
        f -> f.subject().equals(fact.subject()) && (f.place().isPresent() || f.time().isPresent()));
    if (a.isPresent()) {
      return withSetting(fact, a.get().place(), a.get().time());
    }
    int subject = EventAntecedent.subjectOf(fact);
    int m = EventAntecedent.latestMention(c, t, k -> {
      int agent = EventAntecedent.agentOf(c, k);
      return (agent < 0 || agent == subject)
          && (place(c, k, Graph.clauseOf(doc, k), -1, -1) >= 0 || time(c, k, k, false).isPresent());
    });
    if (m < 0) {
      return fact;
    }
    int p = place(c, m, Graph.clauseOf(doc, m), -1, -1);
    return withSetting(fact, p >= 0 ? Optional.of(c.ents().id(p)) : Optional.empty(), time(c, m, m, false));
  }

  /**
   * "Rebels raided a post near Goma on Friday. ... The raid left two guards dead", "... troops repelled the raid":
   * what an event told again by a bare definite noun does, or what is done to it, happens where and when that
   * event happened, when the clause names no place or time of its own. The event is the latest earlier fact of
   * the noun's predicate by {@code actor} (the one the noun's event was referred to, {@link Arguments}) with a
   * place or time.
   *
   * @param earlier the facts the article gave before this one, in text order
   */
  static Fact withReferredEvent(FactContext c, int noun, String actor, Fact fact, List<Fact> earlier) {
    Doc doc = c.doc();
    if (fact.place().isPresent() && fact.time().isPresent() || !doc.token(noun).isNoun()
        || doc.token(noun).isProperNoun() || !EventAntecedent.isBareDefinite(doc, noun)) {
      return fact;
    }
    for (Lexicons.PredicateEntry e : c.lex().predicates(doc.token(noun).lemma(), true)) {
      Optional<Fact> a = EventAntecedent.latestFact(earlier, e.predicate(),
          f -> f.subject().equals(actor) && (f.place().isPresent() || f.time().isPresent()));
      if (a.isPresent()) {
        return withSetting(fact, a.get().place(), a.get().time());
      }
    }
    return fact;
  }

  private static Fact withSetting(Fact fact, Optional<String> place, Optional<TimeSpan> time) {
    Optional<String> where = fact.place().or(() -> place).filter(p -> !fact.object().equals(Optional.of(p)));
    return fact.toBuilder().place(where).time(fact.time().or(() -> time)).build();
  }

  /** A relative clause introduced by a relative adverb of place: "the city where they met". */
  private static boolean isPlaceRelative(Doc doc, int token) {
    for (int k : doc.children(token)) {
      if (doc.relation(k).equals("advmod") && CONSTRUCTIONS.has("place-relative", doc.token(k).lemma())) {
        return true;
      }
    }
    return false;
  }

  static int placeEntity(FactContext c, int token) {
    int e = namedPlace(c, token);
    return e >= 0 ? e : placeOfBuilding(c, token);
  }

  /**
   * "fired on the guards outside the embassy", after "the embassy, in central Lyon,": a building named by a
   * common noun (facilities.txt, institutions.txt) that names no place of its own stands where the article said
   * that building stands, in this sentence or before.
   */
  private static int placeOfBuilding(FactContext c, int token) {
    Doc doc = c.doc();
    String lemma = doc.token(token).lemma().toLowerCase(Locale.ROOT);
    if (!doc.token(token).isNoun() || doc.token(token).isProperNoun() && c.coref().at(token) >= 0
        || !(c.lex().isFacilityHead(lemma) || c.lex().isInstitution(lemma))) {
      return -1;
    }
    for (int k = token; k >= 0; k--) {
      if (!doc.token(k).lemma().toLowerCase(Locale.ROOT).equals(lemma)) {
        continue;
      }
      for (int m : doc.children(k)) {
        if (doc.relation(m).startsWith("nmod") && isPlaceCase(caseOf(doc, m))) {
          int e = namedPlace(c, m);
          if (e >= 0) {
            return e;
          }
        }
      }
    }
    return -1;
  }

  private static int namedPlace(FactContext c, int token) {
    int e = c.coref().at(token);
    if (e < 0 && CONSTRUCTIONS.has("place-noun", c.doc().token(token).lemma())) {
      // "in the Alpine town of Annecy": the place the "of" phrase names; "in Tarn province": the name before it,
      // unless an "of" phrase names the place in a wider one ("in the Tarn village of Ambres")
      for (int k : c.doc().children(token)) {
        String rel = c.doc().relation(k);
        if (rel.startsWith("nmod") && Cues.CONSTRUCTIONS.has("owner-case", caseOf(c.doc(), k)) || rel.equals("appos")) {
          e = c.coref().at(k);
          break;
        }
        if (e < 0 && rel.equals("compound") && k < token) {
          e = c.coref().at(k);
        }
      }
    }
    return e >= 0 && c.ents().entities().get(e).type() == EntityType.PLACE ? e : -1;
  }

  /** The date attached to the trigger's clause: its own dependent first, then one of the clause's. */
  static Optional<TimeSpan> time(FactContext c, int t, int clause) {
    return time(c, t, clause, true);
  }

  /** @param around also the time of the clause this one continues, or of what a trip goes for */
  private static Optional<TimeSpan> time(FactContext c, int t, int clause, boolean around) {
    Doc doc = c.doc();
    DateNormalizer.Dated best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (DateNormalizer.Dated d : c.dates()) {
      if (doc.token(d.first()).sentence() != doc.token(t).sentence()) {
        continue;
      }
      Optional<TimeSpan> span = TimeSpan.parse(d.expression().value());
      if (span.isEmpty() || datesANounInside(doc, d.first(), t)) {
        continue;
      }
      int head = d.first();
      while (doc.governor(head) >= d.first() && doc.governor(head) < d.end()) {
        head = doc.governor(head);
      }
      int depth = 0;
      for (int v = head; v >= 0 && depth < MAX_CLIMB; v = doc.governor(v), depth++) {
        if (v == t || v == clause) {
          if (depth < bestDepth) {
            best = d;
            bestDepth = depth;
          }
          break;
        }
        if (depth > 0 && doc.token(v).isVerb() && !isTimeClause(doc, v)) {
          break; // another clause
        }
        if (depth > 0 && doc.token(v).isNoun() && Graph.caseToken(doc, v) >= 0
            && !CONSTRUCTIONS.has("time-frame-case", caseOf(doc, v))) {
          break; // the date of a noun inside a phrase: "in revenge for raids last month"
        }
      }
    }
    if (best == null && !around) {
      return Optional.empty();
    }
    if (best == null) {
      Optional<TimeSpan> there = timeThere(c, t);
      if (there.isPresent()) {
        return there;
      }
      // the time of the clause this one continues: "flew him to Lima, where he saw ..."
      int g = doc.governor(clause);
      String rel = doc.relation(clause);
      if (g >= 0 && (rel.equals("conj") || rel.equals("acl:relcl") || rel.startsWith("advcl")
          || rel.equals("xcomp") || isBareParticiple(doc, clause) && doc.token(g).isVerb())) {
        int up = doc.token(g).isVerb() ? g : doc.governor(g);
        if (rel.equals("acl:relcl")) {
          up = clauseOf(doc, g);
        }
        if (up >= 0 && up != clause && depth(doc, clause) < 6) {
          return time(c, up, up);
        }
      }
      return Optional.empty();
    }
    Optional<TimeSpan> span = TimeSpan.parse(best.expression().value());
    if (span.isPresent() && c.reference() != null && isUntil(doc, best.first())
        && span.get().begin().isAfter(c.reference())) {
      // "will be in Lisbon until Friday": from the article's day to Thursday
      return Optional.of(TimeSpan.between(c.reference(), span.get().end()));
    }
    return span;
  }

  /**
   * "in revenge for raids last month near Lima": a place phrase right after a date that dates a noun inside
   * places it.
   */
  private static boolean placesANounInside(FactContext c, int phrase, int t) {
    int k = Graph.caseToken(c.doc(), phrase);
    if (k <= 0) {
      return false;
    }
    for (DateNormalizer.Dated d : c.dates()) {
      if (d.end() == k && datesANounInside(c.doc(), d.first(), t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "struck the depot in revenge for raids last month": a date right after a common noun that
   * modifies another noun through a preposition other than a time frame ("for strikes", not "during talks")
   * dates that noun, however the parser attached it.
   */
  private static boolean datesANounInside(Doc doc, int first, int t) {
    int n = first - 1;
    if (n < 0 || doc.token(n).sentence() != doc.token(first).sentence() || !doc.token(n).isNoun()
        || doc.token(n).isProperNoun()) {
      return false;
    }
    while (doc.relation(n).equals("compound") && doc.governor(n) > n) {
      n = doc.governor(n);
    }
    int g = doc.governor(n);
    return n != t && n == first - 1 && doc.relation(n).startsWith("nmod") && g >= 0 && doc.token(g).isNoun()
        && Graph.caseToken(doc, n) >= 0 && !CONSTRUCTIONS.has("time-frame-case", caseOf(doc, n));
  }

  /**
   * "a visit to Lyon, where she will meet Costa next month": a trip without a date of its own happens when
   * what the traveller does at its destination does.
   */
  private static Optional<TimeSpan> timeThere(FactContext c, int t) {
    Doc doc = c.doc();
    for (int k : doc.children(t)) {
      if (!Graph.isOblique(doc.relation(k)) || !Cues.CONSTRUCTIONS.has("goal-case", caseOf(doc, k))) {
        continue;
      }
      // the clause hangs from the destination or, as parsers often attach it, from the trip
      for (int r : java.util.stream.Stream.of(doc.children(k), doc.children(t)).flatMap(List::stream).toList()) {
        if (doc.relation(r).equals("acl:relcl") && isPlaceRelative(doc, r)) {
          Optional<TimeSpan> x = time(c, r, r, false);
          if (x.isPresent()) {
            return x;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static int depth(Doc doc, int token) {
    int d = 0;
    for (int v = token; v >= 0; v = doc.governor(v)) {
      d++;
    }
    return d;
  }

  private static boolean isUntil(Doc doc, int first) {
    if (first == 0) {
      return false;
    }
    return Cues.CONSTRUCTIONS.has("until-case", doc.token(first - 1).word());
  }

  /** "When Rossi landed on Friday, Ma called a session": the when-clause dates the main one. */
  private static boolean isTimeClause(Doc doc, int v) {
    if (!doc.relation(v).startsWith("advcl")) {
      return false;
    }
    for (int k : doc.children(v)) {
      String w = doc.token(k).lemma();
      if ((doc.relation(k).equals("mark") || doc.relation(k).equals("advmod"))
          && Cues.CONSTRUCTIONS.has("while-mark", w)) {
        return true;
      }
    }
    return false;
  }
}
