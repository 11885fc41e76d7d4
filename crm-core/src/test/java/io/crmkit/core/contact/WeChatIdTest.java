package io.crmkit.core.contact;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeChatIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"abcdef", "li_na-2024", "Z12345678901234567_-", "wxid_abc"})
  void of_validId_isKept(String id) {
    assertThat(WeChatId.of(id).value()).isEqualTo(id);
    assertThat(WeChatId.of(id)).hasToString(id);
  }

  @Test
  void of_surroundingSpace_isStripped() {
    assertThat(WeChatId.of("  li_na-2024\t")).isEqualTo(new WeChatId("li_na-2024"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abcde",
        "a12345678901234567890",
        "1abcdef",
        "_abcdef",
        "li na2024",
        "李娜abcdef",
        "abcdef!",
        "ａbcdef"
      })
  void of_invalidId_throwsValidationNamingWechat(String id) {
    assertThatThrownBy(() -> WeChatId.of(id))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("wechat");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(id.strip());
            });
  }

  @Test
  void new_surroundingSpace_throwsValidation() {
    assertThatThrownBy(() -> new WeChatId(" li_na-2024")).isInstanceOf(ValidationException.class);
  }

  @Test
  void equals_isCaseSensitive() {
    new EqualsTester()
        .addEqualityGroup(WeChatId.of("li_na-2024"), WeChatId.of(" li_na-2024 "))
        .addEqualityGroup(WeChatId.of("Li_na-2024"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(WeChatId.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(WeChatId.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(WeChatId.of("abcdefg"));
  }

  @Test
  void of_anyText_givesWellFormedIdOrValidation() {
    qt().forAll(HostileInput.texts())
        .checkAssert(
            raw ->
                validOrRejected("wechat", () -> WeChatId.of(raw))
                    .ifPresent(
                        id ->
                            assertThat(id.value())
                                .matches("[A-Za-z][A-Za-z0-9_-]{5,19}")
                                .isEqualTo(raw.strip())));
  }
}
