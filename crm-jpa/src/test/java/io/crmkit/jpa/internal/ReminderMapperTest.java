package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.reminder.Frequency;
import io.crmkit.core.reminder.Recurrence;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ReminderMapperTest {
  private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  private static final Instant AT = Instant.parse("2018-11-01T12:00:00.123456Z");
  // 2018-11-04T00:30 did not exist in Sao Paulo: clocks went from 00:00 to 01:00
  private static final LocalDateTime IN_THE_GAP = LocalDateTime.of(2018, 11, 4, 0, 30, 0, 1000);

  private static ReminderSnapshot snapshot(
      @Nullable Recurrence recurrence, ReminderStatus status, @Nullable Instant snoozedUntil) {
    return new ReminderSnapshot(
        ReminderId.of(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e")),
        TenantId.of("acme"),
        3,
        AT,
        AT.plusSeconds(60),
        CustomerId.of(UUID.fromString("9c5b94b1-35ad-49bb-b118-8e8fc24abf80")),
        null,
        UserRef.of("王芳"),
        ReminderKind.FOLLOW_UP,
        "回访 | 50%",
        "line one\nline two",
        IN_THE_GAP,
        SAO_PAULO,
        List.of(Duration.ofDays(366), Duration.ZERO, Duration.ofNanos(1000)),
        recurrence,
        IN_THE_GAP.minusDays(7),
        status,
        snoozedUntil,
        null,
        null,
        "follow-up/1",
        false);
  }

  private static ReminderSnapshot roundTrip(ReminderSnapshot s) {
    ReminderRow row = ReminderRow.create();
    row.tenant = s.tenant().value();
    row.id = s.id().toString();
    row.version = s.version();
    ReminderMapper.write(s, row);
    return ReminderMapper.read(row);
  }

  @Test
  void read_writtenSnapshotWithALocalTimeInADstGap_isEqual() {
    ReminderSnapshot s =
        snapshot(
            Recurrence.parse("FREQ=MONTHLY;UNTIL=20191231T235959;BYDAY=-1FR", SAO_PAULO),
            ReminderStatus.OPEN,
            null);

    assertThat(roundTrip(s)).isEqualTo(s);
  }

  @Test
  void write_snoozedReminder_keysItsDueInstantOnTheSnoozeEnd() {
    Instant end = AT.plus(Duration.ofDays(9));
    ReminderRow row = ReminderRow.create();

    ReminderMapper.write(snapshot(null, ReminderStatus.SNOOZED, end), row);

    assertThat(Micros.instant(row.dueAt)).isEqualTo(end);
    assertThat(Micros.instant(row.snoozedUntil)).isEqualTo(end);
  }

  @Test
  void write_untilFinerThanASecond_throwsValidationExceptionNamingTheRecurrence() {
    Recurrence finer =
        new Recurrence(
            Frequency.DAILY,
            1,
            null,
            LocalDateTime.of(2019, 1, 1, 9, 0, 0, 500),
            List.of(),
            List.of(),
            List.of());
    ReminderSnapshot s = snapshot(finer, ReminderStatus.OPEN, null);

    assertThatThrownBy(() -> ReminderMapper.write(s, ReminderRow.create()))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> assertThat(((ValidationException) e).fields()).containsExactly("recurrence"));
  }
}
