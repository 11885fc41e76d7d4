package io.crmkit.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DateRangeTest {
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  @Test
  void new_endBeforeStart_throwsValidationNamingEnd() {
    assertThatThrownBy(() -> DateRange.of(JAN_1, JAN_1.minusDays(1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("end");
              assertThat(e.errors().get(0).rejectedValue()).isEqualTo("2023-12-31");
              assertThat(e.errors().get(0).rule())
                  .isEqualTo("must not be before the start 2024-01-01");
            });
  }

  @Test
  void days_countsBothEnds() {
    assertThat(DateRange.of(JAN_1, JAN_1).days()).isEqualTo(1);
    assertThat(DateRange.of(JAN_1, LocalDate.of(2024, 12, 31)).days()).isEqualTo(366);
  }

  @Test
  void contains_includesBothEnds() {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));

    assertThat(march.contains(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(march.contains(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(march.contains(LocalDate.of(2024, 4, 1))).isFalse();
  }

  @Test
  void touches_overlappingOrAdjacentRanges_butNotAGapOfOneDay() {
    DateRange january = DateRange.of(JAN_1, LocalDate.of(2024, 1, 31));

    assertThat(january.touches(DateRange.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 15))))
        .isTrue();
    assertThat(january.touches(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))))
        .isTrue();
    assertThat(january.touches(DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31))))
        .isTrue();
    assertThat(january.touches(DateRange.of(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 29))))
        .isFalse();
    assertThat(january.touches(DateRange.of(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 30))))
        .isFalse();
    assertThat(january.touches(january)).isTrue();
  }

  @Test
  void span_coversBothRangesAndTheGap() {
    DateRange span =
        DateRange.of(JAN_1, LocalDate.of(2024, 1, 10))
            .span(DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)));

    assertThat(span).isEqualTo(DateRange.of(JAN_1, LocalDate.of(2024, 3, 5)));
    assertThat(span).hasToString("2024-01-01..2024-03-05");
  }

  @Test
  void compareTo_ordersByStartThenEnd() {
    DateRange a = DateRange.of(JAN_1, LocalDate.of(2024, 1, 2));
    DateRange b = DateRange.of(JAN_1, LocalDate.of(2024, 1, 3));
    DateRange c = DateRange.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 2));

    assertThat(new TreeSet<>(java.util.List.of(c, b, a))).containsExactly(a, b, c);
  }

  @Test
  void equals_comparesBothEnds() {
    new EqualsTester()
        .addEqualityGroup(DateRange.of(JAN_1, JAN_1), new DateRange(JAN_1, JAN_1))
        .addEqualityGroup(DateRange.of(JAN_1, JAN_1.plusDays(1)))
        .testEquals();
  }

  @Test
  void publicMethods_rejectNulls() {
    NullPointerTesters.withDomainDefaults().testAllPublicStaticMethods(DateRange.class);
    NullPointerTesters.withDomainDefaults().testAllPublicConstructors(DateRange.class);
    NullPointerTesters.withDomainDefaults()
        .testAllPublicInstanceMethods(DateRange.of(JAN_1, JAN_1));
  }

  @Test
  void touches_holdsExactlyWhenTheUnionIsOneUnbrokenRun() {
    qt().forAll(ranges(), ranges())
        .checkAssert(
            (a, b) -> {
              TreeSet<LocalDate> days = new TreeSet<>();
              a.start().datesUntil(a.end().plusDays(1)).forEach(days::add);
              b.start().datesUntil(b.end().plusDays(1)).forEach(days::add);
              boolean unbroken =
                  days.first().datesUntil(days.last().plusDays(1)).count() == days.size();

              assertThat(a.touches(b)).isEqualTo(unbroken).isEqualTo(b.touches(a));
              DateRange span = a.span(b);
              assertThat(span).isEqualTo(b.span(a));
              assertThat(span.start()).isEqualTo(days.first());
              assertThat(span.end()).isEqualTo(days.last());
              assertThat(span.days()).isEqualTo(unbroken ? days.size() : span.days());
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  private static Gen<DateRange> ranges() {
    return integers()
        .between(0, 120)
        .zip(
            integers().between(0, 40),
            (offset, length) ->
                DateRange.of(JAN_1.plusDays(offset), JAN_1.plusDays(offset + length)));
  }
}
