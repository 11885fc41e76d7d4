package io.crmkit.core.contact;

import static io.crmkit.core.contact.ContactTest.CUSTOMER;
import static io.crmkit.core.contact.ContactTest.ID;
import static io.crmkit.core.contact.ContactTest.T0;
import static io.crmkit.core.contact.ContactTest.TENANT;
import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.ValidationException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class NewContactTest {

  @Test
  void create_everyPart_isNormalisedIntoTheContact() {
    Address office = Address.of("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号");
    ContactPoint.WeChat since2024 =
        new ContactPoint.WeChat(
            WeChatId.of("li_na-2024"),
            ContactPurpose.PERSONAL,
            new Validity(LocalDate.of(2024, 1, 1), null));
    NewContact input =
        NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
            .title(" 采购总监 ")
            .department("采购部")
            .roles(ContactRole.DECISION_MAKER, ContactRole.PRIMARY_CONTACT)
            .phone("138 1234 5678", "CN", ContactPurpose.WORK)
            .email(" Li.Na@Example.CN ", ContactPurpose.WORK)
            .wechat(" li_na-2024 ", ContactPurpose.PERSONAL)
            .address(office, ContactPurpose.SHIPPING)
            .contactPoint(since2024)
            .birthday(new Birthday.Lunar(1985, 8, 15, false))
            .language(" zh-CN ")
            .attribute(AttributeKey.of("hr.badge", String.class), "B-7");

    ContactSnapshot contact = Contact.create(ID, input, T0).snapshot();

    assertThat(contact.title()).isEqualTo("采购总监");
    assertThat(contact.department()).isEqualTo("采购部");
    assertThat(contact.roles())
        .containsExactly(ContactRole.DECISION_MAKER, ContactRole.PRIMARY_CONTACT);
    assertThat(contact.contactPoints())
        .containsExactly(
            ContactPoint.phone(PhoneNumber.of("+8613812345678"), ContactPurpose.WORK),
            ContactPoint.email(EmailAddress.of("Li.Na@example.cn"), ContactPurpose.WORK),
            ContactPoint.wechat(WeChatId.of("li_na-2024"), ContactPurpose.PERSONAL),
            ContactPoint.postal(office, ContactPurpose.SHIPPING),
            since2024);
    assertThat(contact.birthday()).isEqualTo(new Birthday.Lunar(1985, 8, 15, false));
    assertThat(contact.preferredLanguage()).isEqualTo(Locale.forLanguageTag("zh-CN"));
    assertThat(contact.attributes().asMap()).containsEntry("hr.badge", "B-7");
    assertThat(input.tenant()).isEqualTo(TENANT);
    assertThat(input.customer()).isEqualTo(CUSTOMER);
  }

  @Test
  void create_duplicateContactPoints_areKeptOnce() {
    NewContact input =
        NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
            .phone("138 1234 5678", "CN", ContactPurpose.WORK)
            .phone("+86 138-1234-5678", "US", ContactPurpose.WORK)
            .phone("13812345678", "CN", ContactPurpose.PERSONAL);

    assertThat(Contact.create(ID, input, T0).contactPoints()).hasSize(2);
  }

  @Test
  void create_everyBadPart_isListedWithItsPath() {
    NewContact input =
        NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
            .title("x".repeat(201))
            .department("采购\u0000部")
            .phone("138 1234 5678", "CN", ContactPurpose.WORK)
            .phone("123", "CN", ContactPurpose.WORK)
            .email("li.na@", ContactPurpose.WORK)
            .wechat("1abc", ContactPurpose.PERSONAL)
            .phone("138 1234 5678", "XX", ContactPurpose.WORK)
            .language("!!")
            .attribute(AttributeKey.of("hr.badge", String.class), " ");

    assertThatThrownBy(() -> Contact.create(ID, input, T0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "title",
                        "department",
                        "contactPoints[1].phone",
                        "contactPoints[2].email",
                        "contactPoints[3].wechat",
                        "contactPoints[4].phone.region",
                        "language",
                        "attributes.hr.badge"));
  }

  @Test
  void create_badPhone_keepsTheRawTextAsRejectedValue() {
    NewContact input =
        NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
            .phone("138 1234", "CN", ContactPurpose.WORK);

    assertThatThrownBy(() -> Contact.create(ID, input, T0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError(
                            "contactPoints[0].phone", "138 1234", "must be a valid phone number")));
  }

  @Test
  void create_moreThanMaxContactPoints_throwsValidation() {
    NewContact input = NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"));
    for (int i = 0; i <= Contact.MAX_CONTACT_POINTS; i++) {
      input.wechat("wxid_" + String.format("%03d", i), ContactPurpose.OTHER);
    }

    assertThatThrownBy(() -> Contact.create(ID, input, T0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("contactPoints"));
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(NewContact.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(
            NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜")));
  }

  @Test
  void create_anyTexts_givesContactOrValidationListingOnlyInputFields() {
    qt().withExamples(500)
        .forAll(
            HostileInput.texts().mix(Generate.constant("采购总监")),
            HostileInput.texts().mix(Generate.constant("138 1234 5678")),
            HostileInput.texts().mix(Generate.constant("li.na@example.cn")),
            HostileInput.texts().mix(Generate.constant("li_na-2024")))
        .checkAssert(
            (text, phone, email, wechat) ->
                validOrRejected(
                        "title|department|contactPoints\\[[0-2]\\]\\.(phone|email|wechat)|language",
                        () ->
                            Contact.create(
                                ID,
                                NewContact.of(TENANT, CUSTOMER, PersonName.chinese("李", "娜"))
                                    .title(text)
                                    .department(wechat)
                                    .phone(phone, "CN", ContactPurpose.WORK)
                                    .email(email, ContactPurpose.WORK)
                                    .wechat(wechat, ContactPurpose.PERSONAL)
                                    .language(text.isBlank() ? "en" : "zh-CN"),
                                T0))
                    .ifPresent(
                        contact -> {
                          assertThat(contact.contactPoints())
                              .containsExactly(
                                  ContactPoint.phone(
                                      PhoneNumber.parse(phone, "CN"), ContactPurpose.WORK),
                                  ContactPoint.email(EmailAddress.of(email), ContactPurpose.WORK),
                                  ContactPoint.wechat(
                                      WeChatId.of(wechat), ContactPurpose.PERSONAL));
                          String title = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
                          assertThat(contact.title().orElse("")).isEqualTo(title);
                          assertThat(contact.pullEvents())
                              .containsExactly(
                                  new ContactAdded(TENANT, ID, CUSTOMER, contact.createdAt()));
                        }));
  }
}
