package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A customer was registered.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when it happened
 * @param name the name it was registered with
 * @since 0.1
 */
public record CustomerRegistered(
    TenantId tenant, CustomerId customer, Instant occurredAt, CustomerName name)
    implements CustomerEvent {

  /** Requires every part. */
  public CustomerRegistered {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(name, "name");
  }
}
