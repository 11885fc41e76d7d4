package io.crmkit.core.customer;

import static io.crmkit.core.customer.CustomerTest.ID;
import static io.crmkit.core.customer.CustomerTest.OTHER;
import static io.crmkit.core.customer.CustomerTest.T0;
import static io.crmkit.core.customer.CustomerTest.TENANT;
import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class NewCustomerTest {
  private static final AttributeKey<Long> CREDIT_DAYS =
      AttributeKey.of("erp.creditDays", Long.class);

  @Test
  void register_everyPart_isNormalisedIntoTheCustomer() {
    Address shanghai = Address.of("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号");
    NewCustomer input =
        NewCustomer.organization(TENANT, " 华东机电集团有限公司 ")
            .latinName(" East China Electromechanical Group Co., Ltd. ")
            .industry(" manufacturing ")
            .sizeBand("1000+")
            .region("east-china")
            .source("trade-show")
            .address(shanghai)
            .parent(OTHER)
            .tags("strategic", "华东", " strategic ")
            .owner(" li.na ")
            .attribute(CREDIT_DAYS, 90L);

    CustomerSnapshot customer = Customer.register(ID, input, T0).snapshot();

    assertThat(customer.name())
        .isEqualTo(
            new CustomerName.Organization(
                "华东机电集团有限公司", "East China Electromechanical Group Co., Ltd."));
    assertThat(customer.industry()).isEqualTo(Industry.of("manufacturing"));
    assertThat(customer.sizeBand()).isEqualTo(SizeBand.of("1000+"));
    assertThat(customer.region()).isEqualTo(Region.of("east-china"));
    assertThat(customer.source()).isEqualTo(Source.of("trade-show"));
    assertThat(customer.addresses()).containsExactly(shanghai);
    assertThat(customer.parent()).isEqualTo(OTHER);
    assertThat(customer.tags()).containsExactly(Tag.of("strategic"), Tag.of("华东"));
    assertThat(customer.owner()).isEqualTo(UserRef.of("li.na"));
    assertThat(customer.attributes().get(CREDIT_DAYS)).contains(90L);
    assertThat(input.tenant()).isEqualTo(TENANT);
    assertThat(input.parent()).isEqualTo(OTHER);
  }

  @Test
  void organization_chineseOrLatinName_goesToItsSlot() {
    assertThat(name(NewCustomer.organization(TENANT, "华东机电集团")))
        .isEqualTo(new CustomerName.Organization("华东机电集团", null));
    assertThat(name(NewCustomer.organization(TENANT, "ACME Trading")))
        .isEqualTo(new CustomerName.Organization(null, "ACME Trading"));
    assertThat(name(NewCustomer.organization(TENANT, "ACME Trading").chineseName("艾克美贸易")))
        .isEqualTo(new CustomerName.Organization("艾克美贸易", "ACME Trading"));
    assertThat(name(NewCustomer.organization(TENANT, "艾克美贸易").latinName("ACME Trading")))
        .isEqualTo(new CustomerName.Organization("艾克美贸易", "ACME Trading"));
  }

  @Test
  void person_isAPersonCustomer() {
    CustomerName name = name(NewCustomer.person(TENANT, PersonName.of("张", "伟", "Wei", "Zhang")));

    assertThat(name.kind()).isEqualTo(CustomerKind.PERSON);
    assertThat(name.displayName()).isEqualTo("张伟");
  }

  @Test
  void register_blankNameBadIndustryAndBadTag_listsAllThree() {
    NewCustomer input =
        NewCustomer.organization(TENANT, "  ").industry("bad\u0000code").tags("ok", "", "fine");

    assertThatThrownBy(() -> Customer.register(ID, input, T0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("name", "  ", "must not be blank"),
                        new FieldError(
                            "industry", "bad\u0000code", "must not contain control characters"),
                        new FieldError("tags[1]", "", "must not be blank")));
  }

  @Test
  void register_everyOtherBadPart_isListedWithItsPath() {
    Address address = Address.of("CN", null, "上海", null, "x");
    NewCustomer input =
        NewCustomer.organization(TENANT, "华".repeat(301))
            .sizeBand(" ")
            .region("r".repeat(65))
            .source("\n")
            .owner("")
            .attribute(AttributeKey.of("erp.note", String.class), " ");
    for (int i = 0; i <= Customer.MAX_ADDRESSES; i++) {
      input.address(address);
    }
    for (int i = 0; i <= Customer.MAX_TAGS; i++) {
      input.tags("t" + i);
    }

    assertThatThrownBy(() -> Customer.register(ID, input, T0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly(
                        "name.chinese",
                        "sizeBand",
                        "region",
                        "source",
                        "addresses",
                        "tags",
                        "owner",
                        "attributes.erp.note"));
  }

  @Test
  void register_rawAttributeOfTheWrongType_isListed() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    NewCustomer input =
        NewCustomer.organization(TENANT, "华东")
            .attribute((AttributeKey) CREDIT_DAYS, Money.of("1", "CNY"));

    assertThatThrownBy(() -> Customer.register(ID, input, T0))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("attributes.erp.creditDays"));
  }

  @Test
  void validate_sameInputTwice_givesTheSameCustomer() {
    NewCustomer input = NewCustomer.organization(TENANT, "华东").tags("a");

    assertThat(Customer.register(ID, input, T0).snapshot())
        .isEqualTo(Customer.register(ID, input, T0).snapshot());
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(NewCustomer.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(NewCustomer.organization(TENANT, "华东"));
  }

  @Test
  void register_anyTexts_givesCustomerOrValidationListingOnlyInputFields() {
    Gen<List<String>> tags = SourceDSL.lists().of(HostileInput.texts()).ofSizeBetween(0, 3);
    qt().withExamples(500)
        .forAll(HostileInput.texts(), HostileInput.texts(), HostileInput.texts(), tags)
        .checkAssert(
            (name, latin, code, tagList) ->
                validOrRejected(
                        "name|name\\.(chinese|latin)|industry|sizeBand|region|source|tags\\[[0-2]\\]|owner",
                        () ->
                            Customer.register(
                                ID,
                                NewCustomer.organization(TENANT, name)
                                    .latinName(latin)
                                    .industry(code)
                                    .sizeBand(latin)
                                    .region(code)
                                    .source(name)
                                    .tags(tagList.toArray(new String[0]))
                                    .owner(code),
                                T0))
                    .ifPresent(
                        customer -> {
                          assertThat(customer.industry()).contains(Industry.of(code));
                          assertThat(customer.owner()).contains(UserRef.of(code));
                          assertThat(customer.tags()).hasSizeLessThanOrEqualTo(tagList.size());
                          assertThat(customer.pullEvents())
                              .containsExactly(
                                  new CustomerRegistered(
                                      TENANT, ID, customer.createdAt(), customer.name()));
                        }));
  }

  private static CustomerName name(NewCustomer input) {
    return Customer.register(ID, input, T0).name();
  }
}
