package io.crmkit.core;

import io.crmkit.core.customer.Customer;
import java.time.Instant;

/**
 * A change to one customer, made with its behaviour methods at the instant the kit's clock gives:
 * {@code (customer, now) -> customer.tag(Tag.of("strategic"), now)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CustomerChange {

  /** Applies the change. */
  void apply(Customer customer, Instant now);
}
