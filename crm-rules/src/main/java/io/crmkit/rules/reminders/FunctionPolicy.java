package io.crmkit.rules.reminders;

import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderPolicy;
import java.util.List;
import java.util.function.Function;

/** A reminder policy made of an id and a planning function. */
final class FunctionPolicy implements ReminderPolicy {
  private final String id;
  private final Function<ReminderContext, List<PlannedReminder>> plan;

  FunctionPolicy(String id, Function<ReminderContext, List<PlannedReminder>> plan) {
    this.id = id;
    this.plan = plan;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<PlannedReminder> plan(ReminderContext context) {
    return List.copyOf(plan.apply(context));
  }

  @Override
  public String toString() {
    return "ReminderPolicy[" + id + "]";
  }
}
