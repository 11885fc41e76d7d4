package io.crmkit.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * One event as an event outbox stores it: who it belongs to, the aggregate it is ordered by, its
 * type and its payload as JSON text. crmkit builds the entries of a unit of work from its {@link
 * io.crmkit.core.shared.CrmEvent}s and appends them through {@link UnitOfWork#outbox()}.
 *
 * <p>The payload is a JSON object of the event record's components in declaration order: a record
 * of one component is written as that component's value ({@code "customer":"0f8…"}, {@code
 * "tenant":"acme"}); a record that is one of several kinds (a {@code CustomerName}, an {@code
 * Activity}) is an object that starts with {@code "@type"}, its simple class name (a name no
 * component can have); texts are JSON strings; numbers are JSON numbers (a {@code BigDecimal} in
 * plain notation, a non-finite double as a string); enums are their names; instants, dates, UUIDs
 * and currencies are their ISO text; lists are arrays; sets are arrays sorted by their JSON text
 * and maps are objects sorted by key, so that equal events give equal payloads; an absent ({@code
 * null}) component is {@code null}.
 *
 * @param tenant the tenant of the event
 * @param aggregateType the kind of aggregate the event is ordered by ({@link
 *     io.crmkit.core.shared.CrmEvent#aggregateType()})
 * @param aggregateId the aggregate's id ({@link io.crmkit.core.shared.CrmEvent#aggregateId()})
 * @param eventType the event's simple class name ({@code CustomerRegistered})
 * @param occurredAt when the event happened
 * @param payload the event as JSON text
 * @since 0.1
 */
public record OutboxEntry(
    TenantId tenant,
    String aggregateType,
    String aggregateId,
    String eventType,
    Instant occurredAt,
    String payload) {

  /** Requires every part. */
  public OutboxEntry {
    requireNonNull(tenant, "tenant");
    requireNonNull(aggregateType, "aggregateType");
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(eventType, "eventType");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(payload, "payload");
  }
}
