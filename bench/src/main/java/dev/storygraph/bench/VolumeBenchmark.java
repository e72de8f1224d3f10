package dev.storygraph.bench;

import dev.storygraph.Article;
import dev.storygraph.Status;
import dev.storygraph.Story;
import dev.storygraph.StoryExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One story of many short synthetic articles, extracted and merged in one JVM: wall time, articles per second
 * and the process's peak resident memory (VmHWM). The articles are generated from invented names and a few
 * sentence shapes, so that people and places recur across articles as in a long-running story; every tenth
 * article is junk (a number table, a text in another script, an empty page) to exercise the skipped path.
 *
 * <p>Usage: {@code VolumeBenchmark [ARTICLES] [THREADS]} (default 10,000 and 2); run with {@code -Xmx2g}.
 */
public final class VolumeBenchmark {
  private static final String[] FIRST = {"Ana", "Boris", "Carla", "Dmitri", "Elin", "Farid", "Greta", "Hugo",
      "Ines", "Jonas", "Kira", "Lukas", "Mara", "Nils", "Olga", "Pavel"};
  private static final String[] LAST = {"Albers", "Brandt", "Costa", "Duarte", "Eklund", "Fischer", "Galan",
      "Holm", "Ivers", "Jansen", "Kovac", "Lindqvist", "Moreau", "Novak", "Ortega", "Petrov"};
  private static final String[] TITLE = {"Foreign Minister", "Prime Minister", "President", "Finance Minister"};
  private static final String[] PLACE = {"Lisbon", "Oslo", "Vienna", "Madrid", "Warsaw", "Dublin", "Prague",
      "Athens"};
  private static final String[] DAY = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

  private VolumeBenchmark() {}

  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<Article> articles = generate(n, new Random(42));
    long tokens = articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    long t0 = System.nanoTime();
    StoryExtractor x = StoryExtractor.builder().threads(threads).build();
    long t1 = System.nanoTime();
    Story story = x.extractStory(articles);
    long t2 = System.nanoTime();
    Map<Status, Long> statuses = story.articles().stream()
        .collect(Collectors.groupingBy(a -> a.status(), Collectors.counting()));
    double seconds = (t2 - t1) / 1e9;
    System.out.printf("articles %,d (%,d words), threads %d, max heap %,d MB%n", n, tokens, threads,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("model load %.1f s, extract and merge %.1f s, %.1f articles/s%n", (t1 - t0) / 1e9, seconds,
        n / seconds);
    System.out.printf("statuses %s; story: %,d entities, %,d roles, %,d facts, %,d dates%n", statuses,
        story.entities().size(), story.roles().size(), story.facts().size(), story.dates().size());
    System.out.printf("peak RSS %s%n", peakRss());
  }

  static List<Article> generate(int n, Random r) {
    List<Article> out = new ArrayList<>(n);
    LocalDate day = LocalDate.of(2024, 1, 1);
    Function<Random, String> person = rr -> FIRST[rr.nextInt(FIRST.length)] + " " + LAST[rr.nextInt(LAST.length)];
    for (int i = 0; i < n; i++) {
      String id = String.format("a%05d", i);
      if (i % 10 == 9) {
        out.add(Article.of(id, junk(i, r)));
        continue;
      }
      String a = person.apply(r);
      String b = person.apply(r);
      String place = PLACE[r.nextInt(PLACE.length)];
      String text = String.format("Published %s%n%s %s met %s %s in %s on %s.%n"
          + "The two discussed trade and energy, %s said after the talks.%n"
          + "%s will travel to %s next week, officials said.%n",
          day.plusDays(i / 50).format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy",
              java.util.Locale.ENGLISH)),
          TITLE[r.nextInt(TITLE.length)], a, TITLE[r.nextInt(TITLE.length)], b, place, DAY[r.nextInt(DAY.length)],
          a.split(" ")[1], b, PLACE[r.nextInt(PLACE.length)]);
      out.add(Article.of(id, text));
    }
    return out;
  }

  private static String junk(int i, Random r) {
    return switch (i / 10 % 3) {
      case 0 -> {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 40; k++) {
          b.append(r.nextInt(10_000)).append('\t').append(r.nextInt(100)).append('\n');
        }
        yield b.toString();
      }
      case 1 -> "市长周五为新桥剪彩，并感谢参与建设的工程师。\n";
      default -> " \n";
    };
  }

  private static String peakRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).strip();
      }
    }
    return "unknown";
  }
}
