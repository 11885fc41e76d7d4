package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleRule;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.Condition;
import io.crmkit.rules.Fields;
import io.crmkit.rules.RuleParser;
import io.crmkit.rules.Subject;
import io.crmkit.spi.TenantDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ForecastRulesTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final BgNbdModel PURCHASES =
      new BgNbdModel(0.243, 4.414, 0.793, 2.426, START, -9582.4, 2357);
  private static final CustomerValueModel VALUE =
      new CustomerValueModel(
          PURCHASES, new GammaGammaModel(6.25, 3.74, 154.4, CNY, START, -4055.9, 946));
  private static final LifecycleRule RULE =
      ForecastRules.atRiskWhenProbablyInactive("p-alive", PURCHASES, 0.3);

  private final CrmKit crm =
      CrmKit.builder()
          .store(InMemoryCrmStore.create())
          .clock(Clock.fixed(Instant.parse("2027-01-04T08:00:00Z"), ZoneOffset.UTC))
          .tenants(TenantDirectory.of(TENANT))
          .lifecycleRule(RULE)
          .build();

  /** A customer who bought every week for ten weeks from {@link #START}. */
  private CustomerId weeklyBuyer() {
    CustomerId id = crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));
    for (int week = 0; week < 10; week++) {
      crm.activities().recordOrder(TENANT, id, Money.of("1000", "CNY"), START.plusWeeks(week));
    }
    return id;
  }

  private Optional<String> decide(CustomerId id, LifecycleStage current, LocalDate asOf) {
    CustomerSnapshot customer = crm.customers().get(TENANT, id).snapshot();
    CustomerFacts facts = crm.facts().of(TENANT, id);
    return RULE.decide(customer, facts, current, asOf).map(d -> d.stage() + ": " + d.reason());
  }

  @Test
  void atRisk_activeCustomerGoneQuiet_movesToAtRiskShowingTheProbability() {
    CustomerId id = weeklyBuyer();
    LocalDate lastOrder = START.plusWeeks(9);
    // right after the last order it is very probably alive
    assertThat(decide(id, LifecycleStage.ACTIVE, lastOrder.plusDays(3))).isEmpty();
    // ten weeks of silence after buying every week: P(alive) is low
    assertThat(decide(id, LifecycleStage.ACTIVE, lastOrder.plusWeeks(10)))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .startsWith("AT_RISK: P(alive) 0.")
                    .contains("< 0.3")
                    .contains("9 repeat purchases, the last on 2026-03-09"));
  }

  @Test
  void atRisk_onlyActiveCustomersMove() {
    CustomerId id = weeklyBuyer();
    LocalDate quiet = START.plusWeeks(30);
    assertThat(decide(id, LifecycleStage.AT_RISK, quiet)).isEmpty();
    assertThat(decide(id, LifecycleStage.CHURNED, quiet)).isEmpty();
    assertThat(decide(id, null, quiet)).isEmpty();
    CustomerId noOrders = crm.customers().register(NewCustomer.organization(TENANT, "新客户"));
    assertThat(decide(noOrders, LifecycleStage.ACTIVE, quiet)).isEmpty();
  }

  @Test
  void atRisk_registeredWithCrmKit_reevaluateMovesTheCustomer() {
    CustomerId id = weeklyBuyer();
    crm.lifecycle().moveTo(TENANT, id, LifecycleStage.NEW, "first order", UserRef.of("sales-1"));
    crm.lifecycle()
        .moveTo(TENANT, id, LifecycleStage.ACTIVE, "repeat orders", UserRef.of("sales-1"));
    // the clock stands at 2027-01-04, 43 weeks after the last of ten weekly orders
    assertThat(crm.lifecycle().reevaluate(TENANT, id))
        .hasValueSatisfying(
            change -> {
              assertThat(change.from()).isEqualTo(LifecycleStage.ACTIVE);
              assertThat(change.to()).isEqualTo(LifecycleStage.AT_RISK);
              assertThat(change.reason()).startsWith("P(alive) 0.0");
              assertThat(change.actor().value()).isEqualTo("rule:p-alive");
            });
    assertThat(crm.lifecycle().reevaluate(TENANT, id)).isEmpty();
  }

  @Test
  void atRisk_thresholdOutOfRange_throws() {
    assertThatThrownBy(() -> ForecastRules.atRiskWhenProbablyInactive("x", PURCHASES, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("1.0");
  }

  @Test
  void expectedClvField_rateOutOfRange_throwsValidationNamingFieldAndValue() {
    assertThatThrownBy(() -> ForecastRules.expectedClv12Months(VALUE, 1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("monthlyDiscountRate");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("1.0");
            });
    assertThatThrownBy(() -> ForecastRules.expectedClv12Months(VALUE, -0.5))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("-0.5");
  }

  @Test
  void expectedClvField_addedToTheStandardFields_isUsableInTextRules() {
    CustomerId loyal = weeklyBuyer();
    CustomerId once = crm.customers().register(NewCustomer.organization(TENANT, "一次客户"));
    crm.activities().recordOrder(TENANT, once, Money.of("1000", "CNY"), START);
    Fields fields = Fields.standard().with(ForecastRules.expectedClv12Months(VALUE, 0.01));
    Condition valuable = RuleParser.over(fields).parse("valuable", "expected_clv_12m >= 5000 CNY");
    LocalDate asOf = START.plusWeeks(10);

    Subject loyalSubject = subject(loyal, asOf);
    Subject onceSubject = subject(once, asOf);
    BigDecimal loyalClv =
        ((io.crmkit.rules.Field.Amount) fields.find(ForecastRules.EXPECTED_CLV_12M).orElseThrow())
            .read()
            .apply(loyalSubject, CNY);
    PurchaseSummary summary =
        PurchaseSummary.of(crm.facts().of(TENANT, loyal), CNY, asOf).orElseThrow();
    assertThat(loyalClv).isEqualByComparingTo(VALUE.clv(summary, 12, 0.01).amount());
    assertThat(valuable.compile().test(loyalSubject)).isTrue();
    assertThat(valuable.compile().test(onceSubject)).isFalse();
    // in another currency there is no CLV
    assertThat(
            ((io.crmkit.rules.Field.Amount) fields.find("expected_clv_12m").orElseThrow())
                .read()
                .apply(loyalSubject, Currency.getInstance("USD")))
        .isZero();
  }

  private Subject subject(CustomerId id, LocalDate asOf) {
    return new Subject(
        crm.customers().get(TENANT, id).snapshot(), crm.facts().of(TENANT, id), asOf);
  }
}
