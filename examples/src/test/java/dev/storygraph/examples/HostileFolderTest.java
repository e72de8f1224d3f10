package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of everything a batch can meet, written here: every file comes back with a status and a reason,
 * the good articles come out as they do alone, and the bad ones leave nothing in the story.
 */
final class HostileFolderTest {
  @TempDir
  Path dir;

  private static final String GOOD_1 = "Published Mar 3, 2025\n"
      + "Danish Foreign Minister Lars Holm met Estonian Foreign Minister Kadri Tamm in Tallinn on Sunday.\n"
      + "The two ministers discussed energy links across the Baltic Sea, Holm said.\n";
  private static final String GOOD_2 = "Published Mar 4, 2025\n"
      + "Estonian Foreign Minister Kadri Tamm said on Monday that she had met Lars Holm in Tallinn.\n"
      + "Tamm will visit Copenhagen in April, her ministry said.\n";

  @Test
  void run_hostileFolder_reportsEveryFileAndKeepsTheGoodArticles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, (byte) 0xff});
    Files.writeString(in.resolve("chinese.txt"), "市长周五为新桥剪彩，并感谢参与建设的工程师。\n"
        + "他说，这座桥将缩短两岸居民的通勤时间。\n");
    Files.writeString(in.resolve("page.txt"), "<!DOCTYPE html>\n<html><head><title>Harbour news</title>\n"
        + "<style>p { font-family: Georgia, serif; color: #333; }</style></head>\n<body>\n"
        + "<p>The mayor of Porto, Rui Sales, opened a new ferry terminal on Friday.</p>\n"
        + "<p>Sales thanked the engineers who built it.</p>\n</body></html>\n");
    StringBuilder table = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      table.append(1100 + i % 50).append('\t').append(i * 37 % 1000).append('\t').append(i % 12 + 1).append('\n');
    }
    Files.writeString(in.resolve("table.txt"), table);
    StringBuilder runOn = new StringBuilder("The river rose");
    String[] words = {"and", "the", "farmers", "moved", "their", "cattle", "to", "higher", "ground"};
    for (int i = 0; i < 10_000; i++) {
      runOn.append(' ').append(words[i % words.length]);
    }
    Files.writeString(in.resolve("runon.txt"), runOn.append(".\n"));
    // UTF-8 (the closing quote is a well-formed multi-byte character) with two damaged bytes; text with no
    // well-formed multi-byte character is read in the encoding the detector finds (latin1.txt)
    String badText = "Irish President Maeve Byrne visited Lisbon on Friday. Crowds waited at the harbour\u2019s gate.\n";
    byte[] bad = badText.getBytes(StandardCharsets.UTF_8);
    int bad1 = badText.indexOf("rowds");
    int bad2 = badText.indexOf("bour");
    bad[bad1] = (byte) 0xC3; // a lead byte followed by an ASCII letter: malformed
    bad[bad2] = (byte) 0xFF;
    Files.write(in.resolve("badbytes.txt"), bad);
    Files.writeString(Files.createDirectories(in.resolve("north")).resolve("same.txt"),
        "Norwegian Prime Minister Ola Berg visited Bergen on Tuesday.\n");
    Files.writeString(Files.createDirectories(in.resolve("south")).resolve("same.txt"),
        "Chilean President Rosa Vidal visited Valparaiso on Wednesday.\n");
    Files.writeString(in.resolve("good1.txt"), GOOD_1);
    Files.writeString(in.resolve("good2.txt"), GOOD_2);
    byte[] noise = new byte[20_000]; // random bytes without a NUL
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (1 + random.nextInt(255));
    }
    Files.write(in.resolve("noise.txt"), noise);
    Files.write(in.resolve("latin1.txt"), ("Published Mar 5, 2025\n"
        + "French Prime Minister Jean Dupr\u00e9 visited Lyon on Wednesday.\n").getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = ("\uFEFFPublished Mar 6, 2025\nPolish President Ewa Nowak visited Gdansk on Thursday.\n")
        .getBytes(StandardCharsets.UTF_16BE);
    Files.write(in.resolve("utf16.txt"), utf16);
    String lead = "Austrian Chancellor Franz Gruber met Swiss President Urs Keller in Bern on Friday.";
    Files.writeString(in.resolve("repeated.txt"), "Published Mar 7, 2025\n" + lead + "\n"
        + "The two leaders talked about rail tunnels through the Alps.\n" + lead + "\n");

    Path out = dir.resolve("story.json");
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    int code = StoryGraphCli.run("--format", "json", "--out", out.toString(), in.toString());
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    assertThat(code).as("some files failed").isEqualTo(3);
    JsonNode story = new ObjectMapper().readTree(out.toFile());

    Map<String, String> status = new TreeMap<>();
    Map<String, String> error = new HashMap<>();
    story.get("articles").forEach(a -> {
      status.put(a.get("id").asText(), a.get("status").asText());
      error.put(a.get("id").asText(), a.get("error").isNull() ? "" : a.get("error").asText());
    });
    assertThat(status).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("empty", "failed"),
        Map.entry("binary", "failed"), Map.entry("chinese", "skipped"), Map.entry("page", "ok"),
        Map.entry("table", "skipped"), Map.entry("runon", "ok"), Map.entry("badbytes", "ok"),
        Map.entry("north/same", "ok"), Map.entry("south/same", "ok"), Map.entry("good1", "ok"),
        Map.entry("good2", "ok"), Map.entry("noise", "failed"), Map.entry("latin1", "ok"),
        Map.entry("utf16", "ok"), Map.entry("repeated", "ok"))));
    assertThat(error.get("noise")).startsWith("not text");
    assertThat(error.get("latin1")).contains("decoded as");
    assertThat(error.get("utf16")).contains("UTF-16");
    assertThat(error.get("empty")).contains("empty");
    assertThat(error.get("binary")).contains("binary");
    assertThat(error.get("chinese")).contains("not English");
    assertThat(error.get("table")).contains("mostly numbers");
    assertThat(error.get("page")).contains("HTML");
    assertThat(error.get("badbytes")).contains("byte offsets " + bad1 + ", " + bad2);
    assertThat(error.get("good1")).isEmpty();

    Set<String> names = new TreeSet<>();
    story.get("entities").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).contains("Rui Sales", "Maeve Byrne", "Ola Berg", "Rosa Vidal", "Lars Holm", "Kadri Tamm",
            "Jean Dupr\u00e9", "Ewa Nowak", "Franz Gruber", "Urs Keller")
        .noneMatch(n -> n.contains("Georgia") || n.contains("serif"));
    story.get("dates").forEach(d -> assertThat(d.get("article").asText()).isNotEqualTo("table"));
    story.get("facts").forEach(f -> f.get("evidence").forEach(ev -> {
      assertThat(ev.get("text").asText()).doesNotContain("<");
      if (ev.get("article").asText().equals("page")) {
        assertThat(ev.get("text").asText()).contains("Sales");
      }
    }));

    // Within 3 minutes on two cores, model loading included; CPU time, since the test machine may be shared.
    assertThat(cpuSeconds).as("CPU seconds").isLessThan(2 * 180.0);

    Path alone = Files.createDirectories(dir.resolve("alone"));
    Files.writeString(alone.resolve("good1.txt"), GOOD_1);
    Files.writeString(alone.resolve("good2.txt"), GOOD_2);
    Path aloneOut = dir.resolve("alone.json");
    assertThat(StoryGraphCli.run("--format", "json", "--out", aloneOut.toString(), alone.toString())).isZero();
    assertThat(facts(story, Set.of("good1", "good2"))).isNotEmpty()
        .isEqualTo(facts(new ObjectMapper().readTree(aloneOut.toFile()), Set.of("good1", "good2")));
  }

  /** The facts that name one of the articles, as "subject predicate object @articles", by entity name. */
  private static Set<String> facts(JsonNode story, Set<String> articles) {
    Map<String, String> name = new HashMap<>();
    story.get("entities").forEach(e -> name.put(e.get("id").asText(), e.get("name").asText()));
    Set<String> out = new TreeSet<>();
    story.get("facts").forEach(f -> {
      Set<String> arts = new TreeSet<>();
      f.get("articles").forEach(a -> arts.add(a.asText()));
      if (arts.stream().anyMatch(articles::contains)) {
        out.add(name.get(f.get("subject").asText()) + " " + f.get("predicate").asText() + " "
            + (f.get("object").isNull() ? "-" : name.get(f.get("object").asText())) + " " + f.get("time") + " @"
            + arts);
      }
    });
    return out;
  }

  @Test
  void run_badOptions_exitTwoWithOneLine() throws IOException {
    Path in = Files.writeString(dir.resolve("x.txt"), "The mayor opened the bridge on Friday.\n");
    for (String[] args : new String[][] {{"--threads", "0", in.toString()},
        {"--article-timeout", "0", in.toString()},
        {"--min-confidence", "1.5", in.toString()},
        {"--out", dir.resolve("missing/story.json").toString(), in.toString()},
        {"--date", "18/09/2023", in.toString()}}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      java.io.PrintStream old = System.err;
      int code;
      try {
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        code = StoryGraphCli.run(args);
      } finally {
        System.setErr(old);
      }
      String text = err.toString(StandardCharsets.UTF_8);
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(text.strip().lines().count()).as(text).isEqualTo(1);
      assertThat(text).startsWith("storygraph: ").doesNotContain("Exception");
    }
    assertThat(dir.resolve("missing")).doesNotExist();
  }
}
