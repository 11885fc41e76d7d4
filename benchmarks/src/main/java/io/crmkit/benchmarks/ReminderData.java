package io.crmkit.benchmarks;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The reminders of B4: reminder {@code i} of {@code count} is a pure function of {@code i}, simple
 * enough that the database can generate the same rows itself ({@link ReminderLoad}) and Java can
 * build the same {@link ReminderSnapshot} to check them.
 *
 * <ul>
 *   <li>Owners: the first {@code hot} reminders belong to {@link #HOT_OWNER} (a backlog deeper than
 *       B4's page depth); the others cycle over the {@code managers - 1} other managers.
 *   <li>Due: whole 5-minute steps spread evenly (step {@value #STRIDE} modulo the window) over the
 *       {@value #WINDOW_DAYS} days from {@link #FIRST_DUE} in {@link #ZONE} (UTC+8, no daylight
 *       saving time), so {@link #TODAY} lies in the middle and every manager has reminders due on
 *       it.
 *   <li>Status by {@code i % 20}: 0 done and 2 cancelled (closed an hour after the due time), 1
 *       snoozed for a day, else open — 90% live.
 *   <li>Kind, customer, lead time (none or one hour) and title cycle with {@code i}.
 * </ul>
 *
 * @param count how many reminders
 * @param managers how many owners, at least 2
 * @param hot how many of them belong to {@link #HOT_OWNER}
 */
public record ReminderData(int count, int managers, int hot) {
  /** The tenant of every reminder. */
  public static final TenantId TENANT = ImportData.TENANT;

  /** The owner with the deep backlog. */
  public static final UserRef HOT_OWNER = UserRef.of("manager-0000");

  /** Every reminder's zone: a fixed offset of +8 hours. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The first due time. */
  public static final LocalDateTime FIRST_DUE = LocalDateTime.of(2025, 6, 30, 0, 0);

  /** The day B4 asks for ("due today"), in the middle of the window. */
  public static final LocalDateTime TODAY = LocalDateTime.of(2026, 6, 30, 0, 0);

  /** Days over which the due times spread. */
  public static final int WINDOW_DAYS = 730;

  /** The multiplier that spreads consecutive reminders over the window's 5-minute steps. */
  static final long STRIDE = 7919;

  /** The number of 5-minute steps in the window. */
  static final long STEPS = WINDOW_DAYS * 288L;

  /** The most significant half of every reminder id; the least is {@code i}. */
  static final long ID_HIGH = 0x0b4e_0000_0000_4000L;

  /** The most significant half of every customer id; the least is {@code i % customers}. */
  static final long CUSTOMER_HIGH = 0x0b4c_0000_0000_4000L;

  /** How many distinct customers the reminders are about. */
  static final int CUSTOMERS = 200_000;

  /** When every reminder was created (and last updated). */
  static final Instant CREATED = Instant.parse("2025-06-01T00:00:00Z");

  static final String[] KINDS = {"VISIT", "FOLLOW_UP", "BIRTHDAY", "CONTRACT_RENEWAL"};

  /**
   * Validates the sizes.
   *
   * @throws IllegalArgumentException if a size is out of range
   */
  public ReminderData {
    if (count < 1 || managers < 2 || hot < 0 || hot > count) {
      throw new IllegalArgumentException(
          "need count >= 1, managers >= 2, 0 <= hot <= count but were "
              + count
              + ", "
              + managers
              + ", "
              + hot);
    }
  }

  /** Returns the owner of reminder {@code i}. */
  public UserRef owner(long i) {
    return i < hot ? HOT_OWNER : UserRef.of(String.format("manager-%04d", 1 + i % (managers - 1)));
  }

  /** Returns the id of reminder {@code i}. */
  public static ReminderId id(long i) {
    return ReminderId.of(new UUID(ID_HIGH, i));
  }

  /** Returns reminder {@code i} as crmkit stores it (version 1). */
  public ReminderSnapshot snapshot(long i) {
    LocalDateTime due = FIRST_DUE.plusMinutes(5 * ((i * STRIDE) % STEPS));
    int phase = (int) (i % 20);
    ReminderStatus status =
        switch (phase) {
          case 0 -> ReminderStatus.DONE;
          case 1 -> ReminderStatus.SNOOZED;
          case 2 -> ReminderStatus.CANCELLED;
          default -> ReminderStatus.OPEN;
        };
    Instant dueInstant = due.atZone(ZONE).toInstant();
    Instant snoozedUntil = phase == 1 ? dueInstant.plus(Duration.ofDays(1)) : null;
    Instant closedAt = phase == 0 || phase == 2 ? dueInstant.plus(Duration.ofHours(1)) : null;
    return new ReminderSnapshot(
        id(i),
        TENANT,
        1,
        CREATED,
        CREATED,
        CustomerId.of(new UUID(CUSTOMER_HIGH, i % CUSTOMERS)),
        null,
        owner(i),
        ReminderKind.valueOf(KINDS[(int) (i % KINDS.length)]),
        "Reminder " + i,
        null,
        due,
        ZONE,
        i % 2 == 0 ? List.of(Duration.ofHours(1)) : List.of(),
        null,
        due,
        status,
        snoozedUntil,
        closedAt,
        null,
        null,
        false,
        null);
  }

  /** Returns the start of {@link #TODAY} in {@link #ZONE}. */
  public static Instant todayStart() {
    return TODAY.atZone(ZONE).toInstant();
  }

  /** Returns the start of the day after {@link #TODAY} in {@link #ZONE}. */
  public static Instant todayEnd() {
    return TODAY.plusDays(1).atZone(ZONE).toInstant();
  }

  /** The zone's fixed offset in seconds, which the generating SQL adds. */
  static int zoneOffsetSeconds() {
    ZoneOffset offset = ZONE.getRules().getOffset(FIRST_DUE);
    if (!ZONE.getRules().isFixedOffset()
        && !ZONE.getRules().getOffset(FIRST_DUE.plusDays(WINDOW_DAYS)).equals(offset)) {
      throw new IllegalStateException(ZONE + " changes its offset within the window");
    }
    return offset.getTotalSeconds();
  }
}
