package io.crmkit.core.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense ({@code CustomerRegistered}).
 * Each aggregate package has a sealed family of events; hosts receive them through a {@code
 * CrmEventListener} only after the unit of work that recorded them committed.
 *
 * @since 0.1
 */
public interface CrmEvent {

  /** Returns the tenant the event belongs to. */
  TenantId tenant();

  /** Returns when the change happened, from the kit's clock. */
  Instant occurredAt();
}
