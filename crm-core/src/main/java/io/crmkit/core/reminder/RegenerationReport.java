package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import java.util.List;

/**
 * What regenerating one customer's reminders did: the reminders scheduled because a policy planned
 * them and none existed, the planned ones that existed already (in any status: a reminder done or
 * cancelled is never scheduled again), and the live ones a policy made earlier but no longer plans,
 * which were cancelled.
 *
 * @param customer the customer
 * @param created reminders scheduled now
 * @param kept planned reminders that existed already
 * @param cancelled live reminders no longer planned, now cancelled
 * @since 0.1
 */
public record RegenerationReport(
    CustomerId customer,
    List<ReminderId> created,
    List<ReminderId> kept,
    List<ReminderId> cancelled) {

  /**
   * Requires the customer and copies the lists.
   *
   * @since 0.1
   */
  public RegenerationReport {
    requireNonNull(customer, "customer");
    created = List.copyOf(created);
    kept = List.copyOf(kept);
    cancelled = List.copyOf(cancelled);
  }

  /**
   * Returns whether the regeneration changed any reminder.
   *
   * @since 0.1
   */
  public boolean changedAnything() {
    return !created.isEmpty() || !cancelled.isEmpty();
  }
}
