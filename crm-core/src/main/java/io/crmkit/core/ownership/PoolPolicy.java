package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import java.time.Duration;

/**
 * The rules of a public pool (公海规则). Claims are checked against the quota, the daily limit and the
 * ex-owner cooldown when they happen; the recycling limits are data for the recycling rules of
 * crm-rules. A limit of 0 means "no limit".
 *
 * @param ownerQuota the most customers one user may own (0: no limit)
 * @param wonCustomersCount whether customers that have bought count towards the quota
 * @param claimsPerDay the most claims one user may make per day (0: no limit)
 * @param exOwnerCooldown how long a user who released a customer must wait to claim it again
 * @param recycleWarningDays how many days before automatic recycling the owner is warned
 * @param recycleAfterDaysWithoutFollowUp recycle an owned customer after this many days without an
 *     interaction (0: never)
 * @param recycleAfterDaysWithoutDeal recycle an owned customer after this many days without an
 *     order (0: never)
 * @param exemptWonCustomers whether customers that have bought are never recycled
 * @param exemptOpenContracts whether customers under an open contract are never recycled
 * @since 0.1
 */
public record PoolPolicy(
    int ownerQuota,
    boolean wonCustomersCount,
    int claimsPerDay,
    Duration exOwnerCooldown,
    int recycleWarningDays,
    int recycleAfterDaysWithoutFollowUp,
    int recycleAfterDaysWithoutDeal,
    boolean exemptWonCustomers,
    boolean exemptOpenContracts) {
  /** No limits, no recycling. */
  public static final PoolPolicy UNLIMITED =
      new PoolPolicy(0, true, 0, Duration.ZERO, 0, 0, 0, true, true);

  /**
   * Validates every number and lists all problems.
   *
   * @throws io.crmkit.core.shared.ValidationException if a limit is negative, or the warning comes
   *     before nothing (warning days set without any recycling limit)
   */
  public PoolPolicy {
    requireNonNull(exOwnerCooldown, "exOwnerCooldown");
    Problems problems = Problems.create();
    problems.check(ownerQuota >= 0, "ownerQuota", ownerQuota, "must not be negative");
    problems.check(claimsPerDay >= 0, "claimsPerDay", claimsPerDay, "must not be negative");
    problems.check(
        !exOwnerCooldown.isNegative(), "exOwnerCooldown", exOwnerCooldown, "must not be negative");
    problems.check(
        recycleWarningDays >= 0, "recycleWarningDays", recycleWarningDays, "must not be negative");
    problems.check(
        recycleAfterDaysWithoutFollowUp >= 0,
        "recycleAfterDaysWithoutFollowUp",
        recycleAfterDaysWithoutFollowUp,
        "must not be negative");
    problems.check(
        recycleAfterDaysWithoutDeal >= 0,
        "recycleAfterDaysWithoutDeal",
        recycleAfterDaysWithoutDeal,
        "must not be negative");
    problems.check(
        recycleWarningDays == 0
            || recycleAfterDaysWithoutFollowUp > 0
            || recycleAfterDaysWithoutDeal > 0,
        "recycleWarningDays",
        recycleWarningDays,
        "needs a recycling limit to warn before");
    problems.throwIfAny();
  }

  /** Returns a copy with the owner quota. */
  public PoolPolicy quota(int customers, boolean countWonCustomers) {
    return new PoolPolicy(
        customers,
        countWonCustomers,
        claimsPerDay,
        exOwnerCooldown,
        recycleWarningDays,
        recycleAfterDaysWithoutFollowUp,
        recycleAfterDaysWithoutDeal,
        exemptWonCustomers,
        exemptOpenContracts);
  }

  /** Returns a copy with the daily claim limit. */
  public PoolPolicy claimsPerDay(int claims) {
    return new PoolPolicy(
        ownerQuota,
        wonCustomersCount,
        claims,
        exOwnerCooldown,
        recycleWarningDays,
        recycleAfterDaysWithoutFollowUp,
        recycleAfterDaysWithoutDeal,
        exemptWonCustomers,
        exemptOpenContracts);
  }

  /** Returns a copy with the ex-owner cooldown. */
  public PoolPolicy cooldown(Duration cooldown) {
    return new PoolPolicy(
        ownerQuota,
        wonCustomersCount,
        claimsPerDay,
        cooldown,
        recycleWarningDays,
        recycleAfterDaysWithoutFollowUp,
        recycleAfterDaysWithoutDeal,
        exemptWonCustomers,
        exemptOpenContracts);
  }

  /** Returns a copy with the recycling limits and the warning before them. */
  public PoolPolicy recycle(int daysWithoutFollowUp, int daysWithoutDeal, int warningDays) {
    return new PoolPolicy(
        ownerQuota,
        wonCustomersCount,
        claimsPerDay,
        exOwnerCooldown,
        warningDays,
        daysWithoutFollowUp,
        daysWithoutDeal,
        exemptWonCustomers,
        exemptOpenContracts);
  }
}
