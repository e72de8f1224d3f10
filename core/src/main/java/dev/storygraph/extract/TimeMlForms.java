package dev.storygraph.extract;

import dev.storygraph.lexicon.Cues;
import dev.storygraph.lexicon.DateWords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The granularity TimeML annotators give a date, written in the contract's ISO forms: "two years ago" is a
 * year, "two weeks ago" a week ({@code 2017-W51}), "the 1980s" is {@code 1980/1989}, "2014-15" is
 * {@code 2014/2015} and "1950-53" {@code 1950/1953}, "mid-2019" and "late 2019" are {@code 2019}; "now" is the
 * article's day; quarters and halves are TimeML's {@code 2017-Q4} and {@code 2017-H1}: "the fourth quarter of
 * 2017", "the first half of last year", "last quarter" (the one before the article's), "the third quarter" (the
 * latest that has begun by the article's day). Also finds the forms SUTime leaves out ("2014-15", "mid-2019",
 * "the fourth quarter of 2017"). SUTime's value stands unless one of these says otherwise. Stateless and
 * thread-safe.
 */
final class TimeMlForms {
  private static final DateWords WORDS = DateWords.STANDARD;
  /** "N units ago": the unit says the granularity; SUTime's day value says which one. */
  private static final Pattern AGO = Pattern.compile("(?i)\\b(" + WORDS.alternation("ago-unit") + ")s?\\s+(?:"
      + WORDS.alternation("ago-word") + ")\\b");
  private static final Pattern SUTIME_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  /** SUTime's decade and century: "197X", "19XX". */
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  /** A range of years: "2014-15", "2014/15", "2014-2015", "1950-53". */
  static final Pattern YEAR_PAIR = Pattern.compile("(?<![\\d/-])((?:1[6-9]|2\\d)\\d{2})[-–/](\\d{4}|\\d{2})(?![\\d/-])");
  /** A part of a year: "mid-2019", "early-2020" (SUTime tags "late 2019" itself, as 2019). */
  static final Pattern PART_OF_YEAR = Pattern.compile("(?i)\\b(?:" + WORDS.alternation("year-phase")
      + ")-((?:1[6-9]|2\\d)\\d{2})\\b");

  /**
   * A quarter or half of a year: "the fourth quarter of 2017", "first-half", "the second half of last year",
   * "last quarter", "this quarter".
   */
  static final Pattern PART = Pattern.compile("(?i)\\b(" + WORDS.alternation("part-place", "part-shift") + ")[\\s-]+("
      + WORDS.alternation("year-part") + ")\\b(?:\\s+(?:" + Cues.CONSTRUCTIONS.alternation("owner-case")
      + ")\\s+(?:((?:1[6-9]|2\\d)\\d{2})|(" + WORDS.alternation("year-shift") + ")\\s+(?:"
      + WORDS.alternation("year-word") + ")))?");
  /** The longest a range of years written with a dash may span ("1950-53"); wider pairs are no range. */
  private static final int MAX_YEAR_RANGE = 30;
  private static final int MONTHS = 12;

  private TimeMlForms() {}

  /**
   * The value TimeML gives {@code text}, or empty to keep SUTime's.
   *
   * @param value SUTime's value
   * @param ref   the article's day
   */
  static Optional<String> value(String text, String value, LocalDate ref) {
    Matcher ago = AGO.matcher(text);
    Matcher day = SUTIME_DAY.matcher(value);
    if (ago.find() && day.matches()) {
      LocalDate d = LocalDate.parse(day.group(1));
      return Optional.of(switch (WORDS.unit("ago-unit", ago.group(1)).orElseThrow()) {
        case WEEKS -> week(d);
        case MONTHS -> YearMonth.from(d).toString();
        case YEARS -> Integer.toString(d.getYear());
        case DECADES -> decade(d.getYear() / 10);
        default -> d.toString();
      });
    }
    Matcher decade = DECADE.matcher(value);
    if (decade.matches()) {
      return Optional.of(decade(Integer.parseInt(decade.group(1))));
    }
    Matcher century = CENTURY.matcher(value);
    if (century.matches()) {
      int c = Integer.parseInt(century.group(1));
      return Optional.of(c + "00/" + c + "99");
    }
    Matcher pair = YEAR_PAIR.matcher(text);
    if (pair.find()) {
      Optional<String> p = yearPair(pair);
      if (p.isPresent()) {
        return p;
      }
    }
    Matcher part = PART.matcher(text);
    if (part.find()) {
      Optional<String> p = partOfYear(part, ref);
      if (p.isPresent()) {
        return p;
      }
    }
    if (value.equals("PRESENT_REF") && ref != null) {
      return Optional.of(ref.toString());
    }
    return Optional.empty();
  }

  /** A date form SUTime does not tag, found in running text. */
  record Found(int begin, int end, String value) {}

  /**
   * The forms SUTime leaves out, in {@code text}: ranges of years, "mid-YYYY", and quarters and halves of a year
   * ({@code ref}, the article's day, resolves those the text gives no year; null leaves them out).
   */
  static List<Found> find(String text, LocalDate ref) {
    List<Found> out = new ArrayList<>();
    Matcher pair = YEAR_PAIR.matcher(text);
    while (pair.find()) {
      yearPair(pair).ifPresent(v -> out.add(new Found(pair.start(), pair.end(), v)));
    }
    Matcher part = PART_OF_YEAR.matcher(text);
    while (part.find()) {
      out.add(new Found(part.start(), part.end(), part.group(1)));
    }
    Matcher q = PART.matcher(text);
    while (q.find()) {
      int begin = q.start();
      begin -= articleBefore(text, begin);
      int from = begin;
      partOfYear(q, ref).ifPresent(v -> out.add(new Found(from, q.end(), v)));
    }
    return out;
  }

  /** "2014-15", "2014-2015" and "1950-53" as {@code START/END}, when the second year comes after the first. */
  private static Optional<String> yearPair(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int b = second.length() == 2 ? a / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (second.length() == 2 && b <= a) {
      b += 100; // "1999-01"
    }
    return b > a && b - a <= MAX_YEAR_RANGE ? Optional.of(a + "/" + b) : Optional.empty();
  }

  /** The TimeML value of a quarter or half matched by {@link #PART}, or empty when it needs a day it lacks. */
  private static Optional<String> partOfYear(Matcher m, LocalDate ref) {
    String which = m.group(1).toLowerCase(Locale.ROOT);
    String part = WORDS.part(m.group(2)).orElseThrow(); // "Q4": TimeML's letter, the parts of a year
    int parts = Integer.parseInt(part.substring(1));
    String unit = part.substring(0, 1);
    int ordinal = WORDS.number("part-place", which).map(p -> p < 0 ? parts + 1 + p : p).orElse(0);
    boolean yearGiven = m.group(3) != null || m.group(4) != null;
    if (WORDS.has("final-with-year", which) && yearGiven) {
      ordinal = parts; // "the last quarter of 2017" is its fourth
    }
    if (ordinal > parts) {
      return Optional.empty();
    }
    if (m.group(3) != null) {
      return ordinal > 0 ? Optional.of(m.group(3) + "-" + unit + ordinal) : Optional.empty();
    }
    if (ref == null) {
      return Optional.empty();
    }
    int current = (ref.getMonthValue() - 1) / (MONTHS / parts) + 1;
    if (m.group(4) != null) {
      int year = ref.getYear() + WORDS.number("year-shift", m.group(4)).orElse(0);
      return ordinal > 0 ? Optional.of(year + "-" + unit + ordinal) : Optional.empty();
    }
    int index = ref.getYear() * parts + current - 1; // counted in parts since year 0
    if (ordinal > 0) {
      index = ref.getYear() * parts + ordinal - 1;
      if (ordinal > current) {
        index -= parts; // "the fourth quarter", told in March: last year's, the latest that has begun
      }
    } else {
      index += WORDS.number("part-shift", which).orElse(0);
    }
    return Optional.of(Math.floorDiv(index, parts) + "-" + unit + (Math.floorMod(index, parts) + 1));
  }

  /**
   * The length of a definite article and its space right before {@code begin} ("the fourth quarter" spans "the"),
   * or 0; as written, with any case and whatever comes before it.
   */
  private static int articleBefore(String text, int begin) {
    for (String article : Cues.CONSTRUCTIONS.words("definite-article")) {
      String spaced = article + ' ';
      if (begin >= spaced.length() && text.regionMatches(true, begin - spaced.length(), spaced, 0, spaced.length())) {
        return spaced.length();
      }
    }
    return 0;
  }

  private static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String decade(int tens) {
    return tens + "0/" + tens + "9";
  }
}
