package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.core.tier.TierQuery;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TierServiceTest {
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final UserRef BY = UserRef.of("job:nightly");
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  @Test
  void assignByRule_gradesAndPublishesOnlyRealChanges() {
    f.crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));

    assertThat(
            f.crm
                .tiers()
                .assignByRule(
                    f.tenant,
                    customer,
                    GRADE,
                    TierCode.of("A"),
                    "spend-12m",
                    "spend ≥ 100,000 CNY",
                    BY))
        .isEqualTo(TierOutcome.ASSIGNED);
    assertThat(
            f.crm
                .tiers()
                .assignByRule(
                    f.tenant,
                    customer,
                    GRADE,
                    TierCode.of("A"),
                    "spend-12m",
                    "spend ≥ 100,000 CNY",
                    BY))
        .isEqualTo(TierOutcome.UNCHANGED);

    assertThat(f.crm.tiers().tierOf(f.tenant, customer, GRADE)).contains(TierCode.of("A"));
    assertThat(
            f.crm
                .tiers()
                .tierAt(f.tenant, customer, GRADE, KitFixture.NOW.minus(Duration.ofDays(1))))
        .isEmpty();
    assertThat(f.events(TierChanged.class)).hasSize(1);
    assertThat(f.crm.tiers().count(TierQuery.on(f.tenant, GRADE).currently(TierCode.of("A"))))
        .isEqualTo(1);
  }

  @Test
  void assignManually_withLock_keepsRulesOut() {
    f.crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    f.crm
        .tiers()
        .assignManually(
            f.tenant,
            customer,
            GRADE,
            TierCode.of("A"),
            "strategic",
            UserRef.of("director"),
            KitFixture.NOW.plus(Duration.ofDays(180)));

    assertThat(
            f.crm
                .tiers()
                .assignByRule(
                    f.tenant, customer, GRADE, TierCode.of("C"), "spend-12m", "low spend", BY))
        .isEqualTo(TierOutcome.LOCKED);
    assertThat(f.crm.tiers().tierOf(f.tenant, customer, GRADE)).contains(TierCode.of("A"));
  }

  @Test
  void defineLadder_removingAHeldTier_throwsValidation() {
    TierLadder ladder =
        f.crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    f.crm.tiers().assignByRule(f.tenant, customer, GRADE, TierCode.of("B"), "r", "because", BY);

    assertThatThrownBy(
            () ->
                f.crm
                    .tiers()
                    .defineLadder(
                        TierLadder.ranked(f.tenant, GRADE, "C", "A").withVersion(ladder.version())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .hasToString("tiers is held by 1 customers and cannot be removed but was 'B'"));
    assertThat(f.crm.tiers().ladder(f.tenant, GRADE).orElseThrow().codes()).hasSize(3);
  }

  @Test
  void assign_unknownLadder_throwsNotFound() {
    assertThatThrownBy(
            () ->
                f.crm
                    .tiers()
                    .assignByRule(f.tenant, customer, GRADE, TierCode.of("A"), "r", "because", BY))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void purge_removesTierHistory() {
    f.crm.tiers().defineLadder(TierLadder.ranked(f.tenant, GRADE, "C", "B", "A"));
    f.crm.tiers().assignByRule(f.tenant, customer, GRADE, TierCode.of("B"), "r", "because", BY);
    f.crm.customers().purge(f.tenant, customer);
    assertThat(f.crm.tiers().history(f.tenant, customer)).isEmpty();
  }
}
