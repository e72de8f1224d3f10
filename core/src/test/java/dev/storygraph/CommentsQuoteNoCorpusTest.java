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
 * The examples in the comments of the project's main sources are written for the project: no quoted span of four
 * or more words of a comment stands in the reference corpus (a rule whose example is a corpus sentence is a special
 * case of that sentence, not a construction).
 */
final class CommentsQuoteNoCorpusTest {
  private static final Pattern QUOTE = Pattern.compile("\"([^\"]{8,}?)\"");
  private static final int MIN_WORDS = 4;

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
            Matcher m = QUOTE.matcher(line.substring(comment));
            while (m.find()) {
              String quoted = normalize(m.group(1));
              if (quoted.strip().split(" ").length >= MIN_WORDS) {
                quotes++;
                if (corpus.contains(quoted)) {
                  echoes.add(root.relativize(f) + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                }
              }
            }
          }
        }
      }
    }
    assertThat(quotes).as("quoted comment spans read").isGreaterThan(100);
    assertThat(echoes).as("comment quotes that stand in ../shared/corpus").isEmpty();
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
