package io.crmkit.rules.forecast;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood of a set of customers (Fader, Hardie and Lee 2005):
 *
 * <pre>
 * L(r, α, a, b | x, tₓ, T) = B(a, b + x) / B(a, b) · Γ(r + x) αʳ / Γ(r) / (α + T)^(r + x)
 *                          + [x > 0] B(a + 1, b + x − 1) / B(a, b) · Γ(r + x) αʳ / Γ(r) / (α + tₓ)^(r + x)
 * </pre>
 *
 * <p>The terms that depend on {@code x} only (the gamma and beta functions) are computed once per
 * distinct {@code x}, the logarithms of {@code α + t} once per distinct time, and customers with
 * equal summaries once, so that a customer costs at most one exponential and one logarithm per
 * evaluation.
 */
final class BgNbdLikelihood {
  private final int[] xIndex;
  private final double[] distinctX;
  private final int[] recencyIndex;
  private final int[] ageIndex;
  private final double[] times;
  private final double[] weight;

  BgNbdLikelihood(Collection<PurchaseSummary> customers) {
    // Customers with the same (x, tₓ, T) contribute the same term: with dates in days, all
    // one-time buyers who started on the same day do, so one row per distinct triple, weighted.
    Map<List<Double>, Integer> rows = new LinkedHashMap<>();
    TreeMap<Integer, Integer> indexOfX = new TreeMap<>();
    for (PurchaseSummary c : customers) {
      rows.merge(List.of((double) c.frequency(), c.recency(), c.age()), 1, Integer::sum);
      indexOfX.putIfAbsent(c.frequency(), 0);
    }
    int next = 0;
    distinctX = new double[indexOfX.size()];
    for (var entry : indexOfX.entrySet()) {
      distinctX[next] = entry.getKey();
      entry.setValue(next++);
    }
    // Times measured in days take few distinct values: ln(α + t) once per value and evaluation.
    TreeMap<Double, Integer> indexOfTime = new TreeMap<>();
    for (List<Double> row : rows.keySet()) {
      indexOfTime.putIfAbsent(row.get(1), 0);
      indexOfTime.putIfAbsent(row.get(2), 0);
    }
    times = new double[indexOfTime.size()];
    next = 0;
    for (var entry : indexOfTime.entrySet()) {
      times[next] = entry.getKey();
      entry.setValue(next++);
    }
    int n = rows.size();
    xIndex = new int[n];
    recencyIndex = new int[n];
    ageIndex = new int[n];
    weight = new double[n];
    int i = 0;
    for (var row : rows.entrySet()) {
      xIndex[i] = indexOfX.get(row.getKey().get(0).intValue());
      recencyIndex[i] = indexOfTime.get(row.getKey().get(1));
      ageIndex[i] = indexOfTime.get(row.getKey().get(2));
      weight[i] = row.getValue();
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
    double[] logTimes = new double[times.length];
    for (int t = 0; t < times.length; t++) {
      logTimes[t] = Math.log(alpha + times[t]);
    }
    double sum = 0;
    for (int i = 0; i < xIndex.length; i++) {
      int j = xIndex[i];
      double rx = r + distinctX[j];
      double alive = -rx * logTimes[ageIndex[i]];
      double total;
      if (repeatTerm[j] == Double.NEGATIVE_INFINITY) {
        total = alive;
      } else {
        double dropped = repeatTerm[j] - rx * logTimes[recencyIndex[i]];
        double max = Math.max(alive, dropped);
        total = max + Math.log1p(Math.exp(-Math.abs(alive - dropped)));
      }
      sum += weight[i] * (common[j] + total);
    }
    return sum;
  }
}
