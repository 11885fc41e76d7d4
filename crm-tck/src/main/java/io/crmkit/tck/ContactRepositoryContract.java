package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.ContactRepository}: every field of a {@link ContactSnapshot}
 * reads back equal (all four kinds of contact point with their validity, solar and lunar birthdays
 * with leap months, languages with scripts, custom attributes of every type); saves follow the
 * version rules of customers; {@code delete} and {@code deleteByCustomer} are idempotent and remove
 * nothing else; lists come in ascending id order.
 *
 * @since 0.1
 */
public abstract class ContactRepositoryContract {
  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;
  private CustomerId customer;

  /** Creates the contract. */
  protected ContactRepositoryContract() {}

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
  void save_newContact_returnsItAtVersionOneWithoutPendingEvents() {
    Contact contact = fixtures.contact(tenant, newId(), customer, clock.instant());

    Contact saved = store.save(contact);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.snapshot()).isEqualTo(contact.snapshot().withVersion(1));
    assertThat(saved.pullEvents()).isEmpty();
  }

  @Test
  void findById_contactWithEveryField_returnsEqualSnapshot() {
    Contact full = fixtures.fullContact(tenant, newId(), customer, clock.instant());
    ContactSnapshot state = full.snapshot();
    assertThat(state.contactPoints())
        .hasAtLeastOneElementOfType(ContactPoint.Phone.class)
        .hasAtLeastOneElementOfType(ContactPoint.Email.class)
        .hasAtLeastOneElementOfType(ContactPoint.WeChat.class)
        .hasAtLeastOneElementOfType(ContactPoint.Postal.class);
    assertThat(state.roles()).isEqualTo(EnumSet.allOf(ContactRole.class));
    assertThat(state.attributes().keys().stream().<Class<?>>map(AttributeKey::type))
        .containsExactlyInAnyOrderElementsOf(AttributeKey.SUPPORTED_TYPES);
    assertThat(state.preferredLanguage()).isEqualTo(Locale.forLanguageTag("zh-Hans-CN"));

    store.save(full);

    assertThat(store.contact(tenant, full.id()).map(Contact::snapshot))
        .contains(state.withVersion(1));
  }

  @Test
  void findById_everyKindOfBirthday_roundTrips() {
    List<Contact> contacts = new ArrayList<>();
    for (Birthday birthday : Fixtures.everyKindOfBirthday()) {
      contacts.add(
          Contact.create(
              newId(),
              NewContact.of(tenant, customer, fixtures.chinesePersonName()).birthday(birthday),
              clock.instant()));
    }

    store.write(unitOfWork -> contacts.forEach(c -> unitOfWork.contacts().save(c)));

    for (Contact contact : contacts) {
      assertThat(store.contact(tenant, contact.id()).flatMap(Contact::birthday))
          .contains(contact.birthday().orElseThrow());
      assertThat(store.contact(tenant, contact.id()).map(Contact::snapshot))
          .contains(contact.snapshot().withVersion(1));
    }
  }

  @Test
  void findById_contactWithOnlyAName_readsBackWithEveryOptionalFieldAbsent() {
    Contact bare =
        Contact.create(
            newId(),
            NewContact.of(tenant, customer, PersonName.of(null, null, "Madonna", null)),
            clock.instant());

    store.save(bare);

    ContactSnapshot found = store.contact(tenant, bare.id()).orElseThrow().snapshot();
    assertThat(found).isEqualTo(bare.snapshot().withVersion(1));
    assertThat(found.roles()).isEmpty();
    assertThat(found.contactPoints()).isEmpty();
    assertThat(found.attributes().isEmpty()).isTrue();
    assertThat(found.name().chinese()).isNull();
    assertThat(found.name().latin().family()).isNull();
  }

  @Test
  void findById_longestNames_roundTrip() {
    Contact longest =
        Contact.create(
            newId(),
            NewContact.of(tenant, customer, Fixtures.longestPersonName())
                .title(Fixtures.text("总监" + Fixtures.FOUR_BYTE_HAN, NewContact.MAX_TEXT))
                .department(Fixtures.text(Fixtures.EMOJI, NewContact.MAX_TEXT)),
            clock.instant());

    store.save(longest);

    assertThat(store.contact(tenant, longest.id()).map(Contact::snapshot))
        .contains(longest.snapshot().withVersion(1));
  }

  @Test
  void findById_unknownId_isEmpty() {
    store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));

    assertThat(store.contact(tenant, newId())).isEmpty();
  }

  @Test
  void save_changedContact_replacesStoredStateAndIncrementsVersion() {
    Contact first = store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));
    Contact changed = Contact.restore(first.snapshot());
    Instant at = clock.advance(Duration.ofHours(2));
    changed.rename(fixtures.bilingualPersonName(), at);
    changed.changeJob("副总裁 " + Fixtures.EMOJI, "战略部", at);
    changed.assignRoles(Set.of(ContactRole.FINANCE, ContactRole.INFLUENCER), at);
    changed.addContactPoint(ContactPoint.wechat(fixtures.wechatId(), ContactPurpose.WORK), at);
    changed.removeContactPoint(first.contactPoints().get(0), at);
    changed.recordBirthday(new Birthday.Lunar(null, 1, 1, false), at);
    changed.preferLanguage(Locale.forLanguageTag("zh-Hant-TW"), at);
    changed.putAttribute(AttributeKey.of("crm.score", Integer.class), 88, at);

    Contact second = store.save(changed);
    Contact again = Contact.restore(second.snapshot());
    again.changeJob("总裁", null, clock.advance(Duration.ofHours(1)));
    Contact third = store.save(again);

    assertThat(second.version()).isEqualTo(2);
    assertThat(third.version()).isEqualTo(3);
    assertThat(store.contact(tenant, first.id()).map(Contact::snapshot))
        .contains(again.snapshot().withVersion(3));
  }

  @Test
  void save_everyOptionalFieldCleared_readsBackAbsent() {
    Contact full = store.save(fixtures.fullContact(tenant, newId(), customer, clock.instant()));
    Contact cleared = Contact.restore(full.snapshot());
    Instant at = clock.advance(Duration.ofDays(1));
    cleared.changeJob(null, null, at);
    cleared.assignRoles(Set.of(), at);
    List.copyOf(cleared.contactPoints()).forEach(p -> cleared.removeContactPoint(p, at));
    cleared.recordBirthday(null, at);
    cleared.preferLanguage(null, at);
    cleared.attributes().keys().forEach(key -> cleared.removeAttribute(key.name(), at));

    store.save(cleared);

    ContactSnapshot found = store.contact(tenant, full.id()).orElseThrow().snapshot();
    assertThat(found).isEqualTo(cleared.snapshot().withVersion(2));
    assertThat(found.contactPoints()).isEmpty();
    assertThat(found.roles()).isEmpty();
    assertThat(found.birthday()).isNull();
    assertThat(found.preferredLanguage()).isNull();
  }

  @Test
  void save_staleVersion_throwsConcurrentUpdateAndKeepsStoredState() {
    Contact stored = store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));
    Contact mine = Contact.restore(stored.snapshot());
    Contact theirs = Contact.restore(stored.snapshot());
    theirs.changeJob("theirs", null, clock.advance(Duration.ofSeconds(1)));
    ContactSnapshot winner = store.save(theirs).snapshot();
    mine.changeJob("mine", null, clock.advance(Duration.ofSeconds(1)));

    assertThatThrownBy(() -> store.save(mine)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.contact(tenant, stored.id()).map(Contact::snapshot)).contains(winner);
  }

  @Test
  void save_existingIdAtVersionZero_throwsConcurrentUpdateAndKeepsStoredState() {
    ContactId id = newId();
    ContactSnapshot first =
        store.save(fixtures.contact(tenant, id, customer, clock.instant())).snapshot();
    Contact duplicate = fixtures.contact(tenant, id, customer, clock.instant());

    assertThatThrownBy(() -> store.save(duplicate)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.contact(tenant, id).map(Contact::snapshot)).contains(first);
  }

  @Test
  void save_neverStoredContactAtVersionFive_throwsConcurrentUpdateAndStoresNothing() {
    Contact ghost =
        Contact.restore(
            fixtures.contact(tenant, newId(), customer, clock.instant()).snapshot().withVersion(5));

    assertThatThrownBy(() -> store.save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.contact(tenant, ghost.id())).isEmpty();
  }

  @Test
  void delete_storedContact_returnsTrueAndErasesOnlyIt() {
    Contact stored = store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));
    Contact other = store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));

    boolean removed =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().delete(tenant, stored.id()));

    assertThat(removed).isTrue();
    assertThat(store.contact(tenant, stored.id())).isEmpty();
    assertThat(store.contact(tenant, other.id()).map(Contact::snapshot)).contains(other.snapshot());
  }

  @Test
  void delete_twice_secondReturnsFalseWithoutThrowing() {
    Contact stored = store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));
    store.inTransaction(unitOfWork -> unitOfWork.contacts().delete(tenant, stored.id()));

    boolean again =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().delete(tenant, stored.id()));

    assertThat(again).isFalse();
  }

  @Test
  void delete_unknownId_returnsFalse() {
    boolean removed =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().delete(tenant, newId()));

    assertThat(removed).isFalse();
  }

  @Test
  void deleteByCustomer_removesThatCustomersContactsOnlyAndCountsThem() {
    CustomerId other = newCustomer();
    List<Contact> mine = new ArrayList<>();
    List<Contact> theirs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      mine.add(store.save(fixtures.contact(tenant, newId(), customer, clock.instant())));
      theirs.add(store.save(fixtures.contact(tenant, newId(), other, clock.instant())));
    }

    long removed =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().deleteByCustomer(tenant, customer));

    assertThat(removed).isEqualTo(3);
    mine.forEach(c -> assertThat(store.contact(tenant, c.id())).isEmpty());
    theirs.forEach(
        c ->
            assertThat(store.contact(tenant, c.id()).map(Contact::snapshot))
                .contains(c.snapshot()));
    assertThat(store.customer(tenant, customer)).isPresent();
  }

  @Test
  void deleteByCustomer_twice_secondReturnsZero() {
    store.save(fixtures.contact(tenant, newId(), customer, clock.instant()));
    store.inTransaction(unitOfWork -> unitOfWork.contacts().deleteByCustomer(tenant, customer));

    long again =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().deleteByCustomer(tenant, customer));

    assertThat(again).isZero();
  }

  @Test
  void deleteByCustomer_moreContactsThanTheLargestPage_removesThemAll() {
    int many = 1_250;
    store.write(
        unitOfWork -> {
          for (int i = 0; i < many; i++) {
            unitOfWork
                .contacts()
                .save(
                    Contact.create(
                        newId(),
                        NewContact.of(tenant, customer, PersonName.chinese("李", "娜" + i)),
                        clock.instant()));
          }
        });

    long removed =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().deleteByCustomer(tenant, customer));

    long left =
        store.inTransaction(unitOfWork -> unitOfWork.contacts().count(ContactQuery.in(tenant)));
    assertThat(removed).isEqualTo(many);
    assertThat(left).isZero();
  }

  @Test
  void find_contactsSavedInRandomOrder_listsThemInAscendingIdOrder() {
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      contacts.add(
          fixtures.contact(tenant, ContactId.of(UUID.randomUUID()), customer, clock.instant()));
    }
    Collections.shuffle(contacts, new Random(11));
    store.write(unitOfWork -> contacts.forEach(c -> unitOfWork.contacts().save(c)));

    List<ContactId> listed =
        store.walk(4, u -> r -> u.contacts().find(ContactQuery.in(tenant), r)).stream()
            .map(Contact::id)
            .toList();

    assertThat(listed)
        .containsExactlyElementsOf(contacts.stream().map(Contact::id).sorted().toList());
  }

  private CustomerId newCustomer() {
    Customer saved =
        store.save(fixtures.customer(tenant, CustomerId.of(ids.next()), clock.instant()));
    return saved.id();
  }

  private ContactId newId() {
    return ContactId.of(ids.next());
  }
}
