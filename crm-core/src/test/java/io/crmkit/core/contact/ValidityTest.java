package io.crmkit.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {
  private static final LocalDate MOVED_IN = LocalDate.of(2023, 3, 1);
  private static final LocalDate MOVED_OUT = LocalDate.of(2024, 6, 30);

  @Test
  void isValidOn_includesBothEnds() {
    Validity validity = new Validity(MOVED_IN, MOVED_OUT);

    assertThat(validity.isValidOn(MOVED_IN)).isTrue();
    assertThat(validity.isValidOn(MOVED_OUT)).isTrue();
    assertThat(validity.isValidOn(MOVED_IN.minusDays(1))).isFalse();
    assertThat(validity.isValidOn(MOVED_OUT.plusDays(1))).isFalse();
  }

  @Test
  void isValidOn_openEnds_reachForever() {
    assertThat(Validity.ALWAYS.isValidOn(LocalDate.MIN)).isTrue();
    assertThat(Validity.ALWAYS.isValidOn(LocalDate.MAX)).isTrue();
    assertThat(new Validity(MOVED_IN, null).isValidOn(LocalDate.MAX)).isTrue();
    assertThat(new Validity(MOVED_IN, null).isValidOn(MOVED_IN.minusDays(1))).isFalse();
    assertThat(new Validity(null, MOVED_OUT).isValidOn(LocalDate.MIN)).isTrue();
    assertThat(new Validity(null, MOVED_OUT).isValidOn(MOVED_OUT.plusDays(1))).isFalse();
  }

  @Test
  void new_untilBeforeFrom_throwsValidationNamingUntil() {
    assertThat(new Validity(MOVED_IN, MOVED_IN).isValidOn(MOVED_IN)).isTrue();
    assertThatThrownBy(() -> new Validity(MOVED_OUT, MOVED_IN))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("validity.until");
              assertThat(e.errors().get(0).rule()).isEqualTo("must not be before 2024-06-30");
            });
  }

  @Test
  void equals_comparesBothEnds() {
    new EqualsTester()
        .addEqualityGroup(Validity.ALWAYS, new Validity(null, null))
        .addEqualityGroup(new Validity(MOVED_IN, null))
        .addEqualityGroup(new Validity(null, MOVED_IN))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicInstanceMethods(Validity.ALWAYS);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(new Validity(MOVED_IN, MOVED_OUT));
  }

  @Test
  void anyDates_giveARangeHoldingExactlyItsDaysOrValidation() {
    qt().forAll(HostileInput.dates(), HostileInput.dates(), HostileInput.dates())
        .checkAssert(
            (from, until, day) ->
                HostileInput.validOrRejected("validity\\.until", () -> new Validity(from, until))
                    .ifPresent(
                        validity ->
                            assertThat(validity.isValidOn(day))
                                .isEqualTo(!day.isBefore(from) && !day.isAfter(until))));
  }
}
