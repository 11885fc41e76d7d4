package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.ClaimLoad;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.ownership.RecycleDecision;
import io.crmkit.core.ownership.RecycleLimits;
import io.crmkit.core.ownership.RecyclingCase;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecyclingRulesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 1));
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final Instant CLAIMED = Instant.parse("2026-01-01T02:00:00Z");
  private static final PoolPolicy POLICY = PoolPolicy.UNLIMITED.recycle(60, 0, 0);
  private static final RecyclingRule PER_TIER =
      RecyclingRules.perTier(
          GRADE,
          Map.of(
              TierCode.of("A"), new RecycleLimits(90, 0, 7),
              TierCode.of("C"), new RecycleLimits(30, 0, 7)));

  private static RecyclingCase claimed(Map<LadderKey, TierCode> tiers, boolean locked) {
    PublicPool pool =
        PublicPool.of(TENANT, PoolId.of("east"), "华东公海", ADMIN)
            .withMembers(WANG)
            .withPolicy(POLICY);
    Ownership ownership = Ownership.none(TENANT, ID);
    ownership.putInPool(pool, ADMIN, CLAIMED.minusSeconds(60), "lead");
    ownership.claim(pool, Claimant.of(WANG), new ClaimLoad(0, 0), CLAIMED, "mine");
    if (locked) {
      ownership.lock(ADMIN, CLAIMED, "tender");
    }
    return new RecyclingCase(
        Customer.register(ID, NewCustomer.organization(TENANT, "华东机电集团"), CLAIMED).snapshot(),
        CustomerFacts.empty(TENANT, ID),
        ownership.snapshot(),
        POLICY,
        tiers,
        SHANGHAI);
  }

  @Test
  void perTier_cCustomerAfter30Days_isRecycledAndTheReasonNamesTheTier() {
    RecycleDecision decision =
        PER_TIER.decide(claimed(Map.of(GRADE, TierCode.of("C")), false), LocalDate.of(2026, 1, 31));

    assertThat(decision)
        .isEqualTo(
            RecycleDecision.recycle(
                LocalDate.of(2026, 1, 31),
                "tier C: no follow-up since 2026-01-01: 30 days end on 2026-01-31"));
    assertThat(PER_TIER.id()).isEqualTo("per-tier:grade");
  }

  @Test
  void perTier_aCustomerKeptFor90DaysAndWarnedAWeekBefore() {
    RecyclingCase a = claimed(Map.of(GRADE, TierCode.of("A")), false);

    assertThat(PER_TIER.decide(a, LocalDate.of(2026, 1, 31)).action())
        .isEqualTo(RecycleDecision.Action.KEEP);
    assertThat(PER_TIER.decide(a, LocalDate.of(2026, 3, 25)))
        .isEqualTo(
            RecycleDecision.warn(
                LocalDate.of(2026, 4, 1),
                "tier A: no follow-up since 2026-01-01: 90 days end on 2026-04-01"));
  }

  @Test
  void perTier_ungradedOrUnlistedTier_usesThePoolPolicy() {
    LocalDate day = LocalDate.of(2026, 3, 2);

    assertThat(PER_TIER.decide(claimed(Map.of(), false), day))
        .isEqualTo(RecyclingRule.standard().decide(claimed(Map.of(), false), day))
        .extracting(RecycleDecision::recycleOn)
        .isEqualTo(day);
    assertThat(PER_TIER.decide(claimed(Map.of(GRADE, TierCode.of("B")), false), day).isRecycle())
        .isTrue();
  }

  @Test
  void perTier_lockedCustomer_isKept() {
    RecycleDecision decision =
        PER_TIER.decide(claimed(Map.of(GRADE, TierCode.of("C")), true), LocalDate.of(2026, 6, 1));

    assertThat(decision.action()).isEqualTo(RecycleDecision.Action.KEEP);
    assertThat(decision.reason()).startsWith("tier C: ").endsWith("is locked");
  }

  @Test
  void perTier_rejectsNulls() {
    new NullPointerTester()
        .setDefault(LadderKey.class, GRADE)
        .testAllPublicStaticMethods(RecyclingRules.class);
  }
}
