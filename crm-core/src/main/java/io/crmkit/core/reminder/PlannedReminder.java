package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.UserRef;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A reminder a {@link ReminderPolicy} wants to exist. Its key names the subject and the occurrence
 * ({@code "birthday:<contact>:2027-02-06"}), so that planning again yields the same key and next
 * year's occurrence a new one; the service prefixes it with the policy id, the customer and the
 * owner before deriving the reminder's id ({@link ReminderId#forKey}).
 *
 * @param key the occurrence key within the policy and customer; not blank, at most 100 characters
 * @param kind what the reminder is about
 * @param due when it is due, in the context's zone; a due time already past is scheduled as due
 *     now, so that the reminder is overdue at once
 * @param owner who must act on it
 * @param title a short text, at most 200 characters
 * @param contact the contact it is about, if any
 * @since 0.1
 */
public record PlannedReminder(
    String key,
    ReminderKind kind,
    LocalDateTime due,
    UserRef owner,
    String title,
    @Nullable ContactId contact) {
  /** The longest key accepted. */
  public static final int MAX_KEY = 100;

  /**
   * Validates the key and the title and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if the key or the title is blank or too long
   * @since 0.1
   */
  public PlannedReminder {
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(owner, "owner");
    Problems problems = Problems.create();
    key = problems.text("key", key, MAX_KEY, true);
    title = problems.text("title", title, 200, true);
    problems.throwIfAny();
  }

  /**
   * Returns a planned reminder about the customer as a whole.
   *
   * @since 0.1
   */
  public static PlannedReminder of(
      String key, ReminderKind kind, LocalDateTime due, UserRef owner, String title) {
    return new PlannedReminder(key, kind, due, owner, title, null);
  }

  /**
   * Returns a copy about a contact.
   *
   * @since 0.1
   */
  public PlannedReminder about(ContactId id) {
    return new PlannedReminder(key, kind, due, owner, title, requireNonNull(id, "id"));
  }
}
