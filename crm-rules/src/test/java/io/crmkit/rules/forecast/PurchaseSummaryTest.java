package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurchaseSummaryTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId CUSTOMER = CustomerId.of(UUID.randomUUID());
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

  private static Purchase buy(LocalDate day, String amount) {
    return new Purchase(day, Money.of(amount, "CNY"));
  }

  private static CustomerFacts facts(List<Purchase> purchases) {
    List<RecordedActivity> history = new ArrayList<>();
    for (Purchase p : purchases) {
      history.add(
          new RecordedActivity(
              ActivityId.of(UUID.randomUUID()),
              Instant.parse("2025-01-01T00:00:00Z"),
              new Order(TENANT, CUSTOMER, p.amount(), p.day(), null, null)));
    }
    return CustomerFacts.rebuild(TENANT, CUSTOMER, history);
  }

  @Test
  void of_purchases_mergesSameDayAndMeasuresInWeeksFromTheFirst() {
    List<Purchase> purchases =
        List.of(
            buy(JAN_1, "100"),
            buy(JAN_1.plusDays(14), "30"),
            buy(JAN_1.plusDays(14), "20"),
            buy(JAN_1.plusDays(35), "70"),
            buy(JAN_1.plusDays(100), "999")); // after the end: hold-out, ignored
    PurchaseSummary summary = PurchaseSummary.of(purchases, JAN_1.plusDays(70));

    assertThat(summary.frequency()).isEqualTo(2);
    assertThat(summary.recency()).isCloseTo(5, within(1e-12));
    assertThat(summary.age()).isCloseTo(10, within(1e-12));
    // repeat days: 50 (30 + 20 merged) and 70
    assertThat(summary.meanRepeatValue()).isEqualByComparingTo("60");
    assertThat(summary.valuedRepeats()).isEqualTo(2);
    assertThat(summary.currency()).isEqualTo(CNY);
  }

  @Test
  void of_freeRepeatOrder_countsAsATransactionButNotTowardsTheValue() {
    PurchaseSummary summary =
        PurchaseSummary.of(
            List.of(buy(JAN_1, "10"), buy(JAN_1.plusDays(7), "0"), buy(JAN_1.plusDays(14), "40")),
            JAN_1.plusDays(21));
    assertThat(summary.frequency()).isEqualTo(2);
    assertThat(summary.valuedRepeats()).isEqualTo(1);
    assertThat(summary.meanRepeatValue()).isEqualByComparingTo("40");
  }

  @Test
  void of_singlePurchase_hasNoRepeats() {
    PurchaseSummary summary = PurchaseSummary.of(List.of(buy(JAN_1, "10")), JAN_1.plusDays(7));
    assertThat(summary.hasRepeats()).isFalse();
    assertThat(summary.recency()).isZero();
    assertThat(summary.age()).isEqualTo(1);
    assertThat(summary.meanRepeatValue()).isEqualByComparingTo("0");
  }

  @Test
  void of_endBeforeTheFirstPurchase_throws() {
    assertThatThrownBy(() -> PurchaseSummary.of(List.of(buy(JAN_1, "10")), JAN_1.minusDays(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2024-12-31");
  }

  @Test
  void of_mixedCurrencies_throws() {
    List<Purchase> purchases =
        List.of(buy(JAN_1, "10"), new Purchase(JAN_1.plusDays(1), Money.of("5", "USD")));
    assertThatThrownBy(() -> PurchaseSummary.of(purchases, JAN_1.plusDays(7)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("USD");
  }

  @Test
  void purchase_negativeAmount_throws() {
    assertThatThrownBy(() -> buy(JAN_1, "-1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void constructor_inconsistentValues_listsEveryProblem() {
    assertThatThrownBy(() -> new PurchaseSummary(-1, 5, Double.NaN, BigDecimal.valueOf(-3), 2, CNY))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).fields())
                    .contains("frequency", "age", "recency", "valuedRepeats", "meanRepeatValue"));
  }

  @Test
  void ofFacts_historyWithinTheRetainedYear_equalsTheOrderListSummary() {
    List<Purchase> purchases =
        List.of(
            buy(JAN_1, "100"),
            buy(JAN_1.plusDays(14), "30"),
            buy(JAN_1.plusDays(14), "20"),
            buy(JAN_1.plusDays(35), "70"));
    LocalDate asOf = JAN_1.plusDays(70);
    assertThat(PurchaseSummary.of(facts(purchases), CNY, asOf))
        .contains(PurchaseSummary.of(purchases, asOf));
  }

  @Test
  void ofFacts_historyLongerThanTheRetainedYear_countsOldOrdersSeparately() {
    List<Purchase> purchases =
        List.of(
            buy(JAN_1, "100"),
            buy(JAN_1, "100"), // same day, more than a year before the last order
            buy(JAN_1.plusDays(400), "50"),
            buy(JAN_1.plusDays(500), "50"));
    LocalDate asOf = JAN_1.plusDays(560);
    PurchaseSummary exact = PurchaseSummary.of(purchases, asOf);
    PurchaseSummary fromFacts = PurchaseSummary.of(facts(purchases), CNY, asOf).orElseThrow();

    assertThat(exact.frequency()).isEqualTo(2);
    assertThat(fromFacts.frequency()).isEqualTo(3);
    assertThat(fromFacts.recency()).isEqualTo(exact.recency());
    assertThat(fromFacts.age()).isEqualTo(exact.age());
    // mean over every transaction, as the first day's total is gone: 300 / 4
    assertThat(fromFacts.meanRepeatValue()).isEqualByComparingTo("75");
  }

  @Test
  void ofFacts_noOrderOrAsOfBeforeTheLastOrder() {
    assertThat(PurchaseSummary.of(facts(List.of()), CNY, JAN_1)).isEmpty();
    CustomerFacts facts = facts(List.of(buy(JAN_1, "1"), buy(JAN_1.plusDays(9), "1")));
    assertThatThrownBy(() -> PurchaseSummary.of(facts, CNY, JAN_1.plusDays(3)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("2025-01-10");
  }
}
