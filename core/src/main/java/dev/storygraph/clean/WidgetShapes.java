package dev.storygraph.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page widgets recognised by their shape: blurbs that speak to the reader however long they are, social
 * follow lines (a handle), lists of links to other stories ("Label: Headline" lines, the label a known
 * one or repeated), and player widgets (a shouted control word glued to a summary that ends in a credit).
 * Stateless and thread-safe.
 */
final class WidgetShapes {
  static final Pattern READER = Pattern.compile(
      "(?i)\\b(?:you|your|yours|you're|you've|you'll|we're|subscribe|subscribers?|subscription|newsletters?"
          + "|sign\\s+in|sign\\s+up|log\\s+in|donate|advertisement)\\b");
  /** A quoted passage: what a speaker says to "you" is article text. */
  private static final Pattern QUOTED = Pattern.compile("[“\"«][^”\"»]*[”\"»]");
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.@])@\\w{2,}");
  private static final Pattern LABEL = Pattern.compile("^\\s*(\\p{L}+(?:\\s+\\p{L}+){0,2})\\s*:\\s+\\S");
  /** A shouted control word glued to the sentence after it: "PLAY The ...", "CLOSE A ...". */
  private static final Pattern CONTROL = Pattern.compile("^\\s*\\p{Lu}{3,}\\s+(?:A|An|The)\\s+\\p{Ll}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  /** Reader-address words outside quotes that make a paragraph of any length a page blurb ... */
  private static final int BLURB_MIN_HITS = 3;
  /** ... when they are this dense: one word in so many. */
  private static final int BLURB_WORDS_PER_HIT = 20;
  private static final int SOCIAL_MAX_WORDS = 25;
  private static final int LINK_MAX_WORDS = 25;

  private final BoilerplateCues cues;

  WidgetShapes(BoilerplateCues cues) {
    this.cues = cues;
  }

  /** How often the line speaks to the reader outside quotes. */
  static int readerHits(String s) {
    return (int) READER.matcher(QUOTED.matcher(s).replaceAll(" ")).results().count();
  }

  /** A paragraph of any length that speaks to the reader throughout: a sign-up or subscription blurb. */
  static boolean isReaderBlurb(int readerHits, int words) {
    return readerHits >= BLURB_MIN_HITS && readerHits * BLURB_WORDS_PER_HIT >= words;
  }

  /** A short line with a social-network handle: "Follow our reporter on X: @name". */
  static boolean isSocial(String s) {
    return words(s) <= SOCIAL_MAX_WORDS && HANDLE.matcher(s).find();
  }

  /** A player widget: a control word glued to a summary, and a credit closing it. */
  static boolean isPlayer(String s, boolean creditTail) {
    return creditTail && CONTROL.matcher(s).find();
  }

  /**
   * The lines that link to other stories: "Label: Headline" with no closing punctuation, where the label
   * is a known related-links label or heads two or more such lines of the page.
   */
  List<Integer> relatedLinks(List<String> lines) {
    Map<String, List<Integer>> byLabel = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      Matcher m = LABEL.matcher(s);
      if (s.isEmpty() || !m.find() || Cleaner.closesSentence(s) || words(s) > LINK_MAX_WORDS) {
        continue;
      }
      byLabel.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(i);
    }
    List<Integer> out = new ArrayList<>();
    byLabel.forEach((label, at) -> {
      if (at.size() >= 2 || cues.isRelatedLabel(label.split("\\s+")[0])) {
        out.addAll(at);
      }
    });
    return out;
  }

  private static int words(String s) {
    return (int) WORD.matcher(s).results().count();
  }
}
