package dev.storygraph.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day an article was written from its own text: a "Published ..." line, a wire dateline that leads
 * the first paragraph ("CITY, Month D, YYYY (Agency) - ..."), or a line near the top that holds nothing but a
 * date ("Mon D, YYYY, H:MM PM ET"). A wire dateline without its year ("Month D (Agency) - ...") gives only its
 * month and day ({@link #yearless}); the story supplies the year. Thread-safe.
 */
public final class DatelineParser {
  /** How much a found date can be trusted. */
  public enum Strength {
    /** Introduced as the publication date: "Published Mar 7, 2031". */
    PUBLISHED,
    /** The date of a wire dateline that opens the first paragraph: "CITY, Mar 3, 2025 (Agency) - ...". */
    DATELINE,
    /** A bare date at the top of the page, which may be the day the page was viewed. */
    HEADER
  }

  /**
   * A reference date found in the text.
   *
   * @param date     the day
   * @param strength how it was introduced
   */
  public record Found(LocalDate date, Strength strength) {}

  /** A month by name or abbreviation, as datelines write it. */
  private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
      + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  /** The date of a wire dateline, "March 3, 2025" or "Mar. 3": shared with the cleaner, which cuts it. */
  static final String WIRE_DATE = MONTH + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?";
  /** The city of a dateline in capitals, with an optional region: "OSLO", "PORT ALDER, Northland". */
  private static final String WIRE_CITY = "\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,\\s*\\p{Lu}[\\p{L}. ]{1,30}?)?";
  /** The agency tag of a dateline: "(Wire)", "(AP)". */
  static final String WIRE_AGENCY = "\\(\\p{Lu}[\\p{L}.&]*(?:\\s\\p{Lu}[\\p{L}.&]*){0,2}\\)";
  /** A wire dateline leading a paragraph, with its date: city or agency (or both) around it, then a dash. */
  private static final Pattern WIRE = Pattern.compile("^\\s*(?:(" + WIRE_CITY + "),\\s*)?(" + WIRE_DATE
      + ")\\s*(" + WIRE_AGENCY + ")?\\s*[-–—]\\s+\\S");
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)^\\W*(?:published|updated|posted|last\\s+updated|first\\s+published|date)\\s*(?:on|:)?\\s*(.*)$");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+");
  private static final Pattern TAIL = Pattern.compile(
      "(?i)\\s*(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?|[•|·].*|\\s-\\s.*)$");
  private static final List<DateTimeFormatter> MONTH_DAY = List.of(f("MMMM d"), f("MMM d"));
  private static final List<DateTimeFormatter> FORMATS = List.of(
      f("MMMM d, uuuu"), f("MMMM d uuuu"), f("MMM d, uuuu"), f("MMM d uuuu"), f("d MMMM uuuu"), f("d MMM uuuu"),
      f("d MMMM, uuuu"), f("uuuu-MM-dd"), f("MMMM dd, uuuu"));
  private static final int HEADER_LINES = 6;
  private static final int PUBLISHED_LINES = 20;

  private static DateTimeFormatter f(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /**
   * The reference date the article states, if any: a "Published" line first, then a wire dateline with its
   * year, then a header date line.
   */
  public Optional<Found> find(String text) {
    String[] lines = text.split("\\R");
    Found header = null;
    Found wire = null;
    int nonBlank = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (nonBlank > PUBLISHED_LINES) {
        break;
      }
      Matcher m = PUBLISHED.matcher(line);
      if (m.matches()) {
        Optional<LocalDate> d = parse(m.group(1));
        if (d.isPresent()) {
          return Optional.of(new Found(d.get(), Strength.PUBLISHED));
        }
      }
      if (wire == null) {
        Optional<LocalDate> d = wireDate(line).flatMap(this::parse);
        if (d.isPresent()) {
          wire = new Found(d.get(), Strength.DATELINE);
        }
      }
      if (header == null && nonBlank <= HEADER_LINES) {
        Optional<LocalDate> d = parse(line);
        if (d.isPresent()) {
          header = new Found(d.get(), Strength.HEADER);
        }
      }
    }
    return Optional.ofNullable(wire != null ? wire : header);
  }

  /**
   * The month and day of a wire dateline that gives no year ("Month D (Agency) - ..."), when the article states
   * no full date of its own ({@link #find} is empty).
   */
  public Optional<MonthDay> yearless(String text) {
    if (find(text).isPresent()) {
      return Optional.empty();
    }
    int nonBlank = 0;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (++nonBlank > PUBLISHED_LINES) {
        break;
      }
      Optional<String> date = wireDate(line);
      if (date.isPresent()) {
        String t = date.get().replaceAll("(?i)^(sept)\\.?\\s", "Sep ").replaceAll("(?<=^\\p{L}{3})\\.", "");
        for (DateTimeFormatter fmt : MONTH_DAY) {
          try {
            return Optional.of(MonthDay.from(fmt.parse(t)));
          } catch (DateTimeException e) {
            // try the next format
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The date written in a wire dateline that leads the line, when a city or an agency tag goes with it. */
  private static Optional<String> wireDate(String line) {
    Matcher m = WIRE.matcher(line);
    return m.find() && (m.group(1) != null || m.group(3) != null) ? Optional.of(m.group(2)) : Optional.empty();
  }

  /** True when the line holds nothing but a date (with an optional "Published", weekday or time). */
  public boolean isDateline(String line) {
    String s = line.strip();
    Matcher m = PUBLISHED.matcher(s);
    if (m.matches() && parse(m.group(1)).isPresent()) {
      return true;
    }
    return parse(s).isPresent();
  }

  /** Parses a line that is only a date, in one of the usual news formats. */
  Optional<LocalDate> parse(String s) {
    String t = s.strip();
    t = WEEKDAY.matcher(t).replaceFirst("");
    t = TAIL.matcher(t).replaceFirst("");
    t = t.replaceAll("(?i)^(sept)\\.?\\s", "Sep ").replaceAll("(?<=^\\p{L}{3})\\.", "")
        .replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "").strip();
    if (t.length() > 30 || t.length() < 8) {
      return Optional.empty();
    }
    for (DateTimeFormatter fmt : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(t, fmt));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
