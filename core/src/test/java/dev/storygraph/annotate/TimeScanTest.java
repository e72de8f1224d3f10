package dev.storygraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time scan on invented sentences; no CoreNLP. On the real corpora: {@code GatingTest}. */
final class TimeScanTest {
  private static final TimeScan SCAN = TimeScan.load();

  @Test
  void mayHoldTime_digitShapesAndNamedDays_pass() {
    assertThat(SCAN.mayHoldTime("The port reopened in 1998.")).isTrue();
    assertThat(SCAN.mayHoldTime("The vote closes at 10:30 sharp.")).isTrue();
    assertThat(SCAN.mayHoldTime("The accord was signed on 18/09/23.")).isTrue();
    assertThat(SCAN.mayHoldTime("Ferries stopped in the '90s.")).isTrue();
    assertThat(SCAN.mayHoldTime("Ballots are counted on the 18th.")).isTrue();
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
  void mayHoldTime_numberAlone_isPassedOver() {
    assertThat(SCAN.mayHoldTime("The council voted 7 to 2.")).isFalse();
    assertThat(SCAN.mayHoldTime("The firm paid $5.2 million for 30 percent of the shares.")).isFalse();
  }

  @Test
  void mayHoldTime_sentenceWithoutTime_isPassedOver() {
    assertThat(SCAN.mayHoldTime("The mayor of Ostport praised the new ferry agreement.")).isFalse();
    assertThat(SCAN.mayHoldTime("Police arrested three men near the harbour.")).isFalse();
    assertThat(SCAN.mayHoldTime("")).isFalse();
  }
}
