package io.crmkit.core.ownership;

import java.time.LocalDate;

/** The recycling rule that reads the limits of the pool's policy. */
enum PoolPolicyRecyclingRule implements RecyclingRule {
  INSTANCE;

  @Override
  public String id() {
    return "pool-policy";
  }

  @Override
  public RecycleDecision decide(RecyclingCase subject, LocalDate asOf) {
    return RecycleLimits.of(subject.policy()).decide(subject, asOf);
  }
}
