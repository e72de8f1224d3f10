package dev.storygraph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When something happened, as an ISO 8601 value and the days it covers.
 *
 * @param value an ISO 8601 day ({@code 2023-09-17}), month ({@code 2023-08}), week ({@code 2023-W37}),
 *              year ({@code 2023}) or interval ({@code 2023-09-16/2023-09-17})
 * @param begin the first day covered
 * @param end   the last day covered, not before {@code begin}
 */
public record TimeSpan(String value, LocalDate begin, LocalDate end) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");

  public TimeSpan {
    requireNonNull(value, "value");
    requireNonNull(begin, "begin");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(begin), "time span ends before it begins: begin=%s, end=%s", begin, end);
  }

  /** One day. */
  public static TimeSpan day(LocalDate day) {
    return new TimeSpan(day.toString(), day, day);
  }

  /** The interval from {@code begin} to {@code end}, both included. */
  public static TimeSpan between(LocalDate begin, LocalDate end) {
    if (begin.equals(end)) {
      return day(begin);
    }
    return new TimeSpan(begin + "/" + end, begin, end);
  }

  /**
   * Parses a value in one of the forms {@link #value()} documents.
   *
   * @return the span, or empty when the value is not a calendar date (a duration, "PAST_REF", an unresolved
   *     "XXXX-09-17")
   */
  public static Optional<TimeSpan> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int slash = value.indexOf('/');
    if (slash > 0) {
      Optional<TimeSpan> a = parse(value.substring(0, slash));
      Optional<TimeSpan> b = parse(value.substring(slash + 1));
      if (a.isPresent() && b.isPresent() && !b.get().end().isBefore(a.get().begin())) {
        return Optional.of(new TimeSpan(value, a.get().begin(), b.get().end()));
      }
      return Optional.empty();
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        return Optional.of(day(LocalDate.parse(value)));
      }
      m = MONTH.matcher(value);
      if (m.matches()) {
        YearMonth ym = YearMonth.parse(value);
        return Optional.of(new TimeSpan(value, ym.atDay(1), ym.atEndOfMonth()));
      }
      m = WEEK.matcher(value);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate monday = LocalDate.of(year, 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Optional.of(new TimeSpan(value, monday, monday.plusDays(6)));
      }
      m = YEAR.matcher(value);
      if (m.matches()) {
        int year = Integer.parseInt(value);
        return Optional.of(new TimeSpan(value, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // 2023-02-30 and the like: not a calendar date
    }
    return Optional.empty();
  }

  /** True when this span lies within {@code other}. */
  public boolean within(TimeSpan other) {
    return !begin.isBefore(other.begin) && !end.isAfter(other.end);
  }

  /** True when the two spans share at least one day. */
  public boolean overlaps(TimeSpan other) {
    return !end.isBefore(other.begin) && !other.end.isBefore(begin);
  }

  /** Number of days covered. */
  public long days() {
    return end.toEpochDay() - begin.toEpochDay() + 1;
  }
}
