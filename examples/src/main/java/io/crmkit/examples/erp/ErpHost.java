package io.crmkit.examples.erp;

import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the ERP wants to hear from crmkit, in its own terms (its vendor numbers): the ERP's side of
 * the bridge that {@link ErpEventForwarder} calls.
 *
 * @since 0.1
 */
public interface ErpHost {

  /**
   * A customer's tier changed on a ladder.
   *
   * @param vendorNo the ERP's number for the customer, or {@code "-"} if it has none
   * @param ladder the ladder
   * @param from the tier before, or {@code null} for the first grade
   * @param to the new tier
   * @param reason why, as the rule put it
   */
  void tierChanged(
      String vendorNo, LadderKey ladder, @Nullable TierCode from, TierCode to, String reason);

  /**
   * A reminder about a customer was scheduled ({@code from} is {@code null}) or changed status.
   *
   * @param vendorNo the ERP's number for the customer, or {@code "-"} if it has none
   * @param from the status before, or {@code null} when it was scheduled
   * @param to the status now
   * @param title the reminder's title
   * @param due when it is due, in the owner's zone
   */
  void reminderChanged(
      String vendorNo,
      @Nullable ReminderStatus from,
      ReminderStatus to,
      String title,
      LocalDateTime due);
}
