package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomAttributesTest {
  private static final AttributeKey<String> VENDOR_NO =
      AttributeKey.of("erp.vendorNo", String.class);
  private static final AttributeKey<Long> VENDOR_NO_AS_LONG =
      AttributeKey.of("erp.vendorNo", Long.class);
  private static final AttributeKey<Integer> EMPLOYEES =
      AttributeKey.of("hr.employees", Integer.class);

  @Test
  void with_everySupportedType_readsBackTheValue() {
    Map<AttributeKey<?>, Object> values = new LinkedHashMap<>();
    values.put(AttributeKey.of("t.string", String.class), "V-001");
    values.put(AttributeKey.of("t.long", Long.class), 9_000_000_000L);
    values.put(AttributeKey.of("t.integer", Integer.class), 42);
    values.put(AttributeKey.of("t.boolean", Boolean.class), true);
    values.put(AttributeKey.of("t.decimal", BigDecimal.class), new BigDecimal("0.125"));
    values.put(AttributeKey.of("t.date", LocalDate.class), LocalDate.of(2024, 2, 29));
    values.put(AttributeKey.of("t.instant", Instant.class), Instant.parse("2024-02-29T12:00:00Z"));
    values.put(AttributeKey.of("t.money", Money.class), Money.of("100", "CNY"));

    CustomAttributes attributes = CustomAttributes.empty();
    for (Map.Entry<AttributeKey<?>, Object> entry : values.entrySet()) {
      attributes = put(attributes, entry.getKey(), entry.getValue());
    }

    for (Map.Entry<AttributeKey<?>, Object> entry : values.entrySet()) {
      assertThat(attributes.get(entry.getKey()).orElseThrow()).isEqualTo(entry.getValue());
    }
    assertThat(values.keySet().stream().<Class<?>>map(AttributeKey::type))
        .containsExactlyInAnyOrderElementsOf(AttributeKey.SUPPORTED_TYPES);
    assertThat(CustomAttributes.of(values)).isEqualTo(attributes);
  }

  @Test
  void keysAndAsMap_areOrderedByName() {
    CustomAttributes attributes =
        CustomAttributes.empty().with(EMPLOYEES, 250).with(VENDOR_NO, "V-001");

    assertThat(attributes.keys()).containsExactly(VENDOR_NO, EMPLOYEES);
    assertThat(attributes.asMap())
        .containsExactly(Map.entry("erp.vendorNo", "V-001"), Map.entry("hr.employees", 250));
    assertThatThrownBy(() -> attributes.asMap().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void with_returnsACopyAndLeavesTheOriginal() {
    CustomAttributes empty = CustomAttributes.empty();

    CustomAttributes one = empty.with(VENDOR_NO, "V-001");
    CustomAttributes replaced = one.with(VENDOR_NO, "V-002");

    assertThat(empty.isEmpty()).isTrue();
    assertThat(one.get(VENDOR_NO)).contains("V-001");
    assertThat(replaced.get(VENDOR_NO)).contains("V-002");
  }

  @Test
  void get_sameNameOtherType_isEmpty() {
    CustomAttributes attributes = CustomAttributes.empty().with(VENDOR_NO, "V-001");

    assertThat(attributes.get(VENDOR_NO_AS_LONG)).isEmpty();
    assertThat(attributes.get(EMPLOYEES)).isEmpty();
  }

  @Test
  void with_nameAlreadyUsedWithAnotherType_throwsValidation() {
    CustomAttributes attributes = CustomAttributes.empty().with(VENDOR_NO, "V-001");

    assertThatThrownBy(() -> attributes.with(VENDOR_NO_AS_LONG, 1L))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("attributes.erp.vendorNo");
              assertThat(e.errors().get(0).rule()).isEqualTo("must keep its type String");
            });
  }

  @Test
  void with_blankOrOverLongText_throwsValidation() {
    assertThat(CustomAttributes.empty().with(VENDOR_NO, "x".repeat(4000)).get(VENDOR_NO))
        .isPresent();
    for (String text : List.of("", " \t", "x".repeat(4001))) {
      assertThatThrownBy(() -> CustomAttributes.empty().with(VENDOR_NO, text))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.errors().get(0).rule())
                      .isEqualTo("must be non-blank text of at most 4000 characters"));
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void with_valueOfTheWrongTypeThroughRawKey_throwsValidation() {
    AttributeKey raw = EMPLOYEES;
    assertThatThrownBy(() -> CustomAttributes.empty().with(raw, "many"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("attributes.hr.employees");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("many");
              assertThat(e.errors().get(0).rule()).isEqualTo("must be a Integer");
            });
  }

  @Test
  void of_map_listsEveryWrongValue() {
    Map<AttributeKey<?>, Object> values = new LinkedHashMap<>();
    values.put(EMPLOYEES, 250L);
    values.put(VENDOR_NO, "V-001");
    values.put(AttributeKey.of("erp.limit", Money.class), new BigDecimal("10"));
    values.put(AttributeKey.of("erp.code", String.class), " ");

    assertThatThrownBy(() -> CustomAttributes.of(values))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields())
                  .containsExactly(
                      "attributes.hr.employees", "attributes.erp.limit", "attributes.erp.code");
              assertThat(e.errors())
                  .extracting(FieldError::rule)
                  .containsExactly(
                      "must be a Integer",
                      "must be a Money",
                      "must be non-blank text of at most 4000 characters");
            });
  }

  @Test
  void without_removesOnlyTheNamedAttribute() {
    CustomAttributes attributes =
        CustomAttributes.empty().with(VENDOR_NO, "V-001").with(EMPLOYEES, 250);

    assertThat(attributes.without("erp.vendorNo").keys()).containsExactly(EMPLOYEES);
    assertThat(attributes.without("erp.unknown")).isSameAs(attributes);
  }

  @Test
  void equals_comparesNamesTypesAndValues() {
    new EqualsTester()
        .addEqualityGroup(
            CustomAttributes.empty(),
            CustomAttributes.of(Map.of()),
            CustomAttributes.empty().with(VENDOR_NO, "x").without("erp.vendorNo"))
        .addEqualityGroup(
            CustomAttributes.empty().with(VENDOR_NO, "V-001").with(EMPLOYEES, 1),
            CustomAttributes.empty().with(EMPLOYEES, 1).with(VENDOR_NO, "V-001"))
        .addEqualityGroup(CustomAttributes.empty().with(VENDOR_NO, "V-002").with(EMPLOYEES, 1))
        .addEqualityGroup(
            CustomAttributes.empty().with(AttributeKey.of("hr.employees", Long.class), 1L))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(CustomAttributes.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(CustomAttributes.empty().with(VENDOR_NO, "V-001"));
  }

  @SuppressWarnings("unchecked")
  private static <T> CustomAttributes put(
      CustomAttributes attributes, AttributeKey<T> key, Object value) {
    return attributes.with(key, (T) value);
  }
}
