package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time scan on invented sentences; no CoreNLP. On the real corpora: {@code GatingTest}. */
final class TimeScanTest {
  private static final TimeScan SCAN = TimeScan.load();

  @Test
  void mayHoldTime_digitsAndNamedDays_pass() {
    assertThat(SCAN.mayHoldTime("The council voted 7 to 2.")).isTrue();
    assertThat(SCAN.mayHoldTime("The ministers met on Monday.")).isTrue();
    assertThat(SCAN.mayHoldTime("Talks resume in mid-September.")).isTrue();
    assertThat(SCAN.mayHoldTime("They signed the accord at Christmas.")).isTrue();
  }

  @Test
  void mayHoldTime_unitsRelativeWordsAndClockForms_pass() {
    assertThat(SCAN.mayHoldTime("The two-year deal ends soon.")).isTrue();
    assertThat(SCAN.mayHoldTime("He spoke to reporters yesterday.")).isTrue();
    assertThat(SCAN.mayHoldTime("Decades of rivalry ended.")).isTrue();
    assertThat(SCAN.mayHoldTime("The train leaves at seven o'clock.")).isTrue();
    assertThat(SCAN.mayHoldTime("The train leaves at seven a.m. sharp.")).isTrue();
    assertThat(SCAN.mayHoldTime("The board meets biweekly.")).isTrue();
    assertThat(SCAN.mayHoldTime("The firm's year’s results disappointed.")).isTrue();
  }

  @Test
  void mayHoldTime_sentenceWithoutTime_isPassedOver() {
    assertThat(SCAN.mayHoldTime("The mayor of Ostport praised the new ferry agreement.")).isFalse();
    assertThat(SCAN.mayHoldTime("Police arrested three men near the harbour.")).isFalse();
    assertThat(SCAN.mayHoldTime("")).isFalse();
  }
}
