package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.CustomerFactsRepository}: every field of {@link
 * CustomerFacts} reads back equal (money in every currency, daily spend, contract coverage, last
 * contact, satisfaction and NPS counts); saves follow the version rules of customers, so two units
 * of work updating one customer's facts at once cannot both succeed; deletes are idempotent; the
 * tenant's facts list in ascending customer id order.
 *
 * @since 0.1
 */
public abstract class CustomerFactsRepositoryContract {
  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;
  private CustomerId customer;

  /** Creates the contract. */
  protected CustomerFactsRepositoryContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openStore() {
    store = new StoreUnderTest(createStore());
    tenant = Fixtures.newTenant();
    customer = newCustomer();
  }

  @Test
  void find_noFactsSaved_isEmpty() {
    assertThat(store.facts(tenant, customer)).isEmpty();
  }

  @Test
  void save_newFacts_returnsThemAtVersionOne() {
    CustomerFacts facts = rebuild(customer, 40);

    CustomerFacts saved = store.save(facts);

    assertThat(saved).isEqualTo(facts.withVersion(1));
  }

  @Test
  void find_factsOfARichHistory_readBackEqual() {
    CustomerFacts facts = rebuild(customer, 200);
    assertThat(facts.lifetimeSpend()).hasSizeGreaterThan(3);
    assertThat(facts.recentOrders()).isNotEmpty();
    assertThat(facts.contractCoverage()).isNotEmpty();
    assertThat(facts.lastContactAt()).isNotNull();
    assertThat(facts.satisfactionCount() + facts.npsCount()).isPositive();

    store.save(facts);

    assertThat(store.facts(tenant, customer)).contains(facts.withVersion(1));
  }

  @Test
  void find_factsWithEveryCurrencyAtItsLargestAmount_readBackEqual() {
    List<RecordedActivity> orders = new ArrayList<>();
    LocalDate day = LocalDate.of(2024, 3, 1);
    for (Currency currency : Fixtures.everyCurrency()) {
      orders.add(
          new RecordedActivity(
              ActivityId.of(ids.next()),
              clock.instant(),
              Order.of(tenant, customer, Fixtures.largestAmount(currency), day)));
    }
    CustomerFacts facts = CustomerFacts.rebuild(tenant, customer, orders);
    assertThat(facts.lifetimeSpend()).hasSameSizeAs(orders);

    store.save(facts);

    assertThat(store.facts(tenant, customer)).contains(facts.withVersion(1));
  }

  @Test
  void find_emptyFacts_readBackEqualWithEveryOptionalFieldAbsent() {
    CustomerFacts empty = CustomerFacts.empty(tenant, customer);

    store.save(empty);

    CustomerFacts found = store.facts(tenant, customer).orElseThrow();
    assertThat(found).isEqualTo(empty.withVersion(1));
    assertThat(found.firstOrderDate()).isNull();
    assertThat(found.lastContactAt()).isNull();
  }

  @Test
  void save_updatedFacts_replaceStoredOnesAndIncrementVersion() {
    CustomerFacts first = store.save(rebuild(customer, 10));
    CustomerFacts second = store.save(first.apply(recorded(customer)));
    CustomerFacts third = store.save(second.apply(recorded(customer)));

    assertThat(second.version()).isEqualTo(2);
    assertThat(third.version()).isEqualTo(3);
    assertThat(store.facts(tenant, customer)).contains(third);
  }

  @Test
  void save_staleVersion_throwsConcurrentUpdateAndKeepsStoredFacts() {
    CustomerFacts stored = store.save(rebuild(customer, 10));
    CustomerFacts winner = store.save(stored.apply(recorded(customer)));
    CustomerFacts loser = stored.apply(recorded(customer));

    assertThatThrownBy(() -> store.save(loser)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.facts(tenant, customer)).contains(winner);
  }

  @Test
  void save_existingFactsAtVersionZero_throwsConcurrentUpdateAndKeepsStoredFacts() {
    CustomerFacts stored = store.save(rebuild(customer, 5));

    assertThatThrownBy(() -> store.save(CustomerFacts.empty(tenant, customer)))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.facts(tenant, customer)).contains(stored);
  }

  @Test
  void save_neverStoredFactsAtVersionFive_throwsConcurrentUpdateAndStoresNothing() {
    CustomerFacts ghost = rebuild(customer, 5).withVersion(5);

    assertThatThrownBy(() -> store.save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.facts(tenant, customer)).isEmpty();
  }

  @Test
  void save_twoUnitsOfWorkFromTheSameVersionAtOnce_onlyOneSucceeds() {
    store.assume(StoreCapability.THREAD_SAFE);
    store.save(CustomerFacts.empty(tenant, customer));
    RecordedActivity left = recorded(customer);
    RecordedActivity right = recorded(customer);
    CountDownLatch bothRead = new CountDownLatch(2);
    List<Future<CustomerFacts>> updates = new ArrayList<>();

    try (Background background = new Background()) {
      for (RecordedActivity activity : List.of(left, right)) {
        updates.add(
            background.start(
                () ->
                    store.inTransaction(
                        unitOfWork -> {
                          CustomerFacts current =
                              unitOfWork.facts().find(tenant, customer).orElseThrow();
                          bothRead.countDown();
                          Background.await(bothRead, Background.PATIENCE);
                          return unitOfWork.facts().save(current.apply(activity));
                        })));
      }
      List<Throwable> failures = new ArrayList<>();
      updates.forEach(update -> failures.add(Background.failureOf(update)));

      assertThat(failures).filteredOn(f -> f == null).hasSize(1);
      assertThat(failures)
          .filteredOn(f -> f != null)
          .singleElement()
          .isInstanceOf(ConcurrentUpdateException.class);
      CustomerFacts winner = Background.join(updates.get(failures.indexOf(null)));
      assertThat(winner.version()).isEqualTo(2);
      assertThat(store.facts(tenant, customer)).contains(winner);
    }
  }

  @Test
  void delete_storedFacts_returnsTrueAndErasesOnlyThem() {
    CustomerId other = newCustomer();
    store.save(rebuild(customer, 5));
    CustomerFacts kept = store.save(rebuild(other, 5));

    boolean removed = store.inTransaction(u -> u.facts().delete(tenant, customer));

    assertThat(removed).isTrue();
    assertThat(store.facts(tenant, customer)).isEmpty();
    assertThat(store.facts(tenant, other)).contains(kept);
    assertThat(store.customer(tenant, customer)).isPresent();
  }

  @Test
  void delete_twice_secondReturnsFalseWithoutThrowing() {
    store.save(rebuild(customer, 5));
    store.inTransaction(u -> u.facts().delete(tenant, customer));

    boolean again = store.inTransaction(u -> u.facts().delete(tenant, customer));

    assertThat(again).isFalse();
  }

  @Test
  void delete_customerWithoutFacts_returnsFalse() {
    boolean removed = store.inTransaction(u -> u.facts().delete(tenant, customer));

    assertThat(removed).isFalse();
  }

  @Test
  void find_page_listsTheTenantsFactsInAscendingCustomerIdOrder() {
    List<CustomerFacts> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      CustomerId id =
          store
              .save(fixtures.customer(tenant, CustomerId.of(UUID.randomUUID()), clock.instant()))
              .id();
      all.add(rebuild(id, 3));
    }
    Collections.shuffle(all, new Random(17));
    List<CustomerFacts> saved = new ArrayList<>();
    store.write(u -> all.forEach(f -> saved.add(u.facts().save(f))));
    saved.sort((a, b) -> a.customer().compareTo(b.customer()));

    List<CustomerFacts> listed = store.walk(4, u -> r -> u.facts().find(tenant, r));

    assertThat(listed).containsExactlyElementsOf(saved);
  }

  private CustomerFacts rebuild(CustomerId owner, int activities) {
    List<RecordedActivity> history = new ArrayList<>();
    for (Activity activity : fixtures.history(tenant, owner, clock.instant(), activities)) {
      history.add(new RecordedActivity(ActivityId.of(ids.next()), clock.instant(), activity));
    }
    return CustomerFacts.rebuild(tenant, owner, history);
  }

  private RecordedActivity recorded(CustomerId owner) {
    return new RecordedActivity(
        ActivityId.of(ids.next()),
        clock.instant(),
        fixtures.activity(tenant, owner, clock.instant()));
  }

  private CustomerId newCustomer() {
    return store.save(fixtures.customer(tenant, CustomerId.of(ids.next()), clock.instant())).id();
  }
}
