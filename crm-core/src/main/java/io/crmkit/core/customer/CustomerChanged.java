package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A customer's data changed; {@code fields} names what changed ({@code name}, {@code tags}, {@code
 * owner}, …).
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when it happened
 * @param fields the names of the changed fields
 * @since 0.1
 */
public record CustomerChanged(
    TenantId tenant, CustomerId customer, Instant occurredAt, java.util.Set<String> fields)
    implements CustomerEvent {

  /** Requires every part. */
  public CustomerChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    fields = java.util.Set.copyOf(fields);
  }
}
