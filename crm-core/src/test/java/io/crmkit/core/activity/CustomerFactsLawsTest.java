package io.crmkit.core.activity;

import static io.crmkit.core.activity.Histories.CUSTOMER;
import static io.crmkit.core.activity.Histories.FIRST_DAY;
import static io.crmkit.core.activity.Histories.LAST_DAY;
import static io.crmkit.core.activity.Histories.SUBSIDIARY;
import static io.crmkit.core.activity.Histories.TENANT;
import static io.crmkit.core.activity.Histories.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.internal.Uuids;
import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The laws {@link CustomerFacts} promises: its value depends only on the set of recorded
 * activities, merging equals rebuilding both histories, and every figure agrees with a naive
 * computation over the history.
 */
class CustomerFactsLawsTest {

  @Test
  void rebuild_equalsApplyingEveryActivityOneByOneInAnyOrder() {
    qt().forAll(Histories.histories(CUSTOMER), longs().all(), longs().between(0, 1_000))
        .checkAssert(
            (history, seed, version) -> {
              List<RecordedActivity> shuffled = new ArrayList<>(history);
              Collections.shuffle(shuffled, new Random(seed));
              CustomerFacts applied = CustomerFacts.empty(TENANT, CUSTOMER).withVersion(version);
              for (RecordedActivity activity : shuffled) {
                applied = applied.apply(activity);
              }

              CustomerFacts rebuilt = CustomerFacts.rebuild(TENANT, CUSTOMER, history);

              assertThat(applied.version()).isEqualTo(version);
              assertThat(applied.withVersion(0)).isEqualTo(rebuilt);
              assertThat(CustomerFacts.rebuild(TENANT, CUSTOMER, shuffled)).isEqualTo(rebuilt);
            });
  }

  @Test
  void merge_equalsTheRebuildOfBothHistoriesUnderThisCustomer() {
    qt().forAll(
            Histories.histories(CUSTOMER),
            Histories.histories(SUBSIDIARY),
            longs().between(0, 1_000))
        .checkAssert(
            (parentHistory, subsidiaryHistory, version) -> {
              CustomerFacts parent =
                  CustomerFacts.rebuild(TENANT, CUSTOMER, parentHistory).withVersion(version);
              CustomerFacts subsidiary =
                  CustomerFacts.rebuild(TENANT, SUBSIDIARY, subsidiaryHistory).withVersion(7);
              List<RecordedActivity> both = new ArrayList<>(parentHistory);
              subsidiaryHistory.forEach(a -> both.add(Histories.forCustomer(a, CUSTOMER)));

              CustomerFacts merged = parent.merge(subsidiary);

              assertThat(merged.customer()).isEqualTo(CUSTOMER);
              assertThat(merged.version()).isEqualTo(version);
              assertThat(merged)
                  .isEqualTo(CustomerFacts.rebuild(TENANT, CUSTOMER, both).withVersion(version));
              assertThat(
                      CustomerFacts.empty(TENANT, CUSTOMER)
                          .merge(subsidiary)
                          .merge(parent)
                          .withVersion(version))
                  .isEqualTo(merged);
              assertThat(parent.merge(CustomerFacts.empty(TENANT, SUBSIDIARY))).isEqualTo(parent);
            });
  }

  @Test
  void spendAndOrderCount_equalTheOrdersDatedInTheWindow() {
    Gen<LocalDate> asOf =
        Generate.range(-40, (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 400)
            .map(offset -> FIRST_DAY.plusDays(offset));
    qt().forAll(
            Histories.histories(CUSTOMER),
            asOf,
            Generate.enumValues(FactWindow.class),
            Generate.pick(Histories.CURRENCIES))
        .checkAssert(
            (history, day, window, currency) -> {
              CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, history);
              List<Order> orders = only(history, Order.class);
              Optional<LocalDate> lastOrder =
                  orders.stream().map(Order::date).max(Comparator.naturalOrder());

              if (window != FactWindow.LIFETIME
                  && lastOrder.isPresent()
                  && day.minusDays(window.days())
                      .isBefore(lastOrder.get().minusDays(CustomerFacts.RETAINED_DAYS))) {
                assertThatThrownBy(() -> facts.spend(currency, window, day))
                    .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields()).containsExactly("asOf"));
                assertThatThrownBy(() -> facts.orderCount(window, day))
                    .isInstanceOf(ValidationException.class);
                return;
              }
              List<Order> inWindow =
                  orders.stream()
                      .filter(o -> window == FactWindow.LIFETIME || inWindow(o.date(), window, day))
                      .toList();
              Money expected =
                  inWindow.stream()
                      .map(Order::amount)
                      .filter(m -> m.currency().equals(currency))
                      .reduce(Money.zero(currency), Money::plus);

              assertThat(facts.spend(currency, window, day)).isEqualTo(expected);
              assertThat(facts.orderCount(window, day)).isEqualTo(inWindow.size());
            });
  }

  /**
   * The retained days are exactly enough: at the earliest allowed {@code asOf} of each window, and
   * a few days later, the oldest retained day still counts.
   */
  @Test
  void spend_nearTheEarliestAllowedAsOf_equalsTheOrdersDatedInTheWindow() {
    qt().forAll(
            Histories.days(),
            org.quicktheories.generators.SourceDSL.lists()
                .of(
                    Generate.range(0, 400)
                        .mix(Generate.pick(List.of(29, 30, 89, 90, 334, 335, 363, 364, 365, 366))))
                .ofSizeBetween(1, 12),
            Generate.pick(List.of(FactWindow.DAYS_30, FactWindow.DAYS_90, FactWindow.DAYS_365)),
            Generate.range(0, 3))
        .checkAssert(
            (latest, offsets, window, later) -> {
              Currency cny = Histories.CURRENCIES.get(0);
              List<RecordedActivity> history = new ArrayList<>();
              history.add(order(latest, 1, 0));
              for (int i = 0; i < offsets.size(); i++) {
                history.add(order(latest.minusDays(offsets.get(i)), 10 + i, i + 1));
              }
              LocalDate asOf =
                  latest.minusDays(CustomerFacts.RETAINED_DAYS - window.days()).plusDays(later);
              Money expected =
                  only(history, Order.class).stream()
                      .filter(o -> inWindow(o.date(), window, asOf))
                      .map(Order::amount)
                      .reduce(Money.zero(cny), Money::plus);

              CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, history);

              assertThat(facts.spend(cny, window, asOf)).isEqualTo(expected);
              assertThatThrownBy(
                      () ->
                          facts.spend(
                              cny,
                              window,
                              latest.minusDays(CustomerFacts.RETAINED_DAYS - window.days() + 1)))
                  .isInstanceOf(ValidationException.class);
            });
  }

  private static RecordedActivity order(LocalDate date, int amount, int id) {
    return new RecordedActivity(
        ActivityId.of(new java.util.UUID(42, id)),
        java.time.Instant.EPOCH,
        Order.of(
            TENANT,
            CUSTOMER,
            Money.of(BigDecimal.valueOf(amount), Histories.CURRENCIES.get(0)),
            date));
  }

  @Test
  void orderFigures_equalTheNaiveOnes() {
    qt().forAll(Histories.histories(CUSTOMER), Histories.days())
        .checkAssert(
            (history, asOf) -> {
              CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, history);
              List<Order> orders = only(history, Order.class);

              assertThat(facts.orderCount()).isEqualTo(orders.size());
              assertThat(facts.firstOrderDate())
                  .isEqualTo(
                      orders.stream().map(Order::date).min(Comparator.naturalOrder()).orElse(null));
              assertThat(facts.lastOrderDate())
                  .isEqualTo(
                      orders.stream().map(Order::date).max(Comparator.naturalOrder()).orElse(null));
              assertThat(facts.daysSinceLastOrder(asOf))
                  .isEqualTo(
                      Optional.ofNullable(facts.lastOrderDate())
                          .map(d -> d.until(asOf, java.time.temporal.ChronoUnit.DAYS)));
              for (Currency currency : Histories.CURRENCIES) {
                List<Money> inCurrency =
                    orders.stream()
                        .map(Order::amount)
                        .filter(m -> m.currency().equals(currency))
                        .toList();
                assertThat(facts.largestOrder(currency))
                    .isEqualTo(inCurrency.stream().max(Comparator.comparing(Money::amount)));
                assertThat(facts.spend(currency, FactWindow.LIFETIME, asOf))
                    .isEqualTo(inCurrency.stream().reduce(Money.zero(currency), Money::plus));
              }
              assertThat(facts.lifetimeSpend())
                  .extracting(m -> m.currency().getCurrencyCode())
                  .isSorted();
              assertThat(facts.recentOrders())
                  .allSatisfy(
                      d ->
                          assertThat(d.day())
                              .isAfter(
                                  facts.lastOrderDate().minusDays(CustomerFacts.RETAINED_DAYS)))
                  .isSorted();
            });
  }

  @Test
  void continuousContractDaysAndYears_agreeWithDayByDayCoverage() {
    Gen<LocalDate> asOf =
        Generate.range(-10, (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 420)
            .map(offset -> FIRST_DAY.plusDays(offset));
    qt().forAll(Histories.histories(CUSTOMER), asOf)
        .checkAssert(
            (history, day) -> {
              CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, history);
              List<Contract> contracts = only(history, Contract.class);
              TreeSet<LocalDate> covered = new TreeSet<>();
              contracts.forEach(
                  c -> c.start().datesUntil(c.end().plusDays(1)).forEach(covered::add));
              long days = 0;
              for (LocalDate d = day; covered.contains(d); d = d.minusDays(1)) {
                days++;
              }

              long actualDays = facts.continuousContractDays(day);
              int years = facts.continuousContractYears(day);

              assertThat(actualDays).isEqualTo(days);
              assertThat(years)
                  .isEqualTo(
                      days == 0
                          ? 0
                          : Period.between(day.minusDays(days - 1), day.plusDays(1)).getYears());
              assertThat(days).isBetween(365L * years, 366L * (years + 1) - 1);
              assertThat(facts.contractCount()).isEqualTo(contracts.size());
              TreeSet<LocalDate> fromCoverage = new TreeSet<>();
              DateRange previous = null;
              for (DateRange range : facts.contractCoverage()) {
                if (previous != null) {
                  assertThat(range.start()).isAfter(previous.end().plusDays(1));
                }
                range.start().datesUntil(range.end().plusDays(1)).forEach(fromCoverage::add);
                previous = range;
              }
              assertThat(fromCoverage).isEqualTo(covered);
            });
  }

  @Test
  void satisfactionAndNetPromoterScore_agreeWithTheNaiveFormulas() {
    qt().forAll(Histories.histories(CUSTOMER))
        .checkAssert(
            history -> {
              CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, history);
              List<Feedback> feedback = only(history, Feedback.class);
              List<Integer> scores =
                  feedback.stream().map(Feedback::satisfaction).filter(s -> s != null).toList();
              List<Integer> answers =
                  feedback.stream().map(Feedback::nps).filter(s -> s != null).toList();

              assertThat(facts.feedbackCount()).isEqualTo(feedback.size());
              assertThat(facts.satisfactionCount()).isEqualTo(scores.size());
              assertThat(facts.npsCount()).isEqualTo(answers.size());
              if (scores.isEmpty()) {
                assertThat(facts.averageSatisfaction()).isEmpty();
              } else {
                double mean = scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
                BigDecimal average = facts.averageSatisfaction().orElseThrow();
                assertThat(average.scale()).isEqualTo(2);
                assertThat(average.doubleValue())
                    .isCloseTo(mean, org.assertj.core.data.Offset.offset(0.005 + 1e-9));
              }
              if (answers.isEmpty()) {
                assertThat(facts.netPromoterScore()).isEmpty();
              } else {
                long promoters = answers.stream().filter(a -> a >= 9).count();
                long detractors = answers.stream().filter(a -> a <= 6).count();
                long numerator = 100 * (promoters - detractors);
                long denominator = answers.size();
                long halfAwayFromZero =
                    Long.signum(numerator)
                        * ((2 * Math.abs(numerator) + denominator) / (2 * denominator));
                assertThat(facts.netPromoterScore()).contains((int) halfAwayFromZero);
                assertThat(facts.netPromoterScore().orElseThrow()).isBetween(-100, 100);
              }
            });
  }

  @Test
  void lastContact_isTheLatestInteractionWithTiesToTheLargerId() {
    qt().forAll(Histories.histories(CUSTOMER))
        .checkAssert(
            history -> {
              CustomerFacts facts = CustomerFacts.rebuild(TENANT, CUSTOMER, history);
              Optional<RecordedActivity> latest =
                  history.stream()
                      .filter(a -> a.activity() instanceof Interaction)
                      .max(
                          Comparator.<RecordedActivity, java.time.Instant>comparing(
                                  a -> ((Interaction) a.activity()).occurredAt())
                              .thenComparing(
                                  RecordedActivity::id,
                                  (x, y) -> Uuids.compare(x.value(), y.value())));

              assertThat(facts.interactionCount())
                  .isEqualTo(only(history, Interaction.class).size());
              assertThat(Optional.ofNullable(facts.lastContactActivity()))
                  .isEqualTo(latest.map(RecordedActivity::id));
              Optional<Interaction> interaction = latest.map(a -> (Interaction) a.activity());
              assertThat(Optional.ofNullable(facts.lastContactAt()))
                  .isEqualTo(interaction.map(Interaction::occurredAt));
              assertThat(Optional.ofNullable(facts.lastContactChannel()))
                  .isEqualTo(interaction.map(Interaction::type));
              assertThat(Optional.ofNullable(facts.nextContactOn()))
                  .isEqualTo(interaction.map(Interaction::nextContactOn));
            });
  }

  private static boolean inWindow(LocalDate date, FactWindow window, LocalDate asOf) {
    return !date.isAfter(asOf) && date.isAfter(asOf.minusDays(window.days()));
  }
}
