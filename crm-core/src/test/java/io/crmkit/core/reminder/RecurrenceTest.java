package io.crmkit.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static List<LocalDate> days(String rule, String start, int limit) {
    return Recurrence.parse(rule, SHANGHAI)
        .occurrences(LocalDate.parse(start).atTime(9, 30), limit)
        .stream()
        .map(LocalDateTime::toLocalDate)
        .toList();
  }

  private static List<LocalDate> dates(String... isoDates) {
    return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
  }

  @Test
  void daily_withCount_stopsAfterCount() {
    assertThat(days("FREQ=DAILY;COUNT=3", "2026-01-30", 10))
        .isEqualTo(dates("2026-01-30", "2026-01-31", "2026-02-01"));
  }

  @Test
  void daily_withUntilDate_includesThatDay() {
    assertThat(days("RRULE:FREQ=DAILY;UNTIL=20260305", "2026-03-01", 10)).hasSize(5);
  }

  @Test
  void weekly_byDay_expandsWithinEachWeek() {
    assertThat(days("FREQ=WEEKLY;BYDAY=MO,WE", "2026-03-02", 4))
        .isEqualTo(dates("2026-03-02", "2026-03-04", "2026-03-09", "2026-03-11"));
    assertThat(days("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "2026-03-03", 3))
        .isEqualTo(dates("2026-03-03", "2026-03-17", "2026-03-31"));
  }

  @Test
  void monthly_day31_skipsShortMonths() {
    assertThat(days("FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", 3))
        .isEqualTo(dates("2026-01-31", "2026-03-31", "2026-05-31"));
    assertThat(days("FREQ=MONTHLY", "2026-01-31", 3))
        .isEqualTo(dates("2026-01-31", "2026-03-31", "2026-05-31"));
  }

  @Test
  void monthly_lastDayAndOrdinalWeekdays() {
    assertThat(days("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31", 3))
        .isEqualTo(dates("2026-01-31", "2026-02-28", "2026-03-31"));
    assertThat(days("FREQ=MONTHLY;BYDAY=-1FR", "2026-01-01", 3))
        .isEqualTo(dates("2026-01-30", "2026-02-27", "2026-03-27"));
    assertThat(days("FREQ=MONTHLY;BYDAY=1MO", "2026-01-01", 3))
        .isEqualTo(dates("2026-01-05", "2026-02-02", "2026-03-02"));
  }

  @Test
  void monthly_byDayLimitsByMonthDay_fridayThe13th() {
    assertThat(days("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", "2026-01-01", 3))
        .isEqualTo(dates("2026-02-13", "2026-03-13", "2026-11-13"));
  }

  @Test
  void yearly_nationalDayAndLeapDay() {
    assertThat(days("FREQ=YEARLY;BYMONTH=10;BYMONTHDAY=1", "2026-01-01", 2))
        .isEqualTo(dates("2026-10-01", "2027-10-01"));
    assertThat(days("FREQ=YEARLY", "2024-02-29", 2)).isEqualTo(dates("2024-02-29", "2028-02-29"));
    assertThat(days("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "2026-01-01", 2))
        .isEqualTo(dates("2026-03-08", "2027-03-14"));
  }

  @Test
  void nextAfter_honoursCountAcrossCompletedOccurrences() {
    Recurrence rule = Recurrence.parse("FREQ=WEEKLY;COUNT=2", SHANGHAI);
    LocalDateTime start = LocalDateTime.parse("2026-03-02T09:00");

    assertThat(rule.nextAfter(start, start)).contains(LocalDateTime.parse("2026-03-09T09:00"));
    assertThat(rule.nextAfter(start, LocalDateTime.parse("2026-03-09T09:00"))).isEmpty();
  }

  @Test
  void parse_untilInUtc_isConvertedToTheZone() {
    Recurrence rule = Recurrence.parse("FREQ=DAILY;UNTIL=20260305T160000Z", SHANGHAI);
    assertThat(rule.until()).isEqualTo(LocalDateTime.parse("2026-03-06T00:00:00"));
  }

  @Test
  void parse_unsupportedAndInvalidParts_listsEveryProblem() {
    assertThatThrownBy(() -> Recurrence.parse("FREQ=HOURLY;BYSETPOS=1;INTERVAL=x", SHANGHAI))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactlyInAnyOrder("rrule.FREQ", "rrule.BYSETPOS", "rrule.INTERVAL"))
        .hasMessageContaining("BYSETPOS is not supported");
    assertThatThrownBy(
            () -> Recurrence.parse("FREQ=WEEKLY;BYMONTHDAY=1;COUNT=2;UNTIL=20260101", SHANGHAI))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.fields())
                    .containsExactlyInAnyOrder("rrule.UNTIL", "rrule.BYMONTHDAY"));
    assertThatThrownBy(() -> Recurrence.parse("INTERVAL=2", SHANGHAI))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("rrule.FREQ"));
    assertThatThrownBy(() -> Recurrence.parse("FREQ=DAILY;BYDAY=1MO", SHANGHAI))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void toString_roundTripsThroughParse() {
    Recurrence rule =
        Recurrence.parse("FREQ=MONTHLY;INTERVAL=2;COUNT=6;BYDAY=1MO,-1FR;BYMONTH=1,7", SHANGHAI);
    assertThat(Recurrence.parse(rule.toString(), SHANGHAI)).isEqualTo(rule);
    assertThat(rule.toString())
        .isEqualTo("FREQ=MONTHLY;INTERVAL=2;COUNT=6;BYDAY=1MO,-1FR;BYMONTH=1,7");
  }

  @Test
  void impossibleRule_endsInsteadOfLooping() {
    assertThat(days("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2026-01-01", 1)).isEmpty();
  }
}
