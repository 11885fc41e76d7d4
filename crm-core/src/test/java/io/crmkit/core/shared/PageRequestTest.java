package io.crmkit.core.shared;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 999, PageRequest.MAX_SIZE})
  void first_sizeWithinBounds_isAccepted(int size) {
    PageRequest request = PageRequest.first(size);

    assertThat(request.size()).isEqualTo(size);
    assertThat(request.cursor()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, PageRequest.MAX_SIZE + 1, Integer.MAX_VALUE})
  void first_sizeOutOfBounds_throwsValidationNamingSize(int size) {
    assertThatThrownBy(() -> PageRequest.first(size))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("size");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo(String.valueOf(size));
              assertThat(e.errors().get(0).rule()).isEqualTo("must be between 1 and 1000");
            });
    assertThatThrownBy(() -> PageRequest.after(Cursor.of("k"), size))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void after_keepsTheCursor() {
    PageRequest request = PageRequest.after(Cursor.of("k:42"), 50);

    assertThat(request.cursor()).contains(Cursor.of("k:42"));
    assertThat(request.size()).isEqualTo(50);
  }

  @Test
  void equals_comparesSizeAndCursor() {
    new EqualsTester()
        .addEqualityGroup(PageRequest.first(10), new PageRequest(10, null))
        .addEqualityGroup(
            PageRequest.after(Cursor.of("a"), 10), new PageRequest(10, Cursor.of("a")))
        .addEqualityGroup(PageRequest.first(11))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(PageRequest.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(PageRequest.class);
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(PageRequest.first(5));
  }

  @Test
  void first_anySize_givesRequestWithinBoundsOrValidation() {
    qt().forAll(HostileInput.ints())
        .checkAssert(
            size ->
                validOrRejected("size", () -> PageRequest.first(size))
                    .ifPresent(
                        request ->
                            assertThat(request.size())
                                .isEqualTo(size)
                                .isBetween(1, PageRequest.MAX_SIZE)));
  }
}
