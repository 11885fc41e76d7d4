package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ownership.RecycleDecision;
import io.crmkit.core.ownership.RecycleLimits;
import io.crmkit.core.ownership.RecyclingCase;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Built-in recycling rules for public pools (公海回收). {@link RecyclingRule#standard()} in crm-core
 * applies each pool's own limits; the rules here vary them.
 *
 * @since 0.1
 */
public final class RecyclingRules {
  private RecyclingRules() {}

  /**
   * Returns a rule whose limits depend on the customer's tier on the ladder (A customers after 90
   * days without follow-up, C customers after 30); a customer not graded, or in a tier without
   * limits, gets the limits of its pool's policy. The pool policy's exemptions (won customers, open
   * contracts) and locks apply either way, and the reason names the tier. Its id is {@code
   * per-tier:<ladder>}.
   *
   * @since 0.1
   */
  public static RecyclingRule perTier(LadderKey ladder, Map<TierCode, RecycleLimits> limits) {
    requireNonNull(ladder, "ladder");
    return new PerTierRecyclingRule(ladder, Map.copyOf(limits));
  }

  /** Chooses the limits by tier. */
  private static final class PerTierRecyclingRule implements RecyclingRule {
    private final LadderKey ladder;
    private final Map<TierCode, RecycleLimits> limits;

    PerTierRecyclingRule(LadderKey ladder, Map<TierCode, RecycleLimits> limits) {
      this.ladder = ladder;
      this.limits = limits;
    }

    @Override
    public String id() {
      return "per-tier:" + ladder.code();
    }

    @Override
    public RecycleDecision decide(RecyclingCase subject, LocalDate asOf) {
      Optional<TierCode> tier = subject.tier(ladder).filter(limits::containsKey);
      if (tier.isEmpty()) {
        return RecycleLimits.of(subject.policy()).decide(subject, asOf);
      }
      RecycleDecision decision = limits.get(tier.get()).decide(subject, asOf);
      return new RecycleDecision(
          decision.action(),
          decision.recycleOn(),
          "tier " + tier.get().code() + ": " + decision.reason());
    }

    @Override
    public String toString() {
      return "RecyclingRule[" + id() + ", " + limits + "]";
    }
  }
}
