package io.crmkit.core.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecycleLimitsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 1));
  private static final Instant CLAIMED = Instant.parse("2026-01-01T02:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final PublicPool POOL =
      PublicPool.of(TENANT, PoolId.of("east"), "华东公海", UserRef.of("admin"))
          .withMembers(UserRef.of("wang"));

  private static RecyclingCase owned(PoolPolicy policy, CustomerFacts facts) {
    Customer customer =
        Customer.register(ID, NewCustomer.organization(TENANT, "华东机电集团"), CLAIMED.minusSeconds(60));
    Ownership ownership = Ownership.none(TENANT, ID);
    ownership.putInPool(POOL, UserRef.of("admin"), CLAIMED.minusSeconds(30), "lead");
    ownership.claim(POOL, Claimant.of(UserRef.of("wang")), new ClaimLoad(0, 0), CLAIMED, "mine");
    return new RecyclingCase(
        customer.snapshot(), facts, ownership.snapshot(), policy, Map.of(), SHANGHAI);
  }

  @Test
  void decide_bothLimits_theEarlierOneWinsAndNamesItself() {
    PoolPolicy policy = PoolPolicy.UNLIMITED.recycle(90, 30, 0);
    CustomerFacts facts = CustomerFacts.empty(TENANT, ID);

    RecycleDecision decision = RecycleLimits.of(policy).decide(owned(policy, facts), DAY);

    assertThat(decision)
        .isEqualTo(
            RecycleDecision.keep(
                DAY.plusDays(30), "no deal since 2026-01-01: 30 days end on 2026-01-31"));
    assertThat(RecyclingRule.standard().decide(owned(policy, facts), DAY.plusDays(30)))
        .isEqualTo(
            RecycleDecision.recycle(
                DAY.plusDays(30), "no deal since 2026-01-01: 30 days end on 2026-01-31"));
  }

  @Test
  void decide_orderAfterTheClaim_countsFromTheOrderWhenWonCustomersAreNotExempt() {
    PoolPolicy policy = new PoolPolicy(0, true, 0, java.time.Duration.ZERO, 7, 0, 30, false, true);
    CustomerFacts facts =
        CustomerFacts.empty(TENANT, ID)
            .apply(
                new RecordedActivity(
                    ActivityId.of(new UUID(0, 9)),
                    CLAIMED.plusSeconds(864_000),
                    Order.of(TENANT, ID, Money.of("10", "CNY"), DAY.plusDays(10))));

    RecycleDecision decision =
        RecycleLimits.of(policy).decide(owned(policy, facts), DAY.plusDays(35));

    assertThat(decision.action()).isEqualTo(RecycleDecision.Action.WARN);
    assertThat(decision.recycleOn()).isEqualTo(DAY.plusDays(40));
  }

  @Test
  void decide_asDaysPass_neverStepsBackAndRecyclesOnTheEarlierLimit() {
    qt().forAll(
            integers().between(0, 121 * 121 - 1),
            integers().between(0, 30),
            integers().between(0, 200),
            integers().between(0, 200))
        .checkAssert(
            (limits, warnDays, a, b) -> {
              int followUp = limits / 121;
              int deal = limits % 121;
              int warn = followUp == 0 && deal == 0 ? 0 : warnDays;
              PoolPolicy policy =
                  new PoolPolicy(
                      0, true, 0, java.time.Duration.ZERO, warn, followUp, deal, true, true);
              RecyclingCase subject = owned(policy, CustomerFacts.empty(TENANT, ID));
              RecycleDecision earlier =
                  RecyclingRule.standard().decide(subject, DAY.plusDays(Math.min(a, b)));
              RecycleDecision later =
                  RecyclingRule.standard().decide(subject, DAY.plusDays(Math.max(a, b)));
              assertThat(earlier.action()).isLessThanOrEqualTo(later.action());
              assertThat(earlier.recycleOn()).isEqualTo(later.recycleOn());
              int limit = followUp == 0 ? deal : deal == 0 ? followUp : Math.min(followUp, deal);
              assertThat(later.recycleOn()).isEqualTo(limit == 0 ? null : DAY.plusDays(limit));
            });
  }

  @Test
  void decide_noLimits_keepsWithoutADay() {
    RecycleDecision decision =
        RecycleLimits.NEVER.decide(
            owned(PoolPolicy.UNLIMITED, CustomerFacts.empty(TENANT, ID)), DAY.plusYears(5));

    assertThat(decision).isEqualTo(RecycleDecision.keep(null, "no recycling limit applies"));
  }

  @Test
  void new_negativeNumbersAndWarningWithoutLimit_listsEveryProblem() {
    assertThatThrownBy(() -> new RecycleLimits(-1, -2, -3))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("daysWithoutFollowUp", "daysWithoutDeal", "warningDays"));
    assertThatThrownBy(() -> new RecycleLimits(0, 0, 5))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("warningDays"));
    assertThatThrownBy(() -> RecycleDecision.warn(null, "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RecycleDecision(RecycleDecision.Action.RECYCLE, null, "x"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> RecycleDecision.keep(null, " "))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void values_rejectNullsAndCompareByValue() {
    NullPointerTesters.withDomainDefaults()
        .setDefault(LocalDate.class, DAY)
        .testAllPublicStaticMethods(RecycleDecision.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(RecycleDecision.class);
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(RecycleLimits.class);
    new EqualsTester()
        .addEqualityGroup(new RecycleLimits(30, 0, 5), new RecycleLimits(30, 0, 5))
        .addEqualityGroup(RecycleLimits.NEVER)
        .addEqualityGroup(RecycleDecision.warn(DAY, "a"), RecycleDecision.warn(DAY, "a"))
        .addEqualityGroup(RecycleDecision.recycle(DAY, "a"))
        .testEquals();
  }
}
