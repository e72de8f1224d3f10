package dev.storygraph.bench;

import dev.storygraph.ArticleResult;
import dev.storygraph.Story;
import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.merge.StoryMerger;
import dev.storygraph.merge.SyntheticStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Time to merge 100,000 synthetic facts over 10,000 people in 1,000 articles: one warm-up, then the median of 5. */
public final class MergeScaleBenchmark {
  private MergeScaleBenchmark() {}

  public static void main(String[] args) {
    List<ArticleResult> articles = SyntheticStory.articles(1_000, 100, 10_000);
    StoryMerger merger = new StoryMerger(Lexicons.load(List.of()));
    merger.merge(articles);
    List<Double> times = new ArrayList<>();
    Story s = null;
    for (int run = 0; run < 5; run++) {
      long t = System.nanoTime();
      s = merger.merge(articles);
      times.add((System.nanoTime() - t) / 1e9);
    }
    Collections.sort(times);
    System.out.printf(Locale.ROOT, "merge of 100,000 facts over 10,000 people in 1,000 articles: median %.2f s "
        + "(runs %s); %d entities, %d facts out%n", times.get(2), times, s.entities().size(), s.facts().size());
  }
}
