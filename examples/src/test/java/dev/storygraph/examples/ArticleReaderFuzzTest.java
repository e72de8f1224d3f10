package dev.storygraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.storygraph.ArticleInput;
import dev.storygraph.Articles;

/**
 * Fuzz target for reading an article from raw bytes ({@link Articles#fromBytes}). Under {@code mvn verify} it replays the inputs in
 * {@code src/test/resources/dev/storygraph/examples/ArticleReaderFuzzTestInputs/fromBytes/}; {@code .ci/run}
 * fuzzes it for a fixed time with {@code JAZZER_FUZZ=1}, and what it finds is saved there.
 */
final class ArticleReaderFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void fromBytes(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    ArticleInput in = Articles.fromBytes("fuzz", "fuzz.txt", bytes, null);
    assertThat(in.article().isPresent()).isNotEqualTo(in.error().isPresent());
    in.article().ifPresent(a -> {
      assertThat(a.text()).isNotBlank();
      assertThat(a.text().length()).isLessThanOrEqualTo(bytes.length);
    });
    in.warning().ifPresent(w -> assertThat(in.article()).hasValueSatisfying(a -> assertThat(
        a.text().contains("\uFFFD") || w.contains("decoded")).as(w).isTrue()));
    if (in.article().isPresent() && isUtf8(bytes)) {
      assertThat(in.warning()).isEmpty();
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }
}
