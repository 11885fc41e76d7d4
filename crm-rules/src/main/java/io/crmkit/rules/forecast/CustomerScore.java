package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;

/**
 * One customer's standing under a stored {@link CustomerValueModel}, as {@link CustomerScorer}
 * computes it from the customer's current facts.
 *
 * @param probabilityAlive the probability that the customer has not dropped out, 0 to 1
 * @param expectedPurchases the transactions the customer is expected to make over the scorer's
 *     horizon; not negative
 * @param clv the customer's expected discounted lifetime value over the scorer's months, in the
 *     spend model's currency
 * @since 0.1
 */
public record CustomerScore(double probabilityAlive, double expectedPurchases, Money clv) {

  /**
   * Validates the score.
   *
   * @throws IllegalArgumentException if the probability is not between 0 and 1 or the expected
   *     purchases are negative or not finite
   */
  public CustomerScore {
    requireNonNull(clv, "clv");
    if (!(probabilityAlive >= 0 && probabilityAlive <= 1)) {
      throw new IllegalArgumentException(
          "probabilityAlive must lie between 0 and 1 but was " + probabilityAlive);
    }
    if (!(expectedPurchases >= 0 && Double.isFinite(expectedPurchases))) {
      throw new IllegalArgumentException(
          "expectedPurchases must be finite and not negative but was " + expectedPurchases);
    }
  }
}
