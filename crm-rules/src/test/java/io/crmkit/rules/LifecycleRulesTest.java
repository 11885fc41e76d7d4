package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageChange;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleRulesTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final ZoneId ZONE = ZoneOffset.UTC;

  /** A clock the test moves forward. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final TestClock clock = new TestClock();
  private final CrmKit crm =
      CrmKit.builder()
          .store(InMemoryCrmStore.create())
          .clock(clock)
          .tenants(TenantDirectory.of(TENANT))
          .lifecycleRule(LifecycleRules.recency("recency", 90, 3, 180))
          .build();

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now, ZONE);
  }

  private Optional<LifecycleStage> step(CustomerId customer) {
    return crm.lifecycle().reevaluate(TENANT, customer).map(StageChange::to);
  }

  @Test
  void reevaluate_walksProspectNewActiveAtRiskChurnedAndWinBack() {
    CustomerId customer = crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));
    assertThat(step(customer)).contains(LifecycleStage.PROSPECT);
    assertThat(step(customer)).isEmpty();

    crm.activities().recordOrder(TENANT, customer, Money.of("100", "CNY"), today());
    assertThat(step(customer)).contains(LifecycleStage.NEW);
    clock.now = clock.now.plus(Duration.ofDays(10));
    crm.activities().recordOrder(TENANT, customer, Money.of("100", "CNY"), today());
    assertThat(step(customer)).contains(LifecycleStage.ACTIVE);

    // typical interval 10 days × 3 = 30 days, sooner than the fixed 90
    clock.now = clock.now.plus(Duration.ofDays(29));
    assertThat(step(customer)).isEmpty();
    clock.now = clock.now.plus(Duration.ofDays(1));
    Optional<StageChange> atRisk = crm.lifecycle().reevaluate(TENANT, customer);
    assertThat(atRisk).map(StageChange::to).contains(LifecycleStage.AT_RISK);
    assertThat(atRisk.get().reason())
        .contains("no order for 30 days")
        .contains("3.0× the typical 10 days between orders");
    assertThat(atRisk.get().actor().value()).isEqualTo("rule:recency");

    clock.now = clock.now.plus(Duration.ofDays(180));
    assertThat(step(customer)).contains(LifecycleStage.CHURNED);

    crm.activities().recordOrder(TENANT, customer, Money.of("100", "CNY"), today());
    StageChange winBack = crm.lifecycle().reevaluate(TENANT, customer).orElseThrow();
    assertThat(winBack.to()).isEqualTo(LifecycleStage.ACTIVE);
    assertThat(winBack.isWinBack()).isTrue();
  }

  @Test
  void reevaluate_prospectWithRepeatOrders_goesThroughNew() {
    CustomerId customer = crm.customers().register(NewCustomer.organization(TENANT, "Globex"));
    step(customer);
    crm.activities().recordOrder(TENANT, customer, Money.of("1", "CNY"), today().minusDays(2));
    crm.activities().recordOrder(TENANT, customer, Money.of("1", "CNY"), today());

    assertThat(step(customer)).contains(LifecycleStage.NEW);
    assertThat(step(customer)).contains(LifecycleStage.ACTIVE);
  }

  @Test
  void recency_idTooLongForTheActor_throwsValidationNamingId() {
    assertThatThrownBy(() -> LifecycleRules.recency("r".repeat(60), 90, 3, 180))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("id"));
    assertThat(LifecycleRules.recency("r".repeat(59), 90, 3, 180).id()).hasSize(59);
  }

  @Test
  void recency_badNumbers_throwValidation() {
    assertThatThrownBy(() -> LifecycleRules.recency("r", 0, 3, 10))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> LifecycleRules.recency("r", 10, -1, 10))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void reevaluate_withoutRule_isAConfigurationError() {
    CrmKit bare = CrmKit.builder().clock(clock).tenants(TenantDirectory.of(TENANT)).build();
    CustomerId customer = bare.customers().register(NewCustomer.organization(TENANT, "X"));
    assertThatThrownBy(() -> bare.lifecycle().reevaluate(TENANT, customer))
        .isInstanceOf(IllegalStateException.class);
  }
}
