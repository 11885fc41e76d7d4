package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A customer's ownership moved: claimed, assigned, released, transferred, pooled, locked or
 * unlocked.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when
 * @param move the move with previous owner, actor and reason
 * @since 0.1
 */
public record OwnershipChanged(
    TenantId tenant, CustomerId customer, Instant occurredAt, OwnershipMove move)
    implements CrmEvent {

  /** Requires every part. */
  public OwnershipChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(move, "move");
  }

  /** Returns {@code "customer"}: the customer's events are delivered in order. */
  @Override
  public String aggregateType() {
    return "customer";
  }

  /** Returns the customer's id. */
  @Override
  public String aggregateId() {
    return customer.toString();
  }
}
