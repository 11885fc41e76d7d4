package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void of_mixedCaseWithSpace_lowerCasesDomainOnly() {
    EmailAddress address = EmailAddress.of(" Li.Na@Example.COM ");

    assertThat(address.value()).isEqualTo("Li.Na@example.com");
    assertThat(address.domain()).isEqualTo("example.com");
    assertThat(address).hasToString("Li.Na@example.com");
  }

  @Test
  void of_internationalisedDomain_becomesPunycode() {
    assertThat(EmailAddress.of("Li.Na@例子.公司").value()).isEqualTo("Li.Na@xn--fsqu00a.xn--55qx5d");
    assertThat(EmailAddress.of("info@Bücher.DE").value()).isEqualTo("info@xn--bcher-kva.de");
  }

  @Test
  void of_unicodeLocalPart_isKeptAsWritten() {
    assertThat(EmailAddress.of("李娜@example.cn").value()).isEqualTo("李娜@example.cn");
  }

  @Test
  void canonical_lowerCasesTheWholeAddress() {
    assertThat(EmailAddress.of("Li.Na@Example.com").canonical()).isEqualTo("li.na@example.com");
    assertThat(EmailAddress.of("LI.NA@example.com").canonical())
        .isEqualTo(EmailAddress.of("li.na@EXAMPLE.com").canonical());
  }

  @Test
  void canonical_doesNotDependOnTheDefaultLocale() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr"));
    try {
      assertThat(EmailAddress.of("INFO@example.com").canonical()).isEqualTo("info@example.com");
    } finally {
      Locale.setDefault(previous);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "li.na",
        "@example.com",
        "li.na@",
        "li na@example.com",
        "li..na@example.com",
        ".li@example.com",
        "li.@example.com",
        "li.na@example",
        "li.na@example.c",
        "li.na@-example.com",
        "li.na@example-.com",
        "li.na@exa_mple.com",
        "li.na@example..com",
        "li.na@example.com.",
        "li.na@123.456",
        "li\u0000na@example.com",
        "li.na@😀.com"
      })
  void of_malformed_throwsValidationNamingEmail(String raw) {
    assertThatThrownBy(() -> EmailAddress.of(raw))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("email");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(raw);
            });
  }

  @Test
  void of_tooLong_throwsValidation() {
    String local = "a".repeat(64);
    String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".com";
    assertThat(EmailAddress.of(local + "@" + domain).value()).hasSize(64 + 1 + domain.length());
    assertThatThrownBy(() -> EmailAddress.of("a" + local + "@example.com"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> EmailAddress.of(local + "@" + domain + "m".repeat(60) + ".cn"))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void new_notNormalised_throwsValidation() {
    assertThat(new EmailAddress("Li.Na@example.com").value()).isEqualTo("Li.Na@example.com");
    for (String raw : List.of("Li.Na@Example.com", " li@example.com", "li@例子.公司")) {
      assertThatThrownBy(() -> new EmailAddress(raw))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors().get(0).rule())
                      .isEqualTo("must be a normalised e-mail address"));
    }
  }

  @Test
  void equals_comparesNormalisedValue() {
    new EqualsTester()
        .addEqualityGroup(
            EmailAddress.of("Li.Na@example.com"),
            EmailAddress.of(" Li.Na@EXAMPLE.com "),
            new EmailAddress("Li.Na@example.com"))
        .addEqualityGroup(EmailAddress.of("li.na@example.com"))
        .addEqualityGroup(EmailAddress.of("li.na@example.cn"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(EmailAddress.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(EmailAddress.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(EmailAddress.of("li@example.cn"));
  }

  @Test
  void of_anyText_givesNormalisedAddressOrValidation() {
    qt().forAll(HostileInput.texts().mix(addressLike()))
        .checkAssert(
            raw ->
                validOrRejected("email", () -> EmailAddress.of(raw))
                    .ifPresent(
                        address -> {
                          assertThat(EmailAddress.of(address.value())).isEqualTo(address);
                          assertThat(address.domain())
                              .isEqualTo(address.domain().toLowerCase(Locale.ROOT))
                              .matches("[a-z0-9.-]+");
                          assertThat(address.value()).hasSizeLessThanOrEqualTo(254);
                          assertThat(address.canonical())
                              .isEqualTo(address.value().toLowerCase(Locale.ROOT));
                        }));
  }

  private static org.quicktheories.core.Gen<String> addressLike() {
    return HostileInput.texts()
        .zip(
            org.quicktheories.generators.Generate.pick(
                List.of("example.com", "EXAMPLE.cn", "例子.公司", "xn--fsqu00a.com", "b.c", "")),
            (local, domain) -> local + "@" + domain);
  }
}
