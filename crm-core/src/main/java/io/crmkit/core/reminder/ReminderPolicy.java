package io.crmkit.core.reminder;

import java.util.List;

/**
 * Decides which reminders should exist for one customer: periodic visits by tier, birthdays,
 * contract renewals, holiday greetings, follow-ups, pool-recycle warnings. A pure function of a
 * {@link ReminderContext}; {@code ReminderService.regenerate} runs every registered policy and
 * reconciles the stored reminders with what they plan. crm-rules supplies built-in policies ({@code
 * ReminderPolicies}); hosts register theirs with {@code CrmKit.builder().reminderPolicy(...)}.
 *
 * @since 0.1
 */
public interface ReminderPolicy {

  /**
   * Returns the policy's id, unique among the registered policies; it is recorded as the {@code
   * generatedBy} of every reminder the policy makes and is part of their idempotency keys.
   *
   * @since 0.1
   */
  String id();

  /**
   * Returns the reminders the policy wants to exist for the customer, each under a key that is
   * stable for the same subject and occurrence; must not read the clock or the store.
   *
   * @since 0.1
   */
  List<PlannedReminder> plan(ReminderContext context);
}
