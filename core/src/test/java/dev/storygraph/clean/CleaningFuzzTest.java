package dev.storygraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for what runs on raw article text before annotation. Under {@code mvn verify} each replays the
 * inputs in {@code src/test/resources/dev/storygraph/clean/CleaningFuzzTestInputs/<target>/} (regression mode);
 * {@code .ci/run} fuzzes each for a fixed time with {@code JAZZER_FUZZ=1}, and what it finds is saved there.
 */
final class CleaningFuzzTest {
  private static final Cleaner CLEANER = new Cleaner();
  private static final DatelineParser DATELINES = new DatelineParser();

  @FuzzTest(maxDuration = "60s")
  void cleaner(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Cleaner.Cleaned result = CLEANER.cleanText(text);
    String cleaned = result.text();
    assertThat(cleaned).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      if (cleaned.charAt(i) != text.charAt(i)) {
        assertThat(cleaned.charAt(i)).as("offset %s", i).isEqualTo(' ');
      }
    }
    String broken = result.broken();
    assertThat(broken).hasSameSizeAs(text);
    for (int i = 0; i < text.length(); i++) {
      if (broken.charAt(i) != cleaned.charAt(i)) {
        assertThat(broken.charAt(i) == '\n' && Character.isWhitespace(cleaned.charAt(i))).as("offset %s", i).isTrue();
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void datelines(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    DATELINES.find(text);
    text.lines().limit(1_000).forEach(DATELINES::isDateline);
  }

  @FuzzTest(maxDuration = "60s")
  void markupAndSentenceCap(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    String plain = HtmlText.text(text).orElse(text);
    assertThat(plain).hasSameSizeAs(text);
    String capped = SentenceCap.cap(plain, 20);
    assertThat(capped).hasSameSizeAs(text);
    for (int i = 0; i < capped.length(); i++) {
      char c = capped.charAt(i);
      if (c != plain.charAt(i)) {
        assertThat(c == '\n' && Character.isWhitespace(plain.charAt(i)) || c == ' ').as("offset %s", i).isTrue();
      }
    }
  }
}
