package dev.storygraph.extract;

import dev.storygraph.DateExpression;
import dev.storygraph.TimeSpan;
import dev.storygraph.annotate.Doc;
import dev.storygraph.annotate.TimexSpan;
import dev.storygraph.annotate.Token;
import dev.storygraph.lexicon.DateWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SUTime's values into the dates a reader means, given the article's reference date and the tense of
 * the clause: a past "on Wednesday" is the Wednesday before, "over the weekend" in a Monday article is the
 * weekend just gone, "Monday to Thursday" is one interval, "since February" is the last February.
 * Thread-safe.
 */
public final class DateNormalizer {
  private static final DateWords WORDS = DateWords.STANDARD;
  /** "from Tuesday to Friday", "2009-2011" (date-words.tsv: range-start, range-mark). */
  private static final Pattern RANGE = Pattern.compile("(?i)^(?:(?:" + WORDS.alternation("range-start")
      + ")\\s+)?(.+?)\\s*(?:\\b(?:" + WORDS.alternation("range-mark") + ")\\b|-|–)\\s*(.+)$");
  private static final Pattern RANGE_WORD = Pattern.compile("(?i)\\b(?:" + WORDS.alternation("range-mark") + ")\\b");
  private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(" + WORDS.alternation("weekday-name") + ")\\b");
  private static final Pattern MONTH = Pattern.compile("(?i)\\b(" + WORDS.alternation("month-name") + ")\\b\\.?");
  private static final Pattern DIGITS = Pattern.compile("\\d");
  /** "the past two weeks", "the last three days" (date-words.tsv: span-back, count-word, span-unit, span-bare). */
  private static final Pattern PAST_SPAN = Pattern.compile("(?i)\\b(?:" + WORDS.alternation("span-back")
      + ")\\s+(?:(\\d+|" + WORDS.alternation("count-word") + ")\\s+)?(" + WORDS.alternation("span-unit") + ")s?\\b");
  /** "the close of last year" is its December; "late 2019" is the year itself, as TimeML writes it. */
  private static final Pattern END_OF = Pattern.compile("(?i)\\b(?:" + WORDS.alternation("year-end-word") + ")\\b");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)?\\b");

  /** One normalized date with the token range it covers. */
  public record Dated(DateExpression expression, int first, int end) {}

  /** The date expressions of a document, normalized against {@code reference} (null: unresolved). */
  public List<Dated> normalize(String articleId, Doc doc, LocalDate reference) {
    List<Dated> out = new ArrayList<>();
    java.util.Set<Dated> timesOfDay = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (TimexSpan t : doc.timexes()) {
      String value = value(doc, t, reference);
      if (value.isEmpty()) {
        continue;
      }
      Dated d = new Dated(new DateExpression(articleId, t.text(), value, t.begin(), t.endChar()), t.first(), t.end());
      out.add(d);
      if (t.value() != null && t.value().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
        timesOfDay.add(d);
      }
      out.addAll(endpoints(articleId, doc, t));
    }
    out = withDayOfNeighbour(doc, out, timesOfDay);
    for (TimeMlForms.Found f : TimeMlForms.find(doc.text(), reference)) {
      // a form that holds SUTime's whole expression ("the fourth quarter of 2017" around "2017") replaces it
      List<Dated> inside = out.stream().filter(d -> f.begin() <= d.expression().begin()
          && d.expression().end() <= f.end() && (f.begin() < d.expression().begin() || d.expression().end() < f.end()))
          .toList();
      boolean covered = doc.timexes().stream().anyMatch(t -> t.begin() < f.end() && f.begin() < t.endChar()
          && !(f.begin() <= t.begin() && t.endChar() <= f.end() && (f.begin() < t.begin() || t.endChar() < f.end())));
      if (!covered) {
        out.removeAll(inside);
      }
      int first = tokenAt(doc, f.begin());
      if (!covered && first >= 0) {
        int end = first;
        while (end < doc.tokens().size() && doc.token(end).begin() < f.end()) {
          end++;
        }
        String text = doc.text().substring(f.begin(), f.end());
        out.add(new Dated(new DateExpression(articleId, text, f.value(), f.begin(), f.end()), first, end));
      }
    }
    return out;
  }

  /**
   * "late Tuesday night": SUTime gives the parts of the day ("late", "night") their own values (a day with a
   * time of day), resolved without the tense that places the weekday; a part of the day right beside a day
   * named by weekday or date, in the same sentence, is on that day.
   */
  private static List<Dated> withDayOfNeighbour(Doc doc, List<Dated> dates, java.util.Set<Dated> timesOfDay) {
    List<Dated> out = new ArrayList<>(dates.size());
    for (Dated d : dates) {
      Dated fixed = d;
      String text = d.expression().text();
      if (timesOfDay.contains(d) && DAY_VALUE.matcher(d.expression().value()).matches()
          && !WEEKDAY.matcher(text).find() && !MONTH.matcher(text).find() && !DIGITS.matcher(text).find()) {
        for (Dated n : dates) {
          if (n != d && (n.end() == d.first() || d.end() == n.first())
              && doc.token(n.first()).sentence() == doc.token(d.first()).sentence()
              && DAY_VALUE.matcher(n.expression().value()).matches()
              && (WEEKDAY.matcher(n.expression().text()).find() || MONTH.matcher(n.expression().text()).find())) {
            DateExpression e = d.expression();
            fixed = new Dated(new DateExpression(e.article(), e.text(), n.expression().value(), e.begin(), e.end()),
                d.first(), d.end());
            break;
          }
        }
      }
      out.add(fixed);
    }
    return out;
  }

  /**
   * The two ends of a range between explicit years, each a date of its own as TimeML annotates them ("from
   * 2009 to 2011": 2009, 2011); the range itself keeps its START/END value.
   */
  private static List<Dated> endpoints(String articleId, Doc doc, TimexSpan t) {
    Matcher range = RANGE.matcher(t.text());
    if (!range.matches() || !YEAR.matcher(range.group(1)).matches() || !YEAR.matcher(range.group(2)).matches()
        || !RANGE_WORD.matcher(t.text()).find()) {
      return List.of();
    }
    List<Dated> out = new ArrayList<>();
    for (int g = 1; g <= 2; g++) {
      int b = t.begin() + range.start(g);
      int e = t.begin() + range.end(g);
      int tok = tokenAt(doc, b);
      if (tok >= 0) {
        out.add(new Dated(new DateExpression(articleId, range.group(g), range.group(g), b, e), tok, tok + 1));
      }
    }
    return out;
  }

  /** The token that holds character {@code offset}, or -1. */
  private static int tokenAt(Doc doc, int offset) {
    for (Token k : doc.tokens()) {
      if (k.begin() <= offset && offset < k.end()) {
        return k.index();
      }
    }
    return -1;
  }

  String value(Doc doc, TimexSpan t, LocalDate ref) {
    String v = t.value() == null ? "" : t.value();
    int tIdx = v.indexOf('T');
    if (v.matches("\\d{4}-\\d{2}-\\d{2}T.*") && tIdx > 0) {
      v = v.substring(0, tIdx);
    }
    // the tense only where the value depends on it: it reads the parse, and a sentence is parsed only when a
    // reader needs its dependencies (annotate.Doc)
    Tense[] tense = new Tense[1];
    return value(t.text(), v, ref, () -> {
      if (tense[0] == null) {
        tense[0] = Tense.of(doc, t.first());
      }
      return tense[0];
    });
  }

  /**
   * The value a reader means by {@code text}, given SUTime's value {@code v} (its clock part cut), the
   * article's day (null: unresolved) and the tense of the clause.
   */
  String value(String text, String v, LocalDate ref, Tense tense) {
    return value(text, v, ref, () -> tense);
  }

  private String value(String text, String v, LocalDate ref, java.util.function.Supplier<Tense> tense) {
    Optional<String> timeMl = TimeMlForms.value(text, v, ref);
    if (timeMl.isPresent()) {
      return timeMl.get();
    }
    Matcher years = RANGE.matcher(text);
    if (years.matches() && YEAR.matcher(years.group(1)).matches() && YEAR.matcher(years.group(2)).matches()) {
      return years.group(1) + "/" + years.group(2);
    }
    if (ref == null) {
      return v;
    }
    Matcher range = RANGE.matcher(text);
    if (range.matches() && WEEKDAY.matcher(range.group(1)).find() && WEEKDAY.matcher(range.group(2)).find()
        && !DIGITS.matcher(text).find()) {
      LocalDate a = weekday(day(range.group(1)), ref, tense.get());
      LocalDate b = a.with(TemporalAdjusters.nextOrSame(day(range.group(2))));
      return TimeSpan.between(a, b).value();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower, "weekend-word", null) && !DIGITS.matcher(text).find()) {
      LocalDate sat = tense.get() == Tense.FUTURE
          ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
          : ref.getDayOfWeek() == DayOfWeek.SUNDAY ? ref.minusDays(1)
          : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      if (WORDS.contains(lower, "weekend-shift", -1)) {
        sat = ref.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      } else if (WORDS.contains(lower, "weekend-shift", 1)) {
        sat = ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
      }
      return TimeSpan.between(sat, sat.plusDays(1)).value();
    }
    Matcher past = PAST_SPAN.matcher(text);
    if (past.find() && (WORDS.contains(lower, "span-bare", null) || past.group(1) != null)) {
      int n = past.group(1) == null ? 1 : number(past.group(1));
      int days = (int) WORDS.unit("span-unit", past.group(2)).orElseThrow().getDuration().toDays() * n;
      return TimeSpan.between(ref.minusDays(days), ref.minusDays(1)).value();
    }
    Matcher wd = WEEKDAY.matcher(text);
    if (wd.find() && MONTH.matcher(text).find() && DAY_OF_MONTH.matcher(text).find() && !YEAR.matcher(text).find()
        && DAY_VALUE.matcher(v).matches()) {
      return onWeekday(LocalDate.parse(v), day(text), ref).toString();
    }
    if (wd.find(0) && !DIGITS.matcher(text).find() && !MONTH.matcher(text).find()) {
      DayOfWeek d = WORDS.weekday(wd.group(1)).orElseThrow();
      if (WORDS.contains(lower, "weekday-shift", -1)) {
        return ref.minusDays(1).with(TemporalAdjusters.previousOrSame(d)).toString();
      }
      if (WORDS.contains(lower, "weekday-shift", 1)) {
        return ref.with(TemporalAdjusters.next(d)).toString();
      }
      return weekday(d, ref, tense.get()).toString();
    }
    if (END_OF.matcher(text).find() && YEAR.matcher(v).matches()) {
      return v + "-12";
    }
    Matcher month = MONTH.matcher(text);
    if (month.find() && !DIGITS.matcher(text).find() && (v.matches("\\d{4}-\\d{2}") || v.isEmpty())) {
      Month m = month(month.group(1));
      YearMonth now = YearMonth.from(ref);
      YearMonth same = YearMonth.of(ref.getYear(), m);
      YearMonth chosen = switch (tense.get()) {
        case PAST -> same.isAfter(now) ? same.minusYears(1) : same;
        case FUTURE -> same.isBefore(now) ? same.plusYears(1) : same;
        case PRESENT -> same;
      };
      return chosen.toString();
    }
    return v;
  }

  /**
   * "Friday, Jan. 5" without a year: the year in which that day is that weekday, nearest the article's day
   * (SUTime picks a year without looking at the weekday).
   */
  private static LocalDate onWeekday(LocalDate sutime, DayOfWeek d, LocalDate ref) {
    if (sutime.getDayOfWeek() == d) {
      return sutime;
    }
    LocalDate best = sutime;
    long bestGap = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate c;
      try {
        c = sutime.withYear(y);
      } catch (java.time.DateTimeException e) {
        continue;
      }
      long gap = Math.abs(c.toEpochDay() - ref.toEpochDay());
      if (c.getDayOfWeek() == d && c.getMonth() == sutime.getMonth() && gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return best;
  }

  private static LocalDate weekday(DayOfWeek d, LocalDate ref, Tense tense) {
    return switch (tense) {
      case PAST -> ref.with(TemporalAdjusters.previousOrSame(d));
      case FUTURE -> ref.with(TemporalAdjusters.nextOrSame(d));
      case PRESENT -> {
        LocalDate before = ref.with(TemporalAdjusters.previousOrSame(d));
        LocalDate after = ref.with(TemporalAdjusters.nextOrSame(d));
        yield ref.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - ref.toEpochDay() ? before : after;
      }
    };
  }

  private static DayOfWeek day(String s) {
    Matcher m = WEEKDAY.matcher(s);
    if (!m.find()) {
      throw new IllegalArgumentException("no weekday in: " + s);
    }
    return WORDS.weekday(m.group(1)).orElseThrow();
  }

  private static Month month(String s) {
    return WORDS.month(s).orElseThrow(() -> new IllegalArgumentException("not a month: " + s));
  }

  private static int number(String s) {
    return WORDS.number("count-word", s).orElseGet(() -> Integer.parseInt(s));
  }
}
