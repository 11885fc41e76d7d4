package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void of_tokenIsKeptUnchanged() {
    assertThat(Cursor.of(" k:42 ").token()).isEqualTo(" k:42 ");
    assertThat(Cursor.of("k:42")).hasToString("k:42");
    assertThat(Cursor.of("x".repeat(512)).token()).hasSize(512);
  }

  @Test
  void of_blankOrLongerThan512_throwsValidationNamingCursor() {
    for (String token : List.of("", "  ", "\t", "x".repeat(513))) {
      assertThatThrownBy(() -> Cursor.of(token))
          .isInstanceOfSatisfying(
              ValidationException.class, e -> assertThat(e.fields()).containsExactly("cursor"));
    }
  }

  @Test
  void equals_comparesTheExactToken() {
    new EqualsTester()
        .addEqualityGroup(Cursor.of("a"), new Cursor("a"))
        .addEqualityGroup(Cursor.of("A"))
        .addEqualityGroup(Cursor.of(" a"))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Cursor.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(Cursor.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(Cursor.of("a"));
  }

  @Test
  void of_anyText_givesTheSameTokenOrValidation() {
    qt().forAll(HostileInput.texts())
        .checkAssert(
            token ->
                validOrRejected("cursor", () -> Cursor.of(token))
                    .ifPresent(
                        cursor ->
                            assertThat(cursor.token())
                                .isEqualTo(token)
                                .isNotBlank()
                                .hasSizeLessThanOrEqualTo(512)));
  }
}
