package io.crmkit.rules.forecast;

import java.util.Collection;
import java.util.TreeMap;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood of a set of customers (Fader, Hardie and Lee 2005, equation 6):
 *
 * <pre>
 * L(r, α, a, b | x, tₓ, T) = B(a, b + x) / B(a, b) · Γ(r + x) αʳ / Γ(r) / (α + T)^(r + x)
 *                          + [x > 0] B(a + 1, b + x − 1) / B(a, b) · Γ(r + x) αʳ / Γ(r) / (α + tₓ)^(r + x)
 * </pre>
 *
 * <p>The terms that depend on {@code x} only (the gamma and beta functions) are computed once per
 * distinct {@code x}, so that a customer costs two or three logarithms and one exponential per
 * evaluation.
 */
final class BgNbdLikelihood {
  private final int[] xIndex;
  private final double[] distinctX;
  private final double[] recency;
  private final double[] age;

  BgNbdLikelihood(Collection<PurchaseSummary> customers) {
    TreeMap<Integer, Integer> indexOfX = new TreeMap<>();
    for (PurchaseSummary c : customers) {
      indexOfX.putIfAbsent(c.frequency(), 0);
    }
    int next = 0;
    distinctX = new double[indexOfX.size()];
    for (var entry : indexOfX.entrySet()) {
      distinctX[next] = entry.getKey();
      entry.setValue(next++);
    }
    int n = customers.size();
    xIndex = new int[n];
    recency = new double[n];
    age = new double[n];
    int i = 0;
    for (PurchaseSummary c : customers) {
      xIndex[i] = indexOfX.get(c.frequency());
      recency[i] = c.recency();
      age[i] = c.age();
      i++;
    }
  }

  /** Returns the log-likelihood at {@code (ln r, ln α, ln a, ln b)}. */
  double at(double[] logParameters) {
    return of(
        Math.exp(logParameters[0]),
        Math.exp(logParameters[1]),
        Math.exp(logParameters[2]),
        Math.exp(logParameters[3]));
  }

  /** Returns the log-likelihood at {@code (r, α, a, b)}. */
  double of(double r, double alpha, double a, double b) {
    int k = distinctX.length;
    double[] common = new double[k];
    double[] repeatTerm = new double[k];
    double logAlpha = Math.log(alpha);
    double logGammaR = Gamma.logGamma(r);
    double logBetaAB = Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
    for (int j = 0; j < k; j++) {
      double x = distinctX[j];
      common[j] =
          Gamma.logGamma(r + x)
              - logGammaR
              + r * logAlpha
              + Gamma.logGamma(a)
              + Gamma.logGamma(b + x)
              - Gamma.logGamma(a + b + x)
              - logBetaAB;
      repeatTerm[j] = x > 0 ? Math.log(a / (b + x - 1)) : Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    for (int i = 0; i < xIndex.length; i++) {
      int j = xIndex[i];
      double rx = r + distinctX[j];
      double alive = -rx * Math.log(alpha + age[i]);
      double total;
      if (repeatTerm[j] == Double.NEGATIVE_INFINITY) {
        total = alive;
      } else {
        double dropped = repeatTerm[j] - rx * Math.log(alpha + recency[i]);
        double max = Math.max(alive, dropped);
        total = max + Math.log1p(Math.exp(-Math.abs(alive - dropped)));
      }
      sum += common[j] + total;
    }
    return sum;
  }
}
