package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's exit codes and its write rule (DESIGN.md "Command line and service"), through the real
 * entry point with articles written for this test: 0 when no article failed, 3 when some did, 1 when none was
 * read (then nothing is written), 2 for a bad command line, 4 when an output cannot be written (then no output
 * changes), 130/143 when interrupted.
 */
final class ExitCodesTest {
  @TempDir
  Path dir;

  private static final String ARTICLE_1 = "Published Apr 7, 2025\n"
      + "Finnish Foreign Minister Aino Lehto met Latvian Foreign Minister Janis Ozols in Riga on Monday.\n"
      + "The two ministers discussed ferry links across the gulf, Lehto said.\n";
  private static final String ARTICLE_2 = "Published Apr 8, 2025\n"
      + "Latvian Foreign Minister Janis Ozols said on Tuesday that he had met Aino Lehto in Riga.\n";
  private static final String ARTICLE_3 = "Published Apr 9, 2025\n"
      + "Aino Lehto will visit Tallinn in May, the Finnish foreign ministry said on Wednesday.\n";

  /** What a run printed and returned. */
  private record Run(int code, String out, String err) {}

  private static Run run(StoryGraphCli cli, InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    InputStream oldIn = System.in;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      if (stdin != null) {
        System.setIn(stdin);
      }
      code = StoryGraphCli.commandLine(cli, "storygraph").execute(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      System.setIn(oldIn);
    }
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    return run(new StoryGraphCli(), null, args);
  }

  private static byte[] noise(int n) {
    byte[] b = new byte[n];
    Random random = new Random(11);
    for (int i = 0; i < n; i++) {
      b[i] = (byte) (1 + random.nextInt(255));
    }
    return b;
  }

  private Path write(String relative, String text) throws IOException {
    Path f = dir.resolve(relative);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text);
  }

  @Test
  void run_someFailed_exitsThree_sameNamesGetPathIds_fourOutputsParse_nothingOnStandardOutput() throws Exception {
    Path x2 = write("in/south/x.txt", ARTICLE_2);
    Path x1 = write("in/north/x.txt", ARTICLE_1);
    Path c = write("in/c.txt", ARTICLE_3);
    Path bin = Files.write(dir.resolve("in/noise.txt"), noise(20_000));
    Path json = dir.resolve("story.json");
    Path ttl = dir.resolve("story.ttl");
    Path graphml = dir.resolve("story.graphml");
    Path html = dir.resolve("story.html");
    // three normal articles at once, on two threads, within 5 s each: an article's clock is its own work
    Run r = run("--quiet", "--threads", "2", "--article-timeout", "5", "--out", json.toString(), "--out",
        ttl.toString(), "--out", graphml.toString(), "--out", html.toString(), x2.toString(), bin.toString(),
        x1.toString(), c.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("noise: not text");

    JsonNode story = new ObjectMapper().readTree(json.toFile());
    Map<String, String> status = new TreeMap<>();
    story.get("articles").forEach(a -> status.put(a.get("id").asText(), a.get("status").asText()));
    assertThat(status).isEqualTo(Map.of("north/x", "ok", "south/x", "ok", "c", "ok", "noise", "failed"));
    List<String> names = new ArrayList<>();
    story.get("entities").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).contains("Aino Lehto", "Janis Ozols", "Riga").noneMatch(n -> n.length() <= 2);

    org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFParser.source(ttl)
        .lang(org.apache.jena.riot.Lang.TURTLE).toModel();
    assertThat(m.listObjectsOfProperty(org.apache.jena.vocabulary.RDFS.label).mapWith(Object::toString).toList())
        .contains("Aino Lehto");
    org.w3c.dom.Document g = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(graphml.toFile());
    assertThat(g.getElementsByTagName("node").getLength()).isEqualTo(story.get("entities").size());
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.select("script").html()).contains("Aino Lehto");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void run_noArticleRead_exitsOne_andLeavesTheOldOutput() throws IOException {
    Path keep = Files.writeString(dir.resolve("keep.json"), "{\"previous\": true}\n");
    Run typo = run("--out", keep.toString(), dir.resolve("typo-dir").toString());
    assertThat(typo.code()).isEqualTo(1);
    assertThat(typo.err()).contains("no such file").contains("nothing written");
    Files.write(Files.createDirectories(dir.resolve("bad")).resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("bad/noise.txt"), noise(5_000));
    Run bad = run("--out", keep.toString(), dir.resolve("bad").toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).contains("empty.txt").contains("not text");
    assertThat(Files.readString(keep)).isEqualTo("{\"previous\": true}\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void run_fullDisk_exitsFour_namesTheFile_andChangesNoOutput() throws IOException {
    Path in = write("in/a.txt", ARTICLE_1);
    Path keep = Files.writeString(dir.resolve("keep.json"), "{\"previous\": true}\n");
    Path fresh = dir.resolve("fresh.ttl");
    Outputs.Opener full = file -> {
      OutputStream real = Outputs.FILES.open(file);
      return !file.getFileName().toString().startsWith(".keep.json") ? real : new FilterOutputStream(real) {
        private int written;

        @Override
        public void write(int b) throws IOException {
          if (++written > 1_000) {
            throw new IOException("No space left on device");
          }
          super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          for (int i = 0; i < len; i++) {
            write(b[off + i]);
          }
        }
      };
    };
    // the Turtle file is written first and completes; the JSON fails like a full disk: neither target changes
    Run r = run(new StoryGraphCli(full), null, "--quiet", "--out", fresh.toString(), "--out", keep.toString(),
        in.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(4);
    assertThat(r.err()).contains("cannot write " + keep.toAbsolutePath()).contains("No space left on device")
        .contains("no output file was changed");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(Files.readString(keep)).isEqualTo("{\"previous\": true}\n");
    assertThat(fresh).doesNotExist();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void run_standardInput_isOneArticleWithIdStdin_andExitsZero() throws IOException {
    Path out = dir.resolve("story.json");
    Run r = run(new StoryGraphCli(), new ByteArrayInputStream(ARTICLE_1.getBytes(StandardCharsets.UTF_8)),
        "--quiet", "--out", out.toString(), "-");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode story = new ObjectMapper().readTree(out.toFile());
    assertThat(story.get("articles")).singleElement().satisfies(a -> {
      assertThat(a.get("id").asText()).isEqualTo("stdin");
      assertThat(a.get("status").asText()).isEqualTo("ok");
    });
    assertThat(Files.getPosixFilePermissions(out)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void run_badOutputsAndDates_areBadCommandLines_beforeAnyWork() throws IOException {
    Path in = write("in/a.txt", ARTICLE_1);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("gone/story.json"));
    for (String[] args : new String[][] {
        {"--out", dir.resolve("story.xml").toString(), in.toString()},
        {"--out", dir.resolve("story").toString(), in.toString()},
        {"--out", dangling.toString(), in.toString()},
        {"--date", "10000-01-01", in.toString()},
        {"--date", "0999-12-31", in.toString()},
        {"-", "-"}}) {
      long start = System.nanoTime();
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
      assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(5);
    }
    assertThat(run("--out", dir.resolve("story.xml").toString(), in.toString()).err())
        .contains("unknown extension .xml").contains(".graphml");
    assertThat(run("--out", dangling.toString(), in.toString()).err()).contains("does not exist");
    assertThat(run("--date", "10000-01-01", in.toString()).err()).contains("1000").contains("9999");
  }

  @Test
  void help_statesTheExitCodesAndTheWriteRule() {
    String help = run("--help").out();
    String prose = help.replaceAll("\\s+", " ");
    assertThat(prose).contains("written whole or not at all").contains("writes nothing");
    for (String code : List.of("0", "1", "2", "3", "4", "130", "143")) {
      assertThat(help).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
    }
  }

  private static ProcessBuilder java(String heap, Path workDir, String... args) {
    List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), heap,
        "-cp", System.getProperty("java.class.path"), StoryGraphCli.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(workDir.toFile());
  }

  @Test
  void main_interrupted_exits130Or143_withOneLine_andWritesNothing() throws Exception {
    Path in = write("in/a.txt", ARTICLE_1);
    for (String signal : List.of("TERM", "INT")) {
      Path out = dir.resolve("story-" + signal + ".json");
      Path err = dir.resolve("err-" + signal + ".txt");
      Process p = java("-Xmx1g", dir, "--quiet", "--out", out.toString(), in.toString())
          .redirectError(err.toFile()).start();
      Thread.sleep(4_000); // reading done, the models loading
      new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(signal.equals("TERM") ? 143 : 130);
      String text = Files.readString(err);
      assertThat(text.strip().lines()).as(text).hasSize(1);
      assertThat(text).startsWith("storygraph: interrupted").contains("nothing was written");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void main_heapTooSmall_exitsOneWithOneLine() throws Exception {
    Path in = write("in/a.txt", ARTICLE_1);
    Process p = java("-Xmx256m", dir, "--quiet", in.toString()).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(text).isEqualTo(1);
    assertThat(text.strip().lines()).as(text).hasSize(1);
    assertThat(text).contains("heap").contains("STORYGRAPH_JAVA_OPTS");
  }

  @Test
  void launcher_throughASymbolicLink_findsItsCheckout() throws Exception {
    // the module's folder is the working directory under Maven
    Path script = Path.of("").toAbsolutePath().getParent().resolve("bin/storygraph");
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("sg"), script);
    Process p = new ProcessBuilder("sh", "-c", "\"$0\" --version", link.toString()).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // built: it runs; not yet packaged: the advice names the real checkout, not the link's folder
    if (p.exitValue() == 0) {
      assertThat(text).contains("storygraph 0.1.0");
    } else {
      assertThat(text).contains("not built yet").contains(script.getParent().getParent().toString())
          .doesNotContain(dir.toString());
    }
  }
}
