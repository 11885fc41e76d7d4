package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A tier ladder was defined or redefined.
 *
 * @param tenant the tenant
 * @param occurredAt when
 * @param ladder the ladder as saved
 * @since 0.1
 */
public record TierLadderChanged(TenantId tenant, Instant occurredAt, TierLadder ladder)
    implements CrmEvent {

  /** Requires every part. */
  public TierLadderChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(ladder, "ladder");
  }

  /** Returns {@code "tier-ladder"}: a ladder's redefinitions are delivered in order. */
  @Override
  public String aggregateType() {
    return "tier-ladder";
  }

  /** Returns the ladder's code. */
  @Override
  public String aggregateId() {
    return ladder.key().code();
  }
}
