package dev.storygraph.extract;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Modality;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import dev.storygraph.merge.FactMerge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds n-ary facts (subject – predicate – object – place – time) from the dependency graph.
 *
 * <p>A trigger is a verb or noun of the predicate lexicon. Its subject comes from the clause subject (or the
 * "by" agent of a passive, the possessor of a noun, the subject of the verb governing a noun: "Duarte held
 * talks"); its object from the slots the lexicon names; its place from an "in"/"at" phrase of the same
 * clause; its time from a date expression attached to the same clause. Arguments must resolve to entities:
 * a pronoun counts only when {@link Coreference} resolves it, and "his counterpart" is never an argument.
 * A trigger without a subject yields no fact. Thread-safe.
 */
public final class FactExtractor {
  private static final Vocabulary VOCABULARY = Vocabulary.standard();
  private static final Set<String> SAY_VERBS = Set.of("say", "tell", "report", "claim", "allege", "accuse",
      "state", "announce", "add", "insist", "argue", "according");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside");
  private static final Set<String> POSSIBLE_WORDS = Set.of("possible", "potential", "likely", "possibly",
      "perhaps", "maybe", "hypothetical");
  private static final Set<String> POSSIBLE_AUX = Set.of("may", "might", "could");
  private static final Set<String> PLANNED_AUX = Set.of("will", "shall", "'ll", "would");
  private static final Set<String> PLANNED_FRAMES = Set.of("set", "expect", "due", "schedule", "plan", "intend",
      "go", "slate", "prepare");
  private static final Set<String> PLANNED_WORDS = Set.of("planned", "upcoming", "proposed", "scheduled", "expected",
      "forthcoming");
  private static final Set<String> OBJECT_CONTROL = Set.of("urge", "ask", "invite", "persuade", "force", "allow",
      "tell", "call", "encourage", "order", "help", "press", "pressure", "require", "permit", "send");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  private final Lexicons lex;

  public FactExtractor(Lexicons lex) {
    this.lex = lex;
  }

  /** The facts of a document; facts of the same meaning within the article are merged. */
  public List<Fact> extract(String articleId, Doc doc, ArticleEntities ents, List<dev.storygraph.Role> roles,
      List<DateNormalizer.Dated> dates, java.time.LocalDate reference) {
    Context c = new Context(articleId, doc, ents, new Coreference(doc, ents), dates, reference, holders(ents, roles));
    List<Fact> found = new ArrayList<>();
    for (Token t : doc.tokens()) {
      if (t.word().equalsIgnoreCase("according") && doc.relation(t.index()).equals("case")) {
        according(c, t.index(), found);
        continue;
      }
      if (t.isVerb()) {
        trigger(c, t.index(), false, found);
      } else if (t.isNoun() && !t.isProperNoun()) {
        trigger(c, t.index(), true, found);
        copularTravel(c, t.index(), found);
      } else if (t.isProperNoun()) {
        copularTravel(c, t.index(), found);
      }
    }
    Map<String, List<Fact>> byKey = new LinkedHashMap<>();
    for (Fact f : found) {
      byKey.computeIfAbsent(FactMerge.key(f), k -> new ArrayList<>()).add(f);
    }
    List<Fact> merged = new ArrayList<>();
    byKey.values().forEach(fs -> merged.add(FactMerge.merge(fs, (a, b) -> lex.within(
        ents.entities().get(Integer.parseInt(a.substring(1)) - 1).name(),
        ents.entities().get(Integer.parseInt(b.substring(1)) - 1).name()))));
    return inheritSetting(merged);
  }

  /**
   * "Ma held a meeting with Berg in Beijing on Wednesday. Ma told Berg ...": a fact between the same
   * two participants, stated within the next two sentences, shares the place and time of the event it
   * continues when it names none of its own.
   */
  private static List<Fact> inheritSetting(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Fact fact = f;
      if (f.object().isPresent() && (f.place().isEmpty() || f.time().isEmpty())) {
        for (Fact g : facts) {
          if (g == f || g.object().isEmpty() || !sameParticipants(f, g)) {
            continue;
          }
          int fBegin = f.evidence().get(0).begin();
          int gBegin = g.evidence().get(0).begin();
          if (gBegin >= fBegin || fBegin - g.evidence().get(0).end() > 400) {
            continue;
          }
          fact = new Fact(f.subject(), f.predicate(), f.object(), f.place().or(g::place), f.time().or(g::time),
              f.modality(), f.raw(), f.cameo(), f.confidence(), f.evidence(), f.conflicts());
          break;
        }
      }
      out.add(fact);
    }
    return out;
  }

  private static boolean sameParticipants(Fact a, Fact b) {
    String a1 = a.subject();
    String a2 = a.object().orElse("");
    String b1 = b.subject();
    String b2 = b.object().orElse("");
    return a1.equals(b1) && a2.equals(b2) || a1.equals(b2) && a2.equals(b1);
  }

  /** What one document's extraction shares. */
  private record Context(String article, Doc doc, ArticleEntities ents, Coreference coref,
      List<DateNormalizer.Dated> dates, java.time.LocalDate reference, Map<String, Integer> roleHolders) {}

  private void trigger(Context c, int t, boolean noun, List<Fact> out) {
    Doc doc = c.doc;
    for (Lexicons.PredicateEntry e : lex.predicates(doc.token(t).lemma(), noun)) {
      int needed = needs(c, t, e);
      if (needed == -2) {
        continue;
      }
      boolean passive = !noun && isPassive(doc, t);
      int subjectTok = noun ? nounSubject(c, t) : verbSubject(c, t, passive);
      int subject = subjectTok >= 0 ? entityOf(c, subjectTok) : -1;
      int[] object = object(c, t, e, passive, needed);
      if (subject < 0 && object[2] >= 0 && VOCABULARY.isSymmetric(e.predicate())
          && caseOf(doc, object[2]).equals("between")) {
        // "talks between Duarte and Hale"
        subjectTok = object[2];
        subject = object[0];
        object = new int[] {conjunct(c, object[2]), object[1], -1};
      }
      if (subject < 0) {
        return;
      }
      subject = capitalAsGovernment(c, subject, subjectTok, e.predicate());
      int obj = object[0];
      int objCase = object[1];
      if (obj < 0 && VOCABULARY.isSymmetric(e.predicate())) {
        obj = conjunct(c, subjectTok);
      }
      if (obj == subject) {
        obj = -1;
      }
      if (obj < 0 && !e.objects().isEmpty()) {
        return; // "met" with no one we can name says little; an unnamed object is not guessed
      }
      emit(c, t, noun, e, subject, obj, objCase, object[2], passive, subjectTok, out);
      return;
    }
  }

  /**
   * Checks the particle or preposition a multi-word trigger needs ("step down", "head to").
   *
   * @return the token carrying it, -1 for a one-word trigger, -2 when it is missing
   */
  private static int needs(Context c, int t, Lexicons.PredicateEntry e) {
    if (e.pattern().size() < 2) {
      return -1;
    }
    Doc doc = c.doc;
    int carrier = -1;
    for (String word : e.pattern().subList(1, e.pattern().size())) {
      int found = -2;
      for (int k : doc.children(t)) {
        String rel = doc.relation(k);
        if (rel.equals("compound:prt") && doc.token(k).lemma().equals(word)
            || rel.equals("obj") && doc.token(k).lemma().equals(word)) {
          found = -1;
          break;
        }
        if ((rel.startsWith("obl") || rel.startsWith("nmod")) && caseOf(doc, k).equals(word)) {
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

  private static boolean isPassive(Doc doc, int t) {
    for (int k : doc.children(t)) {
      if (doc.relation(k).equals("aux:pass") || doc.relation(k).equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** The subject token of a verb: its subject, the "by" agent of a passive, or the subject of a governing clause. */
  private int verbSubject(Context c, int t, boolean passive) {
    Doc doc = c.doc;
    if (passive) {
      for (int k : doc.children(t)) {
        if (doc.relation(k).startsWith("obl") && caseOf(doc, k).equals("by")) {
          return k;
        }
      }
      return -1;
    }
    int v = t;
    for (int guard = 0; v >= 0 && guard < 4; guard++) {
      for (int k : doc.children(v)) {
        if (doc.relation(k).equals("nsubj")) {
          return k;
        }
      }
      String rel = doc.relation(v);
      int g = doc.governor(v);
      if (g < 0) {
        return -1;
      }
      if (rel.equals("xcomp")) {
        int o = childWith(doc, g, "obj");
        if (o >= 0 && entityOf(c, o) >= 0 && OBJECT_CONTROL.contains(doc.token(g).lemma())) {
          return o; // object control: "urged Russia to withdraw"
        }
      } else if (rel.startsWith("advcl") || rel.startsWith("acl")) {
        if (doc.token(v).pos().equals("VBG") && hasCase(doc, v, "of")) {
          int o = childWith(doc, g, "obj");
          if (o >= 0) {
            return o; // "accused the US of prolonging": the accused does the prolonging
          }
        }
        if (rel.startsWith("acl") && doc.token(g).isNoun()) {
          return g; // "officials attending the talks"
        }
      } else if (!(rel.equals("conj"))) {
        return -1;
      }
      v = g;
    }
    return -1;
  }

  /** The subject token of a noun trigger: possessor, "by" agent, or the subject of the verb it depends on. */
  private int nounSubject(Context c, int t) {
    Doc doc = c.doc;
    for (int k : doc.children(t)) {
      if (doc.relation(k).equals("nmod:poss")) {
        return k;
      }
    }
    for (int k : doc.children(t)) {
      if (doc.relation(k).startsWith("nmod") && caseOf(doc, k).equals("by")) {
        return k;
      }
    }
    int g = doc.governor(t);
    String rel = doc.relation(t);
    if (g >= 0 && (rel.equals("obj") || rel.startsWith("obl") && !caseOf(doc, t).equals("as"))
        && doc.token(g).isVerb()) {
      int s = verbSubject(c, g, isPassive(doc, g));
      if (s >= 0 && entityOf(c, s) < 0) {
        // "Kim's visit included talks with Rossi": the possessor of the subject
        for (int k : doc.children(s)) {
          if (doc.relation(k).equals("nmod:poss")) {
            return k;
          }
        }
      }
      return s;
    }
    return -1;
  }

  /** The object entity and the token of its preposition (or -1), from the lexicon's slots in order. */
  private int[] object(Context c, int t, Lexicons.PredicateEntry e, boolean passive, int needed) {
    Doc doc = c.doc;
    if (needed >= 0 && !doc.relation(needed).equals("compound:prt")) {
      return new int[] {entityOf(c, needed), caseToken(doc, needed), needed};
    }
    for (String slot : e.objects()) {
      if (slot.equals("obj") && passive && childWith(doc, t, "nsubj:pass") < 0) {
        // a caption's passive the parser lost: "..., Ana Duarte, right, is greeted by ..."
        int p = lastPersonBefore(c, t);
        if (p >= 0) {
          return new int[] {p, -1, -1};
        }
      }
      for (int k : doc.children(t)) {
        String rel = doc.relation(k);
        boolean match = switch (slot) {
          case "obj" -> passive ? rel.equals("nsubj:pass") : rel.equals("obj");
          case "iobj" -> rel.equals("iobj");
          case "compound" -> rel.equals("compound") && doc.token(k).isProperNoun();
          case "ccomp" -> false;
          default -> (rel.startsWith("obl") || rel.startsWith("nmod")) && caseOf(doc, k).equals(slot);
        };
        if (slot.equals("topic") && (rel.equals("obj") || (rel.startsWith("obl") || rel.startsWith("nmod"))
            && Set.of("into", "about", "on", "over").contains(caseOf(doc, k)))) {
          int topic = topicEntity(c, k, 3);
          if (topic >= 0) {
            return new int[] {topic, -1, k};
          }
        }
        if (slot.equals("ccomp") && rel.equals("ccomp")) {
          int s = childWith(doc, k, "nsubj");
          if (s >= 0 && entityOf(c, s) >= 0) {
            return new int[] {entityOf(c, s), -1, s};
          }
        }
        if (match) {
          int ent = entityOf(c, k);
          if (ent >= 0) {
            return new int[] {ent, slot.equals("obj") || slot.equals("iobj") || slot.equals("compound") ? -1
                : caseToken(doc, k), k};
          }
        }
      }
    }
    return new int[] {-1, -1, -1};
  }

  private static int lastPersonBefore(Context c, int t) {
    Sentence s = c.doc.sentenceOf(t);
    for (int i = t - 1; i >= s.firstToken(); i--) {
      int e = c.coref.at(i);
      if (e >= 0 && c.ents.entities().get(e).type() == EntityType.PERSON) {
        return e;
      }
    }
    return -1;
  }

  /** "the situation in Ukraine", "the complexities of the Ukraine situation": the place or body a topic is about. */
  private int topicEntity(Context c, int token, int depth) {
    int e = c.coref.at(token);
    if (e >= 0) {
      return c.ents.entities().get(e).type() == EntityType.PERSON ? -1 : e;
    }
    if (depth == 0) {
      return -1;
    }
    for (int k : c.doc.children(token)) {
      String rel = c.doc.relation(k);
      if (rel.startsWith("nmod") || rel.equals("compound") || rel.equals("amod")) {
        int t = topicEntity(c, k, depth - 1);
        if (t >= 0) {
          return t;
        }
      }
    }
    return -1;
  }

  /** "Duarte and Hale met": the entity coordinated with the subject. */
  private int conjunct(Context c, int subjectTok) {
    for (int k : c.doc.children(subjectTok)) {
      if (c.doc.relation(k).equals("conj")) {
        return entityOf(c, k);
      }
    }
    return -1;
  }

  /**
   * The entity a token stands for: its own (a name or a resolved pronoun), or the name in apposition to a
   * common noun ("China's top diplomat, Ana Duarte"). Otherwise none: "his counterpart" is not an entity.
   */
  private int entityOf(Context c, int token) {
    int e = c.coref.at(token);
    if (e >= 0) {
      return e;
    }
    Token t = c.doc.token(token);
    if (t.isNoun()) {
      for (int k : c.doc.children(token)) {
        String rel = c.doc.relation(k);
        if ((rel.equals("appos") || rel.equals("flat") || rel.equals("dep")) && c.coref.at(k) >= 0) {
          return c.coref.at(k);
        }
      }
      // "the president's national security adviser": the one person of the article who holds that role
      Integer holder = c.roleHolders.get(roleOf(c.doc, token));
      if (holder != null && holder >= 0) {
        return holder;
      }
      // "the OPEC partnership": an organization named by its modifier
      for (int k : c.doc.children(token)) {
        int e2 = c.coref.at(k);
        if (c.doc.relation(k).equals("compound") && e2 >= 0
            && c.ents.entities().get(e2).type() == EntityType.ORGANIZATION && !lex.isRoleHead(t.word())) {
          return e2;
        }
      }
    }
    return -1;
  }

  /** Role text to the one person holding it in the article (-1 when several do). */
  private static Map<String, Integer> holders(ArticleEntities ents, List<dev.storygraph.Role> roles) {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (dev.storygraph.Role r : roles) {
      int person = Integer.parseInt(r.person().substring(1)) - 1;
      Integer prev = out.putIfAbsent(Lexicons.roleKey(r.role()), person);
      if (prev != null && prev != person) {
        out.put(Lexicons.roleKey(r.role()), -1);
      }
    }
    return out;
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

  /** "according to the Foreign Ministry": the ministry says. */
  private void according(Context c, int t, List<Fact> out) {
    int g = c.doc.governor(t);
    if (g < 0) {
      return;
    }
    int speaker = entityOf(c, g);
    int tok = g;
    if (speaker < 0) {
      // "according to a readout by the ministry", "according to the ministry's statement"
      for (int k : c.doc.children(g)) {
        String rel = c.doc.relation(k);
        if (rel.equals("nmod:poss") || rel.startsWith("nmod") && caseOf(c.doc, k).equals("by")) {
          speaker = entityOf(c, k);
          tok = k;
        }
      }
    }
    if (speaker < 0) {
      return;
    }
    Lexicons.PredicateEntry say = new Lexicons.PredicateEntry("say", "010", List.of("according", "to"), "verb",
        List.of());
    emit(c, g, true, say, speaker, -1, -1, -1, false, tok, out);
  }

  /** "Duarte will be in Russia from Monday to Thursday": being somewhere is having travelled there. */
  private void copularTravel(Context c, int t, List<Fact> out) {
    Doc doc = c.doc;
    boolean cop = false;
    for (int k : doc.children(t)) {
      if (doc.relation(k).equals("cop") && doc.token(k).lemma().equals("be")) {
        cop = true;
      }
    }
    if (!cop || !hasCase(doc, t, "in") || c.coref.at(t) < 0) {
      return;
    }
    Entity place = c.ents.entities().get(c.coref.at(t));
    if (place.type() != EntityType.PLACE) {
      return;
    }
    int s = childWith(doc, t, "nsubj");
    int subject = s >= 0 ? entityOf(c, s) : -1;
    if (subject < 0 || c.ents.entities().get(subject).type() != EntityType.PERSON) {
      return;
    }
    Lexicons.PredicateEntry travel = new Lexicons.PredicateEntry("travel", "042", List.of("be", "in"), "verb",
        List.of());
    emit(c, t, false, travel, subject, c.coref.at(t), caseToken(doc, t), t, false, s, out);
  }

  private void emit(Context c, int t, boolean noun, Lexicons.PredicateEntry e, int subject, int object, int objCase,
      int objectTok, boolean passive, int subjectTok, List<Fact> out) {
    Doc doc = c.doc;
    List<Entity> ents = c.ents.entities();
    String predicate = e.predicate();
    int clause = noun ? clauseOf(doc, t) : t;
    int place = place(c, t, clause, object, objectTok);
    if (predicate.equals("travel")) {
      if (object >= 0 && ents.get(object).type() != EntityType.PLACE) {
        return; // one travels to places; "visited Rossi" is a meeting, not recorded as travel
      }
      if (object >= 0) {
        // travel to a city: the country is the destination, the city the place
        String dest = ents.get(object).name();
        Optional<String> country = countryOf(dest);
        if (country.isPresent() && !country.get().equals(dest)) {
          int countryEntity = entityNamed(c, country.get());
          if (countryEntity >= 0) {
            if (place < 0) {
              place = object;
            }
            object = countryEntity;
          }
        }
      }
    }
    if (predicate.equals("send") && object >= 0 && ents.get(object).type() == EntityType.PERSON) {
      int to = prepositionEntity(c, t, "to");
      if (to >= 0 && ents.get(to).type() == EntityType.PLACE) {
        Lexicons.PredicateEntry travel = new Lexicons.PredicateEntry("travel", "042", List.of("send", "to"), "verb",
            List.of());
        emit(c, t, false, travel, object, to, -1, -1, false, -1, out);
      }
    }
    if (place >= 0 && place == object) {
      place = -1;
    }
    Optional<TimeSpan> time = time(c, t, clause);
    Modality modality = modality(c, t, clause, noun, predicate);
    Sentence s = doc.sentenceOf(t);
    boolean pronounSubject = subjectTok >= 0 && c.coref.isPronoun(subjectTok);
    double conf = 0.45;
    conf += pronounSubject ? -0.1 : 0.15;
    conf += object >= 0 ? 0.15 : e.objects().isEmpty() ? 0.1 : 0;
    conf += place >= 0 ? 0.1 : 0;
    conf += time.isPresent() ? 0.1 : 0;
    conf += modality == Modality.ASSERTED ? 0.05 : 0;
    conf = Math.max(0.05, Math.min(0.95, conf));
    out.add(new Fact(c.ents.id(subject), predicate, object >= 0 ? Optional.of(c.ents.id(object)) : Optional.empty(),
        place >= 0 ? Optional.of(c.ents.id(place)) : Optional.empty(), time, modality,
        raw(doc, t, noun, objCase, passive), e.cameo(), Math.round(conf * 100) / 100.0,
        List.of(new Evidence(c.article, s.begin(), s.end(), doc.sentenceText(s))), List.of()));
  }

  /** "Beijing helped engineer ...": a capital acting stands for its country, when the article names it. */
  private int capitalAsGovernment(Context c, int subject, int subjectTok, String predicate) {
    Entity e = c.ents.entities().get(subject);
    if (e.type() != EntityType.PLACE || predicate.equals("travel") || subjectTok < 0
        || !c.doc.relation(subjectTok).startsWith("nsubj")) {
      return subject;
    }
    Optional<Lexicons.Place> place = lex.placeEntry(e.name());
    if (place.isEmpty() || !place.get().kind().equals("capital") || place.get().partOf() == null) {
      return subject;
    }
    int country = entityNamed(c, place.get().partOf());
    return country >= 0 ? country : subject;
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

  private static int entityNamed(Context c, String name) {
    List<Entity> ents = c.ents.entities();
    for (int i = 0; i < ents.size(); i++) {
      if (ents.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private int prepositionEntity(Context c, int t, String prep) {
    for (int k : c.doc.children(t)) {
      if ((c.doc.relation(k).startsWith("obl") || c.doc.relation(k).startsWith("nmod"))
          && caseOf(c.doc, k).equals(prep)) {
        return entityOf(c, k);
      }
    }
    return -1;
  }

  /** The clause a noun trigger belongs to: the verb it depends on, or itself. */
  private static int clauseOf(Doc doc, int t) {
    int g = doc.governor(t);
    return g >= 0 && doc.token(g).isVerb() ? g : t;
  }

  /** A place in an "in"/"at" phrase of the trigger or its clause, looking one level into a common noun. */
  private int place(Context c, int t, int clause, int object, int objectTok) {
    // "where he met ...": the place a relative clause hangs from
    for (int v = clause, depth = 0; v >= 0 && depth < 3; v = c.doc.governor(v), depth++) {
      if (c.doc.relation(v).equals("acl:relcl") && hasAdvmod(c.doc, v, "where")) {
        int e = placeEntity(c, c.doc.governor(v));
        if (e >= 0 && e != object) {
          return e;
        }
      }
      if (!c.doc.relation(v).equals("conj")) {
        break;
      }
    }
    int[] heads = objectTok >= 0 ? new int[] {t, objectTok, clause} : new int[] {t, clause};
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int head : heads) {
      for (int k : c.doc.children(head)) {
        String rel = c.doc.relation(k);
        if (!(rel.startsWith("obl") || rel.startsWith("nmod"))) {
          continue;
        }
        List<Integer> tries = new ArrayList<>();
        if (PLACE_CASES.contains(caseOf(c.doc, k))) {
          tries.add(k);
        }
        // "at the presidential palace in Porto", "over the weekend in Portugal"
        for (int kk : c.doc.children(k)) {
          String r2 = c.doc.relation(kk);
          if (r2.startsWith("nmod") && PLACE_CASES.contains(caseOf(c.doc, kk))
              || r2.equals("appos") && PLACE_CASES.contains(caseOf(c.doc, k))) {
            tries.add(kk);
          }
        }
        for (int x : tries) {
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
      // a place phrase the parser hung elsewhere, right after the clause: "... on Wednesday at the Cosmodrome"
      int next = subtreeEnd(c.doc, clause) + 1;
      if (next + 1 < c.doc.tokens().size() && c.doc.token(next).sentence() == c.doc.token(t).sentence()
          && PLACE_CASES.contains(c.doc.token(next).word().toLowerCase(Locale.ROOT))) {
        for (int i = next + 1; i < Math.min(next + 5, c.doc.tokens().size()); i++) {
          int e = placeEntity(c, i);
          if (e >= 0 && e != object) {
            return e;
          }
        }
      }
    }
    return best;
  }

  private static int subtreeEnd(Doc doc, int token) {
    int end = token;
    for (int k : doc.children(token)) {
      if (!doc.relation(k).equals("punct")) {
        end = Math.max(end, subtreeEnd(doc, k));
      }
    }
    return end;
  }

  private static boolean hasAdvmod(Doc doc, int token, String word) {
    for (int k : doc.children(token)) {
      if (doc.relation(k).equals("advmod") && doc.token(k).lemma().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private int placeEntity(Context c, int token) {
    int e = c.coref.at(token);
    return e >= 0 && c.ents.entities().get(e).type() == EntityType.PLACE ? e : -1;
  }

  /** The date attached to the trigger's clause: its own dependent first, then one of the clause's. */
  private Optional<TimeSpan> time(Context c, int t, int clause) {
    Doc doc = c.doc;
    DateNormalizer.Dated best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (DateNormalizer.Dated d : c.dates) {
      if (doc.token(d.first()).sentence() != doc.token(t).sentence()) {
        continue;
      }
      Optional<TimeSpan> span = TimeSpan.parse(d.expression().value());
      if (span.isEmpty()) {
        continue;
      }
      int head = d.first();
      while (doc.governor(head) >= d.first() && doc.governor(head) < d.end()) {
        head = doc.governor(head);
      }
      int depth = 0;
      for (int v = head; v >= 0 && depth < 4; v = doc.governor(v), depth++) {
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
      }
    }
    if (best == null) {
      // the time of the clause this one continues: "sent him to Moscow, where he met ..."
      int g = doc.governor(clause);
      String rel = doc.relation(clause);
      if (g >= 0 && (rel.equals("conj") || rel.equals("acl:relcl") || rel.startsWith("advcl")
          || rel.equals("xcomp"))) {
        int up = doc.token(g).isVerb() ? g : doc.governor(g);
        if (rel.equals("acl:relcl")) {
          up = clauseOf(doc, g);
        }
        if (up >= 0 && up != clause && depthGuard(doc, clause) < 6) {
          return time(c, up, up);
        }
      }
      return Optional.empty();
    }
    Optional<TimeSpan> span = TimeSpan.parse(best.expression().value());
    if (span.isPresent() && c.reference != null && isUntil(doc, best.first())
        && span.get().begin().isAfter(c.reference)) {
      // "will be in Russia until Thursday": from the article's day to Thursday
      return Optional.of(TimeSpan.between(c.reference, span.get().end()));
    }
    return span;
  }

  private static int depthGuard(Doc doc, int token) {
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
    String w = doc.token(first - 1).word().toLowerCase(Locale.ROOT);
    return w.equals("until") || w.equals("till") || w.equals("through");
  }

  /** "When Rossi rolled out the red carpet on Wednesday, Ma held a meeting": the when-clause dates the main one. */
  private static boolean isTimeClause(Doc doc, int v) {
    if (!doc.relation(v).startsWith("advcl")) {
      return false;
    }
    for (int k : doc.children(v)) {
      String w = doc.token(k).lemma();
      if ((doc.relation(k).equals("mark") || doc.relation(k).equals("advmod"))
          && (w.equals("when") || w.equals("as") || w.equals("while"))) {
        return true;
      }
    }
    return false;
  }

  private Modality modality(Context c, int t, int clause, boolean noun, String predicate) {
    Doc doc = c.doc;
    int[] heads = clause == t ? new int[] {t} : new int[] {t, clause};
    boolean planned = false;
    for (int h : heads) {
      for (int k : doc.children(h)) {
        String rel = doc.relation(k);
        String w = doc.token(k).word().toLowerCase(Locale.ROOT);
        if ((rel.equals("advmod") || rel.equals("det") || rel.startsWith("aux") || rel.equals("neg"))
            && NEGATIONS.contains(w)) {
          return Modality.NEGATED;
        }
      }
    }
    // possible: a modal, or "possible" on the trigger or on anything above it in the sentence
    for (int v = t, depth = 0; v >= 0 && depth < 6; v = doc.governor(v), depth++) {
      for (int k : doc.children(v)) {
        String rel = doc.relation(k);
        String w = doc.token(k).word().toLowerCase(Locale.ROOT);
        if ((rel.equals("amod") || rel.equals("advmod")) && POSSIBLE_WORDS.contains(w)) {
          return Modality.POSSIBLE;
        }
        if (rel.startsWith("aux") && POSSIBLE_AUX.contains(w) && depth <= 1) {
          return Modality.POSSIBLE;
        }
      }
      if (doc.relation(v).equals("ccomp") || doc.relation(v).equals("root")) {
        break;
      }
    }
    for (int h : heads) {
      for (int k : doc.children(h)) {
        String rel = doc.relation(k);
        String w = doc.token(k).word().toLowerCase(Locale.ROOT);
        if (rel.startsWith("aux") && PLANNED_AUX.contains(w)) {
          planned = true;
        }
        if (rel.equals("amod") && PLANNED_WORDS.contains(w)) {
          planned = true;
        }
      }
      int g = doc.governor(h);
      if (doc.relation(h).equals("xcomp") && g >= 0 && PLANNED_FRAMES.contains(doc.token(g).lemma())) {
        planned = true;
      }
    }
    if (planned) {
      return Modality.PLANNED;
    }
    if (!predicate.equals("say")) {
      for (int v = clause, depth = 0; v >= 0 && depth < 4; v = doc.governor(v), depth++) {
        int g = doc.governor(v);
        if (g >= 0 && doc.relation(v).equals("ccomp") && SAY_VERBS.contains(doc.token(g).lemma())) {
          return Modality.REPORTED;
        }
      }
    }
    return Modality.ASSERTED;
  }

  /** The words of the text that gave the predicate: "is greeted by", "held talks with", "travelling to". */
  private static String raw(Doc doc, int t, boolean noun, int objCase, boolean passive) {
    TreeSet<Integer> idx = new TreeSet<>();
    idx.add(t);
    if (noun) {
      int g = doc.governor(t);
      if (g >= 0 && doc.token(g).isVerb() && (doc.relation(t).equals("obj"))) {
        idx.add(g);
      }
    }
    for (int k : doc.children(t)) {
      String rel = doc.relation(k);
      if (rel.equals("compound:prt") || passive && rel.equals("aux:pass")) {
        idx.add(k);
      }
      if (passive && rel.startsWith("obl") && caseOf(doc, k).equals("by")) {
        idx.add(caseToken(doc, k));
      }
    }
    if (objCase >= 0) {
      idx.add(objCase);
    }
    StringBuilder b = new StringBuilder();
    for (int i : idx) {
      if (i < 0) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(doc.token(i).word());
    }
    return b.toString();
  }

  private static String caseOf(Doc doc, int token) {
    int k = caseToken(doc, token);
    return k >= 0 ? doc.token(k).lemma() : "";
  }

  private static int caseToken(Doc doc, int token) {
    for (int k : doc.children(token)) {
      if (doc.relation(k).equals("case")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasCase(Doc doc, int token, String word) {
    for (int k : doc.children(token)) {
      if ((doc.relation(k).equals("case") || doc.relation(k).equals("mark")) && doc.token(k).lemma().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static int childWith(Doc doc, int token, String rel) {
    for (int k : doc.children(token)) {
      if (doc.relation(k).equals(rel)) {
        return k;
      }
    }
    return -1;
  }
}
