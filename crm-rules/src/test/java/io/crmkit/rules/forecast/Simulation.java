package io.crmkit.rules.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;

/** Customers drawn from the BG/NBD and Gamma-Gamma models with known parameters. */
final class Simulation {
  static final Currency USD = Currency.getInstance("USD");

  private Simulation() {}

  /**
   * Draws customers whose first purchase lies 26 to 39 weeks before the end of the observation;
   * each repeat transaction is valued from Gamma(p, ν) with ν from Gamma(q, γ).
   */
  static List<PurchaseSummary> customers(
      int count,
      double r,
      double alpha,
      double a,
      double b,
      double p,
      double q,
      double gamma,
      long seed) {
    RandomDataGenerator random = new RandomDataGenerator(seed);
    List<PurchaseSummary> customers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // dates are days: the first purchase on one of 91 days, times in whole days
      double age = (182 + random.nextInt(0, 91)) / 7.0;
      double lambda = random.nextGamma(r, 1 / alpha);
      double dropout = random.nextBeta(a, b);
      double nu = random.nextGamma(q, 1 / gamma);
      int x = 0;
      double last = 0;
      double t = 0;
      double spend = 0;
      while (true) {
        t += random.nextExponential(1 / lambda);
        if (t > age) {
          break;
        }
        x++;
        last = t;
        spend += random.nextGamma(p, 1 / nu);
        if (random.nextUniform(0, 1) < dropout) {
          break;
        }
      }
      BigDecimal mean = x == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(spend / x);
      double recency = Math.min(Math.rint(last * 7) / 7, age);
      customers.add(new PurchaseSummary(x, recency, age, mean, x, USD));
    }
    return customers;
  }
}
