package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One period a customer spent in a tier of one ladder: from {@code from} (inclusive) until {@code
 * thru} (exclusive; absent while current), with who decided it and why. A manual assignment may be
 * locked against rules until {@code lockedUntil}.
 *
 * @param ladder the ladder
 * @param tier the tier
 * @param from when the assignment took effect
 * @param thru when it ended, or {@code null} while it is current
 * @param source a person or a rule
 * @param reason why, in words a sales manager can read
 * @param by the user who made it (for a rule: the user or job that ran it)
 * @param lockedUntil until when rules may not change it (manual assignments only), or {@code null}
 * @since 0.1
 */
public record TierAssignment(
    LadderKey ladder,
    TierCode tier,
    Instant from,
    @Nullable Instant thru,
    AssignmentSource source,
    String reason,
    UserRef by,
    @Nullable Instant lockedUntil) {
  /** The longest reason accepted. */
  public static final int MAX_REASON = 500;

  /**
   * Validates the assignment and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if {@code thru} is not after {@code from},
   *     the reason is blank or too long, or a rule assignment carries a lock
   */
  public TierAssignment {
    requireNonNull(ladder, "ladder");
    requireNonNull(tier, "tier");
    requireNonNull(source, "source");
    requireNonNull(by, "by");
    from = Times.stored(requireNonNull(from, "from"));
    thru = thru == null ? null : Times.stored(thru);
    lockedUntil = lockedUntil == null ? null : Times.stored(lockedUntil);
    Problems problems = Problems.create();
    problems.check(thru == null || thru.isAfter(from), "thru", thru, "must be after from " + from);
    problems.check(
        lockedUntil == null || !source.isRule(),
        "lockedUntil",
        lockedUntil,
        "is for manual assignments only");
    problems.check(
        lockedUntil == null || lockedUntil.isAfter(from),
        "lockedUntil",
        lockedUntil,
        "must be after from " + from);
    reason = problems.text("reason", reason, MAX_REASON, true);
    problems.throwIfAny();
  }

  /** Returns whether the assignment covers the instant. */
  public boolean covers(Instant instant) {
    return !instant.isBefore(from) && (thru == null || instant.isBefore(thru));
  }

  /** Returns whether rules may not replace the assignment at the instant. */
  public boolean isLockedAt(Instant instant) {
    return lockedUntil != null && instant.isBefore(lockedUntil);
  }

  /** Returns a copy ended at {@code end}. */
  TierAssignment endedAt(Instant end) {
    return new TierAssignment(ladder, tier, from, end, source, reason, by, lockedUntil);
  }
}
