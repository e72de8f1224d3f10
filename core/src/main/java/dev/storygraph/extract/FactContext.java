package dev.storygraph.extract;

import dev.storygraph.Role;
import dev.storygraph.annotate.Doc;
import dev.storygraph.lexicon.Lexicons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers of one document's facts share: the document, its entities and their coreference, its dates
 * and reference day, and the one person holding each role.
 */
record FactContext(String article, Doc doc, ArticleEntities ents, Coreference coref, List<DateNormalizer.Dated> dates,
    LocalDate reference, Map<String, Integer> roleHolders, List<Role> roles, Lexicons lex) {

  static FactContext of(String article, Doc doc, ArticleEntities ents, List<Role> roles,
      List<DateNormalizer.Dated> dates, LocalDate reference, Lexicons lex) {
    return new FactContext(article, doc, ents, new Coreference(doc, ents), dates, reference, holders(roles),
        List.copyOf(roles), lex);
  }

  /**
   * The one person holding the role: of the organization or country named (entity index, or -1 for any), or -1
   * when none or several do. "its chief executive" is the holder of that role of the firm "its" stands for.
   */
  int holder(String role, int of) {
    if (of < 0) {
      Integer h = roleHolders.get(role);
      return h == null ? -1 : h;
    }
    int found = -1;
    for (Role r : roles) {
      if (Lexicons.roleKey(r.role()).equals(role) && r.of().equals(java.util.Optional.of(ents.id(of)))) {
        int person = Integer.parseInt(r.person().substring(1)) - 1;
        if (found >= 0 && found != person) {
          return -1;
        }
        found = person;
      }
    }
    return found;
  }

  /** True when the article names a person holding some role of the organization or country (entity index). */
  boolean namesOfficialOf(int of) {
    for (Role r : roles) {
      if (!r.former() && r.of().equals(java.util.Optional.of(ents.id(of)))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the article's entity of that exact name, or -1. */
  int entityNamed(String name) {
    List<dev.storygraph.Entity> all = ents.entities();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Role text to the one person holding it in the article (-1 when several do). */
  private static Map<String, Integer> holders(List<Role> roles) {
    Map<String, Integer> out = new HashMap<>();
    for (Role r : roles) {
      int person = Integer.parseInt(r.person().substring(1)) - 1;
      Integer prev = out.putIfAbsent(Lexicons.roleKey(r.role()), person);
      if (prev != null && prev != person) {
        out.put(Lexicons.roleKey(r.role()), -1);
      }
    }
    return out;
  }
}
