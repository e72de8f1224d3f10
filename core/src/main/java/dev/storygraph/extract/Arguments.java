package dev.storygraph.extract;

import static dev.storygraph.extract.Graph.caseOf;
import static dev.storygraph.extract.Graph.caseToken;
import static dev.storygraph.extract.Graph.childWith;
import static dev.storygraph.extract.Graph.isOblique;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Fact;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.lexicon.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a trigger's arguments as a reader takes them, from the matches of the construction rules (the Semgrex
 * files of {@code rules/}, run by the annotate adapter) and the clause around the trigger: the subject from the
 * clause (active subject, the "by" agent of a passive, the controller of "agreed to buy", the antecedent of a
 * relative clause, the possessor or "by" agent of an event noun, the subject of the support verb of "held
 * talks"), the object from the slots the lexicon names, each coordinated name a separate argument ("Chile and
 * Peru condemned ..."). An argument is an
 * entity of the article: a name, a resolved pronoun, a common noun in apposition to a name, the one holder of a
 * role, or a body of a country the article names ("Chilean troops", "Peru's government"); anything else is no
 * argument, never a guess. Stateless; thread-safe.
 */
final class Arguments {
  private static final Cues CONSTRUCTIONS = Cues.CONSTRUCTIONS;
  private static final Vocabulary VOCABULARY = Vocabulary.standard();

  /**
   * What fills an object slot.
   *
   * @param entities the entities read there (several when coordinated), empty when none is named
   * @param caseTok  the preposition that introduced it, or -1
   * @param token    the head token of the slot, or -1 when no slot is filled
   * @param unknown  true when the slot holds a pronoun no entity resolves: the object is unknown, not absent
   * @param unnamed  the head of the first slot filled by no one named ("killed the deal": deal), or -1
   */
  record Objects(List<Integer> entities, int caseTok, int token, boolean unknown, int unnamed) {
    static final Objects NONE = new Objects(List.of(), -1, -1, false, -1);

    Objects(List<Integer> entities, int caseTok, int token, boolean unknown) {
      this(entities, caseTok, token, unknown, -1);
    }
  }

  private final Lexicons lex;

  Arguments(Lexicons lex) {
    this.lex = lex;
  }

  /**
   * The subject token of a verb: the "by" agent of a passive, else the subject the construction rules give it
   * (rules/subjects.semgrex and rules/relative-clauses.semgrex: its own, a controller's, a coordinated verb's, a
   * relative clause's antecedent, a participle's head's); -1 when none, or when it is an object pronoun the parser
   * read as a subject.
   */
  int verbSubject(FactContext c, int t, boolean passive) {
    Doc doc = c.doc();
    if (passive) {
      return doc.argument(t, "passive-agent"); // none: a passive without its agent names no one who acted
    }
    int s = doc.argument(t, "subject");
    return s >= 0 && CONSTRUCTIONS.has("object-pronoun", doc.token(s).word()) ? -1 : s;
  }

  /**
   * The subject token of a noun trigger: possessor, "by" agent, a name in front ("a Chilean raid"), the subject
   * of the support verb it depends on, or the traveller of a trip made for it. The possessor of a noun whose
   * possessor is acted on ("her arrest") is none.
   */
  int nounSubject(FactContext c, int t, Lexicons.PredicateEntry e) {
    Doc doc = c.doc();
    int own = ownActor(c, t, e);
    if (own >= 0) {
      return own;
    }
    // "held talks", or in a relative clause: "the attack they carried out on the embassy"
    int g = isSupported(doc, t) ? doc.governor(t) : relativeSupportVerb(doc, t);
    if (g >= 0) {
      int s = verbSubject(c, g, Graph.isPassive(doc, g));
      if (s >= 0 && entityOf(c, s) < 0) {
        // "the envoy's tour took in a session with Rossi": the possessor of the subject
        int poss = childWith(doc, s, "nmod:poss");
        if (poss >= 0) {
          return poss;
        }
      }
      return s;
    }
    // "flew to Rome for talks with Costa": the traveller is a party of the event the trip is for; a bare base
    // form with a subject and no auxiliary is the tagger's reading of a title's noun ("ends Lima tour for
    // trade talks")
    int trip = doc.governor(t);
    if (trip >= 0 && doc.token(trip).isVerb() && isOblique(doc.relation(t)) && !isBareBaseForm(doc, trip)
        && CONSTRUCTIONS.has("purpose-case", caseOf(doc, t))
        && lex.predicates(doc.token(trip).lemma(), false).stream()
            .anyMatch(p -> p.predicate().equals(Lexicons.tripPredicate()))) {
      return verbSubject(c, trip, Graph.isPassive(doc, trip));
    }
    return -1;
  }

  /** A verb in its base form with no auxiliary, modal or infinitive mark: no clause of English has one. */
  private static boolean isBareBaseForm(Doc doc, int verb) {
    return doc.token(verb).pos().equals("VB") && childWith(doc, verb, "aux") < 0 && childWith(doc, verb, "mark") < 0;
  }

  /**
   * The actor of an event a noun names as the subject of a verb ("Chilean airstrikes killed 30 civilians", "raids
   * by Peru destroyed the bridge"): the one the noun names itself, in any of its senses; -1 when none, and for a
   * noun that names no event.
   */
  int eventActor(FactContext c, int noun) {
    Token t = c.doc().token(noun);
    if (!t.isNoun() || t.isProperNoun()) {
      return -1;
    }
    for (Lexicons.PredicateEntry e : lex.predicates(t.lemma(), true)) {
      int own = ownActor(c, noun, e);
      if (own >= 0) {
        return own;
      }
    }
    return -1;
  }

  /**
   * The actor of the event a bare definite noun as a clause's subject refers back to ({@link EventAntecedent}):
   * "Chilean jets bombed the depot. The raid killed four guards" kills through Chile. Only an event that
   * happens to people at a place (constructions.tsv, incident-event) acts this way, named by its own kind of noun
   * ({@link #referredActor}), or by a generic one ("the blast", "the clash"): the subject of the latest earlier fact
   * of such a kind; -1 when the article told none.
   */
  int toldEventActor(FactContext c, int noun, List<Fact> earlier) {
    Doc doc = c.doc();
    Token t = doc.token(noun);
    if (!t.isNoun() || t.isProperNoun() || !EventAntecedent.isBareDefinite(doc, noun)) {
      return -1;
    }
    if (CONSTRUCTIONS.has("generic-event", t.lemma())) {
      int i = EventAntecedent.latest(earlier, f -> CONSTRUCTIONS.has("incident-event", f.predicate()));
      return i >= 0 ? EventAntecedent.subjectOf(earlier.get(i)) : -1;
    }
    for (Lexicons.PredicateEntry e : lex.predicates(t.lemma(), true)) {
      if (CONSTRUCTIONS.has("incident-event", e.predicate())) {
        return referredActor(c, noun, e, earlier);
      }
    }
    return -1;
  }

  /** The actor an event noun names itself: possessor, "by" or "from" agent, a name in front; -1 when none. */
  private int ownActor(FactContext c, int t, Lexicons.PredicateEntry e) {
    Doc doc = c.doc();
    for (int own : doc.arguments(t, "noun-subject")) { // rules/event-nouns.semgrex
      boolean slot = doc.governor(own) == t && e.objects().contains(caseOf(doc, own)); // "withdrawal from"
      if (!slot && !isActedOnPossessor(doc, t, own, e.predicate())) {
        return own;
      }
    }
    return modifierAgent(c, t, e.predicate());
  }

  /**
   * True when a token is the possessor of an event noun that takes the one acted on there (constructions.tsv,
   * patient-possessor): "her arrest", "the envoy's release"; with an "of" object it is the actor again.
   */
  static boolean isActedOnPossessor(Doc doc, int noun, int token, String predicate) {
    if (doc.governor(token) != noun || !doc.relation(token).equals("nmod:poss")
        || !CONSTRUCTIONS.has("patient-possessor", predicate)) {
      return false;
    }
    for (int k : doc.children(noun)) {
      if (isOblique(doc.relation(k)) && CONSTRUCTIONS.has("owner-case", caseOf(doc, k))) {
        return false; // "Chile's arrest of the envoy"
      }
    }
    return true;
  }

  /**
   * "a Zarqa Front raid", "the Norvex bid", "a Chilean raid": the name or the nationality in front of an event
   * noun that takes its actor there (constructions.tsv, modifier-agent). A place in front is where it happened
   * ("the Lisbon attack"), unless it is a country; a nationality before a bare singular ("Chilean aggression")
   * names a kind of act; -1 when none.
   */
  private int modifierAgent(FactContext c, int t, String predicate) {
    if (!CONSTRUCTIONS.has("modifier-agent", predicate)) {
      return -1;
    }
    Doc doc = c.doc();
    for (int k : doc.children(t)) {
      String rel = doc.relation(k);
      int e = c.coref().at(k);
      if (e < 0 || !(rel.equals("compound") && doc.token(k).isProperNoun() || rel.equals("amod"))) {
        continue;
      }
      Entity ent = c.ents().entities().get(e);
      if (ent.type() != EntityType.PLACE) {
        if (rel.equals("compound")) {
          return k;
        }
        continue;
      }
      Optional<Lexicons.Place> place = lex.placeEntry(ent.name());
      boolean country = place.isPresent() && (place.get().isCountry() || place.get().isUnion());
      // "Chilean aggression" without article or plural names a kind of act, not one event with an actor
      boolean oneEvent = rel.equals("compound") || doc.token(t).pos().equals("NNS") || childWith(doc, t, "det") >= 0;
      if (country && oneEvent) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The support verb of a relative clause on an event noun ("the bid that it made", "the raid they carried out"; the
   * parser may hang one without a relative pronoun on the noun as a plain clause or a complement, with a subject
   * of its own and no "that"), or -1.
   */
  static int relativeSupportVerb(Doc doc, int noun) {
    for (int k : doc.children(noun)) {
      String rel = doc.relation(k);
      boolean relative = rel.equals("acl:relcl") || (rel.equals("acl") || rel.equals("ccomp"))
          && childWith(doc, k, "nsubj") >= 0 && childWith(doc, k, "mark") < 0;
      if (relative && doc.token(k).isVerb()
          && CONSTRUCTIONS.has("support-verb", doc.token(k).lemma())) {
        return k;
      }
    }
    return -1;
  }

  /** True when the event noun is the object or oblique of a support verb: "held talks", "launched an attack". */
  static boolean isSupported(Doc doc, int noun) {
    int g = doc.governor(noun);
    String rel = doc.relation(noun);
    return g >= 0 && doc.token(g).isVerb() && (rel.equals("obj") || rel.startsWith("obl")
        && !CONSTRUCTIONS.has("capacity-case", caseOf(doc, noun)) && !actsOnAThing(doc, g))
        && CONSTRUCTIONS.has("support-verb", doc.token(g).lemma());
  }

  /**
   * "kept his cousin in a failed detention": a verb with an object that names no party acts on it, and the
   * event noun beside it is no event of that verb's subject; "joined Xi in a summit" names a party.
   */
  private static boolean actsOnAThing(Doc doc, int verb) {
    int o = childWith(doc, verb, "obj");
    return o >= 0 && !doc.token(o).isProperNoun() && !doc.token(o).pos().equals("PRP");
  }

  /**
   * The object of a trigger, from the lexicon's slots in order (or the preposition a multi-word trigger needs).
   *
   * @param earlier the facts the article gave before this trigger, in text order ("rejected the bid" acts on the
   *                one whose bid the article told before)
   */
  Objects object(FactContext c, int t, Lexicons.PredicateEntry e, boolean passive, int needed, List<Fact> earlier) {
    Doc doc = c.doc();
    if (needed >= 0 && isMarkedClause(doc, needed, "")) {
      return filled(c, childWith(doc, needed, "nsubj"), -1); // "called for Chile to withdraw": Chile is called on
    }
    if (needed >= 0 && !doc.relation(needed).equals("compound:prt")) {
      return filled(c, needed, caseToken(doc, needed));
    }
    boolean unknown = false;
    int unnamed = -1;
    for (String slot : e.objects()) {
      if (slot.equals("obj") && passive && childWith(doc, t, "nsubj:pass") < 0 && childWith(doc, t, "nsubj") < 0) {
        // a caption's passive the parser lost: "..., Ana Duarte, left, being welcomed by ..."
        int p = lastPersonBefore(c, t);
        if (p >= 0) {
          return new Objects(List.of(p), -1, -1, false);
        }
      }
      // a verb's direct object is the one the construction rules give it (rules/objects.semgrex: its own, a lone
      // indirect one, one shared with the verb coordinated before it); the other slots are its dependents
      boolean ruled = slot.equals("obj") && !passive && doc.token(t).isVerb();
      for (int k : ruled ? doc.arguments(t, "verb-object") : doc.children(t)) {
        String rel = ruled ? "obj" : doc.relation(k);
        boolean match = switch (slot) {
          case "obj" -> passive ? rel.equals("nsubj:pass") || rel.equals("nsubj") && Graph.isHeadlinePassive(doc, t)
              : rel.equals("obj");
          case "iobj" -> rel.equals("iobj");
          case "compound" -> rel.equals("compound") && doc.token(k).isProperNoun();
          case "ccomp" -> false;
          default -> isOblique(rel) && caseOf(doc, k).equals(slot);
        };
        if (slot.equals("topic") && (rel.equals("obj") || isOblique(rel)
            && CONSTRUCTIONS.has("topic-case", caseOf(doc, k)))) {
          int topic = topicEntity(c, k, 3);
          if (topic >= 0) {
            return new Objects(List.of(topic), -1, k, false);
          }
        }
        if (slot.equals("ccomp") && rel.equals("ccomp")) {
          int s = childWith(doc, k, "nsubj");
          if (s >= 0 && entityOf(c, s) >= 0) {
            return filled(c, s, -1);
          }
        }
        if (match) {
          List<Integer> ents = entitiesOf(c, k);
          boolean core = slot.equals("obj") || slot.equals("iobj") || slot.equals("compound");
          if (ents.isEmpty() && !doc.token(k).isProperNoun()) {
            // "rejected Chile's offer": acting on what is Chile's acts on Chile; "received an offer from Chile"
            // is no meeting with Chile
            ents = partyBehind(c, k, e.predicate(), core && !VOCABULARY.isSymmetric(e.predicate()), earlier);
          }
          if (!ents.isEmpty()) {
            return new Objects(ents, core ? -1 : caseToken(doc, k), k, false);
          }
          unnamed = unnamed < 0 ? k : unnamed;
          unknown |= doc.token(k).pos().startsWith("PRP") && !doc.token(k).pos().equals("PRP$");
          // "pressed the allies to weigh", "asked four states to enter": the object is a party that acts in
          // the complement; unnamed, it is someone we cannot name, not a thing acted on. "Announced plans to
          // build" is no such party: the complement is the plan's
          int x = childWith(doc, t, "xcomp");
          unknown |= rel.equals("obj") && x >= 0 && !ModalityReader.isNounsComplement(doc, x);
        }
      }
    }
    if (unknown) {
      return new Objects(List.of(), -1, -1, true);
    }
    int displaced = displacedObject(doc, t, e.objects());
    if (displaced >= 0 && !entitiesOf(c, displaced).isEmpty()) {
      return filled(c, displaced, caseToken(doc, displaced)); // "Acme's purchase in May of Norvex"
    }
    int hung = slotUnderObject(doc, t, e.objects());
    if (hung >= 0 && !entitiesOf(c, hung).isEmpty()) {
      return filled(c, hung, caseToken(doc, hung)); // "offered talks to Rabat", "sold a stake to Peru"
    }
    int recipient = recipientOf(c, t, e);
    if (recipient >= 0) {
      return filled(c, recipient, -1); // "Acme expects Chile's approval": Chile approves Acme
    }
    int undergoer = doc.argument(t, "noun-object"); // "Chile came under attack"
    if (undergoer >= 0) {
      return filled(c, undergoer, -1);
    }
    int acted = childWith(doc, t, "nmod:poss");
    if (doc.token(t).isNoun() && acted >= 0 && isActedOnPossessor(doc, t, acted, e.predicate())) {
      // "police carried out her arrest": the possessor is the one arrested; unresolved, someone we cannot name
      List<Integer> ents = entitiesOf(c, acted);
      return new Objects(ents, -1, acted, ents.isEmpty());
    }
    // "threatened to seize Lima", "offered to buy the firm": the complement's object is what the act aims at;
    // "pledged to pay Rabat a fee": its indirect object, the one who receives. Not when the complement is the
    // verb's object's: "announced plans to buy the firm" announces, aimed at no one
    int x = childWith(doc, t, "xcomp");
    if (x >= 0 && !e.objects().isEmpty() && !ModalityReader.isNounsComplement(doc, x)) {
      List<Integer> aimed = new ArrayList<>(doc.arguments(x, "verb-object"));
      aimed.add(childWith(doc, x, "iobj"));
      for (int o : aimed) {
        if (o >= 0 && !entitiesOf(c, o).isEmpty()) {
          return filled(c, o, -1);
        }
      }
    }
    int misread = misreadInfinitiveObject(doc, t);
    if (misread >= 0 && !e.objects().isEmpty() && !entitiesOf(c, misread).isEmpty()) {
      return filled(c, misread, -1);
    }
    int pronoun = misreadPossessiveObject(doc, t);
    if (pronoun >= 0 && e.objects().contains("obj")) {
      return filled(c, pronoun, -1); // "since detaining her two weeks later": her is detained
    }
    // "joined Xi in a summit", "held talks on Monday with Kim": the support verb carries the other party;
    // so does one in a relative clause: "the bid it made for the firm"
    int g = isSupported(doc, t) ? doc.governor(t) : relativeSupportVerb(doc, t);
    if (doc.token(t).isNoun() && g >= 0) {
      for (int k : doc.children(g)) {
        String rel = doc.relation(k);
        if (k != t && (rel.equals("obj") && VOCABULARY.isSymmetric(e.predicate())
            || isOblique(rel) && e.objects().contains(caseOf(doc, k)))) {
          List<Integer> ents = entitiesOf(c, k);
          if (!ents.isEmpty()) {
            return new Objects(ents, rel.equals("obj") ? -1 : caseToken(doc, k), k, false);
          }
        }
      }
    }
    return unnamed < 0 ? Objects.NONE : new Objects(List.of(), -1, -1, false, unnamed);
  }

  /**
   * "Acme won Chile's approval", "Peru expects Chile's support": the subject of a verb that receives
   * (constructions.tsv, recipient-verb) an event noun of a received-event whose actor the noun names itself is the
   * one that event is aimed at; -1 when the noun is no such verb's object, names no actor, or the actor is that
   * subject ("won its own bid").
   */
  private int recipientOf(FactContext c, int noun, Lexicons.PredicateEntry e) {
    Doc doc = c.doc();
    int g = doc.governor(noun);
    if (!doc.token(noun).isNoun() || g < 0 || !doc.relation(noun).equals("obj") || !doc.token(g).isVerb()
        || !CONSTRUCTIONS.has("received-event", e.predicate())
        || !CONSTRUCTIONS.has("recipient-verb", doc.token(g).lemma())) {
      return -1;
    }
    int actor = ownActor(c, noun, e);
    int s = verbSubject(c, g, Graph.isPassive(doc, g));
    if (actor < 0 || s < 0 || entityOf(c, actor) < 0 || entityOf(c, s) < 0 || entityOf(c, actor) == entityOf(c, s)) {
      return -1;
    }
    return s;
  }

  /** True when a word is a trigger of the lexicon whose object slots include that preposition. */
  private boolean takesSlot(Token word, String preposition) {
    return !word.isVerb()
        || lex.predicates(word.lemma(), false).stream().anyMatch(p -> p.objects().contains(preposition));
  }

  /**
   * "offered talks on Monday to Rabat", "sold a stake to Peru": a prepositional slot of a verb that the parser hung
   * on the verb's direct object or on a phrase of it ("pledged 50 million euros in aid to Peru"); -1 when there is
   * none.
   */
  private static int slotUnderObject(Doc doc, int verb, List<String> slots) {
    int obj = doc.token(verb).isVerb() ? childWith(doc, verb, "obj") : -1;
    if (obj < 0) {
      return -1;
    }
    int slot = slotBelow(doc, obj, slots);
    if (slot >= 0) {
      return slot;
    }
    for (int k : doc.children(obj)) {
      // one phrase further down: "pledged 50 million euros in aid to Peru"
      if (doc.relation(k).startsWith("nmod")) {
        slot = slotBelow(doc, k, slots);
        if (slot >= 0) {
          return slot;
        }
      }
    }
    return -1;
  }

  private static int slotBelow(Doc doc, int head, List<String> slots) {
    for (int k : doc.children(head)) {
      // a place phrase under the object places the object ("runs a consortium in Lima"), not the event
      if (doc.relation(k).startsWith("nmod") && caseToken(doc, k) >= 0 && slots.contains(caseOf(doc, k))
          && !CONSTRUCTIONS.has("place-case", caseOf(doc, k))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "followed Acme's purchase in May of Norvex": an event noun's object phrase (one of its slots) that the
   * parser hung on the word governing the noun, because a date came between them; -1 when none. Only a date may
   * stand between them: any other phrase there ends the noun's own phrase. Right after the noun's phrase, the
   * phrase is the noun's when the governing word takes no such slot itself: "recalled a visit by Ruiz to Lima"
   * (recalling takes no "to"), not "offered talks to Rabat" (offering does).
   */
  private int displacedObject(Doc doc, int noun, List<String> slots) {
    int g = doc.governor(noun);
    if (!doc.token(noun).isNoun() || g < 0) {
      return -1;
    }
    int end = Graph.subtreeEnd(doc, noun);
    for (int k : doc.children(g)) {
      int prep = caseToken(doc, k);
      if (k <= end || prep < end + 1 || !isOblique(doc.relation(k)) || !slots.contains(caseOf(doc, k))
          || prep == end + 1 && takesSlot(doc.token(g), caseOf(doc, k))) {
        continue;
      }
      boolean onlyDate = true;
      for (int m = end + 1; m < prep; m++) {
        onlyDate &= isTimeToken(doc.token(m));
      }
      if (onlyDate) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "called for Chile to withdraw", "lobbied for Acme to lift its price": a clause introduced by {@code mark}
   * ("for"; any mark when empty) with a subject of its own, which is the party the trigger acts on.
   */
  static boolean isMarkedClause(Doc doc, int clause, String mark) {
    String rel = doc.relation(clause);
    if (!rel.startsWith("advcl") && !rel.equals("ccomp") || childWith(doc, clause, "nsubj") < 0) {
      return false;
    }
    for (int k : doc.children(clause)) {
      String word = doc.token(k).lemma();
      if (doc.relation(k).equals("mark") && !CONSTRUCTIONS.has("infinitive-mark", word)
          && (mark.isEmpty() || word.equals(mark))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The party behind a thing a verb acts on: its owner ("rejected Chile's offer", "criticized Chile's plan"), and
   * for an event noun as the object, its actor ("rejected the offer from Chile", "the Chile bid"). The possessor
   * of an event noun that takes the one acted on ("condemned her arrest") is not that party. An event noun that
   * names no actor of its own but refers back ("rejected the bid", "repelled the raid") acts on the actor of the
   * event it refers to.
   */
  private List<Integer> partyBehind(FactContext c, int thing, String acting, boolean core, List<Fact> earlier) {
    Doc doc = c.doc();
    List<Lexicons.PredicateEntry> event = lex.predicates(doc.token(thing).lemma(), true);
    int poss = childWith(doc, thing, "nmod:poss");
    if (event.isEmpty() && core) {
      // "reopened its border with Armenia": a relation's other party is the one acted on
      for (int k : doc.children(thing)) {
        if (doc.relation(k).startsWith("nmod") && CONSTRUCTIONS.has("party-case", caseOf(doc, k))) {
          List<Integer> party = entitiesOf(c, k);
          if (!party.isEmpty()) {
            return party;
          }
        }
      }
    }
    if (event.isEmpty() || !core) {
      if (poss < 0 || !event.isEmpty() && isActedOnPossessor(doc, thing, poss, event.get(0).predicate())) {
        return List.of();
      }
      return entitiesOf(c, poss);
    }
    int actor = ownActor(c, thing, event.get(0));
    if (actor >= 0) {
      return entitiesOf(c, actor);
    }
    int earlierActor = antecedentActor(c, thing, event.get(0), acting, earlier);
    return earlierActor >= 0 ? List.of(earlierActor) : List.of();
  }

  /**
   * "Acme made a bid for Norvex. ... Norvex rejected the bid": for an event answered by another party
   * (constructions.tsv, answered-event) or acted on by a predicate that answers acts (answering-predicate:
   * "rebels raided the post ... troops repelled the raid"), the actor of the event a bare definite event noun
   * refers back to ({@link #referredActor}); -1 when the article told none.
   */
  private int antecedentActor(FactContext c, int noun, Lexicons.PredicateEntry event, String acting,
      List<Fact> earlier) {
    if (!CONSTRUCTIONS.has("answered-event", event.predicate()) && !CONSTRUCTIONS.has("answering-predicate", acting)
        || !EventAntecedent.isBareDefinite(c.doc(), noun)) {
      return -1;
    }
    return referredActor(c, noun, event, earlier);
  }

  /**
   * The actor of the event a bare definite event noun refers back to ({@link EventAntecedent}): the actor the
   * latest earlier mention of the same noun names ("Acme's bid ... the bid", "an attack by the Red Hand ... the
   * attack"), else the subject of the latest earlier fact of the noun's predicate; -1 when none. The same noun
   * goes first: another event of the same kind told between them ("Peru struck a depot") is not the one the
   * article keeps calling "the attack".
   */
  private int referredActor(FactContext c, int noun, Lexicons.PredicateEntry event, List<Fact> earlier) {
    int m = EventAntecedent.latestMention(c, noun, k -> ownActor(c, k, event) >= 0
        && entityOf(c, ownActor(c, k, event)) >= 0);
    if (m >= 0) {
      return entityOf(c, ownActor(c, m, event));
    }
    return EventAntecedent.latestFact(earlier, event.predicate(), f -> true).map(EventAntecedent::subjectOf)
        .orElse(-1);
  }

  /**
   * "threatens to overrun Lima" parsed as "threatens [to [overrun] Lima]": a verb whose participle is its base
   * form, right after "to", read as a modifier of the name; the name is the complement's object. A true
   * participle ("to occupied Lima") differs from its lemma and is left alone. -1 when there is none.
   */
  private static int misreadInfinitiveObject(Doc doc, int t) {
    for (int k : doc.children(t)) {
      int to = caseToken(doc, k);
      if (!isOblique(doc.relation(k)) || to < 0 || !CONSTRUCTIONS.has("infinitive-mark", doc.token(to).lemma())) {
        continue;
      }
      for (int m : doc.children(k)) {
        Token v = doc.token(m);
        if (m == to + 1 && doc.relation(m).equals("amod") && v.pos().startsWith("VB")
            && v.word().equalsIgnoreCase(v.lemma())) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * "detaining her two weeks after ...": an object pronoun of the possessive form ("her") right after a verb with
   * no object, read as the possessor of the time phrase that follows; it is the verb's object. -1 when none.
   */
  private static int misreadPossessiveObject(Doc doc, int t) {
    int k = t + 1;
    if (!doc.token(t).isVerb() || k >= doc.tokens().size() || doc.token(k).sentence() != doc.token(t).sentence()
        || !doc.relation(k).equals("nmod:poss") || !CONSTRUCTIONS.has("object-pronoun", doc.token(k).word())) {
      return -1;
    }
    int head = doc.governor(k);
    int obj = childWith(doc, t, "obj");
    // the time phrase may be the verb's misread object ("arresting [her two weeks]") or hang elsewhere
    return head >= 0 && isTimeToken(doc.token(head)) && (obj < 0 || obj == head) ? k : -1;
  }

  private static boolean isTimeToken(Token tok) {
    return switch (tok.ner()) {
      case "DATE", "TIME", "DURATION", "SET" -> true;
      default -> false;
    };
  }

  private Objects filled(FactContext c, int token, int caseTok) {
    return new Objects(entitiesOf(c, token), caseTok, token, false);
  }

  private static int lastPersonBefore(FactContext c, int t) {
    Sentence s = c.doc().sentenceOf(t);
    for (int i = t - 1; i >= s.firstToken(); i--) {
      int e = c.coref().at(i);
      if (e >= 0 && c.ents().entities().get(e).type() == EntityType.PERSON) {
        return e;
      }
    }
    return -1;
  }

  /** "the crisis in Peru", "the details of the Peru crisis": the place or body a topic is about. */
  private int topicEntity(FactContext c, int token, int depth) {
    int e = c.coref().at(token);
    if (e >= 0) {
      return c.ents().entities().get(e).type() == EntityType.PERSON ? -1 : e;
    }
    if (depth == 0) {
      return -1;
    }
    for (int k : c.doc().children(token)) {
      String rel = c.doc().relation(k);
      if (rel.startsWith("nmod") || rel.equals("compound") || rel.equals("amod")) {
        int t = topicEntity(c, k, depth - 1);
        if (t >= 0) {
          return t;
        }
      }
    }
    return -1;
  }

  /**
   * The entities a token and the names coordinated with it stand for: "Chile and Peru" gives both, "Chilean
   * and Peruvian troops" both countries. Empty when none is an entity.
   */
  List<Integer> entitiesOf(FactContext c, int token) {
    List<Integer> out = new ArrayList<>();
    addEntities(c, token, out);
    for (int k : c.doc().children(token)) {
      if (c.doc().relation(k).equals("conj")) {
        addEntities(c, k, out);
      }
    }
    return out;
  }

  private void addEntities(FactContext c, int token, List<Integer> out) {
    int e = entityOf(c, token);
    if (e >= 0) {
      if (!out.contains(e)) {
        out.add(e);
      }
      List<Integer> more = groupOwners(c, token);
      for (int m : more) {
        if (!out.contains(m)) {
          out.add(m);
        }
      }
    }
  }

  /**
   * The entity a token stands for: its own (a name or a resolved pronoun), the name in apposition to a common
   * noun ("Peru's chief envoy, Ana Duarte"), the one holder of the role it names, the organization named by
   * its modifier, or the country whose body it names. Otherwise none: "his counterpart" is not an entity.
   */
  int entityOf(FactContext c, int token) {
    int e = c.coref().at(token);
    if (e >= 0) {
      return e;
    }
    Doc doc = c.doc();
    Token t = doc.token(token);
    int relative = doc.governor(token);
    if (t.pos().startsWith("W") && relative >= 0 && doc.relation(relative).equals("acl:relcl")
        && doc.governor(relative) >= 0 && doc.governor(relative) != token) {
      // "Norvex, which Acme bought", "Norvex, which was bought by Acme": a relative pronoun is its antecedent
      return entityOf(c, doc.governor(relative));
    }
    if (!t.isNoun()) {
      return -1;
    }
    for (int k : doc.children(token)) {
      String rel = doc.relation(k);
      if ((rel.equals("appos") || rel.equals("flat") || rel.equals("dep")) && c.coref().at(k) >= 0) {
        return c.coref().at(k);
      }
    }
    // "the premier's chief legal counsel": the one person of the article who holds that role
    String role = roleOf(doc, token);
    if (!role.isEmpty()) {
      int poss = childWith(doc, token, "nmod:poss");
      int holder = c.holder(role, poss >= 0 ? c.coref().at(poss) : -1);
      if (poss >= 0 && c.coref().at(poss) < 0) {
        holder = -1; // "their chief executive": whose, we cannot say
      }
      if (holder >= 0) {
        return holder;
      }
      int owner = officeOwner(c, token);
      if (owner >= 0) {
        return owner;
      }
    }
    // "his Omani counterpart": the holder of the same office elsewhere acts for the country or organization
    // named, as a holder of a named office does ("Oman's foreign minister")
    if (CONSTRUCTIONS.has("counterpart-head", t.lemma())) {
      int owner = officeOwner(c, token);
      if (owner >= 0) {
        return owner;
      }
    }
    // "the OPEC partnership": an organization named by its modifier
    for (int k : doc.children(token)) {
      int e2 = c.coref().at(k);
      if (doc.relation(k).equals("compound") && e2 >= 0
          && c.ents().entities().get(e2).type() == EntityType.ORGANIZATION && !lex.isRoleHead(t.word())) {
        return e2;
      }
    }
    List<Integer> owners = groupOwners(c, token);
    return owners.isEmpty() ? organizationOfBody(c, token) : owners.get(0);
  }

  /**
   * "Iran's foreign minister", "the Turkish prime minister", "Acme's chief executive": a holder of an office the
   * article does not name acts for the country or organization whose office it is, as a body of it does ("the
   * Chilean army"), when the article names none of its officials: one it names may be the one meant. A former
   * holder, one of several ("a Danish minister") and one member of a body ("a Chilean soldier") act for no one.
   */
  private int officeOwner(FactContext c, int token) {
    Doc doc = c.doc();
    if (CONSTRUCTIONS.has("member-head", doc.token(token).lemma())) {
      return -1; // "a Chilean soldier" is one member, a person, not the body
    }
    int owner = -1;
    for (int k : doc.children(token)) {
      String rel = doc.relation(k);
      if (rel.equals("det") && CONSTRUCTIONS.has("indefinite-article", doc.token(k).lemma())) {
        return -1; // "a Danish minister": one of several, not the office
      }
      if ((rel.equals("amod") || rel.equals("compound")) && RoleExtractor.isFormer(doc, k)) {
        return -1;
      }
      boolean of = rel.startsWith("nmod") && CONSTRUCTIONS.has("owner-case", caseOf(doc, k));
      if (owner < 0 && (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || of)) {
        int e = c.coref().at(k);
        if (e >= 0 && c.ents().entities().get(e).type() != EntityType.PERSON) {
          owner = e;
        }
      }
    }
    return owner >= 0 && !c.namesOfficialOf(owner) ? owner : -1;
  }

  /**
   * "Acme's board", "the board of Acme", "its management": a governing body of a firm or group stands for the
   * organization the article names as its owner; "the board" alone stands for the body the text just named
   * ({@link #bodyNamedBefore}); "his board", or "the board" that no body before it explains, for none.
   */
  private int organizationOfBody(FactContext c, int token) {
    Doc doc = c.doc();
    Token t = doc.token(token);
    boolean body = CONSTRUCTIONS.has("firm-body-head", t.lemma())
        || t.pos().equals("NNS") && CONSTRUCTIONS.has("firm-member-head", t.lemma());
    if (!body || t.isProperNoun()) {
      return -1;
    }
    for (int k : doc.children(token)) {
      String rel = doc.relation(k);
      if (rel.equals("nmod:poss") || rel.startsWith("nmod") && CONSTRUCTIONS.has("owner-case", caseOf(doc, k))) {
        int e = organizationAt(c, k);
        if (e >= 0) {
          return e;
        }
      }
    }
    return EventAntecedent.isBareDefinite(doc, token) ? bodyNamedBefore(c, token) : -1;
  }

  /**
   * "Writing to Acme's directors, Ruiz pressed the board to start a review", "Acme expects its board to gather.
   * The board ...": a bare "the board" is the body of the same name that the same sentence, before it, or the
   * sentence before gave an owner ("Acme's board", "the board of Acme", "Acme board members"); -1 when none does
   * or when they name different organizations.
   */
  private int bodyNamedBefore(FactContext c, int token) {
    Doc doc = c.doc();
    Sentence s = doc.sentenceOf(token);
    int from = s.index() > 0 ? doc.sentences().get(s.index() - 1).firstToken() : s.firstToken();
    int found = -1;
    for (int m = from; m < token; m++) {
      if (!doc.token(m).isNoun() || !doc.token(m).lemma().equals(doc.token(token).lemma())) {
        continue;
      }
      int owner = namedOwner(c, m);
      if (owner >= 0 && found >= 0 && owner != found) {
        return -1;
      }
      found = owner >= 0 ? owner : found;
    }
    return found;
  }

  /**
   * The organization a mention of a body names as its owner: its possessor, "of" phrase or name in front ("Acme's
   * board", "Acme board"), or the name in front of the noun it modifies ("Acme board members"); -1 when none.
   */
  private int namedOwner(FactContext c, int body) {
    Doc doc = c.doc();
    List<Integer> owners = new ArrayList<>(doc.children(body));
    if (doc.relation(body).equals("compound") && doc.governor(body) >= 0) {
      owners.addAll(doc.children(doc.governor(body)));
    }
    for (int k : owners) {
      String rel = doc.relation(k);
      if (k != body && (rel.equals("nmod:poss") || rel.equals("compound")
          || rel.startsWith("nmod") && CONSTRUCTIONS.has("owner-case", caseOf(doc, k)))) {
        int e = organizationAt(c, k);
        if (e >= 0) {
          return e;
        }
      }
    }
    return -1;
  }

  private static int organizationAt(FactContext c, int token) {
    int e = c.coref().at(token);
    return e >= 0 && c.ents().entities().get(e).type() == EntityType.ORGANIZATION ? e : -1;
  }

  /**
   * "Chilean troops", "Chile's government", "the Chilean and Peruvian armies", "Chilean jets", "soldiers of the
   * Chilean army", "the Chilean-led coalition": a body of a country, or a machine its forces act through
   * (constructions.tsv, body-class), stands for the country the article names as its owner; "the army" alone, or
   * one "Chilean soldier", stands for none.
   */
  private List<Integer> groupOwners(FactContext c, int token) {
    Doc doc = c.doc();
    Token t = doc.token(token);
    if (!t.isNoun() || t.isProperNoun() || c.coref().at(token) >= 0) {
      return List.of();
    }
    boolean body = CONSTRUCTIONS.has("group-head", t.lemma())
        || t.pos().equals("NNS") && (CONSTRUCTIONS.has("member-head", t.lemma())
            || CONSTRUCTIONS.has("member-head", t.word())) // the lemma of a plural-only noun is itself: "troops"
        || c.lex().nounClasses(t.lemma()).stream().anyMatch(k -> CONSTRUCTIONS.has("body-class", k));
    if (!body) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (int k : doc.children(token)) {
      String rel = doc.relation(k);
      if (rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss")) {
        addCountry(c, k, out);
        for (int kk : doc.children(k)) {
          if (doc.relation(kk).equals("conj")) {
            addCountry(c, kk, out);
          }
        }
      }
      if ((rel.equals("amod") || rel.startsWith("acl")) && CONSTRUCTIONS.has("leader-verb", doc.token(k).lemma())) {
        // "the Chilean-led coalition", "a force led by Chile": a body a country leads acts for it
        for (int kk : doc.children(k)) {
          String r = doc.relation(kk);
          if (r.equals("dep") || r.equals("compound") || r.equals("npmod") || r.startsWith("obl")) {
            addCountry(c, kk, out);
          }
        }
      }
      if (rel.startsWith("nmod") && CONSTRUCTIONS.has("owner-case", caseOf(doc, k))) {
        // "the army of Chile", "soldiers of the Chilean army": the owner the "of" phrase names, or its owner
        addCountry(c, k, out);
        for (int owner : groupOwners(c, k)) {
          if (!out.contains(owner)) {
            out.add(owner);
          }
        }
      }
    }
    if (out.isEmpty() && CONSTRUCTIONS.has("group-head", t.lemma())) {
      // "police in Kenya", "the authorities in Peru": a body of a country named by where it sits, when nothing
      // names whose it is ("French troops in Mali" are France's)
      for (int k : doc.children(token)) {
        if (doc.relation(k).startsWith("nmod") && CONSTRUCTIONS.has("located-case", caseOf(doc, k))) {
          addCountry(c, k, out);
        }
      }
    }
    return out;
  }

  /** True when an adjective or noun modifies a noun of a body that acts: "European officials", "the army". */
  static boolean modifiesBody(Doc doc, int token) {
    int g = doc.governor(token);
    String rel = doc.relation(token);
    if (g < 0 || !rel.equals("amod") && !rel.equals("compound")) {
      return false;
    }
    Token head = doc.token(g);
    return head.isNoun() && (CONSTRUCTIONS.has("group-head", head.lemma()) || head.pos().equals("NNS")
        && (CONSTRUCTIONS.has("member-head", head.lemma()) || CONSTRUCTIONS.has("member-head", head.word())));
  }

  private void addCountry(FactContext c, int token, List<Integer> out) {
    int e = c.coref().at(token);
    if (e < 0 || out.contains(e)) {
      return;
    }
    Entity ent = c.ents().entities().get(e);
    if (ent.type() != EntityType.PLACE) {
      return;
    }
    Optional<Lexicons.Place> place = lex.placeEntry(ent.name());
    if (place.isPresent() && (place.get().isCountry() || place.get().isUnion())) {
      out.add(e);
    }
  }

  /** The role words a common noun heads: "national security adviser" for "adviser". */
  private String roleOf(Doc doc, int token) {
    if (!lex.isRoleHead(doc.token(token).word())) {
      return "";
    }
    int first = token;
    while (first - 1 >= 0 && doc.governor(first - 1) == token && lex.isRoleModifier(doc.token(first - 1).word())) {
      first--;
    }
    StringBuilder b = new StringBuilder();
    for (int i = first; i <= token; i++) {
      b.append(i > first ? " " : "").append(doc.token(i).word());
    }
    return Lexicons.roleKey(b.toString());
  }

  /**
   * "Lima helped broker ...", "Lima's offer": a capital acting, as the subject of a verb or the possessor of an
   * event noun, stands for its country when the article names it (metonyms.tsv covers the seats of power; a
   * capital of the gazetteer acts the same way); after a preposition of place it stays the place.
   */
  int capitalAsGovernment(FactContext c, int subject, int subjectTok, String predicate) {
    Entity e = c.ents().entities().get(subject);
    if (e.type() != EntityType.PLACE || predicate.equals(FactReader.TRIP) || subjectTok < 0
        || !c.doc().relation(subjectTok).startsWith("nsubj") && !c.doc().relation(subjectTok).equals("nmod:poss")) {
      return subject;
    }
    Optional<Lexicons.Place> place = lex.placeEntry(e.name());
    if (place.isEmpty() || !place.get().isCapital() || place.get().partOf() == null) {
      return subject;
    }
    int country = c.entityNamed(place.get().partOf());
    return country >= 0 ? country : subject;
  }
}
