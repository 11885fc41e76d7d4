package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The complete state of a {@link Reminder} at one version, as a storage adapter keeps it.
 *
 * @param id the reminder id
 * @param tenant the tenant
 * @param version the stored version; 0 before the first save
 * @param createdAt when it was scheduled
 * @param updatedAt when it last changed
 * @param customer the customer it is about, if any
 * @param contact the contact it is about, if any
 * @param owner who must act on it
 * @param kind what it is about
 * @param title a short text
 * @param note a longer text, if any
 * @param due the local due date-time in {@code zone}
 * @param zone the owner's time zone
 * @param leadTimes how long before the due time to notify, shortest first
 * @param recurrence how the series repeats, if it does
 * @param seriesStart the due time of the series' first occurrence
 * @param status where it stands
 * @param snoozedUntil the instant it was put off to, while snoozed
 * @param closedAt when it was done, cancelled or missed
 * @param generatedBy the id of the rule that generated it, if a rule did
 * @param idempotencyKey the key that makes regeneration find it again, if any
 * @param superseded whether reminder regeneration cancelled it because no policy planned it any
 *     more (rather than a user calling it off); only a cancelled reminder may be superseded, and
 *     regeneration reopens it when a policy plans it again
 * @param announcedAt when the kit announced it as due ({@link ReminderDue}) for its current due
 *     time, or {@code null} while it has not been; {@linkplain Reminder#snooze snoozing} or
 *     {@linkplain Reminder#reopen reopening} it clears the mark, so that it is announced again when
 *     its new due time comes; a done, cancelled or missed reminder keeps the mark it had
 * @since 0.1
 */
public record ReminderSnapshot(
    ReminderId id,
    TenantId tenant,
    long version,
    Instant createdAt,
    Instant updatedAt,
    @Nullable CustomerId customer,
    @Nullable ContactId contact,
    UserRef owner,
    ReminderKind kind,
    String title,
    @Nullable String note,
    LocalDateTime due,
    ZoneId zone,
    List<Duration> leadTimes,
    @Nullable Recurrence recurrence,
    LocalDateTime seriesStart,
    ReminderStatus status,
    @Nullable Instant snoozedUntil,
    @Nullable Instant closedAt,
    @Nullable String generatedBy,
    @Nullable String idempotencyKey,
    boolean superseded,
    @Nullable Instant announcedAt) {

  /**
   * Requires the mandatory parts and copies the lead times.
   *
   * @throws IllegalArgumentException if the version is negative, or the reminder is superseded
   *     without being cancelled
   */
  public ReminderSnapshot {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    requireNonNull(owner, "owner");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(due, "due");
    requireNonNull(zone, "zone");
    requireNonNull(seriesStart, "seriesStart");
    requireNonNull(status, "status");
    leadTimes = leadTimes.stream().sorted().toList();
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
    if (superseded && status != ReminderStatus.CANCELLED) {
      throw new IllegalArgumentException(
          "only a cancelled reminder may be superseded but status was " + status);
    }
  }

  /** Returns a copy at another version; stores call it when they save. */
  public ReminderSnapshot withVersion(long newVersion) {
    return new ReminderSnapshot(
        id,
        tenant,
        newVersion,
        createdAt,
        updatedAt,
        customer,
        contact,
        owner,
        kind,
        title,
        note,
        due,
        zone,
        leadTimes,
        recurrence,
        seriesStart,
        status,
        snoozedUntil,
        closedAt,
        generatedBy,
        idempotencyKey,
        superseded,
        announcedAt);
  }

  /** Returns the instant the reminder is due: the snooze end while snoozed, else the due time. */
  public Instant dueAt() {
    return status == ReminderStatus.SNOOZED && snoozedUntil != null
        ? snoozedUntil
        : due.atZone(zone).toInstant();
  }
}
