package dev.storygraph.lexicon;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of dates ({@code date-words.tsv}) that {@code extract.DateNormalizer} and {@code extract.TimeMlForms}
 * join into their patterns: number words, units, the words that shift a date back or ahead, parts of a year.
 * Immutable; thread-safe.
 */
public final class DateWords {
  /** Kinds whose rows give a value, and what the value must be. */
  private static final Set<String> NUMBER_KINDS = Set.of("count-word", "weekend-shift", "weekday-shift", "part-place",
      "part-shift", "year-shift");
  private static final Set<String> UNIT_KINDS = Set.of("span-unit", "ago-unit");
  private static final Set<String> PART_KINDS = Set.of("year-part");
  private static final Set<String> WORD_KINDS = Set.of("span-back", "span-bare", "ago-word", "weekend-word",
      "final-with-year", "year-word", "range-start", "range-mark", "year-end-word", "year-phase");
  private static final Set<String> WEEKDAY_KINDS = Set.of("weekday-name");
  private static final Set<String> MONTH_KINDS = Set.of("month-name");
  private static final Pattern PART_VALUE = Pattern.compile("[A-Z][1-9]");
  public static final DateWords STANDARD = parse(Lexicons.resource("date-words.tsv"), "date-words.tsv");

  /** Per kind, its words in file order, each with its value (empty for the kinds without one). */
  private final Map<String, Map<String, String>> byKind;

  private DateWords(Map<String, Map<String, String>> byKind) {
    this.byKind = byKind;
  }

  /** True when {@code word} (any case) is a word of {@code kind}. */
  public boolean has(String kind, String word) {
    return words(kind).containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The number a word of a number kind stands for, or empty when it is no word of {@code kind}. */
  public Optional<Integer> number(String kind, String word) {
    String v = words(kind).get(word.toLowerCase(Locale.ROOT));
    return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v));
  }

  /** The unit a word of a unit kind names, or empty. */
  public Optional<ChronoUnit> unit(String kind, String word) {
    String v = words(kind).get(word.toLowerCase(Locale.ROOT));
    return v == null ? Optional.empty() : Optional.of(ChronoUnit.valueOf(v));
  }

  /** The day of the week a word of {@code weekday-name} names, or empty. */
  public Optional<DayOfWeek> weekday(String word) {
    return Optional.ofNullable(words("weekday-name").get(word.toLowerCase(Locale.ROOT))).map(DayOfWeek::valueOf);
  }

  /** The month a word of {@code month-name} names, or empty. */
  public Optional<Month> month(String word) {
    return Optional.ofNullable(words("month-name").get(word.toLowerCase(Locale.ROOT))).map(Month::valueOf);
  }

  /** TimeML's letter and count of parts of a year for a word of {@code year-part} ("Q4"), or empty. */
  public Optional<String> part(String word) {
    return Optional.ofNullable(words("year-part").get(word.toLowerCase(Locale.ROOT)));
  }

  /**
   * True when {@code lower}, a date's text in lower case, holds anywhere a word of {@code kind} whose value is
   * {@code value} (null: any value).
   */
  public boolean contains(String lower, String kind, Integer value) {
    for (Map.Entry<String, String> e : words(kind).entrySet()) {
      if ((value == null || Integer.parseInt(e.getValue()) == value) && lower.contains(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** The words of the kinds, in file order and each once, as a regular-expression alternation: "a|b|c". */
  public String alternation(String... kinds) {
    List<String> words = new ArrayList<>();
    for (String k : kinds) {
      words(k).keySet().stream().filter(w -> !words.contains(w)).forEach(words::add);
    }
    return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private Map<String, String> words(String kind) {
    Map<String, String> words = byKind.get(kind);
    if (words == null) {
      throw new IllegalArgumentException("no date word kind " + kind);
    }
    return words;
  }

  /**
   * @throws IllegalArgumentException naming file, line and value of a row of an unknown kind, a missing word, or
   *     a value its kind does not take
   */
  static DateWords parse(List<String> lines, String file) {
    Map<String, Map<String, String>> map = new LinkedHashMap<>();
    for (TsvRow row : TsvRow.read(lines, file, 2, "kind, word, value")) {
      String kind = row.cells()[0].strip();
      String word = row.cells()[1].strip().toLowerCase(Locale.ROOT);
      String value = row.cells().length > 2 ? row.cells()[2].strip() : "";
      boolean valid = !word.isEmpty() && row.cells().length <= 3 && (WORD_KINDS.contains(kind) ? value.isEmpty()
          : NUMBER_KINDS.contains(kind) ? value.matches("-?\\d+")
          : UNIT_KINDS.contains(kind) ? isUnit(value)
          : WEEKDAY_KINDS.contains(kind) ? isEnum(DayOfWeek.class, value)
          : MONTH_KINDS.contains(kind) ? isEnum(Month.class, value)
          : PART_KINDS.contains(kind) && PART_VALUE.matcher(value).matches());
      if (!valid) {
        throw new IllegalArgumentException(row.where() + ": expected a kind of " + kinds()
            + ", a word and the value its kind takes: '" + row.line() + "'");
      }
      map.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(word, value);
    }
    Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
    for (String k : kinds()) {
      frozen.put(k, java.util.Collections.unmodifiableMap(map.getOrDefault(k, new LinkedHashMap<>())));
    }
    return new DateWords(java.util.Collections.unmodifiableMap(frozen));
  }

  private static boolean isUnit(String value) {
    return isEnum(ChronoUnit.class, value);
  }

  private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
    try {
      Enum.valueOf(type, value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Every kind the file may hold, sorted. */
  private static List<String> kinds() {
    List<String> all = new ArrayList<>();
    for (Set<String> s : List.of(NUMBER_KINDS, UNIT_KINDS, PART_KINDS, WORD_KINDS, WEEKDAY_KINDS, MONTH_KINDS)) {
      all.addAll(s);
    }
    all.sort(null);
    return all;
  }
}
