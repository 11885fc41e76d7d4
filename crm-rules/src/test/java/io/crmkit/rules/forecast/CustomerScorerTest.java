package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.FittedModelChanged;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomerScorerTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LocalDate FIT = LocalDate.of(2026, 3, 1);
  private static final ModelKey PURCHASES = ModelKey.of("clv/purchases");
  private static final ModelKey SPEND = ModelKey.of("clv/spend");
  private static final CustomerId CUSTOMER = CustomerId.of(UUID.randomUUID());

  private static List<PurchaseSummary> customers;
  private static CustomerValueModel fitted;

  private final List<CrmEvent> events = new ArrayList<>();
  private final CrmKit crm =
      CrmKit.builder()
          .store(InMemoryCrmStore.create())
          .clock(Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneOffset.UTC))
          .tenants(TenantDirectory.of(TENANT))
          .listener(events::add)
          .build();

  @BeforeAll
  static void fit() {
    customers = Simulation.customers(3000, 0.243, 4.414, 0.793, 2.426, 6, 4, 15, 11);
    fitted =
        new CustomerValueModel(
            BgNbdModel.fit(customers, FIT).orElseThrow(),
            GammaGammaModel.fit(customers, FIT).orElseThrow());
  }

  private CustomerValueModel storeAndRestore(CustomerValueModel model) {
    crm.models().save(model.purchases().toFitted(TENANT, PURCHASES));
    crm.models().save(model.spend().toFitted(TENANT, SPEND));
    return CustomerValueModel.fromFitted(
        crm.models().find(TENANT, PURCHASES).orElseThrow(),
        crm.models().find(TENANT, SPEND).orElseThrow());
  }

  private static CustomerFacts facts(LocalDate... orderDays) {
    List<RecordedActivity> history = new ArrayList<>();
    for (int i = 0; i < orderDays.length; i++) {
      history.add(
          new RecordedActivity(
              ActivityId.of(UUID.randomUUID()),
              Instant.parse("2026-01-01T00:00:00Z"),
              new Order(
                  TENANT,
                  CUSTOMER,
                  Money.of(String.valueOf(20 + 5 * i), "USD"),
                  orderDays[i],
                  null,
                  null)));
    }
    return CustomerFacts.rebuild(TENANT, CUSTOMER, history);
  }

  @Test
  void storeAndRestore_fittedOnSimulatedCustomers_givesIdenticalPredictions() {
    CustomerValueModel restored = storeAndRestore(fitted);

    assertThat(restored).isEqualTo(fitted);
    assertThat(crm.models().list(TENANT))
        .extracting(FittedModel::kind)
        .containsExactly("bg-nbd", "gamma-gamma:USD");
    assertThat(events).hasSize(2).allMatch(FittedModelChanged.class::isInstance);
    CustomerScorer before = new CustomerScorer(fitted, 52, 24, 0.01);
    CustomerScorer after = new CustomerScorer(restored, 52, 24, 0.01);
    for (PurchaseSummary customer : customers.subList(0, 300)) {
      assertThat(after.score(customer)).isEqualTo(before.score(customer));
    }
    assertThat(restored.purchases().logLikelihoodOf(customers))
        .isEqualTo(fitted.purchases().logLikelihoodOf(customers));
  }

  @Test
  void score_facts_agreesWithTheModelOnTheSummaryOfThoseFacts() {
    CustomerScorer scorer = new CustomerScorer(storeAndRestore(fitted), 26, 12, 0.005);
    LocalDate first = FIT.minusWeeks(30);
    CustomerFacts facts = facts(first, first.plusWeeks(3), first.plusWeeks(10));

    CustomerScore score = scorer.score(facts, FIT).orElseThrow();

    PurchaseSummary summary = PurchaseSummary.of(facts, Simulation.USD, FIT).orElseThrow();
    assertThat(summary.frequency()).isEqualTo(2);
    assertThat(score.probabilityAlive()).isEqualTo(fitted.purchases().probabilityAlive(summary));
    assertThat(score.expectedPurchases())
        .isEqualTo(fitted.purchases().expectedPurchases(summary, 26));
    assertThat(score.clv()).isEqualTo(fitted.clv(summary, 12, 0.005));
    assertThat(score.clv().currency()).isEqualTo(Simulation.USD);
  }

  @Test
  void score_newOrderAfterALongSilence_raisesPAliveWithoutRefitting() {
    CustomerScorer scorer = new CustomerScorer(storeAndRestore(fitted), 26, 12, 0);
    LocalDate first = FIT.minusWeeks(40);
    LocalDate today = FIT.plusWeeks(4);
    CustomerFacts quiet = facts(first, first.plusWeeks(2), first.plusWeeks(4));
    CustomerFacts back = facts(first, first.plusWeeks(2), first.plusWeeks(4), today);

    CustomerScore beforeOrder = scorer.score(quiet, today).orElseThrow();
    CustomerScore afterOrder = scorer.score(back, today).orElseThrow();

    assertThat(beforeOrder.probabilityAlive()).isLessThan(0.5);
    assertThat(afterOrder.probabilityAlive()).isGreaterThan(beforeOrder.probabilityAlive());
    assertThat(afterOrder.expectedPurchases()).isGreaterThan(beforeOrder.expectedPurchases());
    assertThat(afterOrder.clv().amount()).isGreaterThan(beforeOrder.clv().amount());
    assertThat(crm.models().find(TENANT, PURCHASES).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void score_noOrderYet_isEmpty() {
    CustomerScorer scorer = new CustomerScorer(fitted, 26, 12, 0);

    assertThat(scorer.score(facts(), FIT)).isEmpty();
    assertThat(scorer.score(facts(FIT.plusDays(1)), FIT)).isEmpty();
  }

  @Test
  void score_asOfBeforeTheLastOrder_isRefused() {
    CustomerScorer scorer = new CustomerScorer(fitted, 26, 12, 0);
    CustomerFacts facts = facts(FIT.minusWeeks(10), FIT.plusWeeks(1));

    assertThatThrownBy(() -> scorer.score(facts, FIT))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("asOf"));
  }

  @Test
  void new_everyHorizonOutOfRange_listsEveryProblem() {
    assertThatThrownBy(() -> new CustomerScorer(fitted, -1, CustomerScorer.MAX_CLV_MONTHS + 1, 1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("horizonWeeks", "clvMonths", "monthlyDiscountRate"));
    assertThatThrownBy(() -> new CustomerScorer(fitted, Double.NaN, 0, 0))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void score_longestClvHorizon_isAccepted() {
    CustomerScorer scorer =
        new CustomerScorer(fitted, BgNbdModel.MAX_WEEKS, CustomerScorer.MAX_CLV_MONTHS, 0.01);

    CustomerScore score = scorer.score(customers.get(0));

    assertThat(score.clv().amount().signum()).isNotNegative();
  }
}
