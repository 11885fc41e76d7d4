/**
 * Built-in reminder policies ({@link io.crmkit.rules.reminders.ReminderPolicies}): visits by tier
 * cadence, solar and lunar birthdays, contract anniversaries and renewals, holiday greetings,
 * follow-ups after a silence, and pool-recycle warnings. Each is a pure function of a {@link
 * io.crmkit.core.reminder.ReminderContext}, registered with {@code
 * CrmKit.builder().reminderPolicy(...)} and run by {@code ReminderService.regenerate}.
 */
@NullMarked
package io.crmkit.rules.reminders;

import org.jspecify.annotations.NullMarked;
