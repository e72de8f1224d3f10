package dev.storygraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credits recognised by their shape: the credit that opens a caption ("X Images The blast ..."), the credit
 * that closes one ("... on Monday. AGENCY/Name Name", "(Photo: Name, Agency)", a lone name after the last
 * sentence), reporting credits ("(Reporting by X; Editing by Y)", "By X", "With assistance by X"), and the
 * agency tag of a dateline ("CITY, Country (Agency) - ", "Month D (Agency) - "). Which words label a credit is data
 * ({@link BoilerplateCues}); the rest is the shape of the line. Stateless and thread-safe.
 */
final class CreditShapes {
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  /** A name, agency or cue glued to a capitalized name by a slash: "AGENCY/Name", "Photo/Name", "File/Agency". */
  private static final Pattern SLASH = Pattern.compile("\\p{L}[\\p{L}.]*\\s?/\\s?\\p{Lu}");
  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
  /** "Reporting by A and B", "Writing by C", "By D": up to three words, "by", then names only. */
  private static final Pattern BY_CREDIT = Pattern.compile(
      "(?i:(?:\\p{L}+\\s+){0,3}by)\\s+" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*");
  private static final Pattern PAREN_TAIL = Pattern.compile("\\(([^()]{1,160})\\)[\\s.]*$");
  /** Where a sentence ends inside a line: closing punctuation (and quote) or a closing parenthesis. */
  private static final Pattern BOUNDARY = Pattern.compile("(?:[.!?…][”\"’)]?|\\))\\s+");
  /** A token whose period does not end a sentence: "U.S.", "Mr.", "Nov.". */
  private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?|\\p{Lu}\\p{Ll}{0,2}");
  private static final Pattern DATELINE_AGENCY = Pattern.compile(
      "^\\s*(?:\\p{Lu}{2,}[\\p{Lu} .'’-]*(?:,[^()\\n]{0,40}?)?|" + DatelineParser.WIRE_DATE + ")?\\s*("
          + DatelineParser.WIRE_AGENCY + ")\\s*[-–—]\\s");
  /** What follows a credit cue to make it a label: "by", a colon or a slash ("Photo by", "Photo:"). */
  private static final Pattern CUE_LABEL = Pattern.compile("(?i)\\s*(?:by\\b|[:/])\\s*");
  private static final Pattern DETERMINER = Pattern.compile("A|An|The");
  private static final Pattern LEAD_DASH = Pattern.compile("^[\\s\\-–—•·*]*");
  private static final int LEAD_MAX_TOKENS = 6;
  private static final int TAIL_MAX_WORDS = 8;
  private static final int CUE_TAIL_MAX_WORDS = 10;
  private static final int NAME_TAIL_MAX_TOKENS = 4;
  private static final int CREDIT_LINE_MAX_WORDS = 12;

  private final BoilerplateCues cues;

  CreditShapes(BoilerplateCues cues) {
    this.cues = cues;
  }

  /**
   * The credit that opens a caption: capitalized words and credit cues up to the last cue among the first
   * few tokens, when a capitalized caption of at least four words follows ("Image copyright X Image caption
   * The blast ...", "X Images The building ..."). Returns {begin, end} in {@code s}, or null.
   */
  int[] leadingCredit(String s) {
    List<int[]> toks = tokens(s);
    int lastCue = -1;
    for (int i = 0; i < Math.min(LEAD_MAX_TOKENS, toks.size()); i++) {
      String w = letters(s.substring(toks.get(i)[0], toks.get(i)[1]));
      if (!w.isEmpty() && cues.isCredit(w)) {
        lastCue = i;
      } else if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
        break;
      }
    }
    if (lastCue < 0 || toks.size() - lastCue - 1 < 4) {
      return null;
    }
    String next = s.substring(toks.get(lastCue + 1)[0], toks.get(lastCue + 1)[1]);
    // A caption starts a sentence of its own: after a determiner, or on a line without closing punctuation,
    // as captions are written; "Acme Video Chief X said ... ." is a sentence whose subject stays.
    if (!Character.isUpperCase(next.codePointAt(0))
        || !DETERMINER.matcher(next).matches() && Cleaner.closesSentence(s)) {
      return null;
    }
    return new int[] {0, toks.get(lastCue)[1]};
  }

  /**
   * The credit that closes a line: a parenthesized credit at its end, a cue with its names ("Photographer:
   * X/Y", "Photo by X"), or what follows the last sentence when it is a slash credit or a lone name.
   * {@code continues} says the next line carries on this one (hard wrap), when a trailing name is not a
   * credit. Returns {begin, end} in {@code s}, or null.
   */
  int[] trailingCredit(String s, boolean continues) {
    Matcher p = PAREN_TAIL.matcher(s);
    if (p.find() && isCredit(p.group(1).strip())) {
      return new int[] {p.start(), s.length()};
    }
    List<int[]> toks = tokens(s);
    for (int i = 0; i < toks.size(); i++) {
      String tok = s.substring(toks.get(i)[0], toks.get(i)[1]);
      String w = letters(tok);
      if (w.isEmpty() || !cues.isCredit(w) || toks.size() - i > CUE_TAIL_MAX_WORDS + 1) {
        continue;
      }
      String after = s.substring(toks.get(i)[1]);
      Matcher label = CUE_LABEL.matcher(after);
      if (i > 0 && (tok.endsWith(":") || tok.contains("/") || label.lookingAt())
          && namesOnly(tok.contains("/") ? tok.substring(tok.indexOf('/') + 1) + after
              : label.lookingAt() ? after.substring(label.end()) : after)) {
        return new int[] {toks.get(i)[0], s.length()};
      }
    }
    int cut = lastBoundary(s);
    if (cut < 0) {
      return null;
    }
    String tail = s.substring(cut).strip();
    String head = s.substring(0, cut);
    if (tail.isEmpty() || Cleaner.closesSentence(tail) || words(tail) > TAIL_MAX_WORDS || !isSentence(head)) {
      return null;
    }
    if (SLASH.matcher(tail).find() || !continues && isNameRun(tail)) {
      return new int[] {cut, s.length()};
    }
    return null;
  }

  /** The agency tag of a dateline, "(Agency)" in "CITY, Country (Agency) - Text": {begin, end}, or null. */
  int[] datelineAgency(String s) {
    Matcher m = DATELINE_AGENCY.matcher(s);
    return m.find() ? new int[] {m.start(1), m.end(1)} : null;
  }

  /** A line that is only a credit: "By X", "With assistance by X and Y", "(Reporting by X; Editing by Y)". */
  boolean isCreditLine(String s) {
    String t = LEAD_DASH.matcher(s).replaceFirst("").strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1);
    }
    return words(t) <= CREDIT_LINE_MAX_WORDS && isByCredits(t) && sentenceCaseBeforeBy(t);
  }

  /** The words of a parenthesis or tail that make it a credit. */
  private boolean isCredit(String c) {
    if (SLASH.matcher(c).find() || isByCredits(c)) {
      return true;
    }
    List<int[]> toks = tokens(c);
    if (toks.isEmpty()) {
      return false;
    }
    String first = c.substring(toks.get(0)[0], toks.get(0)[1]);
    String after = c.substring(toks.get(0)[1]);
    Matcher label = CUE_LABEL.matcher(after);
    boolean labelled = first.endsWith(":") || label.lookingAt();
    return cues.isCredit(letters(first)) && labelled && namesOnly(label.lookingAt() ? after.substring(label.end())
        : after);
  }

  /** Names and agencies only: every word capitalized, joined by commas, slashes, "and", "&" or "of". */
  private static boolean namesOnly(String x) {
    String t = x.strip();
    if (t.isEmpty()) {
      return false;
    }
    for (String w : t.split("[\\s,/;]+")) {
      if (w.isEmpty() || w.equals("and") || w.equals("&") || w.equals("of")) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** "A by X; B by Y and Z": every ';'-separated part a by-credit. */
  private static boolean isByCredits(String c) {
    for (String part : c.split(";")) {
      if (!BY_CREDIT.matcher(part.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The words before "by" are in sentence case ("With assistance by"), not a title ("Plant Bought by X"). */
  private static boolean sentenceCaseBeforeBy(String t) {
    String before = t.split("(?i)\\bby\\b", 2)[0].strip();
    String[] ws = before.isEmpty() ? new String[0] : before.split("\\s+");
    for (int i = 1; i < ws.length; i++) {
      if (Character.isUpperCase(ws[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Offset just after the last sentence end inside the line that is not an abbreviation's period, or -1. */
  private static int lastBoundary(String s) {
    Matcher m = BOUNDARY.matcher(s);
    int cut = -1;
    while (m.find()) {
      if (m.end() >= s.length()) {
        break;
      }
      int dot = m.start();
      if (s.charAt(dot) == '.') {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1))) {
          w--;
        }
        if (ABBREVIATION.matcher(s.substring(w, dot)).matches()) {
          continue;
        }
      }
      cut = m.end();
    }
    return cut;
  }

  /** Prose: enough words, most of them in lower case (not a title-cased headline). */
  private static boolean isSentence(String head) {
    List<int[]> toks = tokens(head);
    if (toks.size() < 6) {
      return false;
    }
    int lower = 0;
    for (int[] t : toks) {
      if (Character.isLowerCase(head.codePointAt(t[0]))) {
        lower++;
      }
    }
    return lower * 5 >= toks.size() * 2;
  }

  /** One to four capitalized tokens and nothing else: a name standing alone ("Firstname Lastname"). */
  static boolean isNameRun(String tail) {
    List<int[]> toks = tokens(tail);
    if (toks.isEmpty() || toks.size() > NAME_TAIL_MAX_TOKENS) {
      return false;
    }
    for (int[] t : toks) {
      String tok = tail.substring(t[0], t[1]);
      if (!Character.isUpperCase(tok.codePointAt(0)) || !tok.matches("[\\p{L}.'’-]+")) {
        return false;
      }
    }
    return true;
  }

  private static String letters(String tok) {
    return tok.replaceAll("[^\\p{L}]", "");
  }

  private static int words(String s) {
    return tokens(s).size();
  }

  private static List<int[]> tokens(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
