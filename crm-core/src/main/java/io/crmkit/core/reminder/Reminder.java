package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something an owner must do about a customer or contact at a time: visit, follow up, greet, renew.
 * Each occurrence of a recurring series is its own reminder; completing one tells the application
 * service when the next is due.
 *
 * @since 0.1
 */
public final class Reminder {
  /** The longest a reminder may be snoozed at once. */
  public static final Duration MAX_SNOOZE = Duration.ofDays(366);

  private static final long MAX_SNOOZE_DAYS = 366;

  private ReminderSnapshot state;
  private final List<CrmEvent> events = new ArrayList<>();

  private Reminder(ReminderSnapshot state) {
    this.state = state;
  }

  /**
   * Schedules a reminder from validated input; records a {@link ReminderEvent}.
   *
   * @throws ValidationException listing every problem of the input
   */
  public static Reminder schedule(ReminderId id, NewReminder input, Instant now) {
    Reminder reminder = new Reminder(input.validate(id, Times.stored(now)));
    reminder.events.add(
        new ReminderEvent(
            reminder.state.tenant(), id, reminder.state.createdAt(), null, ReminderStatus.OPEN));
    return reminder;
  }

  /** Rebuilds a reminder from stored state, with no pending events. */
  public static Reminder restore(ReminderSnapshot snapshot) {
    return new Reminder(requireNonNull(snapshot, "snapshot"));
  }

  /** Returns the complete current state. */
  public ReminderSnapshot snapshot() {
    return state;
  }

  /**
   * Puts the reminder off until {@code at + by}.
   *
   * @throws InvalidTransitionException if it is done, cancelled or missed
   * @throws ValidationException if {@code by} is not positive or longer than {@value
   *     #MAX_SNOOZE_DAYS} days
   */
  public void snooze(Duration by, Instant at) {
    if (by.isNegative() || by.isZero() || by.compareTo(MAX_SNOOZE) > 0) {
      throw ValidationException.of(
          "snooze", by, "must be positive and at most " + MAX_SNOOZE_DAYS + " days");
    }
    move(ReminderStatus.SNOOZED, at, Times.stored(at.plus(by)), false);
  }

  /**
   * Marks the reminder done and returns when the series' next occurrence is due, if it repeats.
   *
   * @throws InvalidTransitionException if it is done or cancelled already
   */
  public Optional<LocalDateTime> complete(Instant at) {
    move(ReminderStatus.DONE, at, null, false);
    Recurrence recurrence = state.recurrence();
    return recurrence == null
        ? Optional.empty()
        : recurrence.nextAfter(state.seriesStart(), state.due());
  }

  /**
   * Calls the reminder off.
   *
   * @throws InvalidTransitionException if it is done or cancelled already
   */
  public void cancel(Instant at) {
    move(ReminderStatus.CANCELLED, at, null, false);
  }

  /**
   * Announces that the reminder is due: marks it {@linkplain ReminderSnapshot#announcedAt()
   * announced} at {@code at} and records a {@link ReminderDue}. Its status stays as it is; the mark
   * makes the announcement happen once per due time.
   *
   * @param dueBefore the end of the day being announced; the reminder must be due before it
   * @param at when it is announced
   * @throws InvalidTransitionException if it is not live, is announced already for its current due
   *     time, or is not due before {@code dueBefore}
   * @since 0.1
   */
  public void announceDue(Instant dueBefore, Instant at) {
    requireNonNull(dueBefore, "dueBefore");
    ReminderSnapshot s = state;
    String refusal = null;
    if (!s.status().isLive()) {
      refusal = "a " + s.status() + " reminder is never announced as due";
    } else if (s.announcedAt() != null) {
      refusal = "it was announced as due at " + s.announcedAt() + " already";
    } else if (!s.dueAt().isBefore(dueBefore)) {
      refusal = "it is due at " + s.dueAt() + ", not before " + dueBefore;
    }
    if (refusal != null) {
      throw new InvalidTransitionException("reminder " + s.id(), s.status(), "announced", refusal);
    }
    Instant now = Times.stored(at);
    state = changed(now, s.due(), s.seriesStart(), s.status(), s.snoozedUntil(), null, false, now);
    events.add(
        new ReminderDue(
            s.tenant(),
            s.id(),
            now,
            s.owner(),
            s.customer(),
            s.kind(),
            s.title(),
            s.dueAt().atZone(s.zone())));
  }

  /**
   * Calls the reminder off because the rule that generated it no longer plans it, and marks it
   * {@linkplain ReminderSnapshot#superseded() superseded}, so that {@link #reopen} may bring it
   * back when the rule plans it again. A reminder called off by a user is never reopened.
   *
   * @throws InvalidTransitionException if it is done or cancelled already
   * @since 0.1
   */
  public void supersede(Instant at) {
    move(ReminderStatus.CANCELLED, at, null, true);
  }

  /**
   * Brings back a reminder that was {@linkplain #supersede superseded}, open and due at {@code
   * due}; a recurring series restarts there.
   *
   * @throws InvalidTransitionException if it was not superseded: done, missed, live, or cancelled
   *     by a user
   * @since 0.1
   */
  public void reopen(LocalDateTime due, Instant at) {
    requireNonNull(due, "due");
    ReminderSnapshot s = state;
    if (!isSuperseded()) {
      throw new InvalidTransitionException(
          "reminder " + s.id(),
          s.status(),
          ReminderStatus.OPEN,
          "only a reminder superseded by regeneration may be reopened");
    }
    Instant now = Times.stored(at);
    LocalDateTime stored = Times.stored(due);
    state = changed(now, stored, stored, ReminderStatus.OPEN, null, null, false, null);
    events.add(new ReminderEvent(s.tenant(), s.id(), now, s.status(), ReminderStatus.OPEN));
  }

  /** Returns whether regeneration called it off and may {@linkplain #reopen reopen} it. */
  public boolean isSuperseded() {
    return state.superseded();
  }

  /**
   * Marks a live reminder whose due time has passed as missed.
   *
   * @throws InvalidTransitionException if it is not live or not yet due
   */
  public void markMissed(Instant at) {
    if (!at.isAfter(dueAt())) {
      throw new InvalidTransitionException(
          "reminder " + state.id(),
          state.status(),
          ReminderStatus.MISSED,
          "it is not due until " + dueAt());
    }
    move(ReminderStatus.MISSED, at, null, false);
  }

  /**
   * Returns the next occurrence of this reminder's series, due at {@code nextDue}, under a new id.
   */
  public Reminder nextOccurrence(ReminderId nextId, LocalDateTime nextDue, Instant now) {
    Instant created = Times.stored(now);
    ReminderSnapshot s = state;
    String key = s.idempotencyKey() == null ? null : s.idempotencyKey() + "@" + nextDue;
    Reminder next =
        new Reminder(
            new ReminderSnapshot(
                nextId,
                s.tenant(),
                0,
                created,
                created,
                s.customer(),
                s.contact(),
                s.owner(),
                s.kind(),
                s.title(),
                s.note(),
                nextDue,
                s.zone(),
                s.leadTimes(),
                s.recurrence(),
                s.seriesStart(),
                ReminderStatus.OPEN,
                null,
                null,
                s.generatedBy(),
                key,
                false,
                null));
    next.events.add(new ReminderEvent(s.tenant(), nextId, created, null, ReminderStatus.OPEN));
    return next;
  }

  /** Returns the instant it is due: the snooze end while snoozed, else the due time. */
  public Instant dueAt() {
    return state.dueAt();
  }

  /** Returns the instants to notify the owner at, earliest first. */
  public List<Instant> notifyAt() {
    Instant due = dueAt();
    return state.leadTimes().stream().map(due::minus).sorted().toList();
  }

  /** Returns where it stands. */
  public ReminderStatus status() {
    return state.status();
  }

  /** Returns the id. */
  public ReminderId id() {
    return state.id();
  }

  /** Returns the stored version; 0 before the first save. */
  public long version() {
    return state.version();
  }

  /** Returns and forgets the events recorded since the reminder was loaded or scheduled. */
  public List<CrmEvent> pullEvents() {
    List<CrmEvent> pulled = List.copyOf(events);
    events.clear();
    return pulled;
  }

  private void move(
      ReminderStatus next, Instant at, @Nullable Instant snoozedUntil, boolean superseded) {
    ReminderStatus current = state.status();
    if (!current.canTransitionTo(next)) {
      throw new InvalidTransitionException(
          "reminder " + state.id(),
          current,
          next,
          "a " + current + " reminder cannot become " + next);
    }
    Instant now = Times.stored(at);
    ReminderSnapshot s = state;
    Instant closed = next.isLive() ? null : now;
    // a snooze moves the due time, so the reminder is announced again when the new one comes
    Instant announced = next == ReminderStatus.SNOOZED ? null : s.announcedAt();
    state =
        changed(now, s.due(), s.seriesStart(), next, snoozedUntil, closed, superseded, announced);
    events.add(new ReminderEvent(s.tenant(), s.id(), now, current, next));
  }

  /** Returns the current state with its status and schedule changed at {@code now}. */
  private ReminderSnapshot changed(
      Instant now,
      LocalDateTime due,
      LocalDateTime seriesStart,
      ReminderStatus status,
      @Nullable Instant snoozedUntil,
      @Nullable Instant closedAt,
      boolean superseded,
      @Nullable Instant announcedAt) {
    ReminderSnapshot s = state;
    return new ReminderSnapshot(
        s.id(),
        s.tenant(),
        s.version(),
        s.createdAt(),
        now,
        s.customer(),
        s.contact(),
        s.owner(),
        s.kind(),
        s.title(),
        s.note(),
        due,
        s.zone(),
        s.leadTimes(),
        s.recurrence(),
        seriesStart,
        status,
        snoozedUntil,
        closedAt,
        s.generatedBy(),
        s.idempotencyKey(),
        superseded,
        announcedAt);
  }
}
