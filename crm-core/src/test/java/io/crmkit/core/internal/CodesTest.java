package io.crmkit.core.internal;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.activity.ProductCategory;
import io.crmkit.core.customer.Industry;
import io.crmkit.core.customer.Region;
import io.crmkit.core.customer.SizeBand;
import io.crmkit.core.customer.Source;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests the one rule for host-defined codes, through {@link Codes} and every code type. */
class CodesTest {

  /** A code type: the field its errors name and its factory. */
  record CodeType(String field, Class<?> type, Function<String, Object> of) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<CodeType> codeTypes() {
    return Stream.of(
        new CodeType("industry", Industry.class, Industry::of),
        new CodeType("sizeBand", SizeBand.class, SizeBand::of),
        new CodeType("region", Region.class, Region::of),
        new CodeType("source", Source.class, Source::of),
        new CodeType("tag", Tag.class, Tag::of),
        new CodeType("category", ProductCategory.class, ProductCategory::of),
        new CodeType("tenant", TenantId.class, TenantId::of),
        new CodeType("user", UserRef.class, UserRef::of));
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void of_surroundingSpaceAndDecomposedForm_isStrippedAndComposed(CodeType type) {
    assertThat(type.of().apply(" \u3000cafe\u0301\t").toString()).isEqualTo("caf\u00E9");
    assertThat(type.of().apply(" 金卡 ")).isEqualTo(type.of().apply("金卡"));
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void of_caseIsKept(CodeType type) {
    assertThat(type.of().apply("VIP").toString()).isEqualTo("VIP");
    assertThat(type.of().apply("VIP")).isNotEqualTo(type.of().apply("vip"));
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void of_64CodePointsIsTheLimit(CodeType type) {
    String emoji64 = "\uD83D\uDE00".repeat(Codes.MAX_LENGTH);
    assertThat(type.of().apply(emoji64).toString()).isEqualTo(emoji64);
    assertRejected(type, emoji64 + "x", "must be at most 64 characters");
    assertRejected(type, "a".repeat(65), "must be at most 64 characters");
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void of_blank_throwsValidationNamingTheField(CodeType type) {
    for (String blank : List.of("", " ", "\t\n", "\u3000")) {
      assertRejected(type, blank, "must not be blank");
    }
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void of_controlCharactersAndLineBreaks_throwValidation(CodeType type) {
    for (String code :
        List.of("a\u0000b", "a\nb", "a\rb", "a\u007Fb", "a\u0085b", "a\u2028b", "a\u2029b")) {
      assertRejected(type, code, "must not contain control characters");
    }
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void equals_comparesTheNormalisedCode(CodeType type) {
    new EqualsTester()
        .addEqualityGroup(
            type.of().apply("east"), type.of().apply(" east "), type.of().apply("east\u3000"))
        .addEqualityGroup(type.of().apply("East"))
        .addEqualityGroup(type.of().apply("华东"))
        .testEquals();
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  @SuppressWarnings({"unchecked", "rawtypes"})
  void compareTo_ordersByCode(CodeType type) {
    if (!Comparable.class.isAssignableFrom(type.type())) {
      return;
    }
    List<Comparable> codes = new ArrayList<>();
    for (String code : List.of("b", "B", "a", "华东", "a1")) {
      codes.add((Comparable) type.of().apply(code));
    }
    codes.sort(null);
    assertThat(codes).extracting(Object::toString).containsExactly("B", "a", "a1", "b", "华东");
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void publicMethods_rejectNulls(CodeType type) {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(type.type());
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(type.type());
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(type.of().apply("x"));
  }

  @Test
  void normalize_publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Codes.class);
  }

  @ParameterizedTest
  @MethodSource("codeTypes")
  void of_anyText_givesCleanCodeOrValidation(CodeType type) {
    qt().withExamples(300)
        .forAll(HostileInput.texts())
        .checkAssert(
            raw ->
                validOrRejected(type.field(), () -> type.of().apply(raw))
                    .ifPresent(
                        value -> {
                          String code = value.toString();
                          assertThat(code).isNotBlank().isEqualTo(code.strip());
                          assertThat(code.codePointCount(0, code.length()))
                              .isBetween(1, Codes.MAX_LENGTH);
                          assertThat(Normalizer.isNormalized(code, Normalizer.Form.NFC)).isTrue();
                          assertThat(code.codePoints())
                              .noneMatch(Character::isISOControl)
                              .noneMatch(cp -> cp == '\u2028' || cp == '\u2029');
                          assertThat(type.of().apply(code)).isEqualTo(value);
                        }));
  }

  private static void assertRejected(CodeType type, String code, String rule) {
    assertThatThrownBy(() -> type.of().apply(code))
        .as("%s of %s", type, code)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly(type.field());
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(code);
              assertThat(e.errors().get(0).rule()).isEqualTo(rule);
            });
  }
}
