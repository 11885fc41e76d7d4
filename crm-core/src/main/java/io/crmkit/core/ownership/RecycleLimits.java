package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How long an owned customer may go without follow-up or without a deal before it is recycled to
 * its pool, and how many days before that its owner is warned; a limit of 0 means "never". Both
 * periods count from the later of the last contact (or order) and the day the current owner took
 * the customer, so a fresh claim gets the full period. {@link #decide} applies the limits and the
 * pool policy's exemptions; recycling rules choose which limits apply to a customer.
 *
 * @param daysWithoutFollowUp recycle after this many days without an interaction (0: never)
 * @param daysWithoutDeal recycle after this many days without an order (0: never)
 * @param warningDays warn this many days before recycling (0: no warning)
 * @since 0.1
 */
public record RecycleLimits(int daysWithoutFollowUp, int daysWithoutDeal, int warningDays) {
  /** No recycling at all. */
  public static final RecycleLimits NEVER = new RecycleLimits(0, 0, 0);

  /**
   * Validates the numbers and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if a number is negative, or a warning is set
   *     without a limit to warn before
   * @since 0.1
   */
  public RecycleLimits {
    Problems problems = Problems.create();
    problems.check(
        daysWithoutFollowUp >= 0,
        "daysWithoutFollowUp",
        daysWithoutFollowUp,
        "must not be negative");
    problems.check(
        daysWithoutDeal >= 0, "daysWithoutDeal", daysWithoutDeal, "must not be negative");
    problems.check(warningDays >= 0, "warningDays", warningDays, "must not be negative");
    problems.check(
        warningDays <= 0 || daysWithoutFollowUp > 0 || daysWithoutDeal > 0,
        "warningDays",
        warningDays,
        "needs a recycling limit to warn before");
    problems.throwIfAny();
  }

  /**
   * Returns the limits a pool policy sets.
   *
   * @since 0.1
   */
  public static RecycleLimits of(PoolPolicy policy) {
    requireNonNull(policy, "policy");
    return new RecycleLimits(
        policy.recycleAfterDaysWithoutFollowUp(),
        policy.recycleAfterDaysWithoutDeal(),
        policy.recycleWarningDays());
  }

  /**
   * Decides about the customer on the day: keep an unowned, locked or exempt customer (won
   * customers and open contracts, when the pool policy exempts them); otherwise recycle once the
   * earlier limit is reached, warn within the warning days before it, and keep it until then.
   *
   * @since 0.1
   */
  public RecycleDecision decide(RecyclingCase subject, LocalDate asOf) {
    requireNonNull(subject, "subject");
    requireNonNull(asOf, "asOf");
    OwnershipSnapshot ownership = subject.ownership();
    if (ownership.owner() == null) {
      return RecycleDecision.keep(null, "customer " + ownership.customer() + " has no owner");
    }
    if (ownership.locked()) {
      return RecycleDecision.keep(null, "customer " + ownership.customer() + " is locked");
    }
    PoolPolicy policy = subject.policy();
    CustomerFacts facts = subject.facts();
    if (policy.exemptWonCustomers() && facts.orderCount() > 0) {
      return RecycleDecision.keep(
          null, "won customers are exempt and it has " + facts.orderCount() + " orders");
    }
    Optional<DateRange> contract =
        facts.contractCoverage().stream().filter(r -> !r.end().isBefore(asOf)).findFirst();
    if (policy.exemptOpenContracts() && contract.isPresent()) {
      return RecycleDecision.keep(
          null, "open contracts are exempt and it has one until " + contract.get().end());
    }
    LocalDate since = subject.ownedSince().orElseThrow();
    LocalDate due = null;
    String why = "";
    if (daysWithoutFollowUp > 0) {
      LocalDate base = later(subject.lastContactDay().orElse(null), since);
      due = base.plusDays(daysWithoutFollowUp);
      why = "no follow-up since " + base + ": " + daysWithoutFollowUp + " days end on " + due;
    }
    if (daysWithoutDeal > 0) {
      LocalDate base = later(facts.lastOrderDate(), since);
      LocalDate dealDue = base.plusDays(daysWithoutDeal);
      if (due == null || dealDue.isBefore(due)) {
        due = dealDue;
        why = "no deal since " + base + ": " + daysWithoutDeal + " days end on " + dealDue;
      }
    }
    if (due == null) {
      return RecycleDecision.keep(null, "no recycling limit applies");
    }
    if (!asOf.isBefore(due)) {
      return RecycleDecision.recycle(due, why);
    }
    if (warningDays > 0 && !asOf.isBefore(due.minusDays(warningDays))) {
      return RecycleDecision.warn(due, why);
    }
    return RecycleDecision.keep(due, why);
  }

  private static LocalDate later(@Nullable LocalDate a, LocalDate b) {
    return a == null || a.isBefore(b) ? b : a;
  }
}
