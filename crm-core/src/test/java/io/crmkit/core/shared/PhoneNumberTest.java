package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class PhoneNumberTest {

  @Test
  void parse_nationalMobileWithRegion_givesE164() {
    PhoneNumber number = PhoneNumber.parse("138 1234 5678", "CN");

    assertThat(number.e164()).isEqualTo("+8613812345678");
    assertThat(number.region()).isEqualTo("CN");
    assertThat(number.formatInternational()).isEqualTo("+86 138 1234 5678");
    assertThat(number).hasToString("+8613812345678");
  }

  @ParameterizedTest
  @CsvSource({
    "'138-1234-5678', cn, +8613812345678",
    "'(021) 6234 5678', CN, +862162345678",
    "'+86 138 1234 5678', US, +8613812345678",
    "'0086 138 1234 5678', ' CN ', +8613812345678",
    "'(650) 253-0000', US, +16502530000",
    "'030 123456', DE, +4930123456"
  })
  void parse_commonForms_giveTheSameE164(String raw, String region, String e164) {
    assertThat(PhoneNumber.parse(raw, region).e164()).isEqualTo(e164);
  }

  @Test
  void of_internationalForm_needsNoRegion() {
    assertThat(PhoneNumber.of("+86 138 1234 5678"))
        .isEqualTo(PhoneNumber.parse("13812345678", "CN"));
  }

  @Test
  void of_nationalFormWithoutRegion_throwsValidationNamingPhone() {
    assertThatThrownBy(() -> PhoneNumber.of("138 1234 5678"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("phone"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "abc", "123", "138 1234 567", "1381234567890123", "+86"})
  void parse_invalidNumber_throwsValidationNamingPhone(String raw) {
    assertThatThrownBy(() -> PhoneNumber.parse(raw, "CN"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("phone");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(raw);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "XX", "CHN", "中国", "\u0000"})
  void parse_unknownRegion_throwsValidationNamingRegion(String region) {
    assertThatThrownBy(() -> PhoneNumber.parse("138 1234 5678", region))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("phone.region"));
  }

  @Test
  void new_notE164_throwsValidation() {
    for (String raw : List.of("8613812345678", "+86 138 1234 5678", "+86138123456", "")) {
      assertThatThrownBy(() -> new PhoneNumber(raw))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.fields()).containsExactly("phone"));
    }
  }

  @Test
  void equals_comparesE164() {
    new EqualsTester()
        .addEqualityGroup(
            PhoneNumber.parse("138 1234 5678", "CN"),
            PhoneNumber.of("+86 13812345678"),
            new PhoneNumber("+8613812345678"))
        .addEqualityGroup(PhoneNumber.parse("139 1234 5678", "CN"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(PhoneNumber.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(PhoneNumber.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(PhoneNumber.of("+8613812345678"));
  }

  @Test
  void parse_anyText_givesValidE164OrValidation() {
    qt().forAll(
            HostileInput.texts().mix(Generate.pick(List.of("13812345678", "+1 650 253 0000"))),
            HostileInput.texts().mix(Generate.pick(List.of("CN", "us", "ZZ", "DE"))))
        .checkAssert(
            (raw, region) ->
                validOrRejected("phone|phone\\.region", () -> PhoneNumber.parse(raw, region))
                    .ifPresent(
                        number -> {
                          assertThat(number.e164()).matches("\\+[1-9][0-9]{6,14}");
                          assertThat(PhoneNumber.of(number.e164())).isEqualTo(number);
                          assertThat(PhoneNumber.of(number.formatInternational()))
                              .isEqualTo(number);
                        }));
  }
}
