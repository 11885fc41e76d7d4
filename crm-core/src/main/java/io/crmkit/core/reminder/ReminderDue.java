package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A live reminder's due day came, and the kit announced it ({@link
 * io.crmkit.core.ReminderService#announceDue}): the owner should act on it now. Announced once per
 * due time; a reminder snoozed or reopened to a later time is announced again when that time's day
 * comes. It carries what a host needs to notify the owner without reading the reminder back.
 *
 * @param tenant the tenant
 * @param reminder the reminder
 * @param occurredAt when the kit announced it
 * @param owner who must act on it
 * @param customer the customer it is about, if any
 * @param kind what it is about
 * @param title its short text
 * @param due when it is due, in the owner's zone: the snooze end while snoozed, else the due time
 * @since 0.1
 */
public record ReminderDue(
    TenantId tenant,
    ReminderId reminder,
    Instant occurredAt,
    UserRef owner,
    @Nullable CustomerId customer,
    ReminderKind kind,
    String title,
    ZonedDateTime due)
    implements CrmEvent {

  /** Requires every part but the customer. */
  public ReminderDue {
    requireNonNull(tenant, "tenant");
    requireNonNull(reminder, "reminder");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(owner, "owner");
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(due, "due");
  }
}
