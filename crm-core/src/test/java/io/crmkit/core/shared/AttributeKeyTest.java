package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributeKeyTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "vendorNo", "erp.vendorNo", "erp.credit_limit.v2", "x-1.y-2"})
  void of_dottedName_isAccepted(String name) {
    assertThat(AttributeKey.of(name, String.class).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "1abc",
        "erp.",
        ".erp",
        "erp..no",
        "erp.1no",
        "erp no",
        "供应商",
        "erp.vendorNo "
      })
  void of_malformedName_throwsValidationNamingAttributeName(String name) {
    assertThatThrownBy(() -> AttributeKey.of(name, String.class))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("attribute.name");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(name);
            });
  }

  @Test
  void of_nameOf64Characters_isTheLimit() {
    String name = "a" + "b".repeat(63);
    assertThat(AttributeKey.of(name, Long.class).name()).hasSize(64);
    assertThatThrownBy(() -> AttributeKey.of(name + "c", Long.class))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void of_everySupportedType_isAccepted() {
    for (Class<?> type : AttributeKey.SUPPORTED_TYPES) {
      assertThat(AttributeKey.of("erp.field", type).type()).isEqualTo(type);
    }
    assertThat(AttributeKey.SUPPORTED_TYPES).hasSize(8);
  }

  @Test
  void of_unsupportedType_throwsValidationNamingTheAttribute() {
    for (Class<?> type :
        new Class<?>[] {Double.class, Object.class, LocalDateTime.class, int.class}) {
      assertThatThrownBy(() -> AttributeKey.of("erp.rate", type))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.fields()).containsExactly("attribute.erp.rate");
                assertThat(e.errors().get(0).rejectedValue()).isEqualTo(type.getName());
                assertThat(e.errors().get(0).rule())
                    .isEqualTo(
                        "must have a supported type [BigDecimal, Boolean, Instant, Integer, LocalDate, Long, Money, String]");
              });
    }
  }

  @Test
  void equals_comparesNameAndType() {
    new EqualsTester()
        .addEqualityGroup(
            AttributeKey.of("erp.no", String.class), new AttributeKey<>("erp.no", String.class))
        .addEqualityGroup(AttributeKey.of("erp.no", Long.class))
        .addEqualityGroup(AttributeKey.of("erp.No", String.class))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(AttributeKey.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(AttributeKey.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(AttributeKey.of("a", String.class));
  }
}
