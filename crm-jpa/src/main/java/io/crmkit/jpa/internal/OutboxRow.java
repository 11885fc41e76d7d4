package io.crmkit.jpa.internal;

import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.OutboxEntry;
import io.crmkit.spi.OutboxMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_event_outbox}: an {@link OutboxEntry} with the sequence number the store
 * gave it, and when it was delivered ({@code null} until then). Not final, because JPA forbids
 * final entity classes.
 *
 * <p>The table's primary key is {@code (tenant_id, seq)}, tenant first like every key of the
 * schema; the entity's id is {@code seq} alone, which the sequence {@code crm_event_outbox_seq}
 * makes unique across tenants, because both providers generate values only for a simple id. The
 * allocation size is 1: every value is drawn from the database when the entry is appended, so that
 * values grow in append order across every process (a pooled allocation would hand each process a
 * block of its own, and a later event could get a lower number). The payload is text, as crm-core
 * writes it.
 */
@Entity
@Table(name = "crm_event_outbox")
public class OutboxRow {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_event_outbox_seq")
  @SequenceGenerator(
      name = "crm_event_outbox_seq",
      sequenceName = "crm_event_outbox_seq",
      allocationSize = 1)
  @Column(name = "seq")
  @Nullable Long sequence;

  @Column(name = "tenant_id")
  String tenant = "";

  @Column(name = "aggregate_type")
  String aggregateType = "";

  @Column(name = "aggregate_id")
  String aggregateId = "";

  @Column(name = "event_type")
  String eventType = "";

  @Column(name = "occurred_at_us")
  long occurredAt;

  @Column(name = "payload")
  String payload = "";

  @Column(name = "delivered_at_us")
  @Nullable Long deliveredAt;

  /** For the provider. */
  protected OutboxRow() {}

  /** Returns a new, undelivered row of an entry; the provider assigns its sequence number. */
  static OutboxRow of(OutboxEntry entry) {
    OutboxRow row = new OutboxRow();
    row.tenant = entry.tenant().value();
    row.aggregateType = entry.aggregateType();
    row.aggregateId = entry.aggregateId();
    row.eventType = entry.eventType();
    row.occurredAt = Micros.of("occurredAt", entry.occurredAt());
    row.payload = entry.payload();
    return row;
  }

  /** Returns the message the row holds. */
  OutboxMessage message() {
    if (sequence == null) {
      throw new IllegalStateException("an outbox row read from the database has a sequence");
    }
    return new OutboxMessage(
        sequence,
        new OutboxEntry(
            TenantId.of(tenant),
            aggregateType,
            aggregateId,
            eventType,
            Micros.instant(occurredAt),
            payload));
  }
}
