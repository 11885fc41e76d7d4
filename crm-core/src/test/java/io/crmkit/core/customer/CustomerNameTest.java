package io.crmkit.core.customer;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerNameTest {

  @Test
  void organization_withHan_isTheChineseForm() {
    assertThat(CustomerName.organization("华东机电集团"))
        .isEqualTo(new CustomerName.Organization("华东机电集团", null));
    assertThat(CustomerName.organization("ACME 中国"))
        .isEqualTo(new CustomerName.Organization("ACME 中国", null));
  }

  @Test
  void organization_withoutHan_isTheLatinForm() {
    assertThat(CustomerName.organization("ACME Trading Co., Ltd."))
        .isEqualTo(new CustomerName.Organization(null, "ACME Trading Co., Ltd."));
    assertThat(CustomerName.organization("株式会社").chinese()).isEqualTo("株式会社");
    assertThat(CustomerName.organization("サンプル").latin()).isEqualTo("サンプル");
  }

  @Test
  void organization_bothForms_displaysChineseAndSearchesBothLowerCased() {
    CustomerName name = new CustomerName.Organization("华东机电集团", "East China ELECTROMECHANICAL");

    assertThat(name.kind()).isEqualTo(CustomerKind.ORGANIZATION);
    assertThat(name.displayName()).isEqualTo("华东机电集团");
    assertThat(name.searchKeys()).containsExactly("华东机电集团", "east china electromechanical");
    assertThat(new CustomerName.Organization(null, "ACME").displayName()).isEqualTo("ACME");
  }

  @Test
  void organization_noForm_throwsValidationNamingName() {
    for (String blank : new String[] {null, "", " \u3000 "}) {
      assertThatThrownBy(() -> new CustomerName.Organization(blank, null))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.fields()).containsExactly("name");
                assertThat(e.errors().get(0).rule()).isEqualTo("needs a chinese or a latin form");
              });
    }
  }

  @Test
  void organization_problemsInBothForms_listsBoth() {
    assertThat(CustomerName.organization("华".repeat(CustomerName.MAX_LENGTH)).displayName())
        .hasSize(300);
    assertThatThrownBy(() -> new CustomerName.Organization("华".repeat(301), "ACME\u0007"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("name.chinese", "name.latin"));
  }

  @Test
  void person_followsThePersonName() {
    CustomerName name = new CustomerName.Person(PersonName.of("张", "伟", "Wei", "Zhang"));

    assertThat(name.kind()).isEqualTo(CustomerKind.PERSON);
    assertThat(name.displayName()).isEqualTo("张伟");
    assertThat(name.searchKeys()).containsExactly("张伟", "张", "wei zhang", "zhang");
  }

  @Test
  void containsHan_findsAnyHanCharacter() {
    assertThat(CustomerName.containsHan("ACME 中国")).isTrue();
    assertThat(CustomerName.containsHan("\uD840\uDC00")).isTrue();
    assertThat(CustomerName.containsHan("ACME")).isFalse();
    assertThat(CustomerName.containsHan(null)).isFalse();
  }

  @Test
  void equals_comparesNormalisedForms() {
    new EqualsTester()
        .addEqualityGroup(
            CustomerName.organization("华东"), new CustomerName.Organization(" 华东 ", " "))
        .addEqualityGroup(new CustomerName.Organization("华东", "East China"))
        .addEqualityGroup(new CustomerName.Person(PersonName.chinese("华", "东")))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(CustomerName.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(CustomerName.Person.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(CustomerName.organization("华东"));
  }

  @Test
  void organization_anyText_givesNameOrValidation() {
    qt().forAll(HostileInput.texts())
        .checkAssert(
            raw ->
                validOrRejected("name|name\\.(chinese|latin)", () -> CustomerName.organization(raw))
                    .ifPresent(
                        name -> {
                          assertThat(name.displayName())
                              .isEqualTo(Normalizer.normalize(raw, Normalizer.Form.NFC).strip());
                          assertThat(name.searchKeys())
                              .containsExactly(name.displayName().toLowerCase(Locale.ROOT));
                          assertThat(CustomerName.organization(name.displayName())).isEqualTo(name);
                        }));
  }
}
