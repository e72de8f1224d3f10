package dev.storygraph.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The few words the boilerplate features need, read from {@code boilerplate-cues.tsv} in storygraph-models:
 * words that label a picture credit, and labels that head a link to another story. Immutable, thread-safe.
 */
final class BoilerplateCues {
  private static final String FILE = "/dev/storygraph/models/boilerplate-cues.tsv";
  private static final BoilerplateCues DEFAULT = load();

  private final Map<String, Set<String>> byKind;

  private BoilerplateCues(Map<String, Set<String>> byKind) {
    this.byKind = byKind;
  }

  static BoilerplateCues get() {
    return DEFAULT;
  }

  /** True when {@code word} (any case) labels a picture or video credit. */
  boolean isCredit(String word) {
    return has("credit", word);
  }

  /** True when {@code word} (any case) heads a link to another story. */
  boolean isRelatedLabel(String word) {
    return has("related", word);
  }

  private boolean has(String kind, String word) {
    return byKind.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  private static BoilerplateCues load() {
    Map<String, Set<String>> m = new HashMap<>();
    try (InputStream in = BoilerplateCues.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is not on the classpath: add storygraph-models");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] c = t.split("\t");
        if (c.length != 2) {
          throw new IllegalStateException(FILE + ":" + n + ": expected KIND<TAB>word, got: " + line);
        }
        m.computeIfAbsent(c[0].strip(), k -> new HashSet<>()).add(c[1].strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
    m.replaceAll((k, v) -> Set.copyOf(v));
    return new BoilerplateCues(Map.copyOf(m));
  }
}
