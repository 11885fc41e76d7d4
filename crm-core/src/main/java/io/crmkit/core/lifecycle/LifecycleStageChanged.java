package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A customer moved to another lifecycle stage (or entered the lifecycle, when {@code change.from()}
 * is absent).
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when the move took effect
 * @param change the move with its reason and actor
 * @since 0.1
 */
public record LifecycleStageChanged(
    TenantId tenant, CustomerId customer, Instant occurredAt, StageChange change)
    implements CrmEvent {

  /** Requires every part. */
  public LifecycleStageChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(change, "change");
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
