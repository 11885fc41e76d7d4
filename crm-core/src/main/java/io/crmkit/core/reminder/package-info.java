/**
 * Reminders and follow-up: visits, follow-ups, birthdays, anniversaries, holiday greetings,
 * contract renewals and pool-recycle warnings, due at a local time in the owner's zone, with
 * lead-time notifications, recurrence (a subset of RFC 5545 RRULE), a status with behaviour
 * methods, and an idempotency key so that regenerating never duplicates. Its events are {@link
 * io.crmkit.core.reminder.ReminderEvent} (scheduled, or moved to another status) and {@link
 * io.crmkit.core.reminder.ReminderDue} (its due day came; announced once per due time).
 */
@NullMarked
package io.crmkit.core.reminder;

import org.jspecify.annotations.NullMarked;
