package dev.storygraph.annotate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example sentences of a rule file and their parses, stored in the test resources so that a rule test runs in
 * milliseconds without CoreNLP's models. A parse keeps every annotation the extractors read (tokens with lemma, tag
 * and NER, sentences, the basic dependencies, name and date spans); the construction matches are not stored but
 * computed from the rules of the day ({@link ConstructionRules.match(Doc)}). With
 * {@code -Dstorygraph.regenerate=true} the examples are parsed again by CoreNLP and the file rewritten.
 */
public final class StoredParses {
  /** Where the parses of the test resources are kept, relative to the core module. */
  static final Path DIR = Path.of("src", "test", "resources", "dev", "storygraph", "rules");

  private static final Pattern EXAMPLE = Pattern.compile("^# example: (.+?) \\| (\\S+) -> (\\S+)\\s*$");
  /** The reference date of every stored parse, so that relative dates resolve the same way each time. */
  static final LocalDate REFERENCE = LocalDate.of(2031, 3, 7);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.IS_GETTER,
          com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** A rule's example: the sentence, and the words of the trigger and the argument the rule must bind. */
  public record Example(String rule, String sentence, String trigger, String argument, int line) {}

  /** A document as stored: what {@link Doc} holds but the construction matches. */
  record Stored(String text, List<Token> tokens, List<Sentence> sentences, int[] governor, String[] relation,
      List<NamedSpan> names, List<TimexSpan> timexes) {
    static Stored of(Doc d) {
      int n = d.tokens().size();
      int[] gov = new int[n];
      String[] rel = new String[n];
      for (int i = 0; i < n; i++) {
        gov[i] = d.governor(i);
        rel[i] = d.relation(i);
      }
      return new Stored(d.text(), d.tokens(), d.sentences(), gov, rel, d.names(), d.timexes());
    }

    Doc doc() {
      Doc bare = new Doc(text, tokens, sentences, governor, relation, names, timexes);
      return new Doc(text, tokens, sentences, governor, relation, names, timexes,
          ConstructionRules.match(bare));
    }
  }

  private StoredParses() {}

  /**
   * The examples of a rule file of the models: the line {@code # example: SENTENCE | TRIGGER -> ARGUMENT} above a
   * rule belongs to the rule that follows it, named by its first two columns.
   */
  public static List<Example> examples(String ruleFile) {
    List<String> lines = resource("/dev/storygraph/models/rules/" + ruleFile);
    List<Example> out = new ArrayList<>();
    Matcher pending = null;
    int pendingLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = EXAMPLE.matcher(line);
      if (m.matches()) {
        pending = m;
        pendingLine = i + 1;
      } else if (!line.isBlank() && !line.startsWith("#")) {
        String[] c = line.split("\t");
        String rule = c[0].strip() + " " + c[1].strip();
        if (pending == null) {
          out.add(new Example(rule, null, null, null, i + 1));
        } else {
          out.add(new Example(rule, pending.group(1), pending.group(2), pending.group(3), pendingLine));
        }
        pending = null;
      }
    }
    return out;
  }

  /** The stored parses of a rule file's examples, by sentence. */
  public static Map<String, Doc> load(String ruleFile) {
    Path file = DIR.resolve(ruleFile + ".json"); // the module's own file, fresh after a regeneration
    try (InputStream in = Files.exists(file) ? Files.newInputStream(file)
        : StoredParses.class.getResourceAsStream("/dev/storygraph/rules/" + ruleFile + ".json")) {
      if (in == null) {
        return Map.of();
      }
      Map<String, Stored> stored = JSON.readValue(in, new TypeReference<LinkedHashMap<String, Stored>>() {});
      Map<String, Doc> out = new LinkedHashMap<>();
      stored.forEach((k, v) -> out.put(k, v.doc()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses every example of a rule file with CoreNLP and writes the stored parses (regeneration only). */
  static void regenerate(String ruleFile) throws IOException {
    dev.storygraph.lexicon.Lexicons lex = dev.storygraph.lexicon.Lexicons.load(List.of());
    CoreNlpPipeline pipeline = new CoreNlpPipeline(0, lemma -> !lex.predicates(lemma, false).isEmpty());
    Map<String, Stored> out = new LinkedHashMap<>();
    for (Example e : examples(ruleFile)) {
      if (e.sentence() != null) {
        out.put(e.sentence(), Stored.of(pipeline.annotate(e.sentence(), REFERENCE)));
      }
    }
    Files.createDirectories(DIR);
    JSON.writeValue(DIR.resolve(ruleFile + ".json").toFile(), out);
  }

  private static List<String> resource(String name) {
    try (InputStream in = StoredParses.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
