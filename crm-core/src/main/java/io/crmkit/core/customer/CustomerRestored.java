package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A soft-deleted customer was restored.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when it happened
 * @since 0.1
 */
public record CustomerRestored(TenantId tenant, CustomerId customer, Instant occurredAt)
    implements CustomerEvent {

  /** Requires every part. */
  public CustomerRestored {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
  }
}
