package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CrmStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation across the SPI: a unit of work acting for tenant A never reads, lists, counts,
 * updates or deletes tenant B's data, even where both tenants use the very same ids (each tenant's
 * data here is made by its own {@link SequentialIdGenerator}, so ids collide on purpose), and an id
 * taken in one tenant is free in every other.
 *
 * @since 0.1
 */
public abstract class TenantIsolationContract {
  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private StoreUnderTest store;
  private Tenant a;
  private Tenant b;

  /** Creates the contract. */
  protected TenantIsolationContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openStore() {
    store = new StoreUnderTest(createStore());
    a = populate(Fixtures.newTenant(), 1);
    b = populate(Fixtures.newTenant(), 2);
  }

  @Test
  void findById_sameIdsInTwoTenants_eachTenantReadsItsOwnData() {
    assertThat(a.customers.get(0).id()).isEqualTo(b.customers.get(0).id());
    assertThat(a.contacts.get(0).id()).isEqualTo(b.contacts.get(0).id());
    assertThat(a.activities.get(0).id()).isEqualTo(b.activities.get(0).id());

    for (Tenant t : List.of(a, b)) {
      assertThat(store.customer(t.id, t.customers.get(0).id()).map(Customer::snapshot))
          .contains(t.customers.get(0).snapshot());
      assertThat(store.contact(t.id, t.contacts.get(0).id()).map(Contact::snapshot))
          .contains(t.contacts.get(0).snapshot());
      assertThat(store.activity(t.id, t.activities.get(0).id())).contains(t.activities.get(0));
      assertThat(store.facts(t.id, t.customers.get(0).id())).contains(t.facts.get(0));
    }
  }

  @Test
  void findById_idThatExistsOnlyInAnotherTenant_isEmpty() {
    Customer onlyInB = b.customers.get(1);

    assertThat(store.customer(a.id, onlyInB.id())).isEmpty();
    assertThat(store.contact(a.id, b.contacts.get(1).id())).isEmpty();
    assertThat(store.activity(a.id, b.activities.get(1).id())).isEmpty();
    assertThat(store.facts(a.id, onlyInB.id())).isEmpty();
  }

  @Test
  void findAndCount_everyList_holdsOnlyTheTenantsOwnData() {
    CustomerId shared = a.customers.get(0).id();

    assertThat(ids(store.walk(10, u -> r -> u.customers().find(CustomerQuery.in(a.id), r))))
        .containsExactly(shared);
    assertThat(store.count(u -> u.customers().count(CustomerQuery.in(a.id).includingDeleted())))
        .isEqualTo(1);
    assertThat(store.walk(10, u -> r -> u.contacts().find(ContactQuery.in(a.id), r)))
        .extracting(Contact::tenant)
        .containsExactly(a.id);
    assertThat(store.count(u -> u.contacts().count(ContactQuery.in(a.id).customer(shared))))
        .isEqualTo(1);
    assertThat(store.walk(10, u -> r -> u.activities().find(ActivityQuery.in(a.id), r)))
        .containsExactly(a.activities.get(0));
    assertThat(store.count(u -> u.activities().count(ActivityQuery.of(a.id, shared)))).isEqualTo(1);
    assertThat(store.walk(10, u -> r -> u.facts().find(a.id, r))).containsExactly(a.facts.get(0));
  }

  @Test
  void findAndCount_criteriaMatchingOnlyAnotherTenantsData_findNothing() {
    CustomerId onlyInB = b.customers.get(1).id();
    String bName = b.customers.get(1).name().displayName();
    ContactPoint.Email bEmail =
        (ContactPoint.Email)
            b.contacts.get(1).contactPoints().stream()
                .filter(p -> p instanceof ContactPoint.Email)
                .findFirst()
                .orElseThrow();

    assertThat(store.count(u -> u.customers().count(CustomerQuery.in(a.id).namePrefix(bName))))
        .isZero();
    assertThat(store.count(u -> u.customers().count(CustomerQuery.in(a.id).parent(onlyInB))))
        .isZero();
    assertThat(store.count(u -> u.contacts().count(ContactQuery.in(a.id).customer(onlyInB))))
        .isZero();
    assertThat(store.count(u -> u.contacts().count(ContactQuery.in(a.id).email(bEmail.address()))))
        .isZero();
    assertThat(store.count(u -> u.activities().count(ActivityQuery.of(a.id, onlyInB)))).isZero();
    Page<RecordedActivity> activities =
        store.inTransaction(
            u -> u.activities().find(ActivityQuery.of(a.id, onlyInB), PageRequest.first(10)));
    assertThat(activities.items()).isEmpty();
  }

  @Test
  void save_updateOfAnIdStoredOnlyInAnotherTenant_throwsConcurrentUpdateAndChangesNothing() {
    CustomerSnapshot theirs = b.customers.get(1).snapshot();
    Customer intruder = Customer.restore(inTenant(theirs, a.id));
    intruder.tag(Tag.of("hijacked"), clock.advance(Duration.ofSeconds(1)));
    ContactSnapshot theirContact = b.contacts.get(1).snapshot();
    Contact contactIntruder = Contact.restore(inTenant(theirContact, a.id));
    contactIntruder.changeJob("hijacked", null, clock.instant());
    CustomerFacts factsIntruder = CustomerFacts.empty(a.id, theirs.id()).withVersion(1);

    assertThatThrownBy(() -> store.save(intruder)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> store.save(contactIntruder))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> store.save(factsIntruder))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(b.id, theirs.id()).map(Customer::snapshot)).contains(theirs);
    assertThat(store.contact(b.id, theirContact.id()).map(Contact::snapshot))
        .contains(theirContact);
    assertThat(store.facts(b.id, theirs.id())).contains(b.facts.get(1));
    assertThat(store.customer(a.id, theirs.id())).isEmpty();
    assertThat(store.facts(a.id, theirs.id())).isEmpty();
  }

  @Test
  void save_insertOfIdsTakenInAnotherTenant_succeedsAndLeavesTheOtherTenantUntouched() {
    Customer theirs = b.customers.get(1);
    Customer mine = fixtures.customer(a.id, theirs.id(), clock.instant());
    Contact myContact =
        fixtures.contact(a.id, b.contacts.get(1).id(), theirs.id(), clock.instant());
    RecordedActivity myActivity =
        new RecordedActivity(
            b.activities.get(1).id(),
            clock.instant(),
            fixtures.activity(a.id, theirs.id(), clock.instant()));

    store.write(
        u -> {
          u.customers().save(mine);
          u.contacts().save(myContact);
          u.activities().append(myActivity);
          u.facts().save(CustomerFacts.rebuild(a.id, theirs.id(), List.of(myActivity)));
        });

    assertThat(store.customer(a.id, theirs.id()).map(Customer::snapshot))
        .contains(mine.snapshot().withVersion(1));
    assertThat(store.activity(a.id, myActivity.id())).contains(myActivity);
    assertThat(store.customer(b.id, theirs.id()).map(Customer::snapshot))
        .contains(theirs.snapshot());
    assertThat(store.contact(b.id, myContact.id()).map(Contact::snapshot))
        .contains(b.contacts.get(1).snapshot());
    assertThat(store.activity(b.id, myActivity.id())).contains(b.activities.get(1));
    assertThat(store.facts(b.id, theirs.id())).contains(b.facts.get(1));
  }

  @Test
  void save_updateInOneTenant_leavesTheSameIdInTheOtherTenantAtItsVersion() {
    Customer mine = Customer.restore(a.customers.get(0).snapshot());
    mine.tag(Tag.of("只在A"), clock.advance(Duration.ofSeconds(1)));
    store.save(mine);
    store.save(a.facts.get(0).apply(a.activities.get(0)));
    Customer theirs = Customer.restore(b.customers.get(0).snapshot());
    theirs.tag(Tag.of("只在B"), clock.advance(Duration.ofSeconds(1)));

    Customer saved = store.save(theirs);

    assertThat(saved.version()).isEqualTo(2);
    assertThat(store.customer(a.id, mine.id()).map(Customer::snapshot))
        .contains(mine.snapshot().withVersion(2));
    assertThat(store.facts(b.id, theirs.id())).contains(b.facts.get(0));
  }

  @Test
  void delete_idStoredOnlyInAnotherTenant_returnsFalseAndKeepsIt() {
    CustomerId theirs = b.customers.get(1).id();
    ContactId theirContact = b.contacts.get(1).id();

    List<Boolean> removed =
        store.inTransaction(
            u ->
                List.of(
                    u.customers().delete(a.id, theirs),
                    u.contacts().delete(a.id, theirContact),
                    u.facts().delete(a.id, theirs)));

    assertThat(removed).containsExactly(false, false, false);
    assertThat(store.customer(b.id, theirs)).isPresent();
    assertThat(store.contact(b.id, theirContact)).isPresent();
    assertThat(store.facts(b.id, theirs)).isPresent();
  }

  @Test
  void delete_sameIdInTwoTenants_removesOnlyTheCallingTenantsData() {
    CustomerId shared = a.customers.get(0).id();
    ContactId sharedContact = a.contacts.get(0).id();

    List<Long> removed =
        store.inTransaction(
            u ->
                List.of(
                    u.customers().delete(a.id, shared) ? 1L : 0L,
                    u.contacts().delete(a.id, sharedContact) ? 1L : 0L,
                    u.facts().delete(a.id, shared) ? 1L : 0L,
                    u.activities().deleteByCustomer(a.id, shared)));

    assertThat(removed).containsExactly(1L, 1L, 1L, 1L);
    assertThat(store.customer(a.id, shared)).isEmpty();
    assertThat(store.customer(b.id, shared).map(Customer::snapshot))
        .contains(b.customers.get(0).snapshot());
    assertThat(store.contact(b.id, sharedContact).map(Contact::snapshot))
        .contains(b.contacts.get(0).snapshot());
    assertThat(store.facts(b.id, shared)).contains(b.facts.get(0));
    assertThat(store.activity(b.id, b.activities.get(0).id())).contains(b.activities.get(0));
  }

  @Test
  void deleteByCustomer_customerOfAnotherTenant_removesNothing() {
    CustomerId theirs = b.customers.get(1).id();

    long contacts = store.count(u -> u.contacts().deleteByCustomer(a.id, theirs));
    long activities = store.count(u -> u.activities().deleteByCustomer(a.id, theirs));

    assertThat(contacts).isZero();
    assertThat(activities).isZero();
    assertThat(store.contact(b.id, b.contacts.get(1).id())).isPresent();
    assertThat(store.activity(b.id, b.activities.get(1).id())).contains(b.activities.get(1));
  }

  @Test
  void find_cursorFromAnotherTenantsList_neverListsTheOtherTenantsData() {
    SequentialIdGenerator later = SequentialIdGenerator.startingAt(new UUID(0, 1_000));
    store.saveAll(
        List.of(
            fixtures.customer(a.id, CustomerId.of(later.next()), clock.instant()),
            fixtures.customer(a.id, CustomerId.of(later.next()), clock.instant())));
    Page<Customer> theirs =
        store.inTransaction(u -> u.customers().find(CustomerQuery.in(b.id), PageRequest.first(1)));
    assertThat(theirs.next()).isNotNull();

    List<Customer> seen;
    try {
      seen =
          StoreUnderTest.walkPages(
              PageRequest.after(theirs.next(), 10),
              r -> store.inTransaction(u -> u.customers().find(CustomerQuery.in(a.id), r)));
    } catch (ValidationException refused) {
      return; // a store may bind its cursors to a tenant and refuse a foreign one
    }
    assertThat(seen).allSatisfy(c -> assertThat(c.tenant()).isEqualTo(a.id));
  }

  private Tenant populate(TenantId tenant, int customers) {
    SequentialIdGenerator ids = SequentialIdGenerator.create();
    Tenant t = new Tenant(tenant);
    for (int i = 0; i < customers; i++) {
      Customer customer =
          store.save(fixtures.customer(tenant, CustomerId.of(ids.next()), clock.instant()));
      Contact contact =
          store.save(
              fixtures.contact(tenant, ContactId.of(ids.next()), customer.id(), clock.instant()));
      RecordedActivity activity =
          new RecordedActivity(
              ActivityId.of(ids.next()),
              clock.instant(),
              fixtures.activity(tenant, customer.id(), clock.instant()));
      store.append(List.of(activity));
      t.customers.add(customer);
      t.contacts.add(contact);
      t.activities.add(activity);
      t.facts.add(store.save(CustomerFacts.rebuild(tenant, customer.id(), List.of(activity))));
    }
    return t;
  }

  private static List<CustomerId> ids(List<Customer> customers) {
    return customers.stream().map(Customer::id).toList();
  }

  private static CustomerSnapshot inTenant(CustomerSnapshot s, TenantId tenant) {
    return new CustomerSnapshot(
        s.id(),
        tenant,
        s.version(),
        s.createdAt(),
        s.updatedAt(),
        s.name(),
        s.industry(),
        s.sizeBand(),
        s.purchaseFrequency(),
        s.category(),
        s.region(),
        s.addresses(),
        s.source(),
        s.parent(),
        s.tags(),
        s.owner(),
        s.attributes(),
        s.deletedAt());
  }

  private static ContactSnapshot inTenant(ContactSnapshot s, TenantId tenant) {
    return new ContactSnapshot(
        s.id(),
        tenant,
        s.customer(),
        s.version(),
        s.createdAt(),
        s.updatedAt(),
        s.name(),
        s.title(),
        s.department(),
        s.roles(),
        s.contactPoints(),
        s.birthday(),
        s.preferredLanguage(),
        s.attributes());
  }

  /** One tenant's data, in the order it was made. */
  private static final class Tenant {
    final TenantId id;
    final List<Customer> customers = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<RecordedActivity> activities = new ArrayList<>();
    final List<CustomerFacts> facts = new ArrayList<>();

    Tenant(TenantId id) {
      this.id = id;
    }
  }
}
