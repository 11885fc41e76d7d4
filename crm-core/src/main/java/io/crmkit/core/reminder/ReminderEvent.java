package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A reminder was scheduled ({@code from} absent) or changed status. That its due day came is a
 * {@link ReminderDue}.
 *
 * @param tenant the tenant
 * @param reminder the reminder
 * @param occurredAt when
 * @param from the status before, or {@code null} when it was scheduled
 * @param to the status after
 * @since 0.1
 */
public record ReminderEvent(
    TenantId tenant,
    ReminderId reminder,
    Instant occurredAt,
    @Nullable ReminderStatus from,
    ReminderStatus to)
    implements CrmEvent {

  /** Requires every part. */
  public ReminderEvent {
    requireNonNull(tenant, "tenant");
    requireNonNull(reminder, "reminder");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(to, "to");
  }

  /** Returns {@code "reminder"}: a reminder's events are delivered in order. */
  @Override
  public String aggregateType() {
    return "reminder";
  }

  /** Returns the reminder's id. */
  @Override
  public String aggregateId() {
    return reminder.toString();
  }
}
