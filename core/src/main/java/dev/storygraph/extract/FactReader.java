package dev.storygraph.extract;

import static dev.storygraph.extract.Graph.caseOf;
import static dev.storygraph.extract.Graph.caseToken;
import static dev.storygraph.extract.Graph.childWith;
import static dev.storygraph.extract.Graph.hasCase;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.lexicon.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns one trigger into facts: its arguments ({@link Arguments}), one fact per coordinated subject and object,
 * then place and time ({@link Setting}), modality ({@link ModalityReader}) and confidence ({@link Confidence}).
 * Stateless; thread-safe.
 */
final class FactReader {
  private static final Vocabulary VOCABULARY = Vocabulary.standard();
  private static final Cues CONSTRUCTIONS = Cues.CONSTRUCTIONS;
  /** The predicate of going to a place (constructions.tsv, trip-event). */
  static final String TRIP = Lexicons.tripPredicate();
  private static final String DISPATCH = CONSTRUCTIONS.only("dispatch-event");
  private static final String DISPATCH_CASE = CONSTRUCTIONS.only("dispatch-case");
  private static final String COPULA = CONSTRUCTIONS.only("copula");
  private static final String TRIP_CASE = CONSTRUCTIONS.only("trip-case");
  private static final Lexicons.PredicateEntry ACCORDING = entry(CONSTRUCTIONS.only("statement-event"),
      CONSTRUCTIONS.only("source-case"), DISPATCH_CASE);
  private static final Lexicons.PredicateEntry BEING_IN = entry(TRIP, COPULA, TRIP_CASE);
  private static final Lexicons.PredicateEntry SENT_TO = entry(TRIP, DISPATCH, DISPATCH_CASE);

  private final Lexicons lex;
  private final Arguments args;

  FactReader(Lexicons lex) {
    this.lex = lex;
    this.args = new Arguments(lex);
  }

  /**
   * Reads one trigger into facts.
   *
   * @return false when the trigger's object is of a class its predicate does not act on and no other predicate
   *     takes it ("fired a missile" read as a dismissal): the next sense of the same words may be tried
   */
  boolean read(FactContext c, Triggers.Trigger tr, List<Fact> out) {
    Doc doc = c.doc();
    int t = tr.token();
    Lexicons.PredicateEntry e = tr.entry();
    boolean symmetric = VOCABULARY.isSymmetric(e.predicate());
    boolean passive = !tr.noun() && Graph.isPassive(doc, t);
    int subjectTok = tr.noun() ? args.nounSubject(c, t, e) : args.verbSubject(c, t, passive);
    List<Integer> subjects = subjectTok >= 0 && !isThing(c, subjectTok) ? args.entitiesOf(c, subjectTok) : List.of();
    if (subjects.isEmpty() && !tr.noun() && !passive && subjectTok >= 0) {
      // "Chilean airstrikes killed 30 civilians": an event acts through its actor; "the raid destroyed", the
      // clause's own subject, through the actor of the raid the article told
      int actor = args.eventActor(c, subjectTok);
      subjects = actor >= 0 ? args.entitiesOf(c, actor) : subjects;
      int told = subjects.isEmpty() && doc.governor(subjectTok) == t ? args.toldEventActor(c, subjectTok, out) : -1;
      subjects = told >= 0 ? List.of(told) : subjects;
    }
    boolean continued = false;
    if (subjects.isEmpty() && passive && subjectTok < 0 && CONSTRUCTIONS.has("state-act", e.predicate())) {
      // "Police in Lyon arrested Ana Ruiz on Monday. Her brother was arrested on Tuesday": an agentless passive
      // of a state's act continues the actor the article gave the same act
      Optional<Fact> told = EventAntecedent.latestFact(out, e.predicate(), f -> true);
      subjects = told.map(f -> List.of(EventAntecedent.subjectOf(f))).orElse(subjects);
      continued = told.isPresent();
    }
    Arguments.Objects object = args.object(c, t, e, passive, tr.carrier(), out);
    if (object.unknown()) {
      return true; // "met him" with "him" unresolved: the object is someone we cannot name
    }
    if (!tr.noun() && !CONSTRUCTIONS.has("office-event", e.predicate()) && takesOffice(doc, t, e.objects())) {
      return false; // "took over as chief executive": a change of office, not a purchase; another sense may fit
    }
    Vocabulary.Predicate predicate = VOCABULARY.get(e.predicate()).orElseThrow();
    if (!predicate.admits(patientClass(c, object))) {
      // "killed the deal", "launched an inquiry": the word in another sense; "attacked the plan" is criticism
      if (predicate.otherwise().isEmpty()) {
        return false;
      }
      e = otherSense(e, predicate.otherwise().get());
    }
    if (subjects.isEmpty() && symmetric && object.entities().size() >= 2
        && CONSTRUCTIONS.has("pair-case", caseOf(doc, object.token()))) {
      // "talks between Duarte and Hale": one between each two of the parties named
      List<Integer> parties = object.entities();
      for (int i = 0; i < parties.size(); i++) {
        for (int j = i + 1; j < parties.size(); j++) {
          emit(c, t, tr.noun(), e, parties.get(i), parties.get(j), -1, -1, false, object.token(), out);
        }
      }
      return true;
    }
    if (subjects.isEmpty()) {
      return true;
    }
    List<Integer> objects = object.entities();
    if (continued && objects.isEmpty()) {
      return true; // "two more were arrested": a continued act needs the one it was done to named
    }
    int complement = childWith(doc, t, "xcomp");
    if (objects.isEmpty() && !tr.noun() && !e.objects().isEmpty() && complement >= 0
        && doc.token(complement).isVerb() && !Cues.MODALITY.has("intent-frame", doc.token(t).lemma())
        && !ModalityReader.isNounsComplement(doc, complement)) {
      // "declined to comment", "helped draft a plan": the act is the complement's, aimed at no one named; a verb
      // of intent states its own act ("vowed to retaliate" is a vow made), its complement only intended. A
      // complement that is no verb is a state the act leaves: "left two guards dead" kills
      return true;
    }
    if (tr.noun() && objects.isEmpty() && !e.objects().isEmpty() && doc.relation(subjectTok).equals("nmod:poss")
        && c.ents().entities().get(subjects.get(0)).type() == EntityType.PERSON) {
      return true; // "her arrest", "his release": a person's possessive may be the one acted on, not the actor
    }
    if (!tr.noun() && symmetric && objects.isEmpty() && object.token() < 0 && childWith(doc, t, "obj") >= 0) {
      return true; // "received the proposal": a meeting needs a party, and a thing received is none
    }
    if (objects.isEmpty() && symmetric && subjects.size() == 1
        && noOtherParty(doc, t, tr.noun(), subjectTok, e)) {
      return true;
    }
    if (objects.isEmpty() && symmetric && subjects.size() >= 2) {
      // "Duarte and Hale met": one meeting between them; "Chile, Peru and Bolivia met": one between each two
      for (int i = 0; i < subjects.size(); i++) {
        for (int j = i + 1; j < subjects.size(); j++) {
          emit(c, t, tr.noun(), e, subjects.get(i), subjects.get(j), -1, -1, false, subjectTok, out);
        }
      }
      return true;
    }
    for (int s : subjects) {
      int subject = args.capitalAsGovernment(c, s, subjectTok, e.predicate());
      if (objects.isEmpty()) {
        emit(c, t, tr.noun(), e, subject, -1, -1, -1, passive, subjectTok, out);
      }
      for (int o : objects) {
        emit(c, t, tr.noun(), e, subject, o == subject ? -1 : o, object.caseTok(), object.token(), passive,
            subjectTok, out);
      }
    }
    return true;
  }

  /**
   * True when a verb's one complement is a capacity phrase naming a role: "took over as chief executive". With an
   * argument of its own the verb keeps its sense: "travelled to Lima as envoy", "fired Ruiz as coach".
   */
  private boolean takesOffice(Doc doc, int verb, List<String> slots) {
    boolean office = false;
    for (int k : doc.children(verb)) {
      String rel = doc.relation(k);
      if (rel.equals("obj") || rel.equals("iobj") || Graph.isOblique(rel) && slots.contains(caseOf(doc, k))) {
        return false;
      }
      office |= Graph.isOblique(rel) && CONSTRUCTIONS.has("capacity-case", caseOf(doc, k))
          && lex.isRoleHead(doc.token(k).word());
    }
    return office;
  }

  /**
   * The classes of what an object slot holds: the WordNet classes of its head when a common noun heads it, and
   * the entity type of the entity it names ("his counterpart Ana Ruiz" person, "three Chilean soldiers" person
   * even when they stand for their country); empty when no slot is filled or nothing of it is known.
   */
  private List<String> patientClass(FactContext c, Arguments.Objects object) {
    List<String> classes = new ArrayList<>();
    int head = object.token() >= 0 ? object.token() : object.unnamed();
    if (head >= 0) {
      dev.storygraph.annotate.Token tok = c.doc().token(head);
      if (tok.isNoun() && !tok.isProperNoun()) {
        classes.addAll(lex.nounClasses(tok.lemma()));
      }
    }
    if (!object.entities().isEmpty()) {
      classes.add(c.ents().entities().get(object.entities().get(0)).type().name());
    }
    return classes;
  }

  /**
   * Whether a token is a common noun that names only things (constructions.tsv, thing-class) and is named by a
   * maker in front of it ("a Norvex truck hit the barrier, injuring two"): a thing does not act, and its maker's name
   * is no agent.
   */
  private boolean isThing(FactContext c, int token) {
    dev.storygraph.annotate.Token tok = c.doc().token(token);
    List<String> classes = tok.isNoun() && !tok.isProperNoun() ? lex.nounClasses(tok.lemma()) : List.of();
    if (classes.isEmpty() || !classes.stream().allMatch(k -> CONSTRUCTIONS.has("thing-class", k))) {
      return false;
    }
    // named by a maker's name in front ("the Norvex truck"); "Chilean jets" and "US jets" stay their country's
    boolean body = classes.stream().anyMatch(k -> CONSTRUCTIONS.has("body-class", k));
    for (int k : c.doc().children(token)) {
      if (c.doc().relation(k).equals("compound") && c.doc().token(k).isProperNoun()
          && !(body && isPlace(c, k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(FactContext c, int token) {
    int e = c.coref().at(token);
    return e >= 0 && c.ents().entities().get(e).type() == EntityType.PLACE;
  }

  /** The lexicon entry of the same words as a trigger of another predicate, with that predicate's object slots. */
  private static Lexicons.PredicateEntry otherSense(Lexicons.PredicateEntry e, String predicate) {
    return VOCABULARY.get(predicate).orElseThrow().entry(e.pattern(), e.isNoun());
  }

  /**
   * A meeting or negotiation of one named party that tells nothing of one: held by its possessor with no party
   * named at all ("the firm's annual meeting", "its shareholder meeting": the owner of a session, not a party
   * meeting anyone; "her meetings with an envoy" has one), or not done at all: asked of it ("urged Peru to open
   * talks", "demanded that Chile begin negotiations"), intended or possible ("agreed to negotiate", "may hold
   * talks").
   */
  private static boolean noOtherParty(Doc doc, int t, boolean noun, int subjectTok, Lexicons.PredicateEntry e) {
    boolean partyPhrase = false;
    for (int k : doc.children(t)) {
      partyPhrase |= Graph.isOblique(doc.relation(k)) && e.objects().contains(caseOf(doc, k));
    }
    if (noun && !partyPhrase && doc.governor(subjectTok) == t && doc.relation(subjectTok).equals("nmod:poss")) {
      return true;
    }
    int clause = noun ? Graph.clauseOf(doc, t) : t;
    Modality m = ModalityReader.modality(doc, t, clause, e.predicate());
    return m == Modality.PLANNED || m == Modality.POSSIBLE || ModalityReader.isAskedFor(doc, clause);
  }

  /** A construction's own entry for a predicate of the vocabulary, with the words that state it. */
  private static Lexicons.PredicateEntry entry(String predicate, String... words) {
    return new Lexicons.PredicateEntry(predicate, VOCABULARY.get(predicate).orElseThrow().cameo(), List.of(words),
        "verb", List.of());
  }

  /** "according to the Interior Ministry": the ministry says. */
  void according(FactContext c, int t, List<Fact> out) {
    Doc doc = c.doc();
    int g = doc.governor(t);
    if (g < 0) {
      return;
    }
    int speaker = args.entityOf(c, g);
    int tok = g;
    if (speaker < 0) {
      // "according to a summary by the cabinet office", "according to the cabinet's note"
      for (int k : doc.children(g)) {
        String rel = doc.relation(k);
        if (rel.equals("nmod:poss") || rel.startsWith("nmod") && CONSTRUCTIONS.has("agent-case", caseOf(doc, k))) {
          speaker = args.entityOf(c, k);
          tok = k;
        }
      }
    }
    if (speaker >= 0) {
      emit(c, g, true, ACCORDING, speaker, -1, -1, -1, false, tok, out);
    }
  }

  /** "Duarte is in Peru through Friday": being somewhere is having travelled there. */
  void copularTravel(FactContext c, int t, List<Fact> out) {
    Doc doc = c.doc();
    // a place first, then the parse: a sentence is parsed only when a reader needs its dependencies (annotate.Doc)
    if (c.coref().at(t) < 0 || c.ents().entities().get(c.coref().at(t)).type() != EntityType.PLACE
        || !sentenceHas(doc, t, COPULA) || !sentenceHas(doc, t, TRIP_CASE)) {
      return;
    }
    boolean cop = false;
    for (int k : doc.children(t)) {
      cop |= doc.relation(k).equals("cop") && doc.token(k).lemma().equals(COPULA);
    }
    if (!cop || !hasCase(doc, t, TRIP_CASE)) {
      return;
    }
    int s = childWith(doc, t, "nsubj");
    int subject = s >= 0 ? args.entityOf(c, s) : -1;
    if (subject >= 0 && c.ents().entities().get(subject).type() == EntityType.PERSON) {
      emit(c, t, false, BEING_IN, subject, c.coref().at(t), caseToken(doc, t), t, false, s, out);
    }
  }

  /** Whether a word of the token's sentence has that lemma: its dependents are words of its sentence. */
  private static boolean sentenceHas(Doc doc, int token, String lemma) {
    Sentence s = doc.sentenceOf(token);
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (doc.token(k).lemma().equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  private void emit(FactContext c, int t, boolean noun, Lexicons.PredicateEntry e, int subject, int object,
      int objCase, int objectTok, boolean passive, int subjectTok, List<Fact> out) {
    Doc doc = c.doc();
    List<Entity> ents = c.ents().entities();
    String predicate = e.predicate();
    int clause = noun ? Graph.clauseOf(doc, t) : t;
    int place = Setting.place(c, t, clause, object, objectTok);
    if (predicate.equals(TRIP)) {
      if (object < 0 || ents.get(object).type() != EntityType.PLACE) {
        return; // one travels to a place; "visited Rossi" is a meeting, not recorded as travel
      }
      // travel to a city: the country is the destination, the city the place
      String dest = ents.get(object).name();
      Optional<String> country = countryOf(dest);
      if (country.isPresent() && !country.get().equals(dest)) {
        int countryEntity = c.entityNamed(country.get());
        if (countryEntity >= 0) {
          if (place < 0) {
            place = object;
          }
          object = countryEntity;
        }
      }
    }
    if (predicate.equals(DISPATCH) && object >= 0 && ents.get(object).type() == EntityType.PERSON) {
      int to = prepositionEntity(c, t, DISPATCH_CASE);
      if (to >= 0 && ents.get(to).type() == EntityType.PLACE) {
        emit(c, t, false, SENT_TO, object, to, -1, -1, false, -1, out);
        return; // one event, one fact: sending an envoy somewhere is the envoy's trip
      }
    }
    if (place >= 0 && place == object) {
      place = -1;
    }
    Optional<TimeSpan> time = Setting.time(c, t, clause);
    Modality modality = ModalityReader.modality(doc, t, clause, predicate);
    Sentence s = doc.sentenceOf(t);
    boolean pronounSubject = subjectTok >= 0 && c.coref().isPronoun(subjectTok);
    double conf = Confidence.of(pronounSubject, object >= 0, !e.objects().isEmpty(), place >= 0, time.isPresent(),
        modality);
    Fact fact = Fact.builder(c.ents().id(subject), predicate)
        .object(object >= 0 ? Optional.of(c.ents().id(object)) : Optional.empty())
        .place(place >= 0 ? Optional.of(c.ents().id(place)) : Optional.empty()).time(time).modality(modality)
        .raw(raw(doc, t, noun, objCase, passive)).cameo(e.cameo()).confidence(conf)
        .evidence(List.of(new Evidence(c.article(), s.begin(), s.end(), doc.sentenceText(s)))).build();
    Fact set = Setting.withAntecedent(c, t, fact, out);
    if (!noun && subjectTok >= 0) {
      set = Setting.withReferredEvent(c, subjectTok, set.subject(), set, out); // "the raid left two dead"
    }
    if (!noun && objectTok >= 0 && set.object().isPresent()) {
      set = Setting.withReferredEvent(c, objectTok, set.object().get(), set, out); // "repelled the raid"
    }
    out.add(set);
  }

  private Optional<String> countryOf(String place) {
    String p = place;
    for (int guard = 0; guard < 6; guard++) {
      Optional<Lexicons.Place> e = lex.placeEntry(p);
      if (e.isEmpty() || e.get().partOf() == null) {
        return e.isPresent() ? Optional.of(p) : Optional.empty();
      }
      p = e.get().partOf();
    }
    return Optional.of(p);
  }

  private int prepositionEntity(FactContext c, int t, String prep) {
    for (int k : c.doc().children(t)) {
      if (Graph.isOblique(c.doc().relation(k)) && caseOf(c.doc(), k).equals(prep)) {
        return args.entityOf(c, k);
      }
    }
    return -1;
  }

  /** The words of the text that gave the predicate: "is greeted by", "held talks with", "travelling to". */
  private static String raw(Doc doc, int t, boolean noun, int objCase, boolean passive) {
    TreeSet<Integer> idx = new TreeSet<>();
    idx.add(t);
    if (noun && Arguments.isSupported(doc, t)) {
      idx.add(doc.governor(t)); // "held talks", not "recalled a visit"
    }
    for (int k : doc.children(t)) {
      String rel = doc.relation(k);
      if (rel.equals("compound:prt") || passive && rel.equals("aux:pass")) {
        idx.add(k);
      }
      if (passive && rel.startsWith("obl") && CONSTRUCTIONS.has("agent-case", caseOf(doc, k))) {
        idx.add(caseToken(doc, k));
      }
    }
    if (objCase >= 0) {
      idx.add(objCase);
    }
    StringBuilder b = new StringBuilder();
    for (int i : idx) {
      if (i >= 0) {
        b.append(b.length() > 0 ? " " : "").append(doc.token(i).word());
      }
    }
    return b.toString();
  }
}
