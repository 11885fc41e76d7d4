package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.MANAGER;
import static io.crmkit.core.activity.Histories.SUBSIDIARY;
import static io.crmkit.core.activity.Histories.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
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

class CustomerFactsTest {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final Instant RECORDED = Instant.parse("2024-07-01T00:00:00Z");

  private final List<RecordedActivity> history = new ArrayList<>();
  private int nextId = 1;

  private RecordedActivity record(Activity activity) {
    RecordedActivity recorded =
        new RecordedActivity(ActivityId.of(new UUID(0, nextId++)), RECORDED, activity);
    history.add(recorded);
    return recorded;
  }

  private void order(String amount, String currency, LocalDate date) {
    record(Order.of(TENANT, CUSTOMER, Money.of(amount, currency), date));
  }

  private void contract(LocalDate start, LocalDate end) {
    record(Contract.of(TENANT, CUSTOMER, start, end, Money.of("100000", "CNY")));
  }

  private void feedback(Integer satisfaction, Integer nps) {
    record(
        new Feedback(
            TENANT, CUSTOMER, null, satisfaction, nps, null, FeedbackChannel.SURVEY, RECORDED));
  }

  private CustomerFacts facts() {
    return CustomerFacts.rebuild(TENANT, CUSTOMER, history);
  }

  @Test
  void empty_knowsNothing() {
    CustomerFacts facts = CustomerFacts.empty(TENANT, CUSTOMER);

    assertThat(facts.orderCount()).isZero();
    assertThat(facts.spend(CNY, FactWindow.DAYS_30, AS_OF)).isEqualTo(Money.zero(CNY));
    assertThat(facts.spend(CNY, FactWindow.LIFETIME, AS_OF)).isEqualTo(Money.zero(CNY));
    assertThat(facts.orderCount(FactWindow.DAYS_365, AS_OF)).isZero();
    assertThat(facts.largestOrder(CNY)).isEmpty();
    assertThat(facts.daysSinceLastOrder(AS_OF)).isEmpty();
    assertThat(facts.continuousContractDays(AS_OF)).isZero();
    assertThat(facts.continuousContractYears(AS_OF)).isZero();
    assertThat(facts.averageSatisfaction()).isEmpty();
    assertThat(facts.netPromoterScore()).isEmpty();
    assertThat(facts.lastContactAt()).isNull();
  }

  @Test
  void spend_orderExactly30DaysBeforeAsOf_isOutsideThe30DayWindow() {
    order("100", "CNY", AS_OF.minusDays(30));

    assertThat(facts().spend(CNY, FactWindow.DAYS_30, AS_OF)).isEqualTo(Money.zero(CNY));
    assertThat(facts().orderCount(FactWindow.DAYS_30, AS_OF)).isZero();
  }

  @Test
  void spend_orderOnAsOfMinus29_isInsideThe30DayWindow() {
    order("100", "CNY", AS_OF.minusDays(29));
    order("1", "CNY", AS_OF);

    assertThat(facts().spend(CNY, FactWindow.DAYS_30, AS_OF)).isEqualTo(Money.of("101", "CNY"));
    assertThat(facts().orderCount(FactWindow.DAYS_30, AS_OF)).isEqualTo(2);
  }

  @Test
  void spend_ordersAfterAsOf_areOutsideEveryWindowButLifetime() {
    order("100", "CNY", AS_OF.plusDays(1));

    CustomerFacts facts = facts();
    assertThat(facts.spend(CNY, FactWindow.DAYS_365, AS_OF.plusDays(1)))
        .isEqualTo(Money.of("100", "CNY"));
    assertThat(facts.spend(CNY, FactWindow.DAYS_30, AS_OF.plusDays(1)))
        .isEqualTo(Money.of("100", "CNY"));
    assertThat(facts.spend(CNY, FactWindow.LIFETIME, AS_OF.minusYears(5)))
        .isEqualTo(Money.of("100", "CNY"));
  }

  @Test
  void spend_90And365DayWindows_haveTheSameEdges() {
    order("90", "CNY", AS_OF.minusDays(89));
    order("91", "CNY", AS_OF.minusDays(90));
    order("364", "CNY", AS_OF.minusDays(364));
    order("365", "CNY", AS_OF.minusDays(365));

    CustomerFacts facts = facts();
    assertThat(facts.spend(CNY, FactWindow.DAYS_90, AS_OF)).isEqualTo(Money.of("90", "CNY"));
    assertThat(facts.spend(CNY, FactWindow.DAYS_365, AS_OF)).isEqualTo(Money.of("545", "CNY"));
    assertThat(facts.spend(CNY, FactWindow.LIFETIME, AS_OF)).isEqualTo(Money.of("910", "CNY"));
  }

  @Test
  void spend_isKeptPerCurrency() {
    order("100.50", "CNY", AS_OF);
    order("20", "USD", AS_OF);
    order("300", "JPY", AS_OF.minusDays(1));

    CustomerFacts facts = facts();
    assertThat(facts.spend(CNY, FactWindow.DAYS_30, AS_OF)).isEqualTo(Money.of("100.50", "CNY"));
    assertThat(facts.spend(USD, FactWindow.DAYS_30, AS_OF)).isEqualTo(Money.of("20", "USD"));
    assertThat(facts.spend(Currency.getInstance("EUR"), FactWindow.DAYS_30, AS_OF))
        .isEqualTo(Money.of("0", "EUR"));
    assertThat(facts.orderCount(FactWindow.DAYS_30, AS_OF)).isEqualTo(3);
    assertThat(facts.lifetimeSpend())
        .extracting(Money::toString)
        .containsExactly("100.50 CNY", "300 JPY", "20.00 USD");
    assertThat(facts.recentOrders())
        .extracting(DailySpend::day)
        .containsExactly(AS_OF.minusDays(1), AS_OF, AS_OF);
  }

  @Test
  void spend_asOfTooEarlyForTheRetainedDays_throwsValidationNamingAsOf() {
    LocalDate latest = LocalDate.of(2024, 12, 31);
    order("1", "CNY", latest);
    CustomerFacts facts = facts();

    assertThat(facts.spend(CNY, FactWindow.DAYS_30, LocalDate.of(2024, 1, 31)))
        .isEqualTo(Money.zero(CNY));
    assertThatThrownBy(() -> facts.spend(CNY, FactWindow.DAYS_30, LocalDate.of(2024, 1, 30)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("asOf");
              assertThat(e.errors().get(0).rule())
                  .isEqualTo("must be on or after 2024-01-31 for a 30-day window");
            });
    assertThat(facts.orderCount(FactWindow.DAYS_365, latest)).isEqualTo(1);
    assertThatThrownBy(() -> facts.orderCount(FactWindow.DAYS_365, latest.minusDays(1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors().get(0).rule())
                    .isEqualTo("must be on or after 2024-12-31 for a 365-day window"));
    assertThat(facts.orderCount(FactWindow.LIFETIME, LocalDate.MIN)).isEqualTo(1);
  }

  @Test
  void spend_earliestAllowedAsOf_stillCountsTheOldestRetainedDay() {
    LocalDate latest = LocalDate.of(2024, 12, 31);
    order("1", "CNY", latest);
    order("20", "CNY", latest.minusDays(364));
    order("300", "CNY", latest.minusDays(365));

    CustomerFacts facts = facts();

    assertThat(facts.spend(CNY, FactWindow.DAYS_365, latest)).isEqualTo(Money.of("21", "CNY"));
    assertThat(facts.spend(CNY, FactWindow.DAYS_30, latest.minusDays(335)))
        .isEqualTo(Money.of("20", "CNY"));
    assertThat(facts.recentOrders())
        .extracting(DailySpend::day)
        .containsExactly(latest.minusDays(364), latest);
  }

  @Test
  void recentOrders_olderThanTheRetainedDays_leaveTheWindowsButStayInLifetime() {
    order("7", "CNY", LocalDate.of(2023, 1, 1));
    order("1", "CNY", LocalDate.of(2024, 1, 1));

    CustomerFacts facts = facts();

    assertThat(facts.recentOrders())
        .extracting(DailySpend::day)
        .containsExactly(LocalDate.of(2024, 1, 1));
    assertThat(facts.spend(CNY, FactWindow.LIFETIME, AS_OF)).isEqualTo(Money.of("8", "CNY"));
    assertThat(facts.orderCount()).isEqualTo(2);
    assertThat(facts.firstOrderDate()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(facts.lastOrderDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(facts.daysSinceLastOrder(LocalDate.of(2024, 1, 31))).contains(30L);
  }

  @Test
  void largestOrder_isKeptPerCurrency() {
    order("10", "CNY", AS_OF);
    order("99.99", "CNY", AS_OF.minusDays(400));
    order("5", "USD", AS_OF);

    assertThat(facts().largestOrder(CNY)).contains(Money.of("99.99", "CNY"));
    assertThat(facts().largestOrder(USD)).contains(Money.of("5", "USD"));
  }

  @Test
  void continuousContract_backToBackYears_countAsTwoWholeYears() {
    contract(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    contract(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

    CustomerFacts facts = facts();
    assertThat(facts.contractCoverage())
        .containsExactly(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(facts.continuousContractYears(LocalDate.of(2024, 12, 31))).isEqualTo(2);
    assertThat(facts.continuousContractDays(LocalDate.of(2024, 12, 31))).isEqualTo(731);
    assertThat(facts.continuousContractYears(LocalDate.of(2024, 12, 30))).isEqualTo(1);
    assertThat(facts.continuousContractDays(LocalDate.of(2023, 1, 1))).isEqualTo(1);
    assertThat(facts.continuousContractDays(LocalDate.of(2022, 12, 31))).isZero();
    assertThat(facts.continuousContractDays(LocalDate.of(2025, 1, 1))).isZero();
  }

  @Test
  void continuousContract_gapOfOneDay_startsANewRun() {
    contract(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 30));
    contract(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    contract(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30));

    CustomerFacts facts = facts();
    assertThat(facts.contractCount()).isEqualTo(3);
    assertThat(facts.contractCoverage()).hasSize(2);
    assertThat(facts.continuousContractDays(AS_OF)).isEqualTo(182);
    assertThat(facts.continuousContractYears(AS_OF)).isZero();
  }

  @Test
  void continuousContractYears_runFrom29February_completesOn28FebruaryNextYear() {
    contract(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 6, 30));

    CustomerFacts facts = facts();
    assertThat(facts.continuousContractYears(LocalDate.of(2025, 2, 27))).isZero();
    assertThat(facts.continuousContractYears(LocalDate.of(2025, 2, 28))).isEqualTo(1);
  }

  @Test
  void averageSatisfaction_hasTwoDecimalsRoundedHalfUp() {
    feedback(5, null);
    feedback(4, null);
    feedback(4, 10);

    assertThat(facts().averageSatisfaction()).contains(new BigDecimal("4.33"));
    feedback(1, null);
    feedback(1, null);
    feedback(1, null);
    assertThat(facts().averageSatisfaction()).contains(new BigDecimal("2.67"));
  }

  @Test
  void netPromoterScore_isPercentPromotersMinusPercentDetractors() {
    feedback(null, 10);
    feedback(null, 9);
    feedback(null, 7);
    feedback(null, 3);

    CustomerFacts facts = facts();
    assertThat(facts.npsPromoters()).isEqualTo(2);
    assertThat(facts.npsDetractors()).isEqualTo(1);
    assertThat(facts.netPromoterScore()).contains(25);
  }

  @Test
  void netPromoterScore_halfWayNegative_roundsAwayFromZero() {
    feedback(null, 9);
    feedback(null, 6);
    feedback(null, 5);
    for (int i = 0; i < 5; i++) {
      feedback(null, 8);
    }

    assertThat(facts().netPromoterScore()).contains(-13);
  }

  @Test
  void netPromoterScore_allDetractors_isMinus100() {
    feedback(null, 0);
    feedback(null, 6);

    assertThat(facts().netPromoterScore()).contains(-100);
    assertThat(facts().averageSatisfaction()).isEmpty();
  }

  @Test
  void lastContact_latestInteractionWins_andTiesGoToTheLargerUnsignedId() {
    Instant at = Instant.parse("2024-06-01T09:00:00Z");
    Interaction call = Interaction.of(TENANT, CUSTOMER, InteractionType.CALL, at, MANAGER);
    Interaction visit =
        Interaction.of(TENANT, CUSTOMER, InteractionType.VISIT, at, MANAGER)
            .nextContactOn(LocalDate.of(2024, 7, 1));
    RecordedActivity high =
        new RecordedActivity(
            ActivityId.parse("ffffffff-0000-0000-0000-000000000000"), RECORDED, visit);
    RecordedActivity low =
        new RecordedActivity(
            ActivityId.parse("00000000-0000-0000-0000-0000000000ff"), RECORDED, call);
    RecordedActivity earlier =
        new RecordedActivity(
            ActivityId.parse("ffffffff-ffff-ffff-ffff-ffffffffffff"),
            RECORDED,
            Interaction.of(TENANT, CUSTOMER, InteractionType.EMAIL, at.minusNanos(1000), MANAGER));

    for (List<RecordedActivity> order :
        List.of(List.of(high, low, earlier), List.of(earlier, low, high))) {
      CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, order);
      assertThat(facts.lastContactActivity()).isEqualTo(high.id());
      assertThat(facts.lastContactChannel()).isEqualTo(InteractionType.VISIT);
      assertThat(facts.lastContactAt()).isEqualTo(at);
      assertThat(facts.nextContactOn()).isEqualTo(LocalDate.of(2024, 7, 1));
      assertThat(facts.interactionCount()).isEqualTo(3);
    }
  }

  @Test
  void merge_parentAndSubsidiary_addUpAsOneKeyAccount() {
    CustomerFacts parent =
        CustomerFacts.empty(TENANT, CUSTOMER)
            .withVersion(4)
            .apply(
                new RecordedActivity(
                    ActivityId.of(new UUID(1, 1)),
                    RECORDED,
                    Order.of(TENANT, CUSTOMER, Money.of("100", "CNY"), AS_OF)))
            .apply(
                new RecordedActivity(
                    ActivityId.of(new UUID(1, 2)),
                    RECORDED,
                    Contract.of(
                        TENANT,
                        CUSTOMER,
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31),
                        Money.of("1", "CNY"))));
    CustomerFacts subsidiary =
        CustomerFacts.empty(TENANT, SUBSIDIARY)
            .apply(
                new RecordedActivity(
                    ActivityId.of(new UUID(2, 1)),
                    RECORDED,
                    Order.of(TENANT, SUBSIDIARY, Money.of("250", "CNY"), AS_OF.minusDays(3))))
            .apply(
                new RecordedActivity(
                    ActivityId.of(new UUID(2, 2)),
                    RECORDED,
                    Contract.of(
                        TENANT,
                        SUBSIDIARY,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        Money.of("1", "CNY"))))
            .apply(
                new RecordedActivity(
                    ActivityId.of(new UUID(2, 3)),
                    RECORDED,
                    Feedback.satisfaction(TENANT, SUBSIDIARY, 4, FeedbackChannel.VISIT, RECORDED)));

    CustomerFacts group = parent.merge(subsidiary);

    assertThat(group.customer()).isEqualTo(CUSTOMER);
    assertThat(group.version()).isEqualTo(4);
    assertThat(group.orderCount()).isEqualTo(2);
    assertThat(group.spend(CNY, FactWindow.DAYS_30, AS_OF)).isEqualTo(Money.of("350", "CNY"));
    assertThat(group.largestOrder(CNY)).contains(Money.of("250", "CNY"));
    assertThat(group.firstOrderDate()).isEqualTo(AS_OF.minusDays(3));
    assertThat(group.continuousContractYears(LocalDate.of(2024, 12, 31))).isEqualTo(2);
    assertThat(group.averageSatisfaction()).contains(new BigDecimal("4.00"));
    assertThat(subsidiary.customer()).isEqualTo(SUBSIDIARY);
  }

  @Test
  void merge_factsOfAnotherTenant_throwsIllegalArgument() {
    CustomerFacts foreign = CustomerFacts.empty(TenantId.of("other"), SUBSIDIARY);

    assertThatThrownBy(() -> CustomerFacts.empty(TENANT, CUSTOMER).merge(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot merge facts of tenant other into acme");
  }

  @Test
  void apply_activityOfAnotherCustomerOrTenant_throwsIllegalArgument() {
    CustomerFacts facts = CustomerFacts.empty(TENANT, CUSTOMER);
    RecordedActivity ofSubsidiary =
        new RecordedActivity(
            ActivityId.of(new UUID(0, 1)),
            RECORDED,
            Order.of(TENANT, SUBSIDIARY, Money.of("1", "CNY"), AS_OF));
    RecordedActivity ofOtherTenant =
        new RecordedActivity(
            ActivityId.of(new UUID(0, 2)),
            RECORDED,
            Order.of(TenantId.of("other"), CUSTOMER, Money.of("1", "CNY"), AS_OF));

    assertThatThrownBy(() -> facts.apply(ofSubsidiary))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to customer " + SUBSIDIARY);
    assertThatThrownBy(() -> facts.apply(ofOtherTenant))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CustomerFacts.rebuild(TENANT, CUSTOMER, List.of(ofSubsidiary)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void apply_keepsTheVersion_withVersionChangesOnlyIt() {
    CustomerFacts facts = CustomerFacts.empty(TENANT, CUSTOMER).withVersion(9);
    order("1", "CNY", AS_OF);

    CustomerFacts applied = facts.apply(history.get(0));

    assertThat(applied.version()).isEqualTo(9);
    assertThat(applied.withVersion(0)).isEqualTo(facts());
  }

  @Test
  void new_sortsItsLists() {
    CustomerFacts facts =
        new CustomerFacts(
            TENANT,
            CUSTOMER,
            0,
            2,
            List.of(Money.of("2", "USD"), Money.of("1", "CNY")),
            List.of(Money.of("2", "USD"), Money.of("1", "CNY")),
            AS_OF.minusDays(1),
            AS_OF,
            List.of(
                new DailySpend(AS_OF, Money.of("2", "USD"), 1),
                new DailySpend(AS_OF.minusDays(1), Money.of("1", "CNY"), 1)),
            0,
            List.of(
                DateRange.of(AS_OF, AS_OF), DateRange.of(AS_OF.minusDays(9), AS_OF.minusDays(8))),
            0,
            null,
            null,
            null,
            null,
            0,
            0,
            0,
            0,
            0,
            0);

    assertThat(facts.lifetimeSpend())
        .extracting(m -> m.currency().getCurrencyCode())
        .containsExactly("CNY", "USD");
    assertThat(facts.largestOrders())
        .extracting(m -> m.currency().getCurrencyCode())
        .containsExactly("CNY", "USD");
    assertThat(facts.recentOrders())
        .extracting(DailySpend::day)
        .containsExactly(AS_OF.minusDays(1), AS_OF);
    assertThat(facts.contractCoverage())
        .extracting(DateRange::start)
        .containsExactly(AS_OF.minusDays(9), AS_OF);
  }

  @Test
  void publicMethods_rejectNulls() {
    order("1", "CNY", AS_OF);
    contract(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(CustomerFacts.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(facts());
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(CustomerFacts.empty(TENANT, CUSTOMER));
  }
}
