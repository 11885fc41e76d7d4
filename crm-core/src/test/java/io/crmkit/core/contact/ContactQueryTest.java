package io.crmkit.core.contact;

import static io.crmkit.core.contact.ContactTest.CUSTOMER;
import static io.crmkit.core.contact.ContactTest.T0;
import static io.crmkit.core.contact.ContactTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactQueryTest {
  private static final CustomerId OTHER_CUSTOMER =
      CustomerId.of(UUID.fromString("00000000-0000-4000-8000-000000000009"));

  private static ContactSnapshot liNa() {
    return Contact.create(
            ContactId.of(UUID.randomUUID()),
            NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
                .roles(ContactRole.DECISION_MAKER)
                .phone("138 1234 5678", "CN", ContactPurpose.WORK)
                .email("Li.Na@example.cn", ContactPurpose.WORK),
            T0)
        .snapshot();
  }

  @Test
  void in_matchesEveryContactOfTheTenantOnly() {
    assertThat(ContactQuery.in(TENANT).matches(liNa())).isTrue();
    assertThat(ContactQuery.in(TenantId.of("other")).matches(liNa())).isFalse();
  }

  @Test
  void customer_matchesContactsOfThatCustomer() {
    assertThat(ContactQuery.in(TENANT).customer(CUSTOMER).matches(liNa())).isTrue();
    assertThat(ContactQuery.in(TENANT).customer(OTHER_CUSTOMER).matches(liNa())).isFalse();
  }

  @Test
  void email_comparesCanonically() {
    assertThat(ContactQuery.in(TENANT).email(EmailAddress.of("LI.NA@EXAMPLE.CN")).matches(liNa()))
        .isTrue();
    assertThat(ContactQuery.in(TENANT).email(EmailAddress.of("li.na@example.com")).matches(liNa()))
        .isFalse();
  }

  @Test
  void phone_comparesE164() {
    assertThat(
            ContactQuery.in(TENANT).phone(PhoneNumber.parse("138-1234-5678", "CN")).matches(liNa()))
        .isTrue();
    assertThat(ContactQuery.in(TENANT).phone(PhoneNumber.of("+8613912345678")).matches(liNa()))
        .isFalse();
  }

  @Test
  void role_matchesContactsPlayingIt() {
    assertThat(ContactQuery.in(TENANT).role(ContactRole.DECISION_MAKER).matches(liNa())).isTrue();
    assertThat(ContactQuery.in(TENANT).role(ContactRole.FINANCE).matches(liNa())).isFalse();
  }

  @Test
  void criteria_allMustHold() {
    ContactQuery query =
        ContactQuery.in(TENANT)
            .customer(CUSTOMER)
            .role(ContactRole.DECISION_MAKER)
            .email(EmailAddress.of("li.na@example.cn"))
            .phone(PhoneNumber.of("+8613812345678"));

    assertThat(query.matches(liNa())).isTrue();
    assertThat(query.role(ContactRole.USER).matches(liNa())).isFalse();
    assertThat(query.customer(OTHER_CUSTOMER).matches(liNa())).isFalse();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(ContactQuery.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(ContactQuery.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(ContactQuery.in(TENANT));
  }
}
