package io.crmkit.examples.erp;

import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.ZonedDateTime;
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
   * A reminder's due day came: its owner should act on it now. Called once per due time.
   *
   * @param vendorNo the ERP's number for the customer it is about, or {@code "-"} if it has none or
   *     is about no customer
   * @param owner who must act on it
   * @param kind what it is about
   * @param title the reminder's title
   * @param due when it is due, in the owner's zone
   */
  void reminderDue(
      String vendorNo, UserRef owner, ReminderKind kind, String title, ZonedDateTime due);
}
