package dev.storygraph.merge;

import dev.storygraph.ArticleResult;
import dev.storygraph.Entity;
import dev.storygraph.EntityType;
import dev.storygraph.Evidence;
import dev.storygraph.Fact;
import dev.storygraph.Mention;
import dev.storygraph.Modality;
import dev.storygraph.ReferenceDateSource;
import dev.storygraph.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Synthetic article results for scale tests: people with distinct two-word names, each fact written COPIES times. */
public final class SyntheticStory {
  /** How many articles state each distinct fact. */
  public static final int COPIES = 4;
  /** Syllables that differ pairwise in at least two letters, so no two names are one-letter variants. */
  private static final String[] SYLLABLES = new String[16];

  static {
    String first = "bcdfghjklmnprstv";
    String last = "BCDFGHJKLMNPRSTV".toLowerCase(java.util.Locale.ROOT);
    String vowels = "aeiou";
    for (int k = 0; k < 16; k++) {
      SYLLABLES[k] = "" + first.charAt(k) + vowels.charAt(k % 5) + last.charAt((k + 7) % 16);
    }
  }

  private static final String[] PREDICATES = {"meet", "say", "accuse", "support", "criticize", "sign"};

  private SyntheticStory() {}

  /** A unique name for person {@code i}: a given name and a three-syllable family name. */
  static String name(int i) {
    String given = SYLLABLES[i % 16];
    String family = SYLLABLES[(i / 16) % 16] + SYLLABLES[(i / 256) % 16] + SYLLABLES[(i / 4096) % 16];
    return cap(given) + " " + cap(family);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code articles * factsPerArticle} facts over {@code people} people. */
  public static List<ArticleResult> articles(int articles, int factsPerArticle, int people) {
    int distinct = articles * factsPerArticle / COPIES;
    Random rnd = new Random(42);
    int[][] facts = new int[distinct][3];
    for (int f = 0; f < distinct; f++) {
      int s = rnd.nextInt(people);
      int o = (s + 1 + rnd.nextInt(people - 1)) % people;
      facts[f] = new int[] {s, o, f % PREDICATES.length};
    }
    // every person is mentioned at least once
    List<ArticleResult> out = new ArrayList<>();
    int next = 0;
    for (int a = 0; a < articles; a++) {
      String id = "a" + a;
      Map<Integer, String> local = new LinkedHashMap<>();
      List<Entity> entities = new ArrayList<>();
      List<Fact> fs = new ArrayList<>();
      for (int k = 0; k < people / articles; k++) {
        local(local, entities, id, (a * (people / articles) + k) % people);
      }
      for (int k = 0; k < factsPerArticle; k++, next++) {
        int[] f = facts[next % distinct];
        String s = local(local, entities, id, f[0]);
        String o = local(local, entities, id, f[1]);
        fs.add(new Fact(s, PREDICATES[f[2]], Optional.of(o), Optional.empty(), Optional.empty(), Modality.ASSERTED,
            PREDICATES[f[2]], "000", 0.5, List.of(new Evidence(id, k, k + 1, "fact " + k)), List.of()));
      }
      out.add(new ArticleResult(id, Status.OK, Optional.empty(), Optional.empty(), ReferenceDateSource.NONE, 100,
          entities, List.of(), List.of(), fs));
    }
    return out;
  }

  private static String local(Map<Integer, String> local, List<Entity> entities, String article, int person) {
    return local.computeIfAbsent(person, p -> {
      String eid = "E" + (entities.size() + 1);
      String n = name(p);
      entities.add(new Entity(eid, n, EntityType.PERSON, List.of(), List.of(new Mention(article, n, 0, n.length()))));
      return eid;
    });
  }
}
