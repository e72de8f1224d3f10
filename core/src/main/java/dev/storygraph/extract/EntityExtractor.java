package dev.storygraph.extract;

import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Mention;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.NamedSpan;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.Lexicons;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the people, places and organizations of one article and resolves their mentions to entities:
 * "Duarte" and "Ms Duarte" are Ana Duarte, "Chinese" points at China, "the Elysee" speaks for Russia, "U.S." is
 * the United States. Thread-safe.
 */
public final class EntityExtractor {
  private final Lexicons lex;

  public EntityExtractor(Lexicons lex) {
    this.lex = lex;
  }

  /** The entities of a document. */
  public ArticleEntities extract(String articleId, Doc doc) {
    List<Cand> cands = new ArrayList<>();
    for (NamedSpan n : doc.names()) {
      candidates(doc, n, cands);
    }
    institutions(doc, cands);
    untaggedOrganizations(doc, cands);
    namedByRole(doc, cands);
    datelineCity(doc, cands);
    cands.sort(Comparator.comparingInt((Cand c) -> c.first).thenComparingInt(c -> -c.end)
        .thenComparingInt(c -> c.canonical != null ? 0 : 1));
    // Drop candidates nested in an earlier, longer one.
    List<Cand> kept = new ArrayList<>();
    int reach = -1;
    for (Cand c : cands) {
      if (c.first < reach) {
        continue;
      }
      kept.add(c);
      reach = c.end;
    }
    kept = withoutHeadlineFragments(doc, kept);
    qualifyPlaces(doc, kept);
    acronyms(doc, kept);
    placeNamedOrganizations(doc, kept);
    personNamedOrganizations(doc, kept);
    shortFormsAfterDeterminer(doc, kept);
    return resolve(articleId, doc, kept);
  }

  /**
   * The one organization of the article, not itself an alias, whose name the test accepts (several mentions of one
   * name count once); null when none or names of two organizations pass.
   */
  private static Cand soleOrganization(List<Cand> cands, java.util.function.Predicate<Cand> fits) {
    Cand owner = null;
    for (Cand o : cands) {
      if (o.type == EntityType.ORGANIZATION && o.aliasOf == null && fits.test(o)) {
        if (owner != null && !owner.surface.equals(o.surface)) {
          return null;
        }
        owner = o;
      }
    }
    return owner;
  }

  /**
   * "Halden Otters beat the Hawks. The Otters ...": a capitalized word the NER left untagged or as MISC, after the
   * definite article, that is the last word of exactly one organization the article names in full, is that
   * organization there; "the Otters" of an article that names two such clubs, or none, is left alone.
   */
  private static void shortFormsAfterDeterminer(Doc doc, List<Cand> kept) {
    boolean[] covered = new boolean[doc.tokens().size()];
    for (Cand c : kept) {
      for (int i = c.first; i < c.end; i++) {
        covered[i] = true;
      }
    }
    List<Cand> added = new ArrayList<>();
    for (int i = 1; i < covered.length; i++) {
      Token t = doc.token(i);
      Token before = doc.token(i - 1);
      // the NER leaves such a short form untagged or calls it MISC (a club's plural nickname)
      if (covered[i] || !t.pos().startsWith("NNP") || !(t.ner().equals("O") || t.ner().equals("MISC"))
          || before.sentence() != t.sentence()
          || !Cues.CONSTRUCTIONS.has("definite-det", before.word())
          || i + 1 < covered.length && doc.token(i + 1).sentence() == t.sentence()
          && doc.token(i + 1).pos().startsWith("NNP")) {
        continue;
      }
      Cand owner = soleOrganization(kept, o -> o.end - o.first > 1 && doc.token(o.end - 1).word().equals(t.word()));
      if (owner != null) {
        Cand a = new Cand(i, i + 1, EntityType.ORGANIZATION, t.word(), null);
        a.aliasOf = owner;
        added.add(a);
      }
    }
    if (!added.isEmpty()) {
      kept.addAll(added);
      kept.sort(Comparator.comparingInt((Cand c) -> c.first));
    }
  }

  /**
   * "Nordic Air Lines (NAL)": an acronym defined in parentheses is the same entity, there and wherever else
   * the article uses it.
   */
  private static void acronyms(Doc doc, List<Cand> cands) {
    Map<String, Cand> defined = new LinkedHashMap<>();
    int n = doc.tokens().size();
    for (int ci = 0; ci < cands.size(); ci++) {
      Cand whole = spelledOut(doc, cands.get(ci));
      if (whole != null) {
        cands.set(ci, whole);
        cands.removeIf(o -> o != whole && o.first >= whole.first && o.end <= whole.end); // "Safe Streets" of it
        ci = cands.indexOf(whole);
      }
    }
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON || c.end + 2 >= n) {
        continue;
      }
      String open = doc.token(c.end).word();
      String acr = doc.token(c.end + 1).word();
      String close = doc.token(c.end + 2).word();
      if ((open.equals("(") || open.equals("-LRB-")) && (close.equals(")") || close.equals("-RRB-"))
          && acr.length() >= 2 && acr.length() <= 6 && acr.chars().allMatch(ch -> Character.isUpperCase(ch)
          || ch == '&') && acr.charAt(0) == Character.toUpperCase(c.surface.charAt(0))) {
        defined.put(acr, c);
      }
    }
    if (defined.isEmpty()) {
      return;
    }
    List<Cand> extra = new ArrayList<>();
    for (dev.storygraph.annotate.Token t : doc.tokens()) {
      Cand def = defined.get(t.word());
      if (def == null) {
        continue;
      }
      boolean covered = false;
      for (Cand c : cands) {
        if (c.first <= t.index() && t.index() < c.end) {
          covered = true;
          if (c.end - c.first == 1 && c.canonical == null) {
            c.aliasOf = def;
          }
        }
      }
      if (!covered) {
        Cand a = new Cand(t.index(), t.index() + 1, def.type, t.word(), def.canonical);
        a.aliasOf = def;
        extra.add(a);
      }
    }
    cands.addAll(extra);
    cands.sort(Comparator.comparingInt((Cand c) -> c.first));
  }

  /**
   * "the Harbor Alliance for Safe Streets (HASS)": an organization the NER cut at a preposition is the whole name
   * that its acronym in parentheses spells, when the words up to the parenthesis are capitalized names and
   * lower-case function words, and the initials of the capitalized ones are the acronym. Null when not so.
   */
  private static Cand spelledOut(Doc doc, Cand c) {
    int n = doc.tokens().size();
    if (c.type != EntityType.ORGANIZATION || c.aliasOf != null) {
      return null;
    }
    int open = c.end;
    while (open < n && open - c.end < 6 && doc.token(open).sentence() == doc.token(c.first).sentence()) {
      Token t = doc.token(open);
      boolean function = t.word().chars().allMatch(Character::isLowerCase)
          && (t.pos().equals("IN") || t.pos().equals("CC") || t.pos().equals("DT") || t.pos().equals("TO"));
      boolean name = Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NNP")
          && (t.ner().equals("O") || t.ner().equals("ORGANIZATION"));
      if (!function && !name) {
        break;
      }
      open++;
    }
    if (open == c.end || open + 2 >= n || !doc.token(open - 1).pos().startsWith("NNP")
        || !(doc.token(open).word().equals("(") || doc.token(open).word().equals("-LRB-"))
        || !(doc.token(open + 2).word().equals(")") || doc.token(open + 2).word().equals("-RRB-"))) {
      return null;
    }
    String acronym = doc.token(open + 1).word().replace("&", "");
    StringBuilder initials = new StringBuilder();
    for (int i = c.first; i < open; i++) {
      char first = doc.token(i).word().charAt(0);
      if (Character.isUpperCase(first)) {
        initials.append(first);
      }
    }
    return acronym.length() >= 3 && initials.toString().equals(acronym)
        ? new Cand(c.first, open, EntityType.ORGANIZATION, doc.span(c.first, open), null) : null;
  }

  /**
   * "Norvik Air ordered ten jets ... Norvik has an option on ten more": a place that begins the name of exactly one
   * organization of the article stands for that organization where it is the subject of a clause; elsewhere ("flights
   * to Norvik") it stays the place.
   */
  private static void placeNamedOrganizations(Doc doc, List<Cand> cands) {
    for (int ci = 0; ci < cands.size(); ci++) {
      Cand c = cands.get(ci);
      if (c.type != EntityType.PLACE || c.aliasOf != null) {
        continue;
      }
      String[] words = Lexicons.key(c.surface).split(" ");
      Cand owner = soleOrganization(cands, o -> {
        String[] ow = Lexicons.key(o.surface).split(" ");
        return o.canonical == null && ow.length > words.length && startsWith(ow, words);
      });
      // the parse last: a sentence is parsed only when a reader needs its dependencies (annotate.Doc)
      if (owner != null && doc.relation(c.end - 1).startsWith("nsubj")) {
        Cand a = new Cand(c.first, c.end, EntityType.ORGANIZATION, c.surface, null);
        a.aliasOf = owner;
        cands.set(ci, a);
      }
    }
  }

  /**
   * "Zentrix Inc. ... Zentrix said": one word the NER took for a person, that begins the name of an organization of
   * the article and is no part of a longer person's name there ("Ana Zentrix"), is that organization's short
   * form; which organization it shortens, when several begin with it, is left to the name containment of
   * {@link #resolve}.
   */
  private static void personNamedOrganizations(Doc doc, List<Cand> cands) {
    for (int ci = 0; ci < cands.size(); ci++) {
      Cand c = cands.get(ci);
      if (c.type != EntityType.PERSON || c.end - c.first != 1 || c.aliasOf != null) {
        continue;
      }
      String word = Lexicons.key(c.surface);
      boolean orgStart = false;
      boolean personPart = false;
      for (Cand o : cands) {
        String[] ow = Lexicons.key(o.surface).split(" ");
        if (ow.length > 1 && java.util.Arrays.asList(ow).contains(word)) {
          orgStart |= o.type == EntityType.ORGANIZATION && o.canonical == null && ow[0].equals(word);
          personPart |= o.type == EntityType.PERSON;
        }
      }
      if (orgStart && !personPart) {
        cands.set(ci, new Cand(c.first, c.end, EntityType.ORGANIZATION, c.surface, null));
      }
    }
  }

  /**
   * In a sentence written in Title Case ("Minister Visits Storm-Hit Coast Towns"), capitals do not mark names: a
   * name found there stands only when the gazetteer knows it or the article's running text uses it too (the same
   * words, or words inside a longer name of the same type). "Coast Towns" of such a headline is no name.
   */
  private static List<Cand> withoutHeadlineFragments(Doc doc, List<Cand> cands) {
    boolean[] titleCase = new boolean[doc.sentences().size()];
    boolean any = false;
    for (dev.storygraph.annotate.Sentence s : doc.sentences()) {
      int words = 0;
      int capitalized = 0;
      int untagged = 0; // capitals the NER does not take for a name: "Visits", "Storm-Hit"
      int lowerContent = 0; // a title capitalizes every verb, noun and adjective, however short: "Met", "Is"
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        String w = doc.token(i).word();
        String pos = doc.token(i).pos();
        if (w.length() > 1 && Character.isLowerCase(w.charAt(0)) && (pos.startsWith("VB") || pos.startsWith("NN") || pos.startsWith("JJ"))) {
          lowerContent++;
        }
        if (w.length() > 3 && Character.isLetter(w.charAt(0))) { // "of", "in", "the" stay lower case in titles
          words++;
          boolean upper = Character.isUpperCase(w.charAt(0));
          capitalized += upper ? 1 : 0;
          untagged += upper && i > s.firstToken() && doc.token(i).ner().equals("O") ? 1 : 0;
        }
      }
      // "Ana Ruiz met Rui Costa in Lisbon on Friday" has only names in capitals: running text, no title
      titleCase[s.index()] = words >= 4 && capitalized == words && untagged > 0 && lowerContent == 0;
      any |= titleCase[s.index()];
    }
    if (!any) {
      return cands;
    }
    List<String[]> running = new ArrayList<>();
    List<EntityType> runningTypes = new ArrayList<>();
    for (Cand c : cands) {
      if (!titleCase[doc.token(c.first).sentence()]) {
        running.add(Lexicons.key(c.surface).split(" "));
        runningTypes.add(c.type);
      }
    }
    List<Cand> out = new ArrayList<>();
    for (Cand c : cands) {
      boolean keep = c.canonical != null || !titleCase[doc.token(c.first).sentence()];
      String[] words = Lexicons.key(c.surface).split(" ");
      for (int r = 0; !keep && r < running.size(); r++) {
        keep = runningTypes.get(r) == c.type && containsRun(running.get(r), words);
      }
      if (keep) {
        out.add(c);
      }
    }
    return out;
  }

  /** "Dothan, Alabama": a place the gazetteer does not know, followed by the place that contains it. */
  private void qualifyPlaces(Doc doc, List<Cand> cands) {
    for (int i = 0; i + 1 < cands.size(); i++) {
      Cand a = cands.get(i);
      Cand b = cands.get(i + 1);
      if (a.type == EntityType.PLACE && a.canonical == null && b.type == EntityType.PLACE
          && b.first == a.end + 1 && doc.token(a.end).word().equals(",") && lex.demonym(b.surface).isEmpty()
          && (b.canonical == null
              || lex.placeEntry(b.canonical).map(p -> !p.isCity() && !p.isCapital()).orElse(true))) {
        a.qualified = a.surface + ", " + b.surface;
      }
    }
  }

  /**
   * The city of a wire dateline, which the NER misses in capitals: a line that opens with words in capitals and
   * ends after a comma and a region ("PORT ALDER, Northland", once the cleaner cut the dash after it), or a line
   * of capitals alone that the gazetteer knows ("OSLO"), is a place.
   */
  private void datelineCity(Doc doc, List<Cand> out) {
    for (int[] d : datelineCities(doc, lex)) {
      String surface = doc.span(d[0], d[1]);
      out.add(new Cand(d[0], d[1], EntityType.PLACE, surface, lex.place(surface).orElse(titleCase(surface))));
    }
  }

  /** The token ranges ({first, end}) of the cities of an article's wire datelines ({@link #datelineCity}). */
  static List<int[]> datelineCities(Doc doc, Lexicons lex) {
    List<int[]> out = new ArrayList<>();
    List<Token> toks = doc.tokens();
    String text = doc.text();
    for (int i = 0; i < toks.size(); i++) {
      if (i > 0 && text.substring(toks.get(i - 1).end(), toks.get(i).begin()).indexOf('\n') < 0) {
        continue;
      }
      int end = i;
      while (end < toks.size() && end - i < 4 && isShoutedWord(toks.get(end).word()) && !lineBreakBefore(doc, end, i)) {
        end++;
      }
      if (end == i || end < toks.size() && !lineBreakBefore(doc, end, i) && !toks.get(end).word().equals(",")) {
        continue;
      }
      String surface = doc.span(i, end);
      boolean region = false;
      if (end < toks.size() && toks.get(end).word().equals(",")) {
        // the rest of the line: a region the NER or the gazetteer takes for a place, or the date of the dateline
        // ("PORT ALDER, Northland", "PORT ALDER, March 3"); never the agency of a byline ("ANA RUIZ, Wire")
        int k = end + 1;
        int last = k;
        while (last < toks.size() && !lineBreakBefore(doc, last, end)
            && Character.isUpperCase(toks.get(last).word().charAt(0)) && !toks.get(last).ner().equals("DATE")) {
          last++;
        }
        boolean place = last > k && (lex.place(doc.span(k, last)).isPresent() || PLACE_TAGS.contains(toks.get(k).ner()));
        boolean dated = false;
        boolean other = false;
        for (k = last; k < toks.size() && k - end < 12 && !lineBreakBefore(doc, k, end); k++) {
          Token t = toks.get(k);
          dated |= t.ner().equals("DATE");
          other |= !t.ner().equals("DATE") && !t.pos().equals(",") && !t.pos().equals(".");
        }
        region = (place || dated) && !other && (k == toks.size() || lineBreakBefore(doc, k, end));
      }
      if (region || lex.place(surface).isPresent()) {
        out.add(new int[] {i, end});
      }
    }
    return out;
  }

  private static final java.util.Set<String> PLACE_TAGS =
      java.util.Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  /** True when a line break lies between token {@code from} (exclusive) and token {@code i}. */
  private static boolean lineBreakBefore(Doc doc, int i, int from) {
    return doc.text().substring(doc.token(from).begin(), doc.token(i).begin()).indexOf('\n') >= 0;
  }

  private static String titleCase(String shouted) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char c : shouted.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }

  /** One typed mention before resolution. */
  private static final class Cand {
    final int first;
    final int end;
    final EntityType type;
    final String surface;
    final String canonical; // a fixed canonical name (gazetteer), or null
    String qualified; // "Modesto, California" for a place the gazetteer does not know, or null
    Cand aliasOf; // the long form an acronym was defined for, or null
    boolean ownName; // a tagged organization's name and the group nouns after it: the tagged name is another one
    int entity = -1;

    Cand(int first, int end, EntityType type, String surface, String canonical) {
      this.first = first;
      this.end = end;
      this.type = type;
      this.surface = surface;
      this.canonical = canonical;
    }
  }

  private void candidates(Doc doc, NamedSpan n, List<Cand> out) {
    int first = n.first();
    int end = n.end();
    if (end - first == 1 && doc.token(first).pos().startsWith("PRP")) {
      return; // "his", "she": pronouns are resolved by the fact extractor, never named entities
    }
    while (first < end && lex.isHonorific(doc.token(first).word())) {
      first++;
    }
    while (end > first && isPossessive(doc.token(end - 1))) {
      end--;
    }
    if (first >= end) {
      return;
    }
    String surface = doc.span(first, end);
    if (surface.chars().noneMatch(Character::isUpperCase)) {
      return; // "third", "second": NER noise, names are capitalized
    }
    String type = n.type();
    switch (type) {
      case "PERSON" -> {
        Optional<String> place = lex.place(surface);
        if (place.isPresent() && end - first == 1) {
          out.add(new Cand(first, end, EntityType.PLACE, surface, place.get()));
        } else if (RoleExtractor.isPluralName(doc.token(end - 1)) && namesAGroup(doc, first, end)) {
          // "the Halden Otters": a plural name after "the" is a team, a party or a band, not a person
          out.add(new Cand(first, end, EntityType.ORGANIZATION, surface, null));
        } else {
          out.add(new Cand(first, end, EntityType.PERSON, surface, null));
        }
      }
      case "ORGANIZATION" -> {
        int named = groupNounsAfter(doc, end);
        int before = out.size();
        typed(doc, first, named, type, out);
        for (int k = before; k < out.size(); k++) {
          out.get(k).ownName |= named > end && out.get(k).end == named;
        }
      }
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY", "MISC" ->
          typed(doc, first, end, type, out);
      default -> {
        // dates, numbers, money: not entities
      }
    }
  }

  /**
   * The end of an organization's name the NER cut short: "Vantor Network", "Ostra Council" where only "Vantor" or
   * "Ostra" was tagged. Capitalized proper nouns the NER left untagged right after the tagged name, each a noun
   * whose most frequent sense in WordNet names a group (the noun classes of the lexicon), are part of the name;
   * a role word ("Vantor Network Editor") ends it. Such a name is an organization of its own, not the tagged
   * name's long form: "Vantor" stays Vantor. A number after the words makes them the name of a numbered thing
   * ("Vantor Flight 12"), not of an organization.
   */
  private int groupNounsAfter(Doc doc, int end) {
    int n = doc.tokens().size();
    int last = end - 1;
    int e = end;
    while (e < n && doc.token(e).sentence() == doc.token(last).sentence() && unnamedFirmWord(doc.token(e))
        && !isRoleWordAt(doc, e) && lex.nounClasses(doc.token(e).word()).stream().findFirst()
            .filter(c -> Cues.CONSTRUCTIONS.has("group-class", c)).isPresent()) {
      e++;
    }
    return e < n && doc.token(e).pos().equals("CD") ? end : e;
  }

  /**
   * People the NER missed but the text introduces by a role, as CoreNLP's KBP rules find a title beside a name:
   * two to four capitalized proper nouns tagged as no entity, followed by a comma and a role ("Tarek Oudah,
   * chairman of ...", "Tarek Oudah, a local shopkeeper"). Not after a role ("retailer Best Mart" is a firm).
   * Likewise the organization of a titled person: "analyst Dana Reyes of Ardent Research".
   */
  private void namedByRole(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    int n = toks.size();
    for (int i = 0; i < n; i++) {
      int end = i;
      while (end < n && end - i < 4 && toks.get(end).sentence() == toks.get(i).sentence()
          && unnamedCapital(toks.get(end))) {
        end++;
      }
      if (end - i < 2 || end < n && unnamedCapital(toks.get(end)) || !toks.get(i).pos().equals("NNP")) {
        continue;
      }
      boolean after = false;
      if (end + 1 < n && toks.get(end).word().equals(",")) {
        int k = end + 1;
        while (k < n && (toks.get(k).pos().equals("DT")
            || toks.get(k).pos().startsWith("JJ") && !isRoleWordAt(doc, k))) {
          k++;
        }
        while (k < n && isRoleWordAt(doc, k) && !isRoleHeadAt(doc, k)) {
          k++;
        }
        after = k < n && isRoleHeadAt(doc, k);
      }
      if (after) {
        out.add(new Cand(i, end, EntityType.PERSON, doc.span(i, end), null));
        i = end - 1;
      }
    }
    // "analyst Dana Reyes of Ardent Research": the capitals after a titled person and "of" are an organization
    for (int i = 1; i + 1 < n; i++) {
      if (!Cues.CONSTRUCTIONS.hasExact("owner-case", toks.get(i).word()) || !toks.get(i - 1).ner().equals("PERSON")) {
        continue;
      }
      int p = i - 1;
      while (p - 1 >= 0 && toks.get(p - 1).ner().equals("PERSON")) {
        p--;
      }
      int end = i + 1;
      while (end < n && end - i <= 4 && toks.get(end).sentence() == toks.get(i).sentence()
          && unnamedFirmWord(toks.get(end))) {
        end++;
      }
      if (p >= 1 && isRoleHeadAt(doc, p - 1) && end > i + 1 && toks.get(i + 1).pos().equals("NNP")
          && (end == n || !unnamedFirmWord(toks.get(end)))) {
        out.add(new Cand(i + 1, end, EntityType.ORGANIZATION, doc.span(i + 1, end), null));
      }
    }
  }

  /**
   * "its counsel, Tarek Oudah of Brandt & Lowe LLP": an organization span that starts with a name a role
   * introduces, then "of", is the person and the organization. Adds both and says so.
   */
  private boolean personOfOrganization(Doc doc, int first, int end, List<Cand> out) {
    int of = -1;
    for (int i = first + 2; i < Math.min(end - 1, first + 5) && of < 0; i++) {
      if (Cues.CONSTRUCTIONS.hasExact("owner-case", doc.token(i).word())) {
        of = i;
      }
    }
    if (of < 0) {
      return false;
    }
    for (int i = first; i < of; i++) {
      String w = doc.token(i).word();
      if (!Character.isUpperCase(w.charAt(0)) || !doc.token(i).pos().equals("NNP")) {
        return false;
      }
    }
    int r = first - 1;
    if (r >= 0 && doc.token(r).word().equals(",")) {
      r--;
    }
    if (r < 0 || doc.token(r).sentence() != doc.token(first).sentence() || !isRoleHeadAt(doc, r)) {
      return false;
    }
    out.add(new Cand(first, of, EntityType.PERSON, doc.span(first, of), null));
    typed(doc, of + 1, end, "ORGANIZATION", out);
    return true;
  }

  /** A word of a firm's name the NER left untagged: capitalized, or an acronym ("Ardent", "AXR"). */
  private static boolean unnamedFirmWord(Token t) {
    return t.pos().startsWith("NNP") && t.ner().equals("O") && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean unnamedCapital(Token t) {
    // any noun tag: the tagger may take the surname of an unknown name for a plural
    return t.pos().startsWith("NN") && t.ner().equals("O") && t.word().length() > 1
        && Character.isUpperCase(t.word().charAt(0)) && t.word().chars().skip(1).anyMatch(Character::isLowerCase);
  }

  private boolean isRoleHeadAt(Doc doc, int i) {
    return doc.token(i).word().chars().allMatch(Character::isLowerCase) && lex.isRoleHead(doc.token(i).word());
  }

  private void typed(Doc doc, int first, int end, String nerType, List<Cand> out) {
    // "US National Security" before "Adviser Tom Hale": the title's words are not the organization.
    int n = doc.tokens().size();
    int k = end;
    while (k < n && isRoleWordAt(doc, k)) {
      k++;
    }
    if (k < n && doc.token(k).ner().equals("PERSON")) {
      int e = end;
      while (e > first && isRoleWordAt(doc, e - 1)) {
        e--;
      }
      if (e < end) {
        if (e > first) {
          typed(doc, first, e, nerType, out);
        }
        return;
      }
    }
    if (nerType.equals("ORGANIZATION") && personOfOrganization(doc, first, end, out)) {
      return;
    }
    String surface = doc.span(first, end);
    if (end - first == 1 && lex.isGenericName(surface)) {
      return;
    }
    Optional<Lexicons.Metonym> met = lex.metonym(surface);
    if (met.isPresent() && (!met.get().actorOnly() || actsAsGovernment(doc, first, end))) {
      out.add(new Cand(first, end, EntityType.PLACE, surface, met.get().place()));
      return;
    }
    Optional<String> place = lex.place(surface);
    if (place.isPresent()) {
      out.add(new Cand(first, end, EntityType.PLACE, surface, place.get()));
      return;
    }
    Optional<String> union = lex.bodyMetonym(surface);
    if (union.isPresent() && end - first == 1 && Arguments.modifiesBody(doc, first)) {
      out.add(new Cand(first, end, EntityType.PLACE, surface, union.get())); // "European officials"
      return;
    }
    Optional<String> country = lex.demonym(surface);
    if (country.isPresent()) {
      out.add(new Cand(first, end, EntityType.PLACE, surface, country.get()));
      return;
    }
    if (nerType.equals("MISC") && end - first >= 2 && lex.isDesignator(doc.token(end - 1).word())
        && Character.isUpperCase(doc.token(end - 1).word().charAt(0))) {
      out.add(new Cand(first, end, EntityType.ORGANIZATION, surface, null)); // "Norvik Air", "Baltic Airways"
      return;
    }
    if (nerType.equals("MISC") || nerType.equals("NATIONALITY")) {
      // "Russian-Ukrainian": a pair of demonyms
      for (int i = first; i < end; i++) {
        Token t = doc.token(i);
        lex.demonym(t.word()).ifPresent(c -> out.add(new Cand(t.index(), t.index() + 1, EntityType.PLACE,
            t.word(), c)));
      }
      return;
    }
    if (lex.isFacilityHead(doc.token(end - 1).word())) {
      out.add(new Cand(first, end, EntityType.PLACE, surface, null));
      return;
    }
    EntityType t = nerType.equals("ORGANIZATION") ? EntityType.ORGANIZATION : EntityType.PLACE;
    out.add(new Cand(first, end, t, surface, null));
  }

  private boolean isRoleWordAt(Doc doc, int i) {
    String w = doc.token(i).word();
    return lex.isRoleHead(w) || lex.isRoleModifier(w);
  }

  /**
   * "Washington" speaks for the government unless it is used as a place: "in Washington", "to the Kremlin",
   * "Seattle, Washington".
   */
  private static boolean actsAsGovernment(Doc doc, int first, int end) {
    int before = first - 1;
    if (before > 0 && Cues.CONSTRUCTIONS.has("definite-article", doc.token(before).word())) {
      // "a visit to the Kremlin" is a place, as "in Washington" is; "talks with the Kremlin" are not
      return !Cues.CONSTRUCTIONS.has("metonym-place-case", doc.token(before - 1).word());
    }
    if (before >= 0) {
      Token prev = doc.token(before);
      String w = prev.word().toLowerCase(Locale.ROOT);
      if (prev.pos().equals("IN") && !Cues.CONSTRUCTIONS.has("owner-case", w) || w.equals(",")
          || prev.pos().equals("TO")) {
        return false;
      }
    }
    if (end < doc.tokens().size()) {
      Token next = doc.token(end);
      if (next.isNoun()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lower-case institutions owned by a country: "Peru's interior ministry", "the Chilean defence ministry".
   * Named with the country's adjective: "Peruvian Interior Ministry".
   */
  private void institutions(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    for (int i = 0; i < toks.size(); i++) {
      Token head = toks.get(i);
      if (!lex.isInstitution(head.word()) || head.sentence() != toks.get(Math.max(0, i - 1)).sentence()) {
        continue;
      }
      int j = i;
      while (j - 1 >= 0 && toks.get(j - 1).sentence() == head.sentence() && lex.isRoleModifier(toks.get(j - 1).word())) {
        j--;
      }
      // owner: "China 's" or "Chinese" right before the modifiers
      String owner = null;
      int ownerFirst = j;
      if (j - 2 >= 0 && isPossessive(toks.get(j - 1))) {
        owner = lex.place(toks.get(j - 2).word()).orElse(null);
        ownerFirst = j - 2;
        if (owner == null && j - 3 >= 0) {
          owner = lex.place(doc.span(j - 3, j - 1)).orElse(null);
          ownerFirst = j - 3;
        }
      } else if (j - 1 >= 0) {
        owner = lex.demonym(toks.get(j - 1).word()).orElse(null);
        ownerFirst = j - 1;
      }
      if (owner == null || j == i) {
        continue; // "the Peruvian ministry" could be any ministry; "Peru's interior ministry" is one
      }
      if (isIndefinite(toks, ownerFirst - 1, head.sentence())) {
        continue; // "a Chilean district court" is one of many, no named body: it acts for its country
      }
      String adjective = lex.adjectiveOf(owner).orElse(owner);
      StringBuilder name = new StringBuilder(adjective);
      for (int k = j; k <= i; k++) {
        String w = toks.get(k).word();
        name.append(' ').append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
      }
      // the owner stays a mention of its own; the institution starts after it
      out.add(new Cand(ownerFirst, j, EntityType.PLACE, doc.span(ownerFirst, isPossessive(toks.get(j - 1)) ? j - 1 : j), owner));
      out.add(new Cand(j, i + 1, EntityType.ORGANIZATION, doc.span(ownerFirst, i + 1), name.toString()));
    }
  }

  /** A web address used as a name: "Kabar.com", "newsdesk.net". */
  private static final java.util.regex.Pattern WEB_NAME =
      java.util.regex.Pattern.compile("[\"'“‘]*([A-Z][A-Za-z0-9-]*\\.(com|net|org|co\\.uk|info))");

  /**
   * Organizations the NER leaves untagged although their form says what they are: a proper-noun phrase headed by
   * an institution noun ("the High Court", "the Security Council"; never a sentence's first word, which is
   * capitalized anyway), a web address used as a name ("Kabar.com reported ..."), a name beside a common noun
   * of a kind of organization ({@link #besideFirmNoun}), and one listed with a tagged one ({@link #conjoinedNames}).
   */
  private void untaggedOrganizations(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    besideFirmNoun(doc, out);
    conjoinedNames(doc, out);
    pluralNames(doc, out);
    namedSources(doc, out);
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      // the tagger gives a web address the tag ADD ("Lumalist.com"), a name NNP
      if (!t.ner().equals("O") || !t.pos().startsWith("NNP") && !t.pos().equals("ADD")) {
        continue;
      }
      java.util.regex.Matcher web = WEB_NAME.matcher(t.word());
      if (web.matches()) {
        out.add(new Cand(i, i + 1, EntityType.ORGANIZATION, web.group(1), null)); // a glued quote is no part of it
        continue;
      }
      if (!lex.isInstitution(t.word().toLowerCase(Locale.ROOT)) || !Character.isUpperCase(t.word().charAt(0))) {
        continue;
      }
      int first = i;
      while (first - 1 >= 0 && toks.get(first - 1).sentence() == t.sentence()
          && (unnamedFirmWord(toks.get(first - 1)) || ownerInName(toks, first - 1))) {
        first--;
      }
      boolean sentenceStart = first == 0 || toks.get(first - 1).sentence() != t.sentence();
      boolean followedByName = i + 1 < toks.size() && toks.get(i + 1).sentence() == t.sentence()
          && toks.get(i + 1).pos().startsWith("NNP");
      if (first < i && !sentenceStart && !followedByName) {
        out.add(new Cand(first, i + 1, EntityType.ORGANIZATION, doc.span(first, i + 1), null));
      }
    }
  }

  /**
   * A capitalized name the NER left untagged in a list with an organization it tagged is an organization too:
   * "rivals such as Vantor and Kellam", "Kellam, Vantor and Ostra".
   */
  private void conjoinedNames(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    for (int i = 2; i < toks.size(); i++) {
      Token t = toks.get(i);
      Token link = toks.get(i - 1);
      boolean listed = link.pos().equals("CC") || link.pos().equals(",");
      if (!listed || !unnamedFirmWord(t) || link.sentence() != t.sentence()
          || !toks.get(i - 2).ner().equals("ORGANIZATION") || toks.get(i - 2).sentence() != t.sentence()) {
        continue;
      }
      int end = i + 1;
      while (end < toks.size() && toks.get(end).sentence() == t.sentence() && unnamedFirmWord(toks.get(end))) {
        end++;
      }
      if (!isRoleWordAt(doc, i)) {
        out.add(new Cand(i, end, EntityType.ORGANIZATION, doc.span(i, end), null));
      }
    }
  }

  /**
   * A possessive inside a capitalized name, between its owner's title and the institution: "the Lake County
   * Sheriff's Office", "the Attorney General's Office"; a named owner ("Peru's Foreign Office") stays apart.
   */
  private static boolean ownerInName(List<Token> toks, int k) {
    return isPossessive(toks.get(k)) && k - 1 >= 0 && toks.get(k - 1).sentence() == toks.get(k).sentence()
        && unnamedFirmWord(toks.get(k - 1));
  }

  /**
   * A capitalized name the NER left untagged, right after a lower-case noun of a kind of organization ("the
   * chipmaker Vantor", "connectivity company Ardent") or before one with at most two describing words between
   * ("the Ostra security agency"), is an organization; never a role word ("the company Chairman").
   */
  private void besideFirmNoun(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (!t.word().equals(t.word().toLowerCase(Locale.ROOT)) || !t.isNoun() || !lex.isFirmNoun(t.word())) {
        continue;
      }
      int end = i + 1;
      while (end < toks.size() && end - i <= 3 && toks.get(end).sentence() == t.sentence()
          && (unnamedFirmWord(toks.get(end)) || unnamedCapital(toks.get(end))) && !isRoleWordAt(doc, end)) {
        end++; // the tagger may take a name of common words for common nouns: "the group Clean Water"
      }
      boolean nameGoesOn = end < toks.size() && toks.get(end).sentence() == t.sentence()
          && toks.get(end).pos().startsWith("NNP");
      if (end > i + 1 && !nameGoesOn) {
        out.add(new Cand(i + 1, end, EntityType.ORGANIZATION, doc.span(i + 1, end), null));
        continue;
      }
      int last = i - 1;
      for (int k = 0; k < 2 && last >= 0 && toks.get(last).sentence() == t.sentence()
          && toks.get(last).pos().startsWith("NN") && !toks.get(last).pos().startsWith("NNP")
          && toks.get(last).word().equals(toks.get(last).word().toLowerCase(Locale.ROOT)); k++) {
        last--; // "security" of "the Ostra security agency"
      }
      int first = last + 1;
      while (first - 1 >= 0 && last - first < 2 && toks.get(first - 1).sentence() == t.sentence()
          && unnamedFirmWord(toks.get(first - 1)) && !isRoleWordAt(doc, first - 1)) {
        first--;
      }
      boolean sentenceStart = first == 0 || toks.get(first - 1).sentence() != t.sentence();
      if (first <= last && !sentenceStart && !toks.get(first - 1).pos().startsWith("NNP")) {
        out.add(new Cand(first, last + 1, EntityType.ORGANIZATION, doc.span(first, last + 1), null));
      }
    }
  }

  /**
   * "according to Vantorix": a name the NER left untagged, the whole object of a source phrase (constructions.tsv,
   * source-case), is the organization that is the source (a research firm, a data provider, a paper); a person
   * quoted as a source is a name the NER tags. Not a role word ("according to Chairman Ruiz"), not a word the
   * generic-names list keeps from being a name, not the same words as a person of the article.
   */
  private void namedSources(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    for (int i = 0; i + 1 < toks.size(); i++) {
      Token t = toks.get(i);
      if (!Cues.CONSTRUCTIONS.has("source-case", t.word())) {
        continue; // the word first: the parse of a sentence without one is never read
      }
      int head = doc.governor(i);
      if (!doc.relation(i).equals("case") || head <= i) {
        continue;
      }
      int first = i + 1;
      while (first < head && doc.relation(first).equals("fixed") && doc.governor(first) == i) {
        first++; // "to" of "according to"
      }
      int end = first;
      while (end < toks.size() && toks.get(end).sentence() == t.sentence() && unnamedFirmWord(toks.get(end))
          && !isRoleWordAt(doc, end)) {
        end++;
      }
      if (end == first || end - 1 != head || end - first > 4 || end - first == 1 && lex.isGenericName(
          toks.get(first).word())) {
        continue;
      }
      String surface = doc.span(first, end);
      boolean person = out.stream().anyMatch(c -> c.type == EntityType.PERSON && c.surface.equals(surface));
      if (!person) {
        out.add(new Cand(first, end, EntityType.ORGANIZATION, surface, null));
      }
    }
  }

  /**
   * "the Otters", "the Halden Otters": a plural proper noun after "the", which the NER left untagged, names a
   * team, a party or a band, never a person; not a place the gazetteer knows nor a people ("the Danes").
   */
  private void pluralNames(Doc doc, List<Cand> out) {
    List<Token> toks = doc.tokens();
    for (int i = 1; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (!t.pos().equals("NNPS") || !unnamedFirmWord(t) || isRoleWordAt(doc, i)
          || i + 1 < toks.size() && toks.get(i + 1).sentence() == t.sentence() && toks.get(i + 1).pos().startsWith("NNP")) {
        continue;
      }
      int first = i;
      while (first - 1 >= 0 && i - first < 3 && toks.get(first - 1).sentence() == t.sentence()
          && unnamedFirmWord(toks.get(first - 1)) && !isRoleWordAt(doc, first - 1)) {
        first--;
      }
      String surface = doc.span(first, i + 1);
      if (!namesAGroup(doc, first, i + 1)
          || lex.place(surface).isPresent() || lex.demonym(surface).isPresent() || lex.demonym(t.word()).isPresent()) {
        continue;
      }
      out.add(new Cand(first, i + 1, EntityType.ORGANIZATION, surface, null));
    }
  }

  /**
   * Where a plural name is a group's, not a family's or a surname: after "the" ("the Otters"), in parentheses after
   * a name ("Ana Ruiz (Otters)"), before a title ("Otters head coach Ana Ruiz"), the subject of a verb when the
   * name has two words or more ("Harbor Otters sign a keeper"), or coordinated with a plural name that is one ("the
   * Otters and Hawks").
   */
  private boolean namesAGroup(Doc doc, int first, int end) {
    List<Token> toks = doc.tokens();
    int sentence = toks.get(first).sentence();
    Token before = first > 0 && toks.get(first - 1).sentence() == sentence ? toks.get(first - 1) : null;
    if (before != null && Cues.CONSTRUCTIONS.has("definite-article", before.word())) {
      return true;
    }
    boolean open = before != null && (before.word().equals("(") || before.word().equals("-LRB-"));
    if (open && end < toks.size() && (toks.get(end).word().equals(")") || toks.get(end).word().equals("-RRB-"))
        && first >= 2 && toks.get(first - 2).pos().startsWith("NNP")) {
      return true;
    }
    int k = end;
    while (k < toks.size() && k - end < 2 && toks.get(k).sentence() == sentence && toks.get(k).pos().startsWith("NN")
        && !isRoleWordAt(doc, k) && toks.get(k).word().chars().allMatch(Character::isLowerCase)) {
      k++; // "Otters goalkeeping coach": a word of the title's field may come between
    }
    if (k < toks.size() && toks.get(k).sentence() == sentence && isRoleWordAt(doc, k)
        && toks.get(k).word().chars().allMatch(Character::isLowerCase)) {
      return true;
    }
    if (end - first > 1 && doc.relation(end - 1).equals("nsubj") && doc.governor(end - 1) >= 0
        && doc.token(doc.governor(end - 1)).isVerb()) {
      return true; // a name of two words or more that acts: "Harbor Otters sign a keeper"
    }
    if (before != null && before.pos().equals("CC") && first >= 2 && RoleExtractor.isPluralName(toks.get(first - 2))) {
      int f = first - 2;
      while (f - 1 >= 0 && toks.get(f - 1).sentence() == sentence && toks.get(f - 1).pos().startsWith("NNP")) {
        f--;
      }
      return namesAGroup(doc, f, first - 1);
    }
    return false;
  }

  /** True when the token at {@code i} is an indefinite article of the sentence: "a", "an". */
  private static boolean isIndefinite(List<Token> toks, int i, int sentence) {
    return i >= 0 && toks.get(i).sentence() == sentence && toks.get(i).pos().equals("DT")
        && Cues.CONSTRUCTIONS.has("indefinite-article", toks.get(i).lemma());
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s") || t.word().equals("'");
  }

  private ArticleEntities resolve(String articleId, Doc doc, List<Cand> cands) {
    List<Group> groups = new ArrayList<>();
    Map<String, Integer> byKey = new LinkedHashMap<>();
    // Longest names first, so that "Duarte" finds "Ana Duarte".
    List<Cand> order = new ArrayList<>(cands);
    order.sort(Comparator.comparingInt((Cand c) -> c.aliasOf != null ? 1 : 0)
        .thenComparingInt(c -> -(c.canonical != null ? 99 : c.end - c.first)));
    for (Cand c : order) {
      Cand keyed = c.aliasOf != null ? c.aliasOf : c;
      String key = keyed.canonical != null ? Lexicons.key(keyed.canonical) : Lexicons.key(keyed.surface);
      EntityType type = keyed.type;
      Integer g = byKey.get(type + "|" + key);
      if (g == null && c.canonical == null) {
        g = partial(groups, c);
      }
      if (g == null) {
        g = groups.size();
        groups.add(new Group(type, keyed.canonical));
        byKey.put(type + "|" + key, g);
      }
      c.entity = g;
      groups.get(g).cands.add(c);
    }
    int[] entityAt = new int[doc.tokens().size()];
    Arrays.fill(entityAt, -1);
    List<Entity> entities = new ArrayList<>();
    List<ArticleEntities.Span> spans = new ArrayList<>();
    int[] newId = new int[groups.size()];
    Arrays.fill(newId, -1);
    // Number entities in order of first mention.
    List<Cand> byPosition = new ArrayList<>(cands);
    byPosition.sort(Comparator.comparingInt(c -> c.first));
    for (Cand c : byPosition) {
      if (newId[c.entity] < 0) {
        newId[c.entity] = entities.size();
        entities.add(null);
      }
    }
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      int id = newId[gi];
      g.cands.sort(Comparator.comparingInt(c -> c.first));
      List<Mention> mentions = new ArrayList<>();
      Map<String, Integer> forms = new LinkedHashMap<>();
      for (Cand c : g.cands) {
        mentions.add(new Mention(articleId, c.surface, doc.token(c.first).begin(), doc.token(c.end - 1).end()));
        forms.merge(c.surface, 1, Integer::sum);
        spans.add(new ArticleEntities.Span(c.first, c.end, id));
        for (int t = c.first; t < c.end; t++) {
          entityAt[t] = id;
        }
      }
      String name = g.canonical != null ? g.canonical : canonicalName(forms);
      for (Cand c : g.cands) {
        if (c.qualified != null && g.canonical == null) {
          name = c.qualified;
          break;
        }
      }
      List<String> aliases = new ArrayList<>();
      for (String f : forms.keySet()) {
        if (!f.equals(name) && aliases.stream().noneMatch(a -> a.equals(f))) {
          aliases.add(f);
        }
      }
      entities.set(id, new Entity("E" + (id + 1), name, g.type, aliases, mentions));
    }
    spans.sort(Comparator.comparingInt(ArticleEntities.Span::first));
    return new ArticleEntities(entities, spans, entityAt);
  }

  /** True when every word of {@code words} from {@code from} on is a legal form or a designator ("Inc", "Group"). */
  private boolean designatedFrom(String[] words, int from) {
    for (int i = from; i < words.length; i++) {
      if (!lex.isLegalForm(words[i]) && !Lexicons.isDefiniteArticle(words[i]) && !lex.isDesignator(words[i])) {
        return false;
      }
    }
    return true;
  }

  /** The most complete form, then the most frequent; never a form in capitals when another exists. */
  static String canonicalName(Map<String, Integer> forms) {
    return forms.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> isShouted(e.getKey()) ? 0 : 1)
            .thenComparingInt(e -> e.getKey().split("\\s+").length)
            .thenComparingInt(Map.Entry::getValue))
        .map(Map.Entry::getKey).orElseThrow();
  }

  private static boolean isShouted(String s) {
    return s.length() > 3 && s.chars().noneMatch(Character::isLowerCase);
  }

  /** A word in capitals: "OSLO", "ST.", "PORT". */
  private static boolean isShoutedWord(String s) {
    return s.chars().filter(Character::isLetter).count() >= 2 && s.chars().noneMatch(Character::isLowerCase)
        && s.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '\'' || c == '-');
  }

  /**
   * A shorter name that is part of a longer one of the same type: "Duarte" of "Ana Duarte", "AP" of "Associated Press".
   * An organization's leading words are first the short form of its name with a legal form or designator only
   * ("Vantor" of "Vantor Inc." or "Vantor Group"), then of any other ("Vantor" of "Vantor Stores").
   */
  private Integer partial(List<Group> groups, Cand c) {
    String[] words = Lexicons.key(c.surface).split(" ");
    Integer best = null;
    int bestScore = 0;
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      if (g.type != c.type || g.canonical != null && c.type == EntityType.PLACE) {
        continue;
      }
      for (Cand other : g.cands) {
        String[] ow = Lexicons.key(other.surface).split(" ");
        int score = 0;
        if (other.ownName && startsWith(ow, words)) {
          continue; // "Vantor" is not "Vantor Network" (groupNounsAfter)
        }
        if (ow.length > words.length && containsRun(ow, words)) {
          // surname or given name for people; for organizations the article's own short form
          // ("Harlow Dynamics ... Harlow", "the Foreign Ministry")
          score = c.type == EntityType.PERSON ? (endsWith(ow, words) ? 3 : startsWith(ow, words) ? 2 : 0)
              : endsWith(ow, words) ? 2 : startsWith(ow, words) && c.type == EntityType.ORGANIZATION
                  ? (designatedFrom(ow, words.length) ? 2 : 1) : 0;
        } else if (words.length == 1 && ow.length > 1 && c.type != EntityType.PERSON
            && c.surface.length() == ow.length && c.surface.chars().allMatch(Character::isUpperCase)
            && initials(other.surface).equals(c.surface)) {
          score = 3; // acronym
        }
        if (score > bestScore) {
          bestScore = score;
          best = gi;
        }
      }
    }
    return best;
  }

  private static String initials(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static boolean containsRun(String[] hay, String[] needle) {
    for (int i = 0; i + needle.length <= hay.length; i++) {
      if (Arrays.equals(hay, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(String[] hay, String[] needle) {
    return Arrays.equals(hay, hay.length - needle.length, hay.length, needle, 0, needle.length);
  }

  private static boolean startsWith(String[] hay, String[] needle) {
    return Arrays.equals(hay, 0, needle.length, needle, 0, needle.length);
  }

  private static final class Group {
    final EntityType type;
    final String canonical;
    final List<Cand> cands = new ArrayList<>();

    Group(EntityType type, String canonical) {
      this.type = type;
      this.canonical = canonical;
    }
  }
}
