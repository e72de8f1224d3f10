package dev.storygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storygraph.lexicon.Lexicons;
import dev.storygraph.lexicon.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java of fact extraction and merging interprets the data of models and names no predicate, CAMEO code or word
 * of its own (DESIGN.md, "Rules are data"): every string literal of {@code extract} and {@code merge}, and of
 * {@code lexicon} that reads their data, is listed, and none is a predicate of vocabulary.tsv or one of its CAMEO
 * codes, nor a form of the lexicon data. What a predicate does differently is a column of vocabulary.tsv or a kind
 * of constructions.tsv; a word class is a kind of a data file. Literals that name a kind, a column, a dependency
 * label or a tag are no forms and pass.
 */
final class NoPredicateInJavaTest {
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "storygraph");

  @Test
  void noStringLiteralOfExtractOrMerge_isAPredicateOrACameoCode() throws IOException {
    Vocabulary v = Vocabulary.standard();
    Set<String> forbidden = new HashSet<>(v.names());
    v.names().forEach(n -> forbidden.add(v.get(n).orElseThrow().cameo()));
    forbidden.remove("-");
    List<String> literals = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (Map.Entry<Path, List<String>> e : literals().entrySet()) {
      for (String literal : e.getValue()) {
        literals.add(literal);
        if (forbidden.contains(literal)) {
          found.add(e.getKey().getFileName() + ": \"" + literal + "\"");
        }
      }
    }
    assertThat(literals).as("string literals read").hasSizeGreaterThan(200);
    assertThat(found).as("predicates or CAMEO codes in the Java of extract and merge").isEmpty();
  }

  /**
   * Tags of CoreNLP written as they are, upper case, that are also English words of the lexicon: Penn POS tags
   * ("IN", "TO", "ADD" for a web address) and NER or SUTime types ("CITY", "SET", "TIME", "ORGANIZATION").
   * Compared as written: "in" is no tag.
   */
  private static final Set<String> TAGS = Set.of("IN", "TO", "ADD", "CITY", "SET", "TIME", "ORGANIZATION");

  /**
   * Literals that are a form of the lexicon and still no word of a rule, each in the one file allowed to hold
   * it, with why. The test fails when one is no longer there, so this list does not outlive its reasons.
   */
  private static final Map<String, Set<String>> KEYS = Map.of(
      // the line kinds of roles.txt, the "when" column of metonyms.tsv, the kind column of places.tsv: the
      // reader of those files names their keys, and its Place methods (isCapital, isCity) spare the rules them
      "Lexicons.java", Set.of("head", "office", "post", "owner", "employer", "body", "capital", "city"),
      // the yes/no value of vocabulary.tsv's columns
      "Vocabulary.java", Set.of("no"),
      // a feature name of confidence.tsv: the fact has a time
      "Calibration.java", Set.of("time"),
      // the field a conflict names, fixed by the JSON contract (DESIGN.md)
      "FactMerge.java", Set.of("time"));

  @Test
  void noStringLiteralOfExtractOrMerge_isALexiconForm() throws IOException {
    Map<String, Set<String>> forms = lexiconForms();
    assertThat(forms.keySet()).as("forms read").hasSizeGreaterThan(3000)
        .contains("the", "he", "its", "of", "weekend", "two", "quarter", "inc", "adviser", "defence", "have");
    List<String> found = new ArrayList<>();
    Map<String, Set<String>> unused = new java.util.HashMap<>();
    KEYS.forEach((f, ks) -> unused.put(f, new HashSet<>(ks)));
    for (Map.Entry<Path, List<String>> e : literals().entrySet()) {
      String file = e.getKey().getFileName().toString();
      for (String literal : e.getValue()) {
        String form = literal.strip().toLowerCase(Locale.ROOT);
        if (!forms.containsKey(form) || TAGS.contains(literal)) {
          continue;
        }
        if (KEYS.getOrDefault(file, Set.of()).contains(literal)) {
          unused.get(file).remove(literal);
        } else {
          found.add(file + ": \"" + literal + "\" is a form of " + forms.get(form));
        }
      }
    }
    assertThat(found).as("lexicon forms in the Java of extract and merge").isEmpty();
    unused.values().removeIf(Set::isEmpty);
    assertThat(unused).as("listed keys no longer in their file: drop them from KEYS").isEmpty();
  }

  /**
   * Every form of the lexicon data, with the files and kinds that list it: the words of constructions.tsv,
   * cues.tsv and date-words.tsv, time-words.tsv's words and endings, the role forms of roles.txt and
   * role-lexicon.txt, the triggers of predicates.tsv, and the one-word lists of Lexicons (designators and legal
   * forms, honorifics, firm nouns, institutions, generic names, facilities, particles).
   */
  static Map<String, Set<String>> lexiconForms() {
    Map<String, Set<String>> forms = new java.util.HashMap<>();
    java.util.function.BiConsumer<String, String> add = (form, where) -> forms
        .computeIfAbsent(form.strip().toLowerCase(Locale.ROOT), k -> new java.util.TreeSet<>()).add(where);
    for (String file : List.of("constructions.tsv", "cues.tsv", "date-words.tsv", "time-words.tsv")) {
      for (String[] c : rows(file)) {
        if (!c[0].equals("shape")) { // time-words.tsv: a regular expression of digits, no word
          add.accept(c[1], file + " " + c[0]);
        }
      }
    }
    for (String file : List.of("roles.txt", "role-lexicon.txt")) {
      for (String[] c : rows(file)) {
        String line = c[0]; // "head foreign minister", "same coach|head coach": no tabs
        int sp = line.indexOf(' ');
        for (String form : line.substring(sp + 1).split("\\|")) {
          add.accept(form, file + " " + line.substring(0, sp));
        }
      }
    }
    for (String[] c : rows("predicates.tsv")) {
      add.accept(c[0], "predicates.tsv");
    }
    for (String file : List.of("org-designators.txt", "honorifics.txt", "firm-nouns.txt", "institutions.txt",
        "generic-names.txt", "facilities.txt", "lexicon/particles.txt")) {
      for (String[] c : rows(file)) {
        add.accept(c[0], file);
      }
    }
    forms.remove("");
    return forms;
  }

  private static List<String[]> rows(String file) {
    return Lexicons.resource(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1)).toList();
  }

  /** The string literals of the Java of extract, lexicon and merge, per file, comments left out. */
  private static Map<Path, List<String>> literals() throws IOException {
    Map<Path, List<String>> out = new java.util.TreeMap<>();
    for (String pkg : List.of("extract", "lexicon", "merge")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          Matcher m = LITERAL.matcher(withoutComments(Files.readString(f, StandardCharsets.UTF_8)));
          List<String> lits = new ArrayList<>();
          while (m.find()) {
            lits.add(m.group(1));
          }
          out.put(f, lits);
        }
      }
    }
    return out;
  }

  @Test
  void withoutComments_keepsCodeAndDropsComments() {
    assertThat(withoutComments("a(\"x\"); // \"kill\"\n/* \"meet\" */ b(\"y\");"))
        .contains("\"x\"", "\"y\"").doesNotContain("kill", "meet");
  }

  /** The code with its comments blanked out, string literals kept (a literal may hold "//"). */
  static String withoutComments(String code) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < code.length()) {
      char ch = code.charAt(i);
      if (ch == '"') {
        int end = i + 1;
        while (end < code.length() && code.charAt(end) != '"') {
          end += code.charAt(end) == '\\' ? 2 : 1;
        }
        b.append(code, i, Math.min(end + 1, code.length()));
        i = end + 1;
      } else if (ch == '\'' && i + 2 < code.length()) {
        int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
        b.append(code, i, end + 1);
        i = end + 1;
      } else if (code.startsWith("//", i)) {
        int end = code.indexOf('\n', i);
        i = end < 0 ? code.length() : end;
      } else if (code.startsWith("/*", i)) {
        int end = code.indexOf("*/", i + 2);
        i = end < 0 ? code.length() : end + 2;
      } else {
        b.append(ch);
        i++;
      }
    }
    return b.toString();
  }
}
