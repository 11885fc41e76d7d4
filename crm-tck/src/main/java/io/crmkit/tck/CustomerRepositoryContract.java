package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerName;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.CustomerSnapshot;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.CustomerRepository}: every field of a {@link
 * CustomerSnapshot} reads back equal (Chinese text, emoji, names at their maximum length, instants
 * to the microsecond, custom attributes of every type, soft deletion, parents); saves follow the
 * version rules; deletes are idempotent and erase nothing but the customer; lists come in ascending
 * unsigned id order. What {@code find} and {@code count} return is checked against {@link
 * io.crmkit.core.customer.CustomerQuery#matches} in {@link QueryContract}.
 *
 * @since 0.1
 */
public abstract class CustomerRepositoryContract {
  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected CustomerRepositoryContract() {}

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
  void save_newCustomer_returnsItAtVersionOneWithoutPendingEvents() {
    Customer registered = fixtures.customer(tenant, newId(), clock.instant());

    Customer saved = store.save(registered);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.snapshot()).isEqualTo(registered.snapshot().withVersion(1));
    assertThat(saved.pullEvents()).isEmpty();
  }

  @Test
  void findById_customerWithEveryField_returnsEqualSnapshot() {
    Customer parent = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer full = fixtures.fullCustomer(tenant, newId(), parent.id(), clock.instant());
    CustomerSnapshot state = full.snapshot();
    assertThat(
            Arrays.asList(
                state.industry(),
                state.sizeBand(),
                state.purchaseFrequency(),
                state.category(),
                state.region(),
                state.source(),
                state.owner()))
        .doesNotContainNull();
    assertThat(state.attributes().keys().stream().<Class<?>>map(AttributeKey::type))
        .containsExactlyInAnyOrderElementsOf(AttributeKey.SUPPORTED_TYPES);

    store.save(full);

    assertThat(store.customer(tenant, full.id()).map(Customer::snapshot))
        .contains(state.withVersion(1));
  }

  @Test
  void findById_namesAtMaximumLengthWithEmojiAndFourByteCharacters_roundTrip() {
    Customer organization =
        Customer.register(
            newId(),
            NewCustomer.organization(tenant, Fixtures.longestChineseOrganizationName())
                .latinName(Fixtures.longestLatinOrganizationName())
                .industry(Fixtures.text("制造" + Fixtures.FOUR_BYTE_HAN, 64))
                .tags(Fixtures.text(Fixtures.EMOJI + "标签", 64), "𠀀𪚥" + Fixtures.EMOJI)
                .address(
                    new Address(
                        "CN",
                        Fixtures.text("省" + Fixtures.FOUR_BYTE_HAN, 200),
                        Fixtures.text("市" + Fixtures.EMOJI, 200),
                        Fixtures.text("区", 200),
                        Fixtures.text("路" + Fixtures.FOUR_BYTE_HAN + "号", 200),
                        "20000" + Fixtures.FOUR_BYTE_HAN)),
            clock.instant());
    Customer person =
        Customer.register(
            newId(), NewCustomer.person(tenant, Fixtures.longestPersonName()), clock.instant());
    assertThat(organization.name())
        .isEqualTo(
            new CustomerName.Organization(
                Fixtures.longestChineseOrganizationName(),
                Fixtures.longestLatinOrganizationName()));

    store.saveAll(List.of(organization, person));

    assertThat(store.customer(tenant, organization.id()).map(Customer::snapshot))
        .contains(organization.snapshot().withVersion(1));
    assertThat(store.customer(tenant, person.id()).map(Customer::snapshot))
        .contains(person.snapshot().withVersion(1));
  }

  @Test
  void findById_instantsWithMicroseconds_roundTripExactly() {
    clock.set(Instant.parse("1970-01-01T00:00:00.000001Z"));
    Customer early = fixtures.customer(tenant, newId(), clock.instant());
    clock.set(Instant.parse("2099-12-31T23:59:59.999999Z"));
    Customer late = fixtures.customer(tenant, newId(), clock.instant());
    clock.set(Instant.parse("2024-02-29T12:00:00.123456789Z"));
    Customer truncated = fixtures.customer(tenant, newId(), clock.instant());
    assertThat(truncated.createdAt()).isEqualTo(Instant.parse("2024-02-29T12:00:00.123456Z"));

    store.saveAll(List.of(early, late, truncated));

    for (Customer customer : List.of(early, late, truncated)) {
      assertThat(store.customer(tenant, customer.id()).map(Customer::snapshot))
          .contains(customer.snapshot().withVersion(1));
    }
  }

  @Test
  void findById_softDeletedCustomer_returnsItWithItsDeletionTime() {
    Customer saved = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer deleted = Customer.restore(saved.snapshot());
    deleted.delete(clock.advance(Duration.ofMinutes(5)));

    store.save(deleted);

    Customer found = store.customer(tenant, saved.id()).orElseThrow();
    assertThat(found.isDeleted()).isTrue();
    assertThat(found.deletedAt()).contains(clock.instant());
    assertThat(found.snapshot()).isEqualTo(deleted.snapshot().withVersion(2));
  }

  @Test
  void findById_unknownId_isEmpty() {
    store.save(fixtures.customer(tenant, newId(), clock.instant()));

    assertThat(store.customer(tenant, newId())).isEmpty();
  }

  @Test
  void save_changedCustomer_replacesStoredStateAndIncrementsVersion() {
    Customer parent = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer first = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer changed = Customer.restore(first.snapshot());
    Instant at = clock.advance(Duration.ofHours(1));
    changed.tag(Tag.of("重新激活"), at);
    changed.assignOwner(UserRef.of("新经理"), at);
    changed.attachToParent(parent.id(), at);
    changed.putAttribute(AttributeKey.of("erp.vendorNo", String.class), "V-0042", at);

    Customer second = store.save(changed);
    Customer again = Customer.restore(second.snapshot());
    again.classifyIndustry(Industry.of("零售"), clock.advance(Duration.ofHours(1)));
    Customer third = store.save(again);

    assertThat(second.version()).isEqualTo(2);
    assertThat(third.version()).isEqualTo(3);
    assertThat(store.customer(tenant, first.id()).map(Customer::snapshot))
        .contains(again.snapshot().withVersion(3));
  }

  @Test
  void save_everyOptionalFieldCleared_readsBackAbsent() {
    Customer parent = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer full =
        store.save(fixtures.fullCustomer(tenant, newId(), parent.id(), clock.instant()));
    Customer cleared = Customer.restore(full.snapshot());
    Instant at = clock.advance(Duration.ofDays(1));
    cleared.classifyIndustry(null, at);
    cleared.classifySize(null, at);
    cleared.moveToRegion(null, at);
    cleared.attributeSource(null, at);
    cleared.attachToParent(null, at);
    cleared.assignOwner(null, at);
    cleared.replaceAddresses(List.of(), at);
    new ArrayList<>(cleared.tags()).forEach(tag -> cleared.untag(tag, at));
    cleared.attributes().keys().forEach(key -> cleared.removeAttribute(key.name(), at));

    store.save(cleared);

    CustomerSnapshot found = store.customer(tenant, full.id()).orElseThrow().snapshot();
    assertThat(found).isEqualTo(cleared.snapshot().withVersion(2));
    assertThat(found.tags()).isEmpty();
    assertThat(found.addresses()).isEmpty();
    assertThat(found.attributes().isEmpty()).isTrue();
    assertThat(Arrays.asList(found.industry(), found.parent(), found.owner())).containsOnlyNulls();
  }

  @Test
  void save_staleVersion_throwsConcurrentUpdateAndKeepsStoredState() {
    Customer stored = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer mine = Customer.restore(stored.snapshot());
    Customer theirs = Customer.restore(stored.snapshot());
    theirs.tag(Tag.of("theirs"), clock.advance(Duration.ofSeconds(1)));
    CustomerSnapshot winner = store.save(theirs).snapshot();
    mine.tag(Tag.of("mine"), clock.advance(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> store.save(mine)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(tenant, stored.id()).map(Customer::snapshot)).contains(winner);
  }

  @Test
  void save_existingIdAtVersionZero_throwsConcurrentUpdateAndKeepsStoredState() {
    CustomerId id = newId();
    CustomerSnapshot first = store.save(fixtures.customer(tenant, id, clock.instant())).snapshot();
    Customer duplicate = fixtures.customer(tenant, id, clock.advance(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> store.save(duplicate)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(tenant, id).map(Customer::snapshot)).contains(first);
  }

  @Test
  void save_neverStoredCustomerAtVersionFive_throwsConcurrentUpdateAndStoresNothing() {
    Customer ghost =
        Customer.restore(
            fixtures.customer(tenant, newId(), clock.instant()).snapshot().withVersion(5));

    assertThatThrownBy(() -> store.save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(tenant, ghost.id())).isEmpty();
  }

  @Test
  void save_versionAheadOfStoredOne_throwsConcurrentUpdateAndKeepsStoredState() {
    CustomerSnapshot stored =
        store.save(fixtures.customer(tenant, newId(), clock.instant())).snapshot();
    Customer ahead = Customer.restore(stored.withVersion(2));
    ahead.tag(Tag.of("ahead"), clock.advance(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> store.save(ahead)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(tenant, stored.id()).map(Customer::snapshot)).contains(stored);
  }

  @Test
  void save_updateOfErasedCustomer_throwsConcurrentUpdateAndStoresNothing() {
    Customer stored = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, stored.id()));
    Customer changed = Customer.restore(stored.snapshot());
    changed.tag(Tag.of("zombie"), clock.advance(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> store.save(changed)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.customer(tenant, stored.id())).isEmpty();
  }

  @Test
  void save_newCustomerWithIdOfErasedOne_insertsItAtVersionOne() {
    CustomerId id = newId();
    store.save(fixtures.customer(tenant, id, clock.instant()));
    store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, id));
    Customer reborn = fixtures.customer(tenant, id, clock.advance(Duration.ofDays(1)));

    Customer saved = store.save(reborn);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(store.customer(tenant, id).map(Customer::snapshot))
        .contains(reborn.snapshot().withVersion(1));
  }

  @Test
  void delete_storedCustomer_returnsTrueAndErasesIt() {
    Customer stored = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Customer other = store.save(fixtures.customer(tenant, newId(), clock.instant()));

    boolean removed =
        store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, stored.id()));

    assertThat(removed).isTrue();
    assertThat(store.customer(tenant, stored.id())).isEmpty();
    assertThat(store.customer(tenant, other.id()).map(Customer::snapshot))
        .contains(other.snapshot());
  }

  @Test
  void delete_twice_secondReturnsFalseWithoutThrowing() {
    Customer stored = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, stored.id()));

    boolean again =
        store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, stored.id()));

    assertThat(again).isFalse();
  }

  @Test
  void delete_twiceInOneUnitOfWork_returnsTrueThenFalse() {
    Customer stored = store.save(fixtures.customer(tenant, newId(), clock.instant()));

    List<Boolean> results =
        store.inTransaction(
            unitOfWork ->
                List.of(
                    unitOfWork.customers().delete(tenant, stored.id()),
                    unitOfWork.customers().delete(tenant, stored.id())));

    assertThat(results).containsExactly(true, false);
    assertThat(store.customer(tenant, stored.id())).isEmpty();
  }

  @Test
  void delete_unknownId_returnsFalse() {
    boolean removed =
        store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, newId()));

    assertThat(removed).isFalse();
  }

  @Test
  void delete_customer_keepsItsContactsActivitiesAndFacts() {
    Customer customer = store.save(fixtures.customer(tenant, newId(), clock.instant()));
    Contact contact =
        store.save(
            fixtures.contact(tenant, ContactId.of(ids.next()), customer.id(), clock.instant()));
    RecordedActivity activity =
        new RecordedActivity(
            ActivityId.of(ids.next()),
            clock.instant(),
            fixtures.activity(tenant, customer.id(), clock.instant()));
    store.append(List.of(activity));
    CustomerFacts facts =
        store.save(CustomerFacts.rebuild(tenant, customer.id(), List.of(activity)));

    store.inTransaction(unitOfWork -> unitOfWork.customers().delete(tenant, customer.id()));

    assertThat(store.customer(tenant, customer.id())).isEmpty();
    assertThat(store.contact(tenant, contact.id()).map(Contact::snapshot))
        .contains(contact.snapshot());
    assertThat(store.activity(tenant, activity.id())).contains(activity);
    assertThat(store.facts(tenant, customer.id())).contains(facts);
  }

  @Test
  void find_customersSavedInRandomOrder_listsThemInAscendingIdOrder() {
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      customers.add(fixtures.customer(tenant, CustomerId.of(UUID.randomUUID()), clock.instant()));
    }
    Collections.shuffle(customers, new Random(7));
    store.saveAll(customers);

    List<CustomerId> listed =
        store.walk(7, u -> r -> u.customers().find(CustomerQuery.in(tenant), r)).stream()
            .map(Customer::id)
            .toList();

    assertThat(listed)
        .containsExactlyElementsOf(customers.stream().map(Customer::id).sorted().toList());
  }

  @Test
  void find_idsAcrossTheSignBits_orderAsUnsignedBytes() {
    List<CustomerId> ascending =
        List.of(
                "00000000-0000-0000-0000-000000000001",
                "00000000-0000-0000-7fff-ffffffffffff",
                "00000000-0000-0000-8000-000000000000",
                "00000000-0000-0000-ffff-ffffffffffff",
                "7fffffff-ffff-ffff-ffff-ffffffffffff",
                "80000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-7fff-ffffffffffff",
                "ffffffff-ffff-ffff-ffff-ffffffffffff")
            .stream()
            .map(CustomerId::parse)
            .toList();
    List<Customer> customers = new ArrayList<>();
    ascending.forEach(id -> customers.add(fixtures.customer(tenant, id, clock.instant())));
    Collections.reverse(customers);
    store.saveAll(customers);

    List<CustomerId> listed =
        store.walk(3, u -> r -> u.customers().find(CustomerQuery.in(tenant), r)).stream()
            .map(Customer::id)
            .toList();

    assertThat(listed).containsExactlyElementsOf(ascending);
  }

  @Test
  void count_tenantWithoutCustomers_isZero() {
    long count =
        store.inTransaction(unitOfWork -> unitOfWork.customers().count(CustomerQuery.in(tenant)));

    assertThat(count).isZero();
  }

  private CustomerId newId() {
    return CustomerId.of(ids.next());
  }
}
