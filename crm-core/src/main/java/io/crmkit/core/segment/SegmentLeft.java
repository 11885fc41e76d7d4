package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A customer left a segment.
 *
 * @param tenant the tenant
 * @param key the segment and the customer
 * @param occurredAt when
 * @since 0.1
 */
public record SegmentLeft(TenantId tenant, MembershipKey key, Instant occurredAt)
    implements CrmEvent {

  /** Requires every part. */
  public SegmentLeft {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    requireNonNull(occurredAt, "occurredAt");
  }

  /** Returns {@code "customer"}: the customer's events are delivered in order. */
  @Override
  public String aggregateType() {
    return "customer";
  }

  /** Returns the id of the customer that left. */
  @Override
  public String aggregateId() {
    return key.customer().toString();
  }
}
