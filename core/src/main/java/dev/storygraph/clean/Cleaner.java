package dev.storygraph.clean;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes web boilerplate from an article: ads, subscription and registration blurbs, navigation, video
 * teasers, photo credits, copyright lines and URLs.
 *
 * <p>What it removes it overwrites with spaces, so the cleaned text has the same length as the original and
 * every character offset found in it is an offset in the original; {@link #clean} writes nothing but spaces.
 * Where a sentence must end that the text does not end (the dash after a dateline that leads a paragraph),
 * {@link #cleanText} also gives the offset, which is white space in the cleaned text, for the stage that
 * turns such white space into line breaks before annotation ({@link Cleaned#broken}). Lines stay lines: each kept line is one
 * paragraph, and a line that was only hard-wrapped is joined to the next: when the next line goes on in lower
 * case, or, in a text wrapped at a fixed width (mail, PDF exports), when the line does not close a sentence
 * and the next line's first word would not have fitted on it. Headlines, datelines, bylines and list items
 * stay lines of their own. The annotator then treats every line break as a sentence break.
 *
 * <p>The rules are about the shape of web pages, not about any site: short lines without a verb's closing
 * punctuation, lines that speak to the reader ("you", "subscribe"), lines repeated on the page (of repeated
 * prose, the first copy stays), banners in capitals, navigation words glued together, a timestamp followed by
 * a video title. Credits are found by {@link CreditShapes}, page widgets by {@link WidgetShapes} and embedded
 * galleries by {@link GalleryShapes},
 * each from the features of a line and its neighbours; the captions of the article's own pictures stay.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Cleaner {
  private static final Pattern URL = Pattern.compile(
      "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w.-]+\\.(?:com|org|net|co\\.uk|io)/\\S*");
  /**
   * A dateline that leads the first paragraph, "CITY, Region, Month D, YYYY — The ..." or "Month D — The ..."
   * once its agency tag is cut: the dash that ends it. The dateline is no part of the sentence, whose subject
   * the parser would otherwise take it for.
   */
  private static final Pattern DATELINE_LEAD = Pattern.compile(
      "^\\s*(?:\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,[^,\\n–—]{1,30}){0,3}?|" + DatelineParser.WIRE_DATE
          + ")\\s*([-–—])\\s+\\p{Lu}");
  private static final Pattern READ_TIME = Pattern.compile("(?i)\\s*[•|·]\\s*\\d+\\s*min(?:ute)?s?\\s+read\\b");
  private static final Pattern TIMESTAMP = Pattern.compile("\\s*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*");
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)^\\s*(?:©|\\(c\\)|copyright\\b)|all rights reserved");
  private static final Pattern QUOTE = Pattern.compile("[\"“”«»]");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪■►*]|-(?=\\s))\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  private static final Pattern GLUED = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\S+)");
  /** A list item: a bullet, a dash or a number with a period or parenthesis. */
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[•·▪■►*–—-]|\\d{1,3}[.)])\\s");
  /** Hard wraps are at most this wide (mail wraps at 72-78 columns, PDF exports near 100). */
  private static final int MAX_WRAP_WIDTH = 110;
  /** Lines of a wrapped paragraph end within this many columns of the wrap width. */
  private static final int WRAP_SLACK = 20;
  /** A text is wrapped when at least this many of its lines, and 40% of them, end near one width. */
  private static final int MIN_WRAPPED_LINES = 4;
  private static final int SHORT_LINE_WORDS = 5;
  private static final int PROSE_MIN_WORDS = 8;
  private static final int PROSE_MIN_LOWER = 3;
  private static final int PROMO_MAX_WORDS = 60;
  private static final int TEASER_MAX_LINES = 3;

  private final DatelineParser dates = new DatelineParser();
  private final CreditShapes credits = new CreditShapes(BoilerplateCues.get());
  private final WidgetShapes widgets = new WidgetShapes(BoilerplateCues.get());

  /**
   * A cleaned text and the sentence ends it needs that its own text does not mark.
   *
   * @param text   the cleaned text: same length as the original, every change a space
   * @param breaks offsets, ascending, where a sentence ends; each is white space in {@code text}
   */
  public record Cleaned(String text, List<Integer> breaks) {
    public Cleaned {
      requireNonNull(text, "text");
      breaks = List.copyOf(breaks);
      for (int at : breaks) {
        if (at < 0 || at >= text.length() || !Character.isWhitespace(text.charAt(at))) {
          throw new IllegalArgumentException("a break must be at white space of the text: offset=" + at
              + ", length=" + text.length());
        }
      }
    }

    /** The text with a line break at each of {@link #breaks}: same length, same offsets. */
    public String broken() {
      if (breaks.isEmpty()) {
        return text;
      }
      char[] out = text.toCharArray();
      for (int at : breaks) {
        out[at] = '\n';
      }
      return new String(out);
    }
  }

  /** The cleaned text: same length as {@code text}, boilerplate replaced by spaces, nothing else changed. */
  public String clean(String text) {
    return cleanText(text).text();
  }

  /**
   * The cleaned text, as {@link #clean}, with the offsets where a sentence ends that the text does not end: the
   * dash (now a space) after a dateline that leads a kept paragraph, "CITY, Region — The ...", so that the
   * parser does not take the dateline for the sentence's subject.
   */
  public Cleaned cleanText(String text) {
    char[] out = text.toCharArray();
    List<Line> lines = lines(text);
    // Remove URLs, credits, dateline agency tags and reading times inside lines; they never carry a fact.
    List<String> tails = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String s = l.text(text);
      boolean hadUrl = blank(out, l.begin, URL.matcher(s));
      blankPart(out, l.begin, credits.leadingCredit(s));
      int[] tail = credits.trailingCredit(s, continues(text, lines, i));
      blankPart(out, l.begin, tail);
      String tailText = tail == null ? null : s.substring(tail[0], tail[1]).strip();
      tails.add(tailText != null && CreditShapes.isNameRun(tailText) ? tailText : null);
      l.player = WidgetShapes.isPlayer(s, tail != null);
      blankPart(out, l.begin, credits.datelineAgency(s));
      Matcher lead = DATELINE_LEAD.matcher(current(out, l));
      if (lead.find()) {
        l.datelineEnd = l.begin + lead.start(1); // the dateline becomes a sentence of its own
        out[l.datelineEnd] = ' ';
      }
      blank(out, l.begin, READ_TIME.matcher(s));
      Matcher b = BULLET.matcher(s);
      if (b.find()) {
        blankRange(out, l.begin, l.begin + b.end());
      }
      if (hadUrl && words(current(out, l)) < 25) {
        l.drop = true;
      }
    }
    List<String> texts = lines.stream().map(l -> l.text(text)).toList();
    for (int i : GalleryShapes.gallery(texts, tails)) {
      lines.get(i).drop = true;
    }
    for (int i : widgets.relatedLinks(texts)) {
      lines.get(i).drop = true;
    }
    int firstLine = firstNonBlank(texts);
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    List<Set<String>> bags = new ArrayList<>();
    for (Line l : lines) {
      String key = normalized(current(out, l));
      if (!key.isEmpty() && !seen.add(key)) {
        repeated.add(key);
      }
      bags.add(bag(key));
    }
    int[] firstCopy = NearDuplicates.firstCopies(bags, SHORT_LINE_WORDS, 0.8);
    Map<Integer, Set<String>> variants = new HashMap<>(); // first copy -> the texts of its copies
    for (int i = 0; i < lines.size(); i++) {
      if (firstCopy[i] >= 0) {
        variants.computeIfAbsent(firstCopy[i], k -> new HashSet<>()).add(current(out, lines.get(i)).strip());
      }
    }
    int teaser = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      String s = current(out, l).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (TIMESTAMP.matcher(s).matches()) {
        l.drop = true;
        teaser = TEASER_MAX_LINES;
        continue;
      }
      boolean closed = closesSentence(s);
      if (teaser > 0) {
        if (!closed) {
          l.drop = true;
          teaser--;
          continue;
        }
        teaser = 0;
      }
      if (l.drop || dates.isDateline(s)) {
        continue;
      }
      int n = words(s);
      String key = normalized(s);
      int readerHits = WidgetShapes.readerHits(s);
      l.drop = COPYRIGHT.matcher(s).find()
          || l.player
          || i != firstLine && credits.isCreditLine(s)
          || WidgetShapes.isSocial(s)
          || WidgetShapes.isReaderBlurb(readerHits, n)
          || GLUED.matcher(s).results().count() >= 3 && firstWordGlued(s)
          || isBanner(s)
          || n < SHORT_LINE_WORDS && !closed
          || n <= PROMO_MAX_WORDS && readerHits > 0 && !QUOTE.matcher(s).find()
          || n >= SHORT_LINE_WORDS && (repeated.contains(key) || firstCopy[i] >= 0)
              && !(firstCopy[i] == i && variants.get(i).size() == 1 && isProse(s, n, closed));
    }
    for (Line l : lines) {
      if (l.drop) {
        blankRange(out, l.begin, l.end);
      }
    }
    for (Line l : lines) {
      if (!l.drop) {
        for (int i = l.begin; i < l.end; i++) {
          if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            out[i] = ' ';
          }
        }
      }
    }
    joinWrapped(text, out, lines);
    List<Integer> breaks = lines.stream().filter(l -> !l.drop && l.datelineEnd >= 0).map(l -> l.datelineEnd)
        .toList();
    return new Cleaned(new String(out), breaks);
  }

  /** True when line {@code i} is hard-wrapped: the next line goes on in lower case. */
  private static boolean continues(String text, List<Line> lines, int i) {
    if (i + 1 >= lines.size()) {
      return false;
    }
    String next = lines.get(i + 1).text(text).strip();
    return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0));
  }

  private static int firstNonBlank(List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      if (!texts.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static void blankPart(char[] out, int offset, int[] range) {
    if (range != null) {
      blankRange(out, offset + range[0], offset + range[1]);
    }
  }

  private static boolean firstWordGlued(String s) {
    Matcher m = WORD.matcher(s);
    return m.find() && GLUED.matcher(m.group()).results().count() >= 2;
  }

  /**
   * A paragraph of the article's prose, whose first copy stays when the page repeats it word for word (a lead
   * repeated at the end, a paragraph pasted twice): a closed sentence of {@value #PROSE_MIN_WORDS} words or
   * more, at least {@value #PROSE_MIN_LOWER} of them in lower case. Page furniture that repeats (short lines,
   * lists of links or names, credits, promotions repeated with small changes) fails this test or is not repeated
   * word for word, and goes entirely.
   */
  private static boolean isProse(String s, int words, boolean closed) {
    if (!closed || words < PROSE_MIN_WORDS) {
      return false;
    }
    int lower = 0;
    Matcher m = WORD.matcher(s);
    while (m.find() && lower < PROSE_MIN_LOWER) {
      if (Character.isLowerCase(m.group().codePointAt(0))) {
        lower++;
      }
    }
    return lower >= PROSE_MIN_LOWER;
  }

  /** A shouted line: two or more words, every letter a capital ("SIGN UP FOR OUR DAILY BRIEFING"). */
  private static boolean isBanner(String s) {
    boolean lower = s.chars().anyMatch(Character::isLowerCase);
    return !lower && s.chars().filter(Character::isLetter).count() >= 6 && words(s) >= 2
        && !s.contains("(") && !s.contains("—");
  }

  /** Lines that only wrap (no closing punctuation, next line in lower case, not a list item) become one line. */
  private static void joinWrapped(String text, char[] out, List<Line> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line a = lines.get(i);
      Line b = lines.get(i + 1);
      String sa = current(out, a).strip();
      String sb = current(out, b).strip();
      if (a.drop || b.drop || sa.isEmpty() || sb.isEmpty() || closesSentence(sa)
          || LIST_ITEM.matcher(b.text(text)).find()) {
        continue;
      }
      if (Character.isLowerCase(sb.codePointAt(0)) && a.end < out.length && out[a.end] == '\n') {
        out[a.end] = ' ';
      }
    }
  }

  static boolean closesSentence(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    if (c == '"' || c == '”' || c == '’' || c == '\'' || c == ')') {
      t = t.substring(0, t.length() - 1).strip();
      if (t.isEmpty()) {
        return false;
      }
      c = t.charAt(t.length() - 1);
    }
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static int words(String s) {
    return (int) WORD.matcher(s).results().count();
  }

  private static String normalized(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static Set<String> bag(String normalized) {
    Set<String> bag = new HashSet<>();
    for (String w : normalized.split(" ")) {
      if (!w.isEmpty()) {
        bag.add(w);
      }
    }
    return bag;
  }

  private static String current(char[] out, Line l) {
    return flat(new String(out, l.begin, l.end - l.begin));
  }

  /** The same text, line breaks and carriage returns as spaces (same length). */
  private static String flat(String s) {
    return s.indexOf('\n') < 0 ? s : s.replace('\n', ' ').replace('\r', ' ');
  }

  private static boolean blank(char[] out, int offset, Matcher m) {
    boolean any = false;
    while (m.find()) {
      blankRange(out, offset + m.start(), offset + m.end());
      any = true;
    }
    return any;
  }

  private static void blankRange(char[] out, int begin, int end) {
    for (int i = begin; i < end; i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
  }

  /**
   * The text's lines, a hard-wrapped paragraph's lines joined into one: a line goes on on the next when the
   * text is wrapped at a width (see {@link #wrapWidth}), the line does not close a sentence, the next line's
   * first word would not have fitted on it, and neither is a dateline, a credit line or a list item.
   */
  private List<Line> lines(String text) {
    List<Line> physical = physicalLines(text);
    int width = wrapWidth(physical.stream().map(l -> l.text(text)).toList());
    if (width == 0) {
      return physical;
    }
    List<Line> joined = new ArrayList<>();
    Line open = physical.get(0);
    for (int i = 1; i < physical.size(); i++) {
      Line next = physical.get(i);
      if (wraps(open.text(text), physical.get(i - 1).text(text), next.text(text), width)) {
        open = new Line(open.begin, next.end);
      } else {
        joined.add(open);
        open = next;
      }
    }
    joined.add(open);
    return joined;
  }

  /** True when {@code last} (the last physical line of {@code line}) is wrapped onto {@code next}. */
  private boolean wraps(String line, String last, String next, int width) {
    String a = last.stripTrailing();
    Matcher w = FIRST_WORD.matcher(next);
    if (a.isBlank() || !w.find() || closesSentence(a) || LIST_ITEM.matcher(next).find()) {
      return false;
    }
    return a.length() + 1 + w.group(1).length() > width && !dates.isDateline(line) && !dates.isDateline(next)
        && !credits.isCreditLine(line) && !credits.isCreditLine(next);
  }

  /**
   * The width a text is hard-wrapped at, or 0 when its lines are paragraphs: the length that nine lines in
   * ten do not pass, when it is narrow and many lines end close to it.
   */
  static int wrapWidth(List<String> lines) {
    int[] lengths = lines.stream().map(String::stripTrailing).filter(l -> !l.isBlank()).mapToInt(String::length)
        .sorted().toArray();
    if (lengths.length < MIN_WRAPPED_LINES) {
      return 0;
    }
    int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    long near = Arrays.stream(lengths).filter(n -> n >= width - WRAP_SLACK && n <= width).count();
    return width <= MAX_WRAP_WIDTH && near >= MIN_WRAPPED_LINES && near * 5 >= lengths.length * 2L ? width : 0;
  }

  private static List<Line> physicalLines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        lines.add(new Line(start, end));
        start = i + 1;
      }
    }
    return lines;
  }

  private static final class Line {
    final int begin;
    final int end;
    boolean drop;
    boolean player;
    /** The offset of the dash that ends the dateline leading this line, or -1. */
    int datelineEnd = -1;

    Line(int begin, int end) {
      this.begin = begin;
      this.end = end;
    }

    /** The line's text, a wrapped line's inner line breaks as spaces. */
    String text(String all) {
      return flat(all.substring(begin, end));
    }
  }
}
