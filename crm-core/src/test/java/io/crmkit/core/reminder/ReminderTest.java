package io.crmkit.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");
  private static final LocalDateTime DUE = LocalDateTime.of(2026, 4, 1, 9, 0);

  private static Reminder scheduled() {
    Reminder reminder =
        Reminder.schedule(
            ReminderId.of(new UUID(1, 1)),
            NewReminder.of(
                    TENANT, UserRef.of("wang.fang"), ReminderKind.FOLLOW_UP, "跟进", DUE, SHANGHAI)
                .generatedBy("follow-up")
                .idempotencyKey("follow-up:x"),
            NOW);
    reminder.pullEvents();
    return reminder;
  }

  @Test
  void supersede_cancelsAndMarksIt_reopenBringsItBackAtTheNewDueTime() {
    Reminder reminder = scheduled();
    reminder.snooze(Duration.ofDays(1), NOW);

    reminder.supersede(NOW.plusSeconds(60));

    assertThat(reminder.status()).isEqualTo(ReminderStatus.CANCELLED);
    assertThat(reminder.isSuperseded()).isTrue();
    assertThat(reminder.snapshot().closedAt()).isEqualTo(NOW.plusSeconds(60));

    LocalDateTime later = DUE.plusDays(5);
    reminder.reopen(later, NOW.plusSeconds(120));

    ReminderSnapshot s = reminder.snapshot();
    assertThat(s.status()).isEqualTo(ReminderStatus.OPEN);
    assertThat(s.superseded()).isFalse();
    assertThat(s.due()).isEqualTo(later);
    assertThat(s.seriesStart()).isEqualTo(later);
    assertThat(s.snoozedUntil()).isNull();
    assertThat(s.closedAt()).isNull();
    assertThat(s.updatedAt()).isEqualTo(NOW.plusSeconds(120));
    assertThat(reminder.pullEvents())
        .last()
        .isEqualTo(
            new ReminderEvent(
                TENANT,
                reminder.id(),
                NOW.plusSeconds(120),
                ReminderStatus.CANCELLED,
                ReminderStatus.OPEN));
  }

  @Test
  void reopen_userCancelledDoneMissedOrLive_isRefused() {
    Reminder cancelled = scheduled();
    cancelled.cancel(NOW);
    Reminder done = scheduled();
    done.complete(NOW);
    Reminder missed = scheduled();
    missed.markMissed(DUE.atZone(SHANGHAI).toInstant().plusSeconds(1));
    Reminder open = scheduled();

    for (Reminder reminder : new Reminder[] {cancelled, done, missed, open}) {
      ReminderStatus before = reminder.status();
      assertThatThrownBy(() -> reminder.reopen(DUE, NOW))
          .isInstanceOf(InvalidTransitionException.class)
          .hasMessageContaining("superseded");
      assertThat(reminder.status()).isEqualTo(before);
      assertThat(reminder.isSuperseded()).isFalse();
    }
  }

  @Test
  void supersede_finalReminder_isRefused() {
    Reminder done = scheduled();
    done.complete(NOW);

    assertThatThrownBy(() -> done.supersede(NOW)).isInstanceOf(InvalidTransitionException.class);
    assertThat(done.isSuperseded()).isFalse();
  }

  @Test
  void snapshot_supersededButNotCancelled_isRefused_andANewReminderIsNotSuperseded() {
    ReminderSnapshot open = scheduled().snapshot();
    assertThat(open.superseded()).isFalse();

    assertThatThrownBy(
            () ->
                new ReminderSnapshot(
                    open.id(),
                    open.tenant(),
                    open.version(),
                    open.createdAt(),
                    open.updatedAt(),
                    open.customer(),
                    open.contact(),
                    open.owner(),
                    open.kind(),
                    open.title(),
                    open.note(),
                    open.due(),
                    open.zone(),
                    open.leadTimes(),
                    open.recurrence(),
                    open.seriesStart(),
                    ReminderStatus.OPEN,
                    null,
                    null,
                    open.generatedBy(),
                    open.idempotencyKey(),
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPEN");
  }
}
