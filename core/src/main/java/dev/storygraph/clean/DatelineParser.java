package dev.storygraph.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day an article was written from its own text: a "Published ..." line, or a line near the top
 * that holds nothing but a date. Thread-safe.
 */
public final class DatelineParser {
  /** How much a found date can be trusted. */
  public enum Strength {
    /** Introduced as the publication date: "Published Sep 18, 2023". */
    PUBLISHED,
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

  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i)^\\W*(?:published|updated|posted|last\\s+updated|first\\s+published|date)\\s*(?:on|:)?\\s*(.*)$");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\\.?,?\\s+");
  private static final Pattern TAIL = Pattern.compile(
      "(?i)\\s*(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?|[•|·].*|\\s-\\s.*)$");
  private static final List<DateTimeFormatter> FORMATS = List.of(
      f("MMMM d, uuuu"), f("MMMM d uuuu"), f("MMM d, uuuu"), f("MMM d uuuu"), f("d MMMM uuuu"), f("d MMM uuuu"),
      f("d MMMM, uuuu"), f("uuuu-MM-dd"), f("MMMM dd, uuuu"));
  private static final int HEADER_LINES = 6;
  private static final int PUBLISHED_LINES = 20;

  private static DateTimeFormatter f(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** The reference date the article states, if any: a "Published" line first, then a header date line. */
  public Optional<Found> find(String text) {
    String[] lines = text.split("\\R");
    Found header = null;
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
      if (header == null && nonBlank <= HEADER_LINES) {
        Optional<LocalDate> d = parse(line);
        if (d.isPresent()) {
          header = new Found(d.get(), Strength.HEADER);
        }
      }
    }
    return Optional.ofNullable(header);
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
