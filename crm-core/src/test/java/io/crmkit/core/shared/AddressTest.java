package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AddressTest {

  @Test
  void of_chineseAddress_keepsEveryPart() {
    Address address = Address.of("cn", "上海市", "上海", "浦东新区", "世纪大道 100 号 3 楼");

    assertThat(address.country()).isEqualTo("CN");
    assertThat(address.province()).isEqualTo("上海市");
    assertThat(address.city()).isEqualTo("上海");
    assertThat(address.district()).isEqualTo("浦东新区");
    assertThat(address.street()).isEqualTo("世纪大道 100 号 3 楼");
    assertThat(address.postalCode()).isNull();
  }

  @Test
  void new_partsWithSurroundingSpaceAndDecomposedAccents_areNormalised() {
    Address address =
        new Address(
            " fr ", " Île-de-France ", " Paris ", null, " 1 rue de l'E\u0301glise ", " 75001 ");

    assertThat(address.country()).isEqualTo("FR");
    assertThat(address.province()).isEqualTo("Île-de-France");
    assertThat(address.city()).isEqualTo("Paris");
    assertThat(address.street()).isEqualTo("1 rue de l'\u00C9glise");
    assertThat(address.postalCode()).isEqualTo("75001");
  }

  @Test
  void new_blankOptionalParts_becomeAbsent() {
    Address address = new Address("CN", " ", "上海", "\t", "世纪大道 100 号", "");

    assertThat(address.province()).isNull();
    assertThat(address.district()).isNull();
    assertThat(address.postalCode()).isNull();
  }

  @Test
  void new_unknownCountryBlankCityAndStreet_listsEveryProblem() {
    assertThatThrownBy(() -> new Address("UK", null, " ", null, "", null))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("country", "city", "street");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("UK");
              assertThat(e.errors().get(1).rule()).isEqualTo("must not be blank");
            });
  }

  @Test
  void new_overLongAndControlCharacters_areRejectedWithAbbreviatedValue() {
    String longStreet = "路".repeat(201);
    assertThatThrownBy(
            () -> new Address("CN", null, "上海", null, longStreet, "2000001234567890123456"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("street", "postalCode");
              assertThat(e.errors().get(0).rule()).isEqualTo("must be at most 200 characters");
              assertThat(e.errors().get(0).rejectedValue()).hasSize(80).endsWith("...");
              assertThat(e.errors().get(1).rule()).isEqualTo("must be at most 20 characters");
            });
    assertThat(Address.of("CN", null, "上海", null, "路".repeat(200)).street()).hasSize(200);
    assertThatThrownBy(() -> Address.of("CN", null, "上\u0000海", null, "x\uD800"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::rule)
                    .containsOnly("must not contain control characters"));
  }

  @Test
  void withPostalCode_setsOnlyThePostalCode() {
    Address address = Address.of("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号");

    Address withCode = address.withPostalCode(" 200120 ");

    assertThat(withCode.postalCode()).isEqualTo("200120");
    assertThat(withCode.withPostalCode("200120")).isEqualTo(withCode);
    assertThat(new Address("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号", null)).isEqualTo(address);
  }

  @Test
  void equals_comparesNormalisedParts() {
    new EqualsTester()
        .addEqualityGroup(
            Address.of("cn", "上海市", "上海", null, "世纪大道 100 号"),
            new Address("CN ", "上海市", " 上海", "", "世纪大道 100 号", " "))
        .addEqualityGroup(Address.of("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号"))
        .addEqualityGroup(Address.of("TW", "上海市", "上海", null, "世纪大道 100 号"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Address.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Address.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(Address.of("CN", null, "上海", null, "世纪大道 100 号"));
  }

  @Test
  void new_anyTexts_giveNormalisedAddressOrValidation() {
    Gen<String> country =
        Generate.oneOf(Generate.pick(java.util.List.of("CN", "us", " de ")), HostileInput.texts());
    qt().withExamples(500)
        .forAll(country, HostileInput.texts(), HostileInput.texts(), HostileInput.texts())
        .checkAssert(
            (c, province, city, street) ->
                validOrRejected(
                        "country|province|city|district|street|postalCode",
                        () -> new Address(c, province, city, province, street, city))
                    .ifPresent(
                        address -> {
                          assertThat(Locale.getISOCountries()).contains(address.country());
                          Stream.of(
                                  address.province(),
                                  address.city(),
                                  address.district(),
                                  address.street(),
                                  address.postalCode())
                              .filter(java.util.Objects::nonNull)
                              .forEach(AddressTest::assertCleanText);
                          assertThat(
                                  Address.of(
                                          address.country(),
                                          address.province(),
                                          address.city(),
                                          address.district(),
                                          address.street())
                                      .withPostalCode(address.postalCode()))
                              .isEqualTo(address);
                        }));
  }

  static void assertCleanText(String text) {
    assertThat(text).isNotBlank().isEqualTo(text.strip());
    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    assertThat(text.codePoints())
        .noneMatch(Character::isISOControl)
        .noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
  }
}
