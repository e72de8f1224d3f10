package dev.storygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class LogisticRegressionTest {
  /** Labels drawn from a known model over one indicator and one continuous feature. */
  private static double[][] x;
  private static int[] y;
  private static final double[] TRUE = {-1.0, 2.0, -0.5};

  static {
    Random r = new Random(7);
    int n = 20_000;
    x = new double[n][2];
    y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = r.nextBoolean() ? 1 : 0;
      x[i][1] = r.nextGaussian() * 2;
      double p = LogisticRegression.sigmoid(LogisticRegression.score(TRUE, x[i]));
      y[i] = r.nextDouble() < p ? 1 : 0;
    }
  }

  @Test
  void fit_syntheticData_recoversKnownWeights() {
    double[] w = LogisticRegression.fit(x, y, 0);
    for (int i = 0; i < TRUE.length; i++) {
      assertThat(w[i]).as("weight %s", i).isCloseTo(TRUE[i], within(0.1));
    }
  }

  @Test
  void fit_strongL2_shrinksWeightsButNotBias() {
    double[] free = LogisticRegression.fit(x, y, 0);
    double[] shrunk = LogisticRegression.fit(x, y, 20_000);
    assertThat(Math.abs(shrunk[1])).isLessThan(Math.abs(free[1]) / 2);
    assertThat(Math.abs(shrunk[2])).isLessThan(Math.abs(free[2]) / 2);
    // with the features shrunk away, the bias alone matches the base rate
    double rate = java.util.Arrays.stream(y).average().orElseThrow();
    assertThat(LogisticRegression.sigmoid(shrunk[0])).isCloseTo(rate, within(0.05));
  }

  @Test
  void fit_badInput_saysWhat() {
    assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new int[] {2}, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 2");
    assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new int[] {1, 0}, 0))
        .hasMessageContaining("1 rows but 2 labels");
    assertThatThrownBy(() -> LogisticRegression.fit(new double[][] {{1}}, new int[] {1}, -1))
        .hasMessageContaining("l2 must not be negative: -1");
  }
}
