package io.crmkit.spi;

import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores reminders, keyed by tenant and id. Obtained from a {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface ReminderRepository {

  /** Finds a reminder; empty for an unknown id or another tenant's reminder. */
  Optional<Reminder> find(TenantId tenant, ReminderId id);

  /**
   * Inserts or updates a reminder and returns it at its new stored version; the same version rules
   * as {@link CustomerRepository#save} (so a reminder with an idempotency key, whose id derives
   * from the key, cannot be inserted twice).
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  Reminder save(Reminder reminder);

  /** Removes a reminder; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, ReminderId id);

  /**
   * Lists the reminders that {@link ReminderQuery#matches} accepts, ordered by due instant ({@link
   * io.crmkit.core.reminder.ReminderSnapshot#dueAt()}), then id; a page's cursor encodes both, and
   * the next page starts strictly after them. Otherwise the paging contract of {@link
   * CustomerRepository#find} holds.
   */
  Page<Reminder> find(ReminderQuery query, PageRequest page);

  /** Counts the reminders that {@link ReminderQuery#matches} accepts. */
  long count(ReminderQuery query);
}
