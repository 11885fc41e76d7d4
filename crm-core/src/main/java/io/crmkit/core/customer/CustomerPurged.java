package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A customer and all its contacts, activities and facts were erased for good.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when it happened
 * @since 0.1
 */
public record CustomerPurged(TenantId tenant, CustomerId customer, Instant occurredAt)
    implements CustomerEvent {

  /** Requires every part. */
  public CustomerPurged {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
  }
}
