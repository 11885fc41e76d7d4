package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactAdded;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactPoint;
import io.crmkit.core.contact.ContactPurpose;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactRemoved;
import io.crmkit.core.contact.ContactRole;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.ValidationException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContactServiceTest {
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  @Test
  void add_normalisesContactPointsAndKeepsLunarBirthday() {
    ContactId id =
        f.crm
            .contacts()
            .add(
                NewContact.of(f.tenant, customer, PersonName.chinese("李", "娜"))
                    .title("采购总监")
                    .roles(ContactRole.DECISION_MAKER, ContactRole.PRIMARY_CONTACT)
                    .phone("138 1234 5678", "CN", ContactPurpose.WORK)
                    .email(" Li.Na@Example.COM ", ContactPurpose.WORK)
                    .wechat("lina_2024", ContactPurpose.PERSONAL)
                    .birthday(new Birthday.Lunar(1985, 4, 30, true))
                    .language("zh-CN"));

    Contact contact = f.crm.contacts().get(f.tenant, id);
    assertThat(contact.contactPoints())
        .contains(
            ContactPoint.phone(PhoneNumber.of("+8613812345678"), ContactPurpose.WORK),
            ContactPoint.email(EmailAddress.of("Li.Na@example.com"), ContactPurpose.WORK));
    assertThat(contact.birthday()).contains(new Birthday.Lunar(1985, 4, 30, true));
    assertThat(contact.preferredLanguage()).contains(Locale.forLanguageTag("zh-CN"));
    assertThat(contact.hasRole(ContactRole.DECISION_MAKER)).isTrue();
    assertThat(f.events(ContactAdded.class)).hasSize(1);
    assertThat(
            f.crm
                .contacts()
                .find(
                    ContactQuery.in(f.tenant).email(EmailAddress.of("li.na@example.com")),
                    PageRequest.first(5))
                .items())
        .extracting(Contact::id)
        .containsExactly(id);
  }

  @Test
  void add_badPhoneEmailWechatAndLanguage_listsEveryProblemAndStoresNothing() {
    NewContact input =
        NewContact.of(f.tenant, customer, PersonName.latin("John", "Smith"))
            .phone("12", "CN", ContactPurpose.WORK)
            .email("not-an-email", ContactPurpose.WORK)
            .wechat("1bad", ContactPurpose.PERSONAL)
            .language("");

    assertThatThrownBy(() -> f.crm.contacts().add(input))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "contactPoints[0].phone",
                        "contactPoints[1].email",
                        "contactPoints[2].wechat",
                        "language"));
    assertThat(f.crm.contacts().count(ContactQuery.in(f.tenant))).isZero();
  }

  @Test
  void add_missingCustomer_throwsValidation() {
    CustomerId ghost = CustomerId.parse("00000000-0000-0000-0000-00000000beef");
    assertThatThrownBy(
            () ->
                f.crm.contacts().add(NewContact.of(f.tenant, ghost, PersonName.chinese("王", "芳"))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("customer"));
  }

  @Test
  void remove_isIdempotentAndPublishesOnce() {
    ContactId id =
        f.crm.contacts().add(NewContact.of(f.tenant, customer, PersonName.chinese("王", "芳")));
    assertThat(f.crm.contacts().remove(f.tenant, id)).isTrue();
    assertThat(f.crm.contacts().remove(f.tenant, id)).isFalse();
    assertThat(f.events(ContactRemoved.class)).hasSize(1);
  }

  @Test
  void update_changeJob_savesNewVersion() {
    ContactId id =
        f.crm.contacts().add(NewContact.of(f.tenant, customer, PersonName.chinese("王", "芳")));
    Contact saved =
        f.crm.contacts().update(f.tenant, id, (c, now) -> c.changeJob("财务经理", "财务部", now));
    assertThat(saved.version()).isEqualTo(2);
    assertThat(saved.title()).contains("财务经理");
  }
}
