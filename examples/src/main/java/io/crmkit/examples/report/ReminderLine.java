package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * A reminder crmkit's reminder policies scheduled, as the report lists it.
 *
 * @param due when it is due, in the report's zone (UTC)
 * @param kind the kind, such as {@code VISIT}
 * @param customer the key of the customer it is about
 * @param owner the account manager it is for
 * @param title what to do
 * @since 0.1
 */
record ReminderLine(LocalDateTime due, String kind, String customer, String owner, String title) {

  /** Requires every part. */
  public ReminderLine {
    requireNonNull(due, "due");
    requireNonNull(kind, "kind");
    requireNonNull(customer, "customer");
    requireNonNull(owner, "owner");
    requireNonNull(title, "title");
  }
}
