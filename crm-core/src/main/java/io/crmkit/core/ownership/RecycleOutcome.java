package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import org.jspecify.annotations.Nullable;

/**
 * What recycling one customer did: the rule's decision, the pool the customer belongs to, and
 * whether it was moved there now.
 *
 * @param customer the customer
 * @param decision the recycling rule's decision (keep, warn or recycle) with its reason
 * @param pool the pool the customer belongs to, or {@code null} when it belongs to none (then it is
 *     never recycled)
 * @param recycled whether the customer was put back into the pool now
 * @since 0.1
 */
public record RecycleOutcome(
    CustomerId customer, RecycleDecision decision, @Nullable PoolId pool, boolean recycled) {

  /**
   * Requires the customer and the decision; a recycled customer needs a pool and a decision to
   * recycle.
   *
   * @throws IllegalArgumentException if the customer was recycled without a pool or a decision to
   * @since 0.1
   */
  public RecycleOutcome {
    requireNonNull(customer, "customer");
    requireNonNull(decision, "decision");
    if (recycled && (pool == null || !decision.isRecycle())) {
      throw new IllegalArgumentException(
          "a recycled customer needs a pool and a decision to recycle, but was " + decision);
    }
  }
}
