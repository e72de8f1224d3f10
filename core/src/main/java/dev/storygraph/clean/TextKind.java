package dev.storygraph.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says whether a cleaned text is English prose, and if not what it is: no words at all, mostly numbers (a
 * table, a list of figures), mostly another script than Latin, or another language written in Latin letters.
 * Runs before annotation and looks at a bounded sample, so its cost does not grow with the article.
 *
 * <p>The language of Latin-script text is told by Lingua, restricted to the languages most often met next to
 * English on news sites, in its low-accuracy mode (trigram models only, loaded once on first use).
 *
 * <p>Immutable and thread-safe.
 */
public final class TextKind {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,:/-]*");
  /** Letters sampled for the script and the language. */
  private static final int SAMPLE_LETTERS = 4_000;
  /** A text needs this many words with letters to be told apart at all. */
  private static final int MIN_WORDS = 3;
  /** Share of words without a letter above which a text is figures, not prose. */
  private static final double MAX_NUMBER_SHARE = 0.5;
  /** Share of letters of a non-Latin script above which a text is not English. */
  private static final double MAX_OTHER_SCRIPT_SHARE = 0.3;
  /**
   * English's confidence relative to the likeliest language's (1.0) below which a Latin-script text is taken
   * for another language. On a short English line the low-accuracy models can prefer a neighbour by a hair
   * (0.9); every article of the development corpora scores 1.0, and one-sentence French or German 0.6.
   */
  private static final double MIN_ENGLISH_CONFIDENCE = 0.8;
  /** Fewer letters than this are not judged by language, only by script. */
  private static final int MIN_LANGUAGE_LETTERS = 60;

  private static final LanguageDetector LANGUAGES = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH,
      Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH)
      .withLowAccuracyMode().build();

  /** Why the text is not English prose, or empty when it is. */
  public Optional<String> notProse(String cleaned) {
    Map<UnicodeScript, Integer> scripts = new EnumMap<>(UnicodeScript.class);
    StringBuilder sample = new StringBuilder();
    int letters = 0;
    for (int i = 0; i < cleaned.length() && letters < SAMPLE_LETTERS; i++) {
      char c = cleaned.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        scripts.merge(UnicodeScript.of(c), 1, Integer::sum);
      }
      sample.append(c);
    }
    int latin = scripts.getOrDefault(UnicodeScript.LATIN, 0);
    if (letters - latin > MAX_OTHER_SCRIPT_SHARE * letters) {
      UnicodeScript top = scripts.entrySet().stream().filter(e -> e.getKey() != UnicodeScript.LATIN)
          .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(UnicodeScript.UNKNOWN);
      return Optional.of(String.format(Locale.ROOT, "not English: %d%% of the letters are %s script",
          Math.round(100.0 * (letters - latin) / letters), top.name().toLowerCase(Locale.ROOT)));
    }
    int words = 0;
    int numbers = 0;
    Matcher m = WORD.matcher(cleaned);
    while (m.find()) {
      words++;
      if (m.group().chars().noneMatch(Character::isLetter)) {
        numbers++;
      }
    }
    if (words == 0) {
      return Optional.of("no sentences: no words left after cleaning");
    }
    if (numbers > MAX_NUMBER_SHARE * words) {
      return Optional.of(String.format(Locale.ROOT, "mostly numbers (%d of %d words): a table, not prose", numbers,
          words));
    }
    if (words - numbers < MIN_WORDS) {
      return Optional.of("no sentences: " + (words - numbers) + " words");
    }
    if (letters < MIN_LANGUAGE_LETTERS) {
      return Optional.empty(); // too short for the language models to tell
    }
    SortedMap<Language, Double> confidence = LANGUAGES.computeLanguageConfidenceValues(sample.toString());
    double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
    if (!confidence.isEmpty() && english < MIN_ENGLISH_CONFIDENCE) {
      Language top = confidence.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return Optional.of("not English: the text reads as " + top.name().toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }
}
