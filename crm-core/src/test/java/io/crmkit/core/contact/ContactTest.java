package io.crmkit.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactTest {
  static final TenantId TENANT = TenantId.of("acme");
  static final CustomerId CUSTOMER =
      CustomerId.of(UUID.fromString("0f3c6a52-8d7e-4c1b-9a2f-5e6d7c8b9a01"));
  static final ContactId ID = ContactId.of(UUID.fromString("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
  static final Instant T0 = Instant.parse("2024-05-01T08:00:00.123456789Z");
  static final Instant T0_STORED = Instant.parse("2024-05-01T08:00:00.123456Z");
  static final Instant T1 = T0.plus(Duration.ofHours(1));
  static final Instant T1_STORED = T0_STORED.plus(Duration.ofHours(1));
  static final PhoneNumber MOBILE = PhoneNumber.of("+8613812345678");
  static final AttributeKey<String> BADGE = AttributeKey.of("hr.badge", String.class);

  static Contact created() {
    Contact contact =
        Contact.create(
            ID,
            NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
                .title("采购总监")
                .roles(ContactRole.DECISION_MAKER)
                .phone("138 1234 5678", "CN", ContactPurpose.WORK),
            T0);
    contact.pullEvents();
    return contact;
  }

  @Test
  void create_recordsAddedAtMicroseconds() {
    Contact contact =
        Contact.create(ID, NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜")), T0);

    assertThat(contact.pullEvents())
        .containsExactly(new ContactAdded(TENANT, ID, CUSTOMER, T0_STORED));
    assertThat(contact.id()).isEqualTo(ID);
    assertThat(contact.tenant()).isEqualTo(TENANT);
    assertThat(contact.customer()).isEqualTo(CUSTOMER);
    assertThat(contact.version()).isZero();
    assertThat(contact.createdAt()).isEqualTo(T0_STORED);
    assertThat(contact.updatedAt()).isEqualTo(T0_STORED);
    assertThat(contact.roles()).isEmpty();
    assertThat(contact.contactPoints()).isEmpty();
    assertThat(contact.title()).isEmpty();
    assertThat(contact.birthday()).isEmpty();
    assertThat(contact.preferredLanguage()).isEmpty();
    assertThat(contact).hasToString("Contact[" + ID + ", 李娜, v0]");
  }

  @Test
  void rename_recordsChangedWithTheCustomer() {
    Contact contact = created();

    contact.rename(PersonName.of("李", "娜", "Na", "Li"), T1);
    contact.rename(PersonName.of("李", "娜", "Na", "Li"), T1.plusSeconds(1));

    assertThat(contact.name().latin()).isNotNull();
    assertThat(contact.pullEvents())
        .containsExactly(new ContactChanged(TENANT, ID, CUSTOMER, T1_STORED, Set.of("name")));
  }

  @Test
  void changeJob_normalisesAndClears() {
    Contact contact = created();

    contact.changeJob(" 副总经理 ", null, T1);

    assertThat(contact.title()).contains("副总经理");
    assertThat(contact.department()).isEmpty();
    contact.changeJob("副总经理", " ", T1.plusSeconds(1));
    assertThat(contact.pullEvents())
        .containsExactly(new ContactChanged(TENANT, ID, CUSTOMER, T1_STORED, Set.of("title")));
  }

  @Test
  void changeJob_badTexts_listsBothAndChangesNothing() {
    Contact contact = created();

    assertThatThrownBy(() -> contact.changeJob("x".repeat(201), "采购\u0000部", T1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("title", "department"));
    assertThat(contact.title()).contains("采购总监");
    assertThat(contact.pullEvents()).isEmpty();
  }

  @Test
  void changesAtOneInstant_recordOneChangedEventListingEveryField() {
    Contact contact = created();

    contact.assignRoles(EnumSet.of(ContactRole.FINANCE, ContactRole.PRIMARY_CONTACT), T1);
    contact.recordBirthday(new Birthday.Lunar(1985, 8, 15, false), T1);
    contact.preferLanguage(Locale.forLanguageTag("zh-CN"), T1);
    contact.putAttribute(BADGE, "B-7", T1);
    contact.addContactPoint(
        ContactPoint.email(EmailAddress.of("li.na@example.cn"), ContactPurpose.WORK), T1);

    assertThat(contact.pullEvents())
        .containsExactly(
            new ContactChanged(
                TENANT,
                ID,
                CUSTOMER,
                T1_STORED,
                Set.of("roles", "birthday", "preferredLanguage", "attributes", "contactPoints")));
    assertThat(contact.hasRole(ContactRole.FINANCE)).isTrue();
    assertThat(contact.hasRole(ContactRole.DECISION_MAKER)).isFalse();
    assertThat(contact.updatedAt()).isEqualTo(T1_STORED);
  }

  @Test
  void changes_thatChangeNothing_recordNothing() {
    Contact contact = created();

    contact.rename(contact.name(), T1);
    contact.changeJob("采购总监", null, T1);
    contact.assignRoles(Set.of(ContactRole.DECISION_MAKER), T1);
    contact.addContactPoint(ContactPoint.phone(MOBILE, ContactPurpose.WORK), T1);
    contact.removeContactPoint(ContactPoint.phone(MOBILE, ContactPurpose.PERSONAL), T1);
    contact.recordBirthday(null, T1);
    contact.preferLanguage(null, T1);
    contact.removeAttribute("hr.unknown", T1);

    assertThat(contact.pullEvents()).isEmpty();
    assertThat(contact.updatedAt()).isEqualTo(T0_STORED);
  }

  @Test
  void contactPoints_addAndRemove_keepOrderAndCap() {
    Contact contact = created();
    ContactPoint email =
        ContactPoint.email(EmailAddress.of("li.na@example.cn"), ContactPurpose.WORK);

    contact.addContactPoint(email, T1);
    contact.removeContactPoint(ContactPoint.phone(MOBILE, ContactPurpose.WORK), T1);

    assertThat(contact.contactPoints()).containsExactly(email);
    for (int i = 1; i < Contact.MAX_CONTACT_POINTS; i++) {
      contact.addContactPoint(
          ContactPoint.wechat(
              WeChatId.of("wxid_" + String.format("%03d", i)), ContactPurpose.OTHER),
          T1);
    }
    assertThat(contact.contactPoints()).hasSize(Contact.MAX_CONTACT_POINTS);
    contact.addContactPoint(email, T1);
    assertThatThrownBy(
            () -> contact.addContactPoint(ContactPoint.phone(MOBILE, ContactPurpose.WORK), T1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("contactPoints");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("51");
            });
  }

  @Test
  void contactPointsOfType_filtersByTypeAndValidity() {
    Contact contact = created();
    ContactPoint.Phone old =
        new ContactPoint.Phone(
            PhoneNumber.of("+862162345678"),
            ContactPurpose.WORK,
            new Validity(null, LocalDate.of(2023, 12, 31)));
    ContactPoint.Postal office =
        ContactPoint.postal(Address.of("CN", null, "上海", null, "世纪大道 100 号"), ContactPurpose.WORK);
    contact.addContactPoint(old, T1);
    contact.addContactPoint(office, T1);

    assertThat(contact.contactPoints(ContactPoint.Phone.class, LocalDate.of(2023, 6, 1)))
        .extracting(ContactPoint.Phone::number)
        .containsExactly(MOBILE, PhoneNumber.of("+862162345678"));
    assertThat(contact.contactPoints(ContactPoint.Phone.class, LocalDate.of(2024, 1, 1)))
        .extracting(ContactPoint.Phone::number)
        .containsExactly(MOBILE);
    assertThat(contact.contactPoints(ContactPoint.Postal.class, LocalDate.of(2024, 1, 1)))
        .containsExactly(office);
    assertThat(contact.contactPoints(ContactPoint.Email.class, LocalDate.of(2024, 1, 1))).isEmpty();
  }

  @Test
  void preferLanguage_localeWithoutLanguage_throwsValidation() {
    Contact contact = created();

    assertThatThrownBy(() -> contact.preferLanguage(Locale.forLanguageTag("und-CN"), T1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("preferredLanguage"));
    assertThat(contact.preferredLanguage()).isEmpty();
  }

  @Test
  void assignRoles_copiesTheSet() {
    Contact contact = created();
    Set<ContactRole> roles = EnumSet.of(ContactRole.USER);

    contact.assignRoles(roles, T1);
    roles.add(ContactRole.FINANCE);
    contact.assignRoles(Set.of(), T1);

    assertThat(contact.roles()).isEmpty();
    assertThatThrownBy(() -> contact.roles().add(ContactRole.USER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void remove_recordsRemoved() {
    Contact contact = created();

    contact.remove(T1);

    assertThat(contact.pullEvents())
        .containsExactly(new ContactRemoved(TENANT, ID, CUSTOMER, T1_STORED));
  }

  @Test
  void snapshotAndRestore_roundTripWithoutEvents() {
    Contact contact = created();
    contact.recordBirthday(new Birthday.Solar(null, 2, 29), T1);
    contact.putAttribute(BADGE, "B-7", T1);
    ContactSnapshot saved = contact.snapshot().withVersion(7);

    Contact loaded = Contact.restore(saved);

    assertThat(loaded.snapshot()).isEqualTo(saved);
    assertThat(loaded.version()).isEqualTo(7);
    assertThat(loaded.pullEvents()).isEmpty();
  }

  @Test
  void snapshot_copiesCollectionsAndRejectsNegativeVersion() {
    List<ContactPoint> points =
        new ArrayList<>(List.of(ContactPoint.phone(MOBILE, ContactPurpose.WORK)));
    Set<ContactRole> roles = EnumSet.of(ContactRole.USER);
    ContactSnapshot snapshot =
        new ContactSnapshot(
            ID,
            TENANT,
            CUSTOMER,
            0,
            T0,
            T0,
            PersonName.chinese("李", "娜"),
            null,
            null,
            roles,
            points,
            null,
            null,
            CustomAttributes.empty());
    points.clear();
    roles.clear();

    assertThat(snapshot.contactPoints()).hasSize(1);
    assertThat(snapshot.roles()).containsExactly(ContactRole.USER);
    assertThatThrownBy(() -> snapshot.withVersion(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Contact.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(created());
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(ContactSnapshot.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(created().snapshot());
    for (Class<?> type :
        List.of(
            ContactAdded.class,
            ContactChanged.class,
            ContactRemoved.class,
            ContactPoint.Phone.class,
            ContactPoint.Email.class,
            ContactPoint.WeChat.class,
            ContactPoint.Postal.class)) {
      NullPointerTesters.withDomainDefaults().testAllPublicConstructors(type);
    }
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(ContactPoint.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(ContactPoint.phone(MOBILE, ContactPurpose.WORK));
  }
}
