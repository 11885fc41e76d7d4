package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CrmStore#inTransaction}: a unit of work that returns commits every write
 * of every repository, one that throws stores nothing and hands its exception to the caller
 * unchanged; reads inside a unit of work see its own writes; a call nested on the same thread joins
 * the outer unit of work; a save based on a stale version fails the whole unit of work; and, where
 * the store declares {@link StoreCapability#ATOMIC_UNITS_OF_WORK}, no other unit of work ever sees
 * a part of one.
 *
 * @since 0.1
 */
public abstract class UnitOfWorkContract {
  private static final Duration RACE_WINDOW = Duration.ofSeconds(2);

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected UnitOfWorkContract() {}

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
  }

  @Test
  void inTransaction_workReturns_returnsItsResultAndCommitsEveryWrite() {
    Customer existing = store.save(newCustomer());
    Contact doomed = store.save(newContact(existing.id()));
    Customer added = newCustomer();
    Contact contact = newContact(added.id());
    RecordedActivity activity = newActivity(added.id());
    CustomerFacts facts = CustomerFacts.rebuild(tenant, added.id(), List.of(activity));
    Customer changed = Customer.restore(existing.snapshot());
    changed.tag(Tag.of("已更新"), clock.advance(Duration.ofMinutes(1)));

    String result =
        store
            .store()
            .inTransaction(
                unitOfWork -> {
                  unitOfWork.customers().save(added);
                  unitOfWork.contacts().save(contact);
                  unitOfWork.activities().append(activity);
                  unitOfWork.facts().save(facts);
                  unitOfWork.customers().save(changed);
                  unitOfWork.contacts().delete(tenant, doomed.id());
                  return "done";
                });

    assertThat(result).isEqualTo("done");
    assertThat(store.customer(tenant, added.id()).map(Customer::snapshot))
        .contains(added.snapshot().withVersion(1));
    assertThat(store.contact(tenant, contact.id()).map(Contact::snapshot))
        .contains(contact.snapshot().withVersion(1));
    assertThat(store.activity(tenant, activity.id())).contains(activity);
    assertThat(store.facts(tenant, added.id())).contains(facts.withVersion(1));
    assertThat(store.customer(tenant, existing.id()).map(Customer::snapshot))
        .contains(changed.snapshot().withVersion(2));
    assertThat(store.contact(tenant, doomed.id())).isEmpty();
  }

  @Test
  void inTransaction_workThrowsRuntimeException_storesNothingAndRethrowsTheSameException() {
    RuntimeException failure = new IllegalStateException("the host's work failed");

    assertWorkThatThrowsStoresNothing(failure);
  }

  @Test
  void inTransaction_workThrowsCrmException_storesNothingAndRethrowsTheSameException() {
    RuntimeException failure = ValidationException.of("tck", "value", "must fail the unit of work");

    assertWorkThatThrowsStoresNothing(failure);
  }

  @Test
  void inTransaction_workThrowsError_storesNothingAndRethrowsTheSameError() {
    Error failure = new AssertionError("the host's work failed with an error");

    assertWorkThatThrowsStoresNothing(failure);
  }

  @Test
  void inTransaction_readsInsideTheWork_seeTheWorksOwnWrites() {
    Customer customer = newCustomer();
    Contact contact = newContact(customer.id());
    RecordedActivity activity = newActivity(customer.id());
    CustomerFacts facts = CustomerFacts.rebuild(tenant, customer.id(), List.of(activity));

    store.write(
        unitOfWork -> {
          Customer saved = unitOfWork.customers().save(customer);
          assertThat(unitOfWork.customers().findById(tenant, customer.id()).map(Customer::snapshot))
              .contains(saved.snapshot());
          assertThat(unitOfWork.customers().count(CustomerQuery.in(tenant))).isEqualTo(1);
          assertThat(
                  unitOfWork
                      .customers()
                      .find(CustomerQuery.in(tenant), PageRequest.first(10))
                      .items())
              .extracting(Customer::id)
              .containsExactly(customer.id());
          Customer changed = Customer.restore(saved.snapshot());
          changed.tag(Tag.of("内部"), clock.instant());
          unitOfWork.customers().save(changed);
          assertThat(unitOfWork.customers().findById(tenant, customer.id()).map(Customer::version))
              .contains(2L);

          unitOfWork.contacts().save(contact);
          assertThat(unitOfWork.contacts().findById(tenant, contact.id())).isPresent();
          assertThat(unitOfWork.contacts().count(ContactQuery.in(tenant).customer(customer.id())))
              .isEqualTo(1);

          unitOfWork.activities().append(activity);
          assertThat(unitOfWork.activities().findById(tenant, activity.id())).contains(activity);
          assertThat(unitOfWork.activities().count(ActivityQuery.of(tenant, customer.id())))
              .isEqualTo(1);

          unitOfWork.facts().save(facts);
          assertThat(unitOfWork.facts().find(tenant, customer.id())).contains(facts.withVersion(1));
          assertThat(unitOfWork.facts().find(tenant, PageRequest.first(10)).items()).hasSize(1);

          assertThat(unitOfWork.contacts().deleteByCustomer(tenant, customer.id())).isEqualTo(1);
          assertThat(unitOfWork.activities().deleteByCustomer(tenant, customer.id())).isEqualTo(1);
          assertThat(unitOfWork.facts().delete(tenant, customer.id())).isTrue();
          assertThat(unitOfWork.customers().delete(tenant, customer.id())).isTrue();
          assertThat(unitOfWork.contacts().findById(tenant, contact.id())).isEmpty();
          assertThat(unitOfWork.activities().findById(tenant, activity.id())).isEmpty();
          assertThat(unitOfWork.facts().find(tenant, customer.id())).isEmpty();
          assertThat(unitOfWork.customers().findById(tenant, customer.id())).isEmpty();
          assertThat(unitOfWork.customers().count(CustomerQuery.in(tenant))).isZero();
          assertThat(unitOfWork.customers().delete(tenant, customer.id())).isFalse();
        });

    assertThat(store.customer(tenant, customer.id())).isEmpty();
    assertThat(store.contact(tenant, contact.id())).isEmpty();
    assertThat(store.activity(tenant, activity.id())).isEmpty();
  }

  @Test
  void inTransaction_nestedOnTheSameThread_joinsTheOuterUnitOfWork() {
    Customer outerCustomer = newCustomer();
    Customer innerCustomer = newCustomer();
    RuntimeException failure = new IllegalStateException("outer work fails after the inner one");

    assertThatThrownBy(
            () ->
                store.write(
                    outer -> {
                      outer.customers().save(outerCustomer);
                      Optional<Customer> seenInside =
                          store
                              .store()
                              .inTransaction(
                                  inner -> {
                                    inner.customers().save(innerCustomer);
                                    return inner.customers().findById(tenant, outerCustomer.id());
                                  });
                      assertThat(seenInside).isPresent();
                      assertThat(outer.customers().findById(tenant, innerCustomer.id()))
                          .isPresent();
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(store.customer(tenant, outerCustomer.id())).isEmpty();
    assertThat(store.customer(tenant, innerCustomer.id())).isEmpty();
  }

  @Test
  void inTransaction_nestedWorkReturns_itsWritesBecomeVisibleOnlyWithTheOuterCommit() {
    store.assume(StoreCapability.ATOMIC_UNITS_OF_WORK, StoreCapability.THREAD_SAFE);
    Customer inner = newCustomer();

    try (Background background = new Background()) {
      store.write(
          outer -> {
            store.store().inTransaction(nested -> nested.customers().save(inner));
            Optional<Customer> seenElsewhere =
                Background.join(background.start(() -> store.customer(tenant, inner.id())));
            assertThat(seenElsewhere).isEmpty();
          });
    }

    assertThat(store.customer(tenant, inner.id())).isPresent();
  }

  @Test
  void inTransaction_staleSaveAmongOtherWrites_storesNothingOfTheUnitOfWork() {
    Customer stored = store.save(newCustomer());
    Customer theirs = Customer.restore(stored.snapshot());
    theirs.tag(Tag.of("theirs"), clock.advance(Duration.ofSeconds(1)));
    Customer winner = store.save(theirs);
    Customer mine = Customer.restore(stored.snapshot());
    mine.tag(Tag.of("mine"), clock.advance(Duration.ofSeconds(1)));
    Customer added = newCustomer();
    RecordedActivity activity = newActivity(stored.id());

    assertThatThrownBy(
            () ->
                store.write(
                    unitOfWork -> {
                      unitOfWork.customers().save(added);
                      unitOfWork.activities().append(activity);
                      unitOfWork.customers().save(mine);
                    }))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(tenant, added.id())).isEmpty();
    assertThat(store.activity(tenant, activity.id())).isEmpty();
    assertThat(store.customer(tenant, stored.id()).map(Customer::snapshot))
        .contains(winner.snapshot());
  }

  @Test
  void inTransaction_twoUnitsOfWorkSaveOneCustomerFromTheSameVersion_exactlyOneCommits() {
    store.assume(StoreCapability.THREAD_SAFE);
    Customer stored = store.save(newCustomer());
    CountDownLatch bothSaved = new CountDownLatch(2);
    List<Customer> sideWrites = List.of(newCustomer(), newCustomer());
    List<Customer> changes = new ArrayList<>();
    List<Future<Customer>> units = new ArrayList<>();

    try (Background background = new Background()) {
      for (int i = 0; i < 2; i++) {
        Customer side = sideWrites.get(i);
        Customer change = Customer.restore(stored.snapshot());
        change.tag(Tag.of("writer-" + i), clock.advance(Duration.ofSeconds(1)));
        changes.add(change);
        units.add(
            background.start(
                () ->
                    store.inTransaction(
                        unitOfWork -> {
                          unitOfWork.customers().save(side);
                          Customer saved = unitOfWork.customers().save(change);
                          bothSaved.countDown();
                          // a store that locks the row makes the other writer wait here
                          Background.await(bothSaved, RACE_WINDOW);
                          return saved;
                        })));
      }
      List<Throwable> failures = new ArrayList<>();
      units.forEach(unit -> failures.add(Background.failureOf(unit)));

      assertThat(failures).filteredOn(f -> f == null).hasSize(1);
      assertThat(failures)
          .filteredOn(f -> f != null)
          .singleElement()
          .isInstanceOf(ConcurrentUpdateException.class);
      int won = failures.indexOf(null);
      assertThat(store.customer(tenant, stored.id()).map(Customer::snapshot))
          .contains(changes.get(won).snapshot().withVersion(2));
      assertThat(store.customer(tenant, sideWrites.get(won).id())).isPresent();
      assertThat(store.customer(tenant, sideWrites.get(1 - won).id())).isEmpty();
    }
  }

  @Test
  void inTransaction_concurrentReaders_neverSeeHalfAUnitOfWork() {
    store.assume(StoreCapability.ATOMIC_UNITS_OF_WORK, StoreCapability.THREAD_SAFE);
    int units = 150;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    List<Customer> pairs = new ArrayList<>();
    for (int i = 0; i < units * 2; i++) {
      pairs.add(newCustomer());
    }

    try (Background background = new Background()) {
      Future<Void> writer =
          background.start(
              () -> {
                try {
                  for (int i = 0; i < units; i++) {
                    int before = reads.get();
                    store.saveAll(pairs.subList(2 * i, 2 * i + 2));
                    // let the reader look at least once between two commits
                    Background.awaitCondition(() -> reads.get() > before, RACE_WINDOW);
                  }
                  return null;
                } finally {
                  writing.set(false);
                }
              });
      List<Long> counts = new ArrayList<>();
      while (writing.get()) {
        counts.add(store.count(u -> u.customers().count(CustomerQuery.in(tenant))));
        reads.incrementAndGet();
      }
      Background.join(writer);

      assertThat(counts).hasSizeGreaterThanOrEqualTo(units);
      assertThat(counts).allSatisfy(count -> assertThat(count % 2).isZero());
      assertThat(store.count(u -> u.customers().count(CustomerQuery.in(tenant))))
          .isEqualTo(units * 2L);
    }
  }

  private void assertWorkThatThrowsStoresNothing(Throwable failure) {
    Customer existing = store.save(newCustomer());
    Contact contact = store.save(newContact(existing.id()));
    CustomerFacts facts = store.save(CustomerFacts.empty(tenant, existing.id()));
    RecordedActivity activity = newActivity(existing.id());
    Customer added = newCustomer();
    Customer changed = Customer.restore(existing.snapshot());
    changed.tag(Tag.of("lost"), clock.advance(Duration.ofMinutes(1)));

    assertThatThrownBy(
            () ->
                store.write(
                    unitOfWork -> {
                      unitOfWork.customers().save(added);
                      unitOfWork.customers().save(changed);
                      unitOfWork.contacts().delete(tenant, contact.id());
                      unitOfWork.activities().append(activity);
                      unitOfWork.facts().save(facts.apply(activity));
                      throwUnchecked(failure);
                    }))
        .isSameAs(failure);

    assertThat(store.customer(tenant, added.id())).isEmpty();
    assertThat(store.customer(tenant, existing.id()).map(Customer::snapshot))
        .contains(existing.snapshot());
    assertThat(store.contact(tenant, contact.id()).map(Contact::snapshot))
        .contains(contact.snapshot());
    assertThat(store.activity(tenant, activity.id())).isEmpty();
    assertThat(store.facts(tenant, existing.id())).contains(facts);
  }

  private static void throwUnchecked(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    throw (Error) failure;
  }

  private Customer newCustomer() {
    return fixtures.customer(tenant, CustomerId.of(ids.next()), clock.instant());
  }

  private Contact newContact(CustomerId customer) {
    return fixtures.contact(tenant, ContactId.of(ids.next()), customer, clock.instant());
  }

  private RecordedActivity newActivity(CustomerId customer) {
    return new RecordedActivity(
        ActivityId.of(ids.next()),
        clock.instant(),
        fixtures.activity(tenant, customer, clock.instant()));
  }
}
