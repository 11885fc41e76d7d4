package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * An order, contract, interaction or piece of feedback was recorded, and the customer's facts were
 * updated with it in the same unit of work.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param occurredAt when it was recorded
 * @param activity the recorded activity
 * @since 0.1
 */
public record ActivityRecorded(
    TenantId tenant, CustomerId customer, Instant occurredAt, RecordedActivity activity)
    implements ActivityEvent {

  /** Requires every part. */
  public ActivityRecorded {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(activity, "activity");
  }
}
