package dev.storygraph.extract;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Role;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.Sentence;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds person – role – organization or country from titles before names ("Chinese Foreign Minister Duarte
 * Yi"), appositions on either side ("Oleg Sorin, the head of Norland's Defence Council"; "China's
 * defence minister, Luis Arce,"), and "as" and copular forms ("came back as finance minister"). Thread-safe.
 */
public final class RoleExtractor {
  private final Lexicons lex;

  public RoleExtractor(Lexicons lex) {
    this.lex = lex;
  }

  /** A role found, before roles of the same person are merged. */
  private record Found(int person, String role, int of, boolean former, int sentence) {}

  /** The roles of a document, one per person, position (titles of one position are one role) and owner. */
  public List<Role> extract(String articleId, Doc doc, ArticleEntities ents) {
    List<Found> found = new ArrayList<>();
    for (ArticleEntities.Span span : ents.spans()) {
      if (ents.entities().get(span.entity()).type() != EntityType.PERSON) {
        continue;
      }
      titleBefore(doc, ents, span, found);
      appositionAfter(doc, ents, span, found);
    }
    asAndCopula(doc, ents, found);
    return merge(articleId, doc, ents, withStateOwners(doc, ents, found));
  }

  /**
   * "President Lena Varga condemned the attack in Oslo": an office of a state with no owner in its phrase belongs
   * to the country its sentence names (a city or region counts for its country). Without one, the story decides
   * ({@code StoryMerger}).
   */
  private List<Found> withStateOwners(Doc doc, ArticleEntities ents, List<Found> found) {
    int[] countryOf = new int[ents.entities().size()];
    Map<String, Integer> countryIds = new LinkedHashMap<>();
    for (int e = 0; e < ents.entities().size(); e++) {
      if (ents.entities().get(e).type() == EntityType.PLACE) {
        countryIds.put(ents.entities().get(e).name(), e);
      }
    }
    for (int e = 0; e < countryOf.length; e++) {
      countryOf[e] = -1;
      String p = ents.entities().get(e).type() == EntityType.PLACE ? ents.entities().get(e).name() : null;
      for (int guard = 0; p != null && guard < 5; guard++) {
        Optional<Lexicons.Place> entry = lex.placeEntry(p);
        if (entry.isEmpty()) {
          break;
        }
        if (entry.get().isCountry()) {
          countryOf[e] = countryIds.getOrDefault(entry.get().name(), -1);
          break;
        }
        p = entry.get().partOf();
      }
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      if (f.of >= 0 || !lex.isStateOffice(f.role)) {
        out.add(f);
        continue;
      }
      int owner = -1;
      Sentence s = doc.sentences().get(f.sentence);
      for (int t = s.firstToken(); t < s.endToken() && owner < 0; t++) {
        if (ents.at(t) >= 0 && countryOf[ents.at(t)] >= 0) {
          owner = countryOf[ents.at(t)];
        }
      }
      out.add(new Found(f.person, f.role, owner, f.former, f.sentence));
    }
    return out;
  }

  /** "Chinese Foreign Minister Ana Duarte", and "Peru's defence minister, Luis Arce". */
  private void titleBefore(Doc doc, ArticleEntities ents, ArticleEntities.Span span, List<Found> out) {
    int i = span.first() - 1;
    int sentence = doc.token(span.first()).sentence();
    if (i >= 0 && doc.token(i).word().equals(",") && doc.token(i).sentence() == sentence) {
      int after = span.end();
      boolean closed = after >= doc.tokens().size() || doc.token(after).word().equals(",")
          || doc.token(after).sentence() != sentence
          || Cues.CONSTRUCTIONS.hasExact("owner-case", doc.token(after).word()) && after + 1 < doc.tokens().size()
          && ents.at(after + 1) >= 0
          && ents.entities().get(ents.at(after + 1)).type() != EntityType.PERSON; // "counsel, X Y of Z LLP,"
      if (!closed) {
        return;
      }
      i--;
    }
    int roleEnd = i + 1;
    while (i >= 0 && doc.token(i).sentence() == sentence && ents.at(i) < 0 && isRoleWord(doc.token(i).word())
        && !isClauseVerb(doc, i, roleEnd)) {
      i--;
    }
    int roleFirst = i + 1;
    if (roleFirst >= roleEnd || !hasHead(doc, roleFirst, roleEnd)) {
      return;
    }
    int owner = ownerBefore(doc, ents, roleFirst, sentence);
    boolean former = isFormer(doc, roleFirst - 1) || owner >= 0 && isFormer(doc, firstOf(ents, roleFirst - 1) - 1);
    int after = span.end();
    if (owner < 0 && after + 1 < doc.tokens().size()
        && Cues.CONSTRUCTIONS.hasExact("owner-case", doc.token(after).word())
        && doc.token(after).sentence() == sentence) {
      owner = lastEntityOfPhrase(doc, ents, after + 1, sentence); // "analyst Dana Reyes of Ardent Research"
    }
    out.add(new Found(span.entity(), roleText(doc, roleFirst, roleEnd), owner, former, sentence));
  }

  /** "Tom Hale, the Peruvian Chief Trade Negotiator" and "Sorin, the head of Norland's Defence Council". */
  private void appositionAfter(Doc doc, ArticleEntities ents, ArticleEntities.Span span, List<Found> out) {
    int i = span.end();
    int n = doc.tokens().size();
    int sentence = doc.token(span.first()).sentence();
    if (i >= n || !doc.token(i).word().equals(",")) {
      return;
    }
    i++;
    if (i < n && isDeterminer(doc.token(i))) {
      i++;
    }
    boolean former = false;
    if (i < n && isFormer(doc, i)) {
      former = true;
      i++;
    }
    int owner = -1;
    if (i < n && ents.at(i) >= 0 && ents.entities().get(ents.at(i)).type() != EntityType.PERSON) {
      owner = ents.at(i);
      while (i < n && ents.at(i) == owner) {
        i++;
      }
      if (i < n && isPossessive(doc.token(i))) {
        i++;
      }
    }
    // "a local shopkeeper", "a veteran lawyer": describing adjectives are not part of the role
    while (owner < 0 && i < n && ents.at(i) < 0 && doc.token(i).pos().startsWith("JJ")
        && !isRoleWord(doc.token(i).word())) {
      i++;
    }
    int roleFirst = i;
    while (i < n && doc.token(i).sentence() == sentence && ents.at(i) < 0 && isRoleWord(doc.token(i).word())) {
      i++;
    }
    while (i > roleFirst && !hasHead(doc, roleFirst, i)) {
      i--; // "the police chief" of a run that ends in a modifier
    }
    if (i == roleFirst) {
      return;
    }
    int roleEnd = i;
    if (owner < 0 && i + 1 < n && lex.isRoleOwnerPreposition(doc.token(i).word())) {
      owner = lastEntityOfPhrase(doc, ents, i + 1, sentence);
    } else if (owner < 0 && i + 1 < n && lex.isRoleEmployerPreposition(doc.token(i).word())) {
      int e = ents.at(i + 1) >= 0 ? ents.at(i + 1) : i + 2 < n && isDeterminer(doc.token(i + 1)) ? ents.at(i + 2) : -1;
      owner = e >= 0 && ents.entities().get(e).type() == EntityType.ORGANIZATION ? e : -1;
    }
    out.add(new Found(span.entity(), roleText(doc, roleFirst, roleEnd), owner, former, sentence));
  }

  /** "came back as finance minister", "is the president of X", "the post of party youth wing leader". */
  private void asAndCopula(Doc doc, ArticleEntities ents, List<Found> out) {
    for (Token t : doc.tokens()) {
      // the person is a token of the sentence: without one, no parse (annotate.Doc parses what a reader reads)
      if (!lex.isRoleHead(t.word()) || !t.isNoun() || ents.at(t.index()) >= 0 || !hasPerson(doc, ents, t)) {
        continue;
      }
      int head = t.index();
      int roleFirst = head;
      while (roleFirst - 1 >= 0 && ents.at(roleFirst - 1) < 0 && isRoleWord(doc.token(roleFirst - 1).word())
          && doc.token(roleFirst - 1).sentence() == t.sentence()) {
        roleFirst--;
      }
      int person = -1;
      boolean as = false;
      boolean cop = false;
      for (int c : doc.children(head)) {
        String w = doc.token(c).lemma();
        if (doc.relation(c).equals("case") && Cues.CONSTRUCTIONS.hasExact("capacity-case", w)) {
          as = true;
        }
        if (doc.relation(c).equals("cop")) {
          cop = true;
        }
        if (doc.relation(c).startsWith("nsubj")) {
          person = personAt(ents, c);
        }
      }
      if (as) {
        int gov = doc.governor(head);
        if (gov >= 0) {
          person = subjectPerson(doc, ents, gov);
        }
      } else if (!cop) {
        // "the post of party youth wing leader": the owner of the position is the clause's subject
        int gov = doc.governor(head);
        if (gov >= 0 && doc.relation(head).startsWith("nmod") && isPosition(doc.token(gov).lemma())
            && childWord(doc, head, "owner-case")) {
          int verb = doc.governor(gov);
          if (verb >= 0) {
            person = subjectPerson(doc, ents, verb);
          }
        }
      }
      if (person < 0) {
        continue;
      }
      int owner = ownerBefore(doc, ents, roleFirst, t.sentence());
      if (owner < 0) {
        for (int c : doc.children(head)) {
          if (doc.relation(c).startsWith("nmod") && childWord(doc, c, "owner-case") && ents.at(c) >= 0
              && ents.entities().get(ents.at(c)).type() != EntityType.PERSON) {
            owner = ents.at(c);
          }
        }
      }
      boolean former = isFormer(doc, roleFirst - 1);
      out.add(new Found(person, roleText(doc, roleFirst, head + 1), owner, former, t.sentence()));
    }
  }

  private static boolean hasPerson(Doc doc, ArticleEntities ents, Token t) {
    Sentence s = doc.sentenceOf(t.index());
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (personAt(ents, k) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPosition(String lemma) {
    return Cues.CONSTRUCTIONS.hasExact("position-noun", lemma);
  }

  /** True when a dependent of {@code token} is, as its lemma, a word of the constructions' {@code kind}. */
  private static boolean childWord(Doc doc, int token, String kind) {
    for (int c : doc.children(token)) {
      if (Cues.CONSTRUCTIONS.hasExact(kind, doc.token(c).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The person subject of a verb, looking up through open clauses ("taking on ..." of "Duarte stepped down"). */
  private static int subjectPerson(Doc doc, ArticleEntities ents, int verb) {
    int v = verb;
    for (int guard = 0; v >= 0 && guard < 4; guard++) {
      for (int c : doc.children(v)) {
        if (doc.relation(c).startsWith("nsubj")) {
          return personAt(ents, c);
        }
      }
      String rel = doc.relation(v);
      if (!(rel.equals("xcomp") || rel.startsWith("advcl") || rel.equals("conj") || rel.equals("ccomp"))) {
        return -1;
      }
      v = doc.governor(v);
    }
    return -1;
  }

  private static int personAt(ArticleEntities ents, int token) {
    int e = ents.at(token);
    return e >= 0 && ents.entities().get(e).type() == EntityType.PERSON ? e : -1;
  }

  /** The organization or place right before a role: "Chinese", "China's", "Foreign Ministry", "U.S.". */
  private int ownerBefore(Doc doc, ArticleEntities ents, int roleFirst, int sentence) {
    int i = roleFirst - 1;
    // "Norvik's antitrust counsel", "Norvik's longtime chief": a word or two of description after the possessive
    int k = i;
    while (k >= 0 && i - k < 2 && ents.at(k) < 0 && isDescription(doc.token(k)) && !isClauseVerb(doc, k, roleFirst)) {
      k--;
    }
    if (k < i && k >= 0 && isPossessive(doc.token(k))) {
      i = k;
    } else if (k < i && k >= 0 && ents.at(k) >= 0 && doc.token(k).sentence() == sentence) {
      i = k; // "the Otters goalkeeping coach": the field of the title between the team and its title
    }
    if (i >= 0 && isPossessive(doc.token(i))) {
      i--;
    }
    if (i < 0 || doc.token(i).sentence() != sentence) {
      return -1;
    }
    int e = ents.at(i);
    if (e >= 0 && ents.entities().get(e).type() != EntityType.PERSON) {
      return e;
    }
    if (Cues.CONSTRUCTIONS.has("thing-possessive", doc.token(i).word())) {
      return nearestOwnerBefore(doc, ents, i, sentence); // "toured Norland and saw its premier"
    }
    return -1;
  }

  /** The nearest organization or place before token {@code i} in its sentence, the antecedent of "its". */
  private static int nearestOwnerBefore(Doc doc, ArticleEntities ents, int i, int sentence) {
    for (int k = i - 1; k >= 0 && doc.token(k).sentence() == sentence; k--) {
      int e = ents.at(k);
      if (e >= 0 && ents.entities().get(e).type() != EntityType.PERSON) {
        return e;
      }
    }
    return -1;
  }

  private static int firstOf(ArticleEntities ents, int token) {
    int e = ents.at(token);
    int i = token;
    while (i > 0 && e >= 0 && ents.at(i - 1) == e) {
      i--;
    }
    return i;
  }

  /**
   * The last non-person entity of the noun phrase that starts at {@code i}: "Norland's Defence Council"; when
   * the phrase names none, the entity of its place: "the health department in Halden Province".
   */
  private static int lastEntityOfPhrase(Doc doc, ArticleEntities ents, int i, int sentence) {
    int owner = -1;
    int n = doc.tokens().size();
    boolean located = false;
    for (; i < n && doc.token(i).sentence() == sentence; i++) {
      Token t = doc.token(i);
      int e = ents.at(i);
      if (e >= 0 && ents.entities().get(e).type() != EntityType.PERSON) {
        owner = e;
      } else if (owner < 0 && !located && Cues.CONSTRUCTIONS.hasExact("located-case", t.word())) {
        located = true;
      } else if (!(isDeterminer(t) || isPossessive(t) || t.isNoun() || t.pos().equals("JJ"))) {
        break;
      }
    }
    return owner;
  }

  /**
   * "The Otters fire coach Ana Ruiz": a word that may begin a title ("fire" of "fire warden") is the verb of a clause,
   * no part of the title, when it stands right after a plural name, its subject (a base form agrees with a plural),
   * and is a verb of the predicate lexicon; never when a role head of several words starts with it ("the Otters head
   * coach Ana Ruiz"), and a place before it is no plural subject ("Leeds fire chief Mark Olsen" stays a title).
   */
  private boolean isClauseVerb(Doc doc, int i, int roleEnd) {
    Token w = doc.token(i);
    if (i == 0 || lex.isRoleHead(w.word()) || !isPluralName(doc.token(i - 1))
        || doc.token(i - 1).sentence() != w.sentence()) {
      return false;
    }
    for (int end = i + 2; end <= Math.min(roleEnd, i + lex.longestRoleHead()); end++) {
      if (lex.isRoleHead(doc.span(i, end))) {
        return false;
      }
    }
    String lower = w.word().toLowerCase(Locale.ROOT);
    return !lex.predicates(lower, false).isEmpty();
  }

  /** A plural proper noun: "Otters", "Rangers" (the tagger may take a capitalized plural for a common noun). */
  static boolean isPluralName(Token t) {
    return (t.pos().equals("NNPS") || t.pos().equals("NNS")) && Character.isUpperCase(t.word().charAt(0));
  }

  private boolean hasHead(Doc doc, int first, int end) {
    String last = doc.token(end - 1).word();
    return lex.isRoleHead(last) || last.contains("-") && lex.isRoleHead(last.substring(last.lastIndexOf('-') + 1));
  }

  private boolean isRoleWord(String word) {
    if (word.equals("-")) {
      return true;
    }
    if (lex.isRoleHead(word) || lex.isRoleModifier(word) || lex.isRoleHeadPrefix(word)) {
      return true;
    }
    if (word.contains("-")) {
      for (String part : word.split("-")) {
        if (!part.isEmpty() && !lex.isRoleHead(part) && !lex.isRoleModifier(part) && !lex.isRoleHeadPrefix(part)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static String roleText(Doc doc, int first, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = first; i < end; i++) {
      String w = doc.token(i).word();
      if (w.equals("-")) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.toLowerCase(Locale.ROOT).replace('-', ' '));
    }
    return b.toString();
  }

  /** True when the token is a word that makes a role a former one: "former", "ex" (constructions.tsv former-mark). */
  static boolean isFormer(Doc doc, int i) {
    if (i < 0) {
      return false;
    }
    String w = doc.token(i).word().toLowerCase(Locale.ROOT);
    return Cues.CONSTRUCTIONS.has("former-mark", w);
  }

  /** A lower-case adjective or common noun: "antitrust", "longtime". */
  private static boolean isDescription(Token t) {
    return (t.pos().startsWith("JJ") || t.pos().equals("NN") || t.pos().equals("NNS"))
        && t.word().chars().allMatch(Character::isLowerCase);
  }

  private static boolean isDeterminer(Token t) {
    return t.pos().equals("DT");
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
  }

  /** The longest of a role's titles (the most words, then the most letters), which names it. */
  public static String longestTitle(List<String> forms) {
    return forms.stream().max(java.util.Comparator.<String>comparingInt(f -> f.split(" ").length)
        .thenComparingInt(String::length).thenComparing(java.util.Comparator.reverseOrder())).orElseThrow();
  }

  private List<Role> merge(String articleId, Doc doc, ArticleEntities ents, List<Found> found) {
    Map<String, List<Found>> byRole = new LinkedHashMap<>();
    for (Found f : found) {
      byRole.computeIfAbsent(f.person + "|" + lex.roleClass(f.role), k -> new ArrayList<>()).add(f);
    }
    List<Role> roles = new ArrayList<>();
    for (List<Found> fs : byRole.values()) {
      // One role per owner; a mention without an owner joins the role's only owner.
      Map<Integer, List<Found>> byOwner = new LinkedHashMap<>();
      for (Found f : fs) {
        byOwner.computeIfAbsent(f.of, k -> new ArrayList<>()).add(f);
      }
      if (byOwner.size() == 2 && byOwner.containsKey(-1)) {
        List<Found> none = byOwner.remove(-1);
        byOwner.values().iterator().next().addAll(none);
      }
      for (Map.Entry<Integer, List<Found>> e : byOwner.entrySet()) {
        List<Evidence> ev = new ArrayList<>();
        boolean former = false;
        for (Found f : e.getValue()) {
          Sentence s = doc.sentences().get(f.sentence);
          Evidence x = new Evidence(articleId, s.begin(), s.end(), doc.sentenceText(s));
          if (!ev.contains(x)) {
            ev.add(x);
          }
          former |= f.former;
        }
        Found f0 = e.getValue().get(0);
        Optional<String> of = e.getKey() >= 0 ? Optional.of(ents.id(e.getKey())) : Optional.empty();
        Entity person = ents.entities().get(f0.person);
        List<String> forms = e.getValue().stream().map(Found::role).distinct().toList();
        roles.add(new Role(person.id(), longestTitle(forms), of, former, ev, forms));
      }
    }
    return roles;
  }
}
