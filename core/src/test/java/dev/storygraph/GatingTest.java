package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The annotation pipeline runs SUTime only on the sentences where its time scan finds a digit or a time word, and
 * the parser only on the sentences whose dependencies a stage reads, with the parser loaded from its binary form and
 * its precomputed activations computed on first use. On every corpus of ../shared, an article extracted so equals the
 * article extracted with SUTime on every sentence and every sentence parsed (with every graph CoreNLP's depparse
 * builds, by the parser as CoreNLP loads it: from the text model, everything precomputed at load) before any stage
 * runs; the scan keeps every sentence in which SUTime finds a time, and the stages leave sentences unparsed.
 */
final class GatingTest {

  private static List<Path> corpora() throws Exception {
    Path shared = Shared.shared();
    List<Path> dirs = new ArrayList<>();
    dirs.add(shared.resolve("corpus/seeds"));
    for (String group : List.of("corpus/news", "corpus/meantime")) {
      try (Stream<Path> s = Files.list(shared.resolve(group))) {
        s.filter(Files::isDirectory).sorted().forEach(dirs::add);
      }
    }
    return dirs;
  }

  @Test
  void extract_everyCorpus_sameResultAsSutimeAndParserOnEverySentence() throws Exception {
    StoryExtractor x = Shared.extractor();
    List<String> missed = new ArrayList<>();
    List<String> differ = new ArrayList<>();
    int articles = 0;
    long[] before = x.sentencesParsed();
    for (Path dir : corpora()) {
      for (Article a : Shared.articles(dir)) {
        ArticleResult gated = x.extract(a);
        ArticleResult full = x.extractExhaustively(a, s -> missed.add(a.id() + ": " + s));
        if (!gated.equals(full)) {
          differ.add(dir.getFileName() + "/" + a.id());
        }
        articles++;
      }
    }
    long[] after = x.sentencesParsed();
    long sentences = after[0] - before[0];
    long parsed = after[1] - before[1];
    System.out.printf("GatingTest: %d articles, %d sentences, %d parsed; %d tokens, %d in parsed sentences%n",
        articles, sentences, parsed, after[2] - before[2], after[3] - before[3]);
    assertThat(articles).as("articles of ../shared").isGreaterThan(80);
    // 1,032 of 1,560 when the parse gating was written; a stage that reads every sentence's graph undoes it
    assertThat(parsed).as("sentences parsed of %s", sentences).isLessThan(sentences * 4 / 5);
    assertThat(missed).as("sentences with a time that the scan passed over").isEmpty();
    assertThat(differ).as("articles whose result the gating changed").isEmpty();
  }
}
