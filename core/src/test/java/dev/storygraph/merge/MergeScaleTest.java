package dev.storygraph.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.ArticleResult;
import dev.storygraph.Fact;
import dev.storygraph.Story;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 100,000 synthetic facts over 10,000 people, in 1,000 articles: the merge must find every repeated fact
 * through its blocking keys. Timing is reported by the bench module (MergeScaleBenchmark), not asserted here.
 */
final class MergeScaleTest {
  @Test
  void merge_100kFacts_findsEveryRepetition() {
    List<ArticleResult> articles = SyntheticStory.articles(1_000, 100, 10_000);
    Story s = new StoryMerger(dev.storygraph.lexicon.Lexicons.load(List.of())).merge(articles);
    assertThat(s.entities()).hasSize(10_000);
    // each distinct fact was written in exactly SyntheticStory.COPIES articles
    assertThat(s.facts()).hasSize(100_000 / SyntheticStory.COPIES);
    assertThat(s.facts()).allMatch(f -> f.support() == SyntheticStory.COPIES);
    assertThat(s.facts().stream().mapToInt(Fact::support).sum()).isEqualTo(100_000);
  }
}
