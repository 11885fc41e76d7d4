package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_reminder}: a {@link io.crmkit.core.reminder.ReminderSnapshot}, keyed {@code
 * (tenant_id, id)}. Not final, because JPA forbids final entity classes.
 *
 * <p>Every field of the snapshot is a column of its own, so that SQL reports can read reminders;
 * the local due and series-start date-times are ISO-8601 text (read in the reminder's zone, never
 * shifted by the JVM's), the lead times a {@link TextRecords} text ({@code L|PT15M} per lead time),
 * the recurrence its RRULE text. {@link #dueAt} is the instant the reminder is due ({@link
 * io.crmkit.core.reminder.ReminderSnapshot#dueAt()}: the snooze end while snoozed), which every
 * list filters and orders on, keyset-paged over the indexes {@code (tenant_id, owner_ref,
 * due_at_us, id)}, {@code (tenant_id, customer_id, due_at_us, id)} and {@code (tenant_id,
 * due_at_us, id)}.
 */
@Entity
@Table(name = "crm_reminder")
@IdClass(RowKey.class)
public class ReminderRow extends IdColumns {
  @Column(name = "created_at_us")
  long createdAt;

  @Column(name = "updated_at_us")
  long updatedAt;

  @Column(name = "customer_id")
  @Nullable String customer;

  @Column(name = "contact_id")
  @Nullable String contact;

  @Column(name = "owner_ref")
  String owner = "";

  @Column(name = "kind")
  String kind = "";

  @Column(name = "title")
  String title = "";

  @Column(name = "note")
  @Nullable String note;

  @Column(name = "due_local")
  String due = "";

  @Column(name = "zone_id")
  String zone = "";

  @Column(name = "lead_times")
  String leadTimes = "";

  @Column(name = "rrule")
  @Nullable String recurrence;

  @Column(name = "series_start_local")
  String seriesStart = "";

  @Column(name = "status")
  String status = "";

  @Column(name = "snoozed_until_us")
  @Nullable Long snoozedUntil;

  @Column(name = "closed_at_us")
  @Nullable Long closedAt;

  @Column(name = "generated_by")
  @Nullable String generatedBy;

  @Column(name = "idempotency_key")
  @Nullable String idempotencyKey;

  @Column(name = "superseded")
  boolean superseded;

  @Column(name = "announced_at_us")
  @Nullable Long announcedAt;

  @Column(name = "due_at_us")
  long dueAt;

  /** For the provider. */
  protected ReminderRow() {}

  static ReminderRow create() {
    return new ReminderRow();
  }

  @Override
  public String describe() {
    return "reminder " + id;
  }
}
