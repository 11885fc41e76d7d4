package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer's tier on one ladder changed (or was set for the first time, when {@code previous} is
 * absent); published only for real changes.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when the new tier took effect
 * @param previous the tier before, if any
 * @param assignment the new assignment, with its source and reason
 * @since 0.1
 */
public record TierChanged(
    TenantId tenant,
    CustomerId customer,
    Instant occurredAt,
    @Nullable TierCode previous,
    TierAssignment assignment)
    implements CrmEvent {

  /** Requires every part. */
  public TierChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(assignment, "assignment");
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
