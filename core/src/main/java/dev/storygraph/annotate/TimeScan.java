package dev.storygraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Whether a sentence can hold a time expression: it holds a word of the models' {@code time-words.tsv} (month and
 * weekday names, units of time, parts of the day, relative times, holidays) or one of its digit shapes (a year, a
 * clock time, a date with separators). The pipeline runs SUTime only on such sentences. Cheap: one pass over the
 * characters and a few regular expressions. Immutable; thread-safe.
 */
final class TimeScan {
  private static final String RESOURCE = "/dev/storygraph/models/time-words.tsv";

  private final Set<String> words;
  private final List<String> endings;
  private final Pattern shapes;

  private TimeScan(Set<String> words, List<String> endings, List<String> shapes) {
    this.words = Set.copyOf(words);
    this.endings = List.copyOf(endings);
    this.shapes = Pattern.compile(shapes.stream().map(r -> "(?:" + r + ")").collect(Collectors.joining("|")));
  }

  /** The scan of the models' word list. */
  static TimeScan load() {
    Set<String> words = new HashSet<>();
    List<String> endings = new ArrayList<>();
    List<String> shapes = new ArrayList<>();
    List<String> lines;
    try (InputStream in = TimeScan.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath: add storygraph-models");
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 2 || c[1].isBlank()) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": expected a kind and a word: " + line);
      }
      if (!c[0].equals("shape") && !c[1].equals(c[1].toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException(RESOURCE + ":" + n + ": a word must be lower case: " + line);
      }
      switch (c[0]) {
        case "word" -> words.add(c[1]);
        case "ending" -> endings.add(c[1]);
        case "shape" -> {
          try {
            Pattern.compile(c[1]);
          } catch (PatternSyntaxException e) {
            throw new IllegalStateException(RESOURCE + ":" + n + ": bad shape " + c[1] + ": " + e.getMessage(), e);
          }
          shapes.add(c[1]);
        }
        default -> throw new IllegalStateException(RESOURCE + ":" + n + ": unknown kind " + c[0]);
      }
    }
    if (shapes.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " lists no digit shape");
    }
    return new TimeScan(words, endings, shapes);
  }

  /** True when the text holds a time word or a digit shape. */
  boolean mayHoldTime(CharSequence text) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(ch)) {
        word.append(Character.toLowerCase(ch));
      } else if (ch == '.' || ch == '\'' || ch == '\u2019') {
        continue; // "a.m." is am, "o'clock" oclock: dropped, not a break
      } else if (word.length() > 0) {
        if (isTimeWord(word.toString())) {
          return true;
        }
        word.setLength(0);
      }
    }
    return shapes.matcher(text).find();
  }

  private boolean isTimeWord(String w) {
    if (words.contains(w)
        || w.endsWith("s") && words.contains(w.substring(0, w.length() - 1))
        || w.endsWith("es") && words.contains(w.substring(0, w.length() - 2))) {
      return true;
    }
    for (String e : endings) {
      if (w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
