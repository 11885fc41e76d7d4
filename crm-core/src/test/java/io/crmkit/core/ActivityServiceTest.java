package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.activity.Order;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ActivityServiceTest {
  private static final Currency CNY = Currency.getInstance("CNY");
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  @Test
  void recordOrder_updatesFactsInTheSameUnitOfWork() {
    f.crm
        .activities()
        .recordOrder(
            f.tenant, customer, Money.of("128000.00", "CNY"), KitFixture.TODAY.minusDays(10));
    f.crm
        .activities()
        .recordOrder(f.tenant, customer, Money.of("2000", "CNY"), KitFixture.TODAY.minusDays(100));

    CustomerFacts facts = f.crm.facts().of(f.tenant, customer);
    assertThat(facts.orderCount()).isEqualTo(2);
    assertThat(facts.spend(CNY, FactWindow.DAYS_30, KitFixture.TODAY))
        .isEqualTo(Money.of("128000", "CNY"));
    assertThat(facts.spend(CNY, FactWindow.DAYS_365, KitFixture.TODAY))
        .isEqualTo(Money.of("130000", "CNY"));
    assertThat(facts.largestOrder(CNY)).contains(Money.of("128000", "CNY"));
    assertThat(facts.firstOrderDate()).isEqualTo(KitFixture.TODAY.minusDays(100));
    assertThat(f.events(ActivityRecorded.class)).hasSize(2);
  }

  @Test
  void record_allKinds_factsEqualRebuildFromHistory() {
    ContactId contact =
        f.crm.contacts().add(NewContact.of(f.tenant, customer, PersonName.chinese("李", "娜")));
    ActivityId first =
        f.crm
            .activities()
            .record(
                Contract.of(
                    f.tenant,
                    customer,
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31),
                    Money.of("500000", "CNY")));
    f.crm
        .activities()
        .record(
            Contract.of(
                    f.tenant,
                    customer,
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    Money.of("900000", "CNY"))
                .renewing(first));
    f.crm
        .activities()
        .record(
            Interaction.of(
                    f.tenant,
                    customer,
                    InteractionType.VISIT,
                    KitFixture.NOW.minusSeconds(3600),
                    UserRef.of("wang.fang"))
                .with(contact)
                .nextContactOn(KitFixture.TODAY.plusDays(30)));
    f.crm
        .activities()
        .record(
            Feedback.satisfaction(f.tenant, customer, 4, FeedbackChannel.SURVEY, KitFixture.NOW)
                .from(contact));
    f.crm
        .activities()
        .record(Feedback.nps(f.tenant, customer, 10, FeedbackChannel.SURVEY, KitFixture.NOW));
    f.crm.activities().recordOrder(f.tenant, customer, Money.of("99.5", "USD"), KitFixture.TODAY);

    CustomerFacts facts = f.crm.facts().of(f.tenant, customer);
    assertThat(facts.continuousContractYears(KitFixture.TODAY)).isEqualTo(2);
    assertThat(facts.lastContactChannel()).isEqualTo(InteractionType.VISIT);
    assertThat(facts.nextContactOn()).isEqualTo(KitFixture.TODAY.plusDays(30));
    assertThat(facts.averageSatisfaction()).contains(new BigDecimal("4.00"));
    assertThat(facts.netPromoterScore()).contains(100);
    assertThat(f.crm.facts().rebuild(f.tenant, customer).withVersion(0))
        .isEqualTo(facts.withVersion(0));
    assertThat(f.crm.activities().count(ActivityQuery.of(f.tenant, customer))).isEqualTo(6);
  }

  @Test
  void record_futureDatesWrongRenewalAndForeignContact_listsEveryProblemAndStoresNothing() {
    CustomerId other = f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex"));
    ContactId foreign =
        f.crm.contacts().add(NewContact.of(f.tenant, other, PersonName.latin("John", "Smith")));
    ActivityId order =
        f.crm.activities().recordOrder(f.tenant, other, Money.of("1", "CNY"), KitFixture.TODAY);
    f.events.clear();

    assertThatThrownBy(
            () ->
                f.crm
                    .activities()
                    .recordOrder(
                        f.tenant, customer, Money.of("1", "CNY"), KitFixture.TODAY.plusDays(1)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("date"));
    assertThatThrownBy(
            () ->
                f.crm
                    .activities()
                    .record(
                        Contract.of(
                                f.tenant,
                                customer,
                                KitFixture.TODAY,
                                KitFixture.TODAY,
                                Money.of("1", "CNY"))
                            .renewing(order)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("renewalOf"));
    assertThatThrownBy(
            () ->
                f.crm
                    .activities()
                    .record(
                        Interaction.of(
                                f.tenant,
                                customer,
                                InteractionType.CALL,
                                KitFixture.NOW.plusSeconds(60),
                                UserRef.of("u"))
                            .with(foreign)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("occurredAt", "contact"));

    assertThat(f.crm.activities().count(ActivityQuery.of(f.tenant, customer))).isZero();
    assertThat(f.crm.facts().of(f.tenant, customer))
        .isEqualTo(CustomerFacts.empty(f.tenant, customer));
    assertThat(f.events).isEmpty();
  }

  @Test
  void order_negativeAmountAndEndBeforeStart_throwValidation() {
    assertThatThrownBy(() -> Order.of(f.tenant, customer, Money.of("-1", "CNY"), KitFixture.TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("amount"));
    assertThatThrownBy(
            () ->
                Contract.of(
                    f.tenant,
                    customer,
                    KitFixture.TODAY,
                    KitFixture.TODAY.minusDays(1),
                    Money.of("-5", "CNY")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("end", "value"));
  }

  @Test
  void record_deletedCustomer_throwsValidation() {
    f.crm.customers().delete(f.tenant, customer);
    assertThatThrownBy(
            () ->
                f.crm
                    .activities()
                    .recordOrder(f.tenant, customer, Money.of("1", "CNY"), KitFixture.TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("customer"));
  }

  @Test
  void record_concurrentOrdersForOneCustomer_allLandInFacts() throws Exception {
    int threads = 4;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    f.crm
                        .activities()
                        .recordOrder(f.tenant, customer, Money.of("1", "CNY"), KitFixture.TODAY);
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    CustomerFacts facts = f.crm.facts().of(f.tenant, customer);
    assertThat(facts.orderCount()).isEqualTo(threads * perThread);
    assertThat(facts.spend(CNY, FactWindow.LIFETIME, KitFixture.TODAY))
        .isEqualTo(Money.of(String.valueOf(threads * perThread), "CNY"));
  }

  @Test
  void groupFacts_rollUpSubsidiaries() {
    CustomerId child =
        f.crm.customers().register(NewCustomer.organization(f.tenant, "子公司").parent(customer));
    f.crm.activities().recordOrder(f.tenant, customer, Money.of("100", "CNY"), KitFixture.TODAY);
    f.crm
        .activities()
        .recordOrder(f.tenant, child, Money.of("50", "CNY"), KitFixture.TODAY.minusDays(3));

    CustomerFacts group = f.crm.facts().ofGroup(f.tenant, customer);
    assertThat(group.customer()).isEqualTo(customer);
    assertThat(group.orderCount()).isEqualTo(2);
    assertThat(group.spend(CNY, FactWindow.DAYS_30, KitFixture.TODAY))
        .isEqualTo(Money.of("150", "CNY"));
    assertThat(group.firstOrderDate()).isEqualTo(KitFixture.TODAY.minusDays(3));
  }

  @Test
  void listener_thatThrows_doesNotUndoTheChangeNorStopOthers() {
    List<Object> seen = new ArrayList<>();
    CrmKit crm =
        CrmKit.builder()
            .store(f.store)
            .clock(f.crm.clock())
            .tenants(t -> true)
            .listener(
                e -> {
                  throw new IllegalStateException("listener down");
                })
            .listener(seen::add)
            .build();

    ActivityId id =
        crm.activities().recordOrder(f.tenant, customer, Money.of("1", "CNY"), KitFixture.TODAY);

    assertThat(crm.activities().find(f.tenant, id)).isPresent();
    assertThat(seen).hasSize(1);
  }

  @Test
  void find_pagesThroughHistoryInIdOrder() {
    for (int i = 0; i < 25; i++) {
      f.crm
          .activities()
          .recordOrder(
              f.tenant, customer, Money.of(String.valueOf(i + 1), "CNY"), KitFixture.TODAY);
    }
    List<ActivityId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(10);
    while (request != null) {
      var page = f.crm.activities().find(ActivityQuery.of(f.tenant, customer), request);
      page.items().forEach(a -> seen.add(a.id()));
      request = page.nextRequest(10).orElse(null);
    }
    assertThat(seen).hasSize(25).isSorted().doesNotHaveDuplicates();
  }
}
