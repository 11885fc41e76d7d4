package io.crmkit.core.contact;

import static io.crmkit.core.shared.HostileInput.validOrRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import io.crmkit.core.shared.HostileInput;
import io.crmkit.core.shared.NullPointerTesters;
import io.crmkit.core.shared.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BirthdayTest {

  @Test
  void solar_29FebruaryWithoutYear_isAccepted() {
    Birthday.Solar birthday = new Birthday.Solar(null, 2, 29);

    assertThat(birthday.monthDay()).isEqualTo(MonthDay.of(2, 29));
    assertThat(Birthday.Solar.of(MonthDay.of(2, 29))).isEqualTo(birthday);
  }

  @Test
  void solar_29FebruaryInALeapYear_isAccepted() {
    assertThat(Birthday.Solar.of(LocalDate.of(1996, 2, 29)))
        .isEqualTo(new Birthday.Solar(1996, 2, 29));
    assertThat(new Birthday.Solar(2000, 2, 29).year()).isEqualTo(2000);
  }

  @Test
  void solar_29FebruaryInANonLeapYear_throwsValidation() {
    for (int year : new int[] {1900, 2023, 2100}) {
      assertThatThrownBy(() -> new Birthday.Solar(year, 2, 29))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.fields()).containsExactly("birthday");
                assertThat(e.errors().get(0).rejectedValue()).isEqualTo(year + "-2-29");
                assertThat(e.errors().get(0).rule()).isEqualTo("must be a real date");
              });
    }
  }

  @ParameterizedTest
  @CsvSource({"4, 31, 30", "2, 30, 29", "1, 0, 31", "12, 32, 31", "6, -1, 30"})
  void solar_dayOutsideTheMonth_throwsValidationNamingTheDay(int month, int day, int max) {
    assertThatThrownBy(() -> new Birthday.Solar(null, month, day))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("birthday.day");
              assertThat(e.errors().get(0).rule()).isEqualTo("must be between 1 and " + max);
            });
  }

  @Test
  void solar_badMonthAndYear_listsBoth() {
    assertThatThrownBy(() -> new Birthday.Solar(1899, 13, 1))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("birthday.month", "birthday.year"));
    assertThat(new Birthday.Solar(1900, 1, 1).year()).isEqualTo(1900);
    assertThat(new Birthday.Solar(9999, 12, 31).year()).isEqualTo(9999);
    assertThatThrownBy(() -> new Birthday.Solar(10_000, 1, 1))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void lunar_rangesAreMonth1To12Day1To30Year1900To2100() {
    Birthday.Lunar leap = new Birthday.Lunar(1984, 10, 30, true);

    assertThat(leap.leapMonth()).isTrue();
    assertThat(new Birthday.Lunar(null, 1, 1, false).year()).isNull();
    assertThat(new Birthday.Lunar(1900, 12, 1, false).month()).isEqualTo(12);
    assertThat(new Birthday.Lunar(2100, 1, 1, false).year()).isEqualTo(2100);
  }

  @Test
  void lunar_everyValueOutOfRange_isListed() {
    assertThatThrownBy(() -> new Birthday.Lunar(2101, 13, 31, false))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("birthday.month", "birthday.day", "birthday.year"));
    assertThatThrownBy(() -> new Birthday.Lunar(1899, 0, 0, true))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactly("birthday.month", "birthday.day", "birthday.year"));
  }

  @Test
  void equals_comparesEveryPart() {
    new EqualsTester()
        .addEqualityGroup(new Birthday.Solar(null, 5, 1), Birthday.Solar.of(MonthDay.of(5, 1)))
        .addEqualityGroup(new Birthday.Solar(1990, 5, 1))
        .addEqualityGroup(new Birthday.Lunar(null, 5, 1, false))
        .addEqualityGroup(new Birthday.Lunar(null, 5, 1, true))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(Birthday.Solar.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(new Birthday.Solar(null, 5, 1));
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(new Birthday.Lunar(null, 5, 1, false));
  }

  @Test
  void solar_anyNumbers_giveARealDayOrValidation() {
    qt().forAll(years(), HostileInput.ints(), HostileInput.ints())
        .checkAssert(
            (year, month, day) ->
                validOrRejected(
                        "birthday(\\.(year|month|day))?",
                        () -> new Birthday.Solar(year, month, day))
                    .ifPresent(
                        birthday -> {
                          assertThat(birthday.monthDay().isValidYear(year == null ? 2000 : year))
                              .isTrue();
                          if (year != null) {
                            assertThat(LocalDate.of(year, month, day).getYear())
                                .isBetween(1900, 9999);
                          }
                        }));
  }

  @Test
  void solar_agreesWithTheCalendar() {
    qt().forAll(Generate.range(1900, 9999), Generate.range(1, 12), Generate.range(1, 31))
        .checkAssert(
            (year, month, day) -> {
              boolean real;
              try {
                LocalDate.of(year, month, day);
                real = true;
              } catch (DateTimeException e) {
                real = false;
              }
              assertThat(
                      validOrRejected(
                          "birthday(\\.day)?", () -> new Birthday.Solar(year, month, day)))
                  .as("%d-%d-%d", year, month, day)
                  .isEqualTo(
                      real
                          ? java.util.Optional.of(new Birthday.Solar(year, month, day))
                          : java.util.Optional.empty());
            });
  }

  @Test
  void lunar_anyNumbers_giveValuesInRangeOrValidation() {
    qt().forAll(years(), HostileInput.ints(), HostileInput.ints(), Generate.booleans())
        .checkAssert(
            (year, month, day, leap) ->
                validOrRejected(
                        "birthday\\.(year|month|day)",
                        () -> new Birthday.Lunar(year, month, day, leap))
                    .ifPresent(
                        birthday -> {
                          assertThat(birthday.month()).isBetween(1, 12);
                          assertThat(birthday.day()).isBetween(1, 30);
                          if (year != null) {
                            assertThat(year).isBetween(1900, 2100);
                          }
                        }));
  }

  private static Gen<Integer> years() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant((Integer) null)),
        org.quicktheories.api.Pair.of(3, HostileInput.ints()));
  }
}
