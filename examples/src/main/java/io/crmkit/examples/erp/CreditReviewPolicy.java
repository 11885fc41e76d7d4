package io.crmkit.examples.erp;

import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The ERP's own reminder policy: the account manager reviews a customer's credit limit with finance
 * a number of days before the limit expires. The key names the expiry day, so when finance extends
 * the limit, regeneration cancels the old review and schedules the new one; a review whose day has
 * passed is scheduled as due now.
 *
 * @since 0.1
 */
public final class CreditReviewPolicy implements ReminderPolicy {
  private static final LocalTime DUE = LocalTime.of(9, 0);

  private final int daysBefore;

  private CreditReviewPolicy(int daysBefore) {
    this.daysBefore = daysBefore;
  }

  /**
   * Returns the policy, planning each review {@code daysBefore} days before the limit expires.
   *
   * @throws ValidationException if {@code daysBefore} is outside 0 to 366
   */
  public static CreditReviewPolicy daysBefore(int daysBefore) {
    if (daysBefore < 0 || daysBefore > 366) {
      throw ValidationException.of("daysBefore", daysBefore, "must be between 0 and 366");
    }
    return new CreditReviewPolicy(daysBefore);
  }

  @Override
  public String id() {
    return "erp.credit-review";
  }

  @Override
  public List<PlannedReminder> plan(ReminderContext context) {
    Optional<LocalDate> until =
        context.customer().attributes().get(ErpAttributes.CREDIT_LIMIT_UNTIL);
    if (context.owner().isEmpty() || until.isEmpty()) {
      return List.of();
    }
    String limit =
        context
            .customer()
            .attributes()
            .get(ErpAttributes.CREDIT_LIMIT)
            .map(Money::toString)
            .orElse("the credit limit");
    String title =
        "Review the credit limit of "
            + context.customer().name().displayName()
            + " with finance: "
            + limit
            + " expires on "
            + until.get();
    return List.of(
        PlannedReminder.of(
            "credit-review:" + until.get(),
            ReminderKind.CUSTOM,
            until.get().minusDays(daysBefore).atTime(DUE),
            context.owner().get(),
            title));
  }

  @Override
  public String toString() {
    return "ReminderPolicy[" + id() + ", " + daysBefore + " days before]";
  }
}
