package dev.storygraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples in the comments of the project's main sources are written for the project: no quoted span of a
 * comment shares a run of four words with the reference corpus, unless three of them are function words ("the
 * head of the" is English, "party foreign affairs chief" is a corpus sentence). A rule whose example echoes a
 * corpus sentence is a special case of that sentence, not a construction.
 */
final class CommentsQuoteNoCorpusTest {
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]{8,}?)\"");
  private static final int MIN_WORDS = 4;
  /** Function words: a run of four words with fewer than two others is no echo of a sentence. */
  private static final java.util.Set<String> FUNCTION = java.util.Set.of("a", "an", "the", "of", "to", "in", "on",
      "at", "by", "for", "with", "from", "and", "or", "but", "is", "was", "were", "be", "been", "are", "has",
      "have", "had", "it", "its", "his", "her", "their", "this", "that", "as", "into", "than", "then", "there",
      "which", "who", "whom", "what", "when", "where", "while", "after", "before", "over", "under", "about", "up",
      "out", "off", "s");

  @Test
  void noQuotedSpanOfAMainComment_standsInTheCorpus() throws IOException {
    String corpus = normalize(corpusText(Shared.shared().resolve("corpus")));
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> echoes = new ArrayList<>();
    int quotes = 0;
    for (String module : List.of("core", "examples", "spark")) {
      Path main = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(main)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int comment = line.startsWith("*") || line.startsWith("/*") ? 0 : line.indexOf("//");
            if (comment < 0) {
              continue;
            }
            quotes += echoes(QUOTE.matcher(line.substring(comment)), corpus, root.relativize(f) + ":" + (i + 1),
                echoes);
          }
        }
      }
    }
    assertThat(quotes).as("quoted comment spans read").isGreaterThan(100);
    assertThat(echoes).as("comment quotes that stand in ../shared/corpus").isEmpty();
  }

  /** The same for the comment lines of the models data (rule files, word lists), quotes and rule examples alike. */
  @Test
  void noQuotedSpanOrRuleExampleOfAModelsComment_standsInTheCorpus() throws IOException {
    String corpus = normalize(corpusText(Shared.shared().resolve("corpus")));
    Path models = Path.of("..").toAbsolutePath().normalize().resolve("models/src/main/resources");
    Pattern example = Pattern.compile("example: ([^|]+)\\|");
    List<String> echoes = new ArrayList<>();
    int quotes = 0;
    try (Stream<Path> files = Files.walk(models)) {
      for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).startsWith("#")) {
            continue;
          }
          for (Matcher m : List.of(QUOTE.matcher(lines.get(i)), example.matcher(lines.get(i)))) {
            quotes += echoes(m, corpus, models.relativize(f) + ":" + (i + 1), echoes);
          }
        }
      }
    }
    assertThat(quotes).as("quoted models comment spans read").isGreaterThan(50);
    assertThat(echoes).as("models comment quotes that stand in ../shared/corpus").isEmpty();
  }

  /**
   * Reads every span the matcher finds (its group 1) and adds to {@code echoes} those that stand in the corpus.
   *
   * @return how many spans of {@value #MIN_WORDS} words or more it read
   */
  private static int echoes(Matcher m, String corpus, String where, List<String> echoes) {
    int read = 0;
    while (m.find()) {
      String[] words = normalize(m.group(1)).strip().split(" ");
      if (words.length >= MIN_WORDS) {
        read++;
        String echo = echo(words, corpus);
        if (echo != null) {
          echoes.add(where + ": \"" + m.group(1) + "\" (\"" + echo + "\")");
        }
      }
    }
    return read;
  }

  /** The first run of four words of a quote that stands in the corpus with two words or more not function words. */
  static String echo(String[] words, String corpus) {
    for (int k = 0; k + MIN_WORDS <= words.length; k++) {
      String[] run = java.util.Arrays.copyOfRange(words, k, k + MIN_WORDS);
      long content = java.util.Arrays.stream(run).filter(w -> !FUNCTION.contains(w)).count();
      String joined = " " + String.join(" ", run) + " ";
      if (content >= 2 && corpus.contains(joined)) {
        return joined.strip();
      }
    }
    return null;
  }

  @Test
  void echo_findsAFourWordRunOfContentWords_notAnEnglishFrame() {
    String corpus = normalize("Officials said the harbor patrol boats left at dawn, at the end of the week.");
    assertThat(echo(normalize("as the harbor patrol boats sailed").strip().split(" "), corpus))
        .isEqualTo("the harbor patrol boats");
    assertThat(echo(normalize("met at the end of the talks").strip().split(" "), corpus)).isNull();
  }

  /** Lower case, words only, single spaces: a quote matches however the corpus punctuates or wraps it. */
  private static String normalize(String s) {
    return " " + s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }

  private static String corpusText(Path corpus) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> files = Files.walk(corpus)) {
      files.filter(Files::isRegularFile).sorted().forEach(f -> {
        try {
          b.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return b.toString();
  }
}
