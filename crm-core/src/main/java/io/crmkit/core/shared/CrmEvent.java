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

  /**
   * Returns the kind of aggregate whose events an event outbox delivers in order, together with
   * {@link #aggregateId()}: {@code "customer"} for every event about one customer (its data,
   * contacts, activities, tier, lifecycle, ownership and segment memberships), {@code "reminder"},
   * {@code "tier-ladder"} or {@code "fitted-model"} for the others. The default, {@code "tenant"},
   * orders an event with every other event of its tenant that has no aggregate of its own.
   *
   * @return a short lower-case name, stable across versions
   * @since 0.1
   */
  default String aggregateType() {
    return "tenant";
  }

  /**
   * Returns the id of the aggregate named by {@link #aggregateType()}, as text (a customer's
   * canonical UUID, a ladder's code); the default is the tenant's id.
   *
   * @return the aggregate's id, unique within the tenant and the aggregate type
   * @since 0.1
   */
  default String aggregateId() {
    return tenant().value();
  }
}
