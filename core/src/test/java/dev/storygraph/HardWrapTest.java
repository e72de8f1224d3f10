package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A text hard-wrapped at a fixed width (mail, PDF exports) tells the same story as the unwrapped text. */
final class HardWrapTest {
  private static final List<String> ARTICLE = List.of(
      "Varden and Holmby agree to reopen the northern ferry line",
      "By Mira Solberg",
      "VARDEN, Norland, March 3, 2025 (Wire) - Norland Foreign Minister Ola Dahl met his Holmby counterpart Lena "
          + "Brandt in Varden on Friday and the two signed an agreement that reopens the ferry line between the "
          + "ports of Varden and Kesby for the first time in ten years.",
      "Dahl said the line would carry freight and passengers from the spring, and that the White House of "
          + "Commerce, a trade council in Kesby, had pressed both governments for a deal since the winter.",
      "- the first ferry sails from Varden in April",
      "- tickets go on sale at the harbour office next week",
      "Brandt thanked the Kesby Harbour Authority for its help and invited Dahl to visit Holmby in the summer, "
          + "officials of both ministries said after the meeting.");

  @Test
  void extract_articleWrappedAt58Columns_sameEntitiesRolesAndFactsAsUnwrapped() {
    String unwrapped = String.join("\n", ARTICLE) + "\n";
    String wrapped = ARTICLE.stream().map(p -> wrap(p, 58)).collect(Collectors.joining("\n")) + "\n";
    assertThat(wrapped.lines()).allMatch(l -> l.length() <= 58);
    assertThat(wrapped.lines().count()).isGreaterThan(ARTICLE.size() + 6);
    ArticleResult a = Shared.extractor().extract(Article.of("unwrapped", unwrapped));
    ArticleResult b = Shared.extractor().extract(Article.of("wrapped", wrapped));
    assertThat(a.referenceDate()).contains(LocalDate.of(2025, 3, 3));
    assertThat(b.referenceDate()).isEqualTo(a.referenceDate());
    assertThat(entities(b)).isEqualTo(entities(a)).contains("PERSON Ola Dahl", "PERSON Lena Brandt")
        .doesNotContain("PERSON Mira Solberg", "PERSON White");
    assertThat(roles(b)).isEqualTo(roles(a));
    assertThat(facts(b)).isEqualTo(facts(a)).isNotEmpty();
  }

  private static Set<String> entities(ArticleResult r) {
    return r.entities().stream().map(e -> e.type() + " " + e.name()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> roles(ArticleResult r) {
    Function<String, String> name = names(r);
    return r.roles().stream().map(x -> name.apply(x.person()) + " " + x.role() + " " + x.of().map(name).orElse("-"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> facts(ArticleResult r) {
    Function<String, String> name = names(r);
    return r.facts().stream().map(f -> name.apply(f.subject()) + " " + f.predicate() + " "
        + f.object().map(name).orElse("-") + " " + f.place().map(name).orElse("-") + " "
        + f.time().map(TimeSpan::value).orElse("-") + " " + f.modality())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Function<String, String> names(ArticleResult r) {
    Map<String, String> byId = r.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
    return id -> byId.getOrDefault(id, id);
  }

  /** Greedy word wrap at {@code width} columns, as a mail client does. */
  private static String wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String w : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + w.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(w);
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }
}
