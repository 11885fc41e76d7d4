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
import java.util.List;
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
  void dueTimesKeepMicroseconds_theFinestPrecisionEveryStoreKeeps() {
    LocalDateTime fine = DUE.withNano(103_700_131);
    Reminder reminder =
        Reminder.schedule(
            ReminderId.of(new UUID(1, 2)),
            NewReminder.of(
                TENANT, UserRef.of("wang.fang"), ReminderKind.FOLLOW_UP, "跟进", fine, SHANGHAI),
            NOW);
    assertThat(reminder.snapshot().due()).isEqualTo(DUE.withNano(103_700_000));
    assertThat(reminder.snapshot().seriesStart()).isEqualTo(DUE.withNano(103_700_000));

    Reminder superseded = scheduled();
    superseded.supersede(NOW);
    superseded.reopen(fine.plusDays(1), NOW);
    assertThat(superseded.snapshot().due()).isEqualTo(DUE.plusDays(1).withNano(103_700_000));
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
                    true,
                    null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPEN");
  }

  @Test
  void announceDue_dueReminder_marksItAndRecordsReminderDueInTheOwnersZone() {
    Reminder reminder = scheduled();
    Instant at = DUE.atZone(SHANGHAI).toInstant().plusNanos(1_234_567);
    Instant endOfDay = DUE.toLocalDate().plusDays(1).atStartOfDay(SHANGHAI).toInstant();

    reminder.announceDue(endOfDay, at);

    Instant stored = at.minusNanos(567);
    assertThat(reminder.snapshot().announcedAt()).isEqualTo(stored);
    assertThat(reminder.snapshot().updatedAt()).isEqualTo(stored);
    assertThat(reminder.status()).isEqualTo(ReminderStatus.OPEN);
    assertThat(reminder.pullEvents())
        .containsExactly(
            new ReminderDue(
                TENANT,
                reminder.id(),
                stored,
                UserRef.of("wang.fang"),
                null,
                ReminderKind.FOLLOW_UP,
                "跟进",
                DUE.atZone(SHANGHAI)));
  }

  @Test
  void announceDue_announcedAlreadyNotLiveOrNotDueYet_isRefusedAndChangesNothing() {
    Instant endOfDay = DUE.toLocalDate().plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    Reminder announced = scheduled();
    announced.announceDue(endOfDay, NOW);
    announced.pullEvents();
    Reminder done = scheduled();
    done.complete(NOW);
    Reminder superseded = scheduled();
    superseded.supersede(NOW);
    Reminder missed = scheduled();
    missed.markMissed(DUE.atZone(SHANGHAI).toInstant().plusSeconds(1));
    Reminder dueAtTheCutoff = scheduled();
    Reminder snoozedPastTheCutoff = scheduled();
    snoozedPastTheCutoff.snooze(Duration.ofDays(30), NOW);
    List<Reminder> all =
        List.of(announced, done, superseded, missed, dueAtTheCutoff, snoozedPastTheCutoff);
    all.forEach(Reminder::pullEvents);

    for (Reminder reminder : all) {
      ReminderSnapshot before = reminder.snapshot();
      Instant cutoff = reminder == dueAtTheCutoff ? reminder.dueAt() : endOfDay;
      assertThatThrownBy(() -> reminder.announceDue(cutoff, NOW.plusSeconds(5)))
          .as("%s", before.status())
          .isInstanceOf(InvalidTransitionException.class);
      assertThat(reminder.snapshot()).isEqualTo(before);
      assertThat(reminder.pullEvents()).isEmpty();
    }
  }

  @Test
  void snoozeAndReopen_clearTheAnnouncement_completeKeepsIt() {
    Instant farAway = DUE.plusYears(1).atZone(SHANGHAI).toInstant();
    Reminder snoozed = scheduled();
    snoozed.announceDue(farAway, NOW);
    snoozed.snooze(Duration.ofDays(2), NOW.plusSeconds(1));
    Reminder reopened = scheduled();
    reopened.announceDue(farAway, NOW);
    reopened.supersede(NOW.plusSeconds(1));
    assertThat(reopened.snapshot().announcedAt()).isEqualTo(NOW);
    reopened.reopen(DUE.plusDays(3), NOW.plusSeconds(2));
    Reminder done = scheduled();
    done.announceDue(farAway, NOW);
    done.complete(NOW.plusSeconds(1));

    assertThat(snoozed.snapshot().announcedAt()).isNull();
    assertThat(reopened.snapshot().announcedAt()).isNull();
    assertThat(done.snapshot().announcedAt()).isEqualTo(NOW);
    snoozed.announceDue(farAway, NOW.plusSeconds(3));
    assertThat(snoozed.snapshot().announcedAt()).isEqualTo(NOW.plusSeconds(3));
    assertThat(snoozed.pullEvents())
        .filteredOn(ReminderDue.class::isInstance)
        .extracting(e -> ((ReminderDue) e).due().toInstant())
        .containsExactly(
            DUE.atZone(SHANGHAI).toInstant(), NOW.plusSeconds(1).plus(Duration.ofDays(2)));
  }

  @Test
  void nextOccurrence_ofAnAnnouncedReminder_isNotAnnounced() {
    Reminder reminder = scheduled();
    reminder.announceDue(DUE.plusDays(1).atZone(SHANGHAI).toInstant(), NOW);

    Reminder next = reminder.nextOccurrence(ReminderId.of(new UUID(1, 2)), DUE.plusMonths(1), NOW);

    assertThat(next.snapshot().announcedAt()).isNull();
  }
}
