package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact as a reader checks it in the argument tests: names instead of entity ids. {@link #facts} extracts one
 * article, {@link #storyFacts} a story of several, dated on the same Monday, through the shared extractor.
 */
record Readable(String subject, String predicate, String object, Modality modality) {
  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  static List<Readable> facts(String text) {
    ArticleResult r = Shared.extractor().extract(Article.of("t", text).withReferenceDate(MONDAY));
    assertThat(r.status()).isEqualTo(Status.OK);
    return r.facts().stream().map(f -> new Readable(name(r, f.subject()), f.predicate(),
        f.object().map(o -> name(r, o)).orElse(null), f.modality())).toList();
  }

  static List<Readable> storyFacts(String... texts) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      articles.add(Article.of("t" + i, texts[i]).withReferenceDate(MONDAY));
    }
    Story story = Shared.extractor().extractStory(articles);
    return story.facts().stream().map(f -> new Readable(story.name(f.subject()), f.predicate(),
        f.object().map(story::name).orElse(null), f.modality())).toList();
  }

  private static String name(ArticleResult r, String id) {
    return r.entity(id).orElseThrow().name();
  }
}
