package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RecyclingRule} decided about an owned customer: keep it with its owner, warn the
 * owner that it will be recycled to the public pool, or recycle it now; with the day recycling is
 * due, when there is one, and a reason a sales manager can read.
 *
 * @param action keep, warn or recycle
 * @param recycleOn the day the customer is (or was) due for recycling; {@code null} when it never
 *     is (exempt, unowned, no limit)
 * @param reason why, such as {@code "no follow-up since 2026-01-10: 60 days reached on 2026-03-11"}
 * @since 0.1
 */
public record RecycleDecision(Action action, @Nullable LocalDate recycleOn, String reason) {

  /**
   * What to do with the customer.
   *
   * @since 0.1
   */
  public enum Action {
    /** Leave it with its owner. */
    KEEP,
    /** Leave it, and warn its owner that it will be recycled on {@code recycleOn}. */
    WARN,
    /** Put it back into its pool now. */
    RECYCLE
  }

  /**
   * Validates the decision.
   *
   * @throws ValidationException if the reason is blank, or a warning or recycling has no day
   * @since 0.1
   */
  public RecycleDecision {
    requireNonNull(action, "action");
    requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw ValidationException.of("reason", reason, "must not be blank");
    }
    if (action != Action.KEEP && recycleOn == null) {
      throw ValidationException.of("recycleOn", null, "is required to " + action);
    }
  }

  /**
   * Returns a decision to keep the customer, recycled on {@code recycleOn} if nothing changes.
   *
   * @since 0.1
   */
  public static RecycleDecision keep(@Nullable LocalDate recycleOn, String reason) {
    return new RecycleDecision(Action.KEEP, recycleOn, reason);
  }

  /**
   * Returns a decision to warn the owner of the recycling on {@code recycleOn}.
   *
   * @since 0.1
   */
  public static RecycleDecision warn(LocalDate recycleOn, String reason) {
    return new RecycleDecision(Action.WARN, requireNonNull(recycleOn, "recycleOn"), reason);
  }

  /**
   * Returns a decision to recycle the customer now; it was due on {@code recycleOn}.
   *
   * @since 0.1
   */
  public static RecycleDecision recycle(LocalDate recycleOn, String reason) {
    return new RecycleDecision(Action.RECYCLE, requireNonNull(recycleOn, "recycleOn"), reason);
  }

  /**
   * Returns whether the customer goes back into its pool now.
   *
   * @since 0.1
   */
  public boolean isRecycle() {
    return action == Action.RECYCLE;
  }
}
