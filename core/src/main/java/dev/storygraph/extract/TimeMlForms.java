package dev.storygraph.extract;

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
 * {@code 2014/2015}, "mid-2019" and "late 2019" are {@code 2019}; "now" is the article's day. Also finds the
 * forms SUTime leaves out ("2014-15", "mid-2019"). SUTime's value stands unless one of these says otherwise.
 * Stateless and thread-safe.
 */
final class TimeMlForms {
  /** "N units ago": the unit says the granularity; SUTime's day value says which one. */
  private static final Pattern AGO = Pattern.compile("(?i)\\b(day|week|month|year|decade)s?\\s+ago\\b");
  private static final Pattern SUTIME_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  /** SUTime's decade and century: "197X", "19XX". */
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  /** Two consecutive years: "2014-15", "2014/15", "2014-2015". */
  static final Pattern YEAR_PAIR = Pattern.compile("(?<![\\d/-])((?:1[6-9]|2\\d)\\d{2})[-–/](\\d{4}|\\d{2})(?![\\d/-])");
  /** A part of a year: "mid-2019", "early-2020" (SUTime tags "late 2019" itself, as 2019). */
  static final Pattern PART_OF_YEAR = Pattern.compile("(?i)\\b(?:early|mid|late)-((?:1[6-9]|2\\d)\\d{2})\\b");

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
      return Optional.of(switch (ago.group(1).toLowerCase(Locale.ROOT)) {
        case "week" -> week(d);
        case "month" -> YearMonth.from(d).toString();
        case "year" -> Integer.toString(d.getYear());
        case "decade" -> decade(d.getYear() / 10);
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
    if (value.equals("PRESENT_REF") && ref != null) {
      return Optional.of(ref.toString());
    }
    return Optional.empty();
  }

  /** A date form SUTime does not tag, found in running text. */
  record Found(int begin, int end, String value) {}

  /** The forms SUTime leaves out, in {@code text}: consecutive-year pairs and "mid-YYYY". */
  static List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher pair = YEAR_PAIR.matcher(text);
    while (pair.find()) {
      yearPair(pair).ifPresent(v -> out.add(new Found(pair.start(), pair.end(), v)));
    }
    Matcher part = PART_OF_YEAR.matcher(text);
    while (part.find()) {
      out.add(new Found(part.start(), part.end(), part.group(1)));
    }
    return out;
  }

  /** "2014-15" and "2014-2015" as {@code 2014/2015}, when the second year is the next one. */
  private static Optional<String> yearPair(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int b = second.length() == 2 ? a / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    return b == a + 1 ? Optional.of(a + "/" + b) : Optional.empty();
  }

  private static String week(LocalDate d) {
    return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String decade(int tens) {
    return tens + "0/" + tens + "9";
  }
}
