package dev.storygraph.bench;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * L2-regularized logistic regression, fit by Newton's method (the problem is small: a few hundred facts, a few
 * dozen features). The bias is not regularized. Stateless.
 */
final class LogisticRegression {
  private static final int MAX_STEPS = 100;
  private static final double TOLERANCE = 1e-9;

  private LogisticRegression() {}

  /**
   * The weights that minimize the negative log-likelihood plus {@code l2 / 2} times the squared weights.
   *
   * @param x  one row of feature values per example
   * @param y  1 for a positive example, 0 for a negative one
   * @param l2 the regularization strength, at least 0
   * @return the bias first, then one weight per feature
   */
  static double[] fit(double[][] x, int[] y, double l2) {
    checkArgument(x.length == y.length, "%s rows but %s labels", x.length, y.length);
    checkArgument(x.length > 0, "no examples to fit");
    checkArgument(l2 >= 0, "l2 must not be negative: %s", l2);
    int d = x[0].length + 1;
    double[] w = new double[d];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        checkArgument(y[i] == 0 || y[i] == 1, "label %s of row %s is not 0 or 1", y[i], i);
        checkArgument(x[i].length == d - 1, "row %s has %s features, not %s", i, x[i].length, d - 1);
        double p = sigmoid(score(w, x[i]));
        double r = p * (1 - p);
        for (int a = 0; a < d; a++) {
          double xa = a == 0 ? 1 : x[i][a - 1];
          grad[a] += (p - y[i]) * xa;
          for (int b = 0; b <= a; b++) {
            hess[a][b] += r * xa * (b == 0 ? 1 : x[i][b - 1]);
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hess[b][a] = hess[a][b];
        }
        if (a > 0) {
          grad[a] += l2 * w[a];
          hess[a][a] += l2;
        }
        hess[a][a] += 1e-9; // keeps the system solvable when a feature never varies and l2 is 0
      }
      double[] delta = solve(hess, grad);
      double change = 0;
      for (int a = 0; a < d; a++) {
        w[a] -= delta[a];
        change = Math.max(change, Math.abs(delta[a]));
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return w;
  }

  /** The linear score of a row: bias plus weighted features. */
  static double score(double[] w, double[] row) {
    double s = w[0];
    for (int a = 0; a < row.length; a++) {
      s += w[a + 1] * row[a];
    }
    return s;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; a and b are not changed. */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      double tb = b[c];
      b[c] = b[pivot];
      b[pivot] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
