package io.crmkit.rules.reminders;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.Birthday;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.ownership.RecycleDecision;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.shared.DateRange;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.rules.calendar.BirthdayDates;
import io.crmkit.rules.calendar.Holiday;
import io.crmkit.rules.calendar.HolidayCalendar;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Built-in reminder policies. Every reminder goes to the customer's owner (an unowned customer gets
 * none) and is due at {@value #DUE_HOUR}:00 local time on its day; its key names the policy's
 * subject and the day of the occurrence, so regenerating finds it again, and the next occurrence
 * (next year's birthday, the visit after the last contact moved) is a new reminder while the stale
 * one is cancelled.
 *
 * <pre>{@code
 * CrmKit.builder()
 *     .reminderPolicy(ReminderPolicies.visitCadence(GRADE, Map.of(A, Period.ofMonths(1), B, Period.ofMonths(3))))
 *     .reminderPolicy(ReminderPolicies.birthdays(3))
 *     .reminderPolicy(ReminderPolicies.holidayGreetings(HolidayCalendar.standard(), 2))
 *     .reminderPolicy(ReminderPolicies.poolRecycleWarnings(RecyclingRule.standard()));
 * }</pre>
 *
 * @since 0.1
 */
public final class ReminderPolicies {
  /** The hour of the day, local time, at which built-in reminders are due. */
  public static final int DUE_HOUR = 9;

  /** The most days before an occurrence a reminder may be due. */
  public static final int MAX_DAYS_BEFORE = 366;

  private static final LocalTime DUE = LocalTime.of(DUE_HOUR, 0);

  private ReminderPolicies() {}

  /**
   * Returns a policy that plans the next visit (定期拜访) of each customer graded on the ladder, by the
   * cadence of its tier (A monthly, B quarterly, …): due one period after the last contact, or
   * after registration if there never was one; a visit due before today is planned as overdue
   * (scheduled due now, listed by {@code ReminderService.overdue}). Customers in a tier without a
   * cadence, or not graded, get none. Its id is {@code visit-cadence:<ladder>}.
   *
   * @throws ValidationException if a period is zero or negative
   * @since 0.1
   */
  public static ReminderPolicy visitCadence(LadderKey ladder, Map<TierCode, Period> cadence) {
    requireNonNull(ladder, "ladder");
    Map<TierCode, Period> copy = Map.copyOf(cadence);
    List<FieldError> errors = new ArrayList<>();
    copy.forEach(
        (tier, period) -> {
          if (period.isZero() || period.isNegative()) {
            errors.add(
                new FieldError(
                    "cadence." + tier.code(), period.toString(), "must be a positive period"));
          }
        });
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new FunctionPolicy(
        "visit-cadence:" + ladder.code(),
        c -> {
          Optional<UserRef> owner = c.owner();
          Optional<TierCode> tier = c.tier(ladder);
          if (owner.isEmpty() || tier.isEmpty() || !copy.containsKey(tier.get())) {
            return List.of();
          }
          Period period = copy.get(tier.get());
          LocalDate base = c.lastContactDay().orElseGet(() -> registered(c));
          LocalDate next = base.plus(period);
          String name = c.customer().name().displayName();
          String title =
              next.isBefore(c.asOf())
                  ? "Visit " + name + " (tier " + tier.get().code() + "): overdue since " + next
                  : "Visit " + name + " (tier " + tier.get().code() + ", every " + period + ")";
          return List.of(planned("visit:" + next, ReminderKind.VISIT, next, owner.get(), title));
        });
  }

  /**
   * Returns a policy that plans, for each contact with a birthday, a reminder {@code daysBefore}
   * days before its next celebration: solar or lunar (农历) by {@link BirthdayDates}, with a lunar
   * leap-month birthday in the leap month when the year has it, and 29 February on 28 February in
   * other years. Its id is {@code birthdays}.
   *
   * @throws ValidationException if {@code daysBefore} is outside 0 to {@value #MAX_DAYS_BEFORE}
   * @since 0.1
   */
  public static ReminderPolicy birthdays(int daysBefore) {
    checkDaysBefore(daysBefore);
    return new FunctionPolicy(
        "birthdays",
        c -> {
          if (c.owner().isEmpty()) {
            return List.of();
          }
          List<PlannedReminder> planned = new ArrayList<>();
          for (ContactSnapshot contact : c.contacts()) {
            Birthday birthday = contact.birthday();
            if (birthday == null) {
              continue;
            }
            LocalDate next = BirthdayDates.nextOccurrence(birthday, c.asOf());
            String calendar = birthday instanceof Birthday.Lunar ? "lunar " : "";
            planned.add(
                planned(
                        "birthday:" + contact.id() + ":" + next,
                        ReminderKind.BIRTHDAY,
                        next.minusDays(daysBefore),
                        c.owner().get(),
                        calendar + "Birthday of " + contact.name().displayName() + " on " + next)
                    .about(contact.id()));
          }
          return planned;
        });
  }

  /**
   * Returns a policy that plans the next anniversary of each continuous contract coverage that is
   * open today or later (合同周年): the first whole year after its start that falls on or after today
   * and within the coverage. Its id is {@code contract-anniversaries}.
   *
   * @since 0.1
   */
  public static ReminderPolicy contractAnniversaries() {
    return new FunctionPolicy(
        "contract-anniversaries",
        c -> {
          if (c.owner().isEmpty()) {
            return List.of();
          }
          List<PlannedReminder> planned = new ArrayList<>();
          for (DateRange coverage : c.facts().contractCoverage()) {
            if (coverage.end().isBefore(c.asOf())) {
              continue;
            }
            int years = Math.max(1, Period.between(coverage.start(), c.asOf()).getYears());
            LocalDate next = coverage.start().plusYears(years);
            if (next.isBefore(c.asOf())) {
              years++;
              next = coverage.start().plusYears(years);
            }
            if (next.isAfter(coverage.end())) {
              continue;
            }
            planned.add(
                planned(
                    "contract-anniversary:" + coverage.start() + ":" + next,
                    ReminderKind.ANNIVERSARY,
                    next,
                    c.owner().get(),
                    years
                        + "-year contract anniversary of "
                        + c.customer().name().displayName()
                        + " (under contract since "
                        + coverage.start()
                        + ")"));
          }
          return planned;
        });
  }

  /**
   * Returns a policy that plans a renewal reminder {@code daysBefore} days before the end of each
   * continuous contract coverage that ends today or later (续约). A contract renewed without a gap
   * extends the coverage, so the reminder for the old end is no longer planned and regeneration
   * cancels it. Its id is {@code contract-renewals}.
   *
   * @throws ValidationException if {@code daysBefore} is outside 0 to {@value #MAX_DAYS_BEFORE}
   * @since 0.1
   */
  public static ReminderPolicy contractRenewals(int daysBefore) {
    checkDaysBefore(daysBefore);
    return new FunctionPolicy(
        "contract-renewals",
        c -> {
          if (c.owner().isEmpty()) {
            return List.of();
          }
          List<PlannedReminder> planned = new ArrayList<>();
          for (DateRange coverage : c.facts().contractCoverage()) {
            if (coverage.end().isBefore(c.asOf())) {
              continue;
            }
            planned.add(
                planned(
                    "contract-renewal:" + coverage.end(),
                    ReminderKind.CONTRACT_RENEWAL,
                    coverage.end().minusDays(daysBefore),
                    c.owner().get(),
                    "Renew the contract of "
                        + c.customer().name().displayName()
                        + ": it ends on "
                        + coverage.end()));
          }
          return planned;
        });
  }

  /**
   * Returns a policy that plans a greeting {@code daysBefore} days before the next occurrence of
   * each holiday of the calendar within a year from today (春节, 元宵节, 端午节, 中秋节, 重阳节 on the lunar
   * calendar; 元旦, 国庆节 and host-defined dates on the Gregorian one). Its id is {@code
   * holiday-greetings}.
   *
   * @throws ValidationException if {@code daysBefore} is outside 0 to {@value #MAX_DAYS_BEFORE}
   * @since 0.1
   */
  public static ReminderPolicy holidayGreetings(HolidayCalendar calendar, int daysBefore) {
    requireNonNull(calendar, "calendar");
    checkDaysBefore(daysBefore);
    return new FunctionPolicy(
        "holiday-greetings",
        c -> {
          if (c.owner().isEmpty()) {
            return List.of();
          }
          Map<String, Holiday> next = new LinkedHashMap<>();
          for (Holiday holiday : calendar.between(c.asOf(), c.asOf().plusYears(1).minusDays(1))) {
            next.putIfAbsent(holiday.name(), holiday);
          }
          List<PlannedReminder> planned = new ArrayList<>();
          for (Holiday holiday : next.values()) {
            planned.add(
                planned(
                    "holiday:" + holiday.date() + ":" + keyPart(holiday.name()),
                    ReminderKind.HOLIDAY_GREETING,
                    holiday.date().minusDays(daysBefore),
                    c.owner().get(),
                    "Greet "
                        + c.customer().name().displayName()
                        + " for "
                        + holiday.name()
                        + " on "
                        + holiday.date()));
          }
          return planned;
        });
  }

  /**
   * Returns a policy that plans a follow-up (跟进) {@code days} days after the last contact, or after
   * registration if there never was one; a new contact moves it. Its id is {@code
   * follow-up-after:<days>}.
   *
   * @throws ValidationException if {@code days} is outside 1 to 3660
   * @since 0.1
   */
  public static ReminderPolicy followUpAfter(int days) {
    if (days < 1 || days > 3660) {
      throw ValidationException.of("days", days, "must be between 1 and 3660");
    }
    return new FunctionPolicy(
        "follow-up-after:" + days,
        c -> {
          if (c.owner().isEmpty()) {
            return List.of();
          }
          Optional<LocalDate> last = c.lastContactDay();
          LocalDate due = last.orElseGet(() -> registered(c)).plusDays(days);
          String since = last.map(d -> "last contact " + d).orElse("never contacted");
          return List.of(
              planned(
                  "follow-up:" + due,
                  ReminderKind.FOLLOW_UP,
                  due,
                  c.owner().get(),
                  "Follow up " + c.customer().name().displayName() + " (" + since + ")"));
        });
  }

  /**
   * Returns a policy that warns the owner while the recycling rule decides to warn (or already to
   * recycle) about a customer of a pool: one warning per recycling day, due at once, cancelled by
   * regeneration once a follow-up or a deal moves the day or the customer is recycled. Pass the
   * rule the kit recycles with. Its id is {@code pool-recycle-warnings}.
   *
   * @since 0.1
   */
  public static ReminderPolicy poolRecycleWarnings(RecyclingRule rule) {
    requireNonNull(rule, "rule");
    return new FunctionPolicy(
        "pool-recycle-warnings",
        c -> {
          if (c.owner().isEmpty() || c.recyclingCase().isEmpty()) {
            return List.of();
          }
          RecycleDecision decision = rule.decide(c.recyclingCase().get(), c.asOf());
          if (decision.action() == RecycleDecision.Action.KEEP || decision.recycleOn() == null) {
            return List.of();
          }
          return List.of(
              planned(
                  "pool-recycle:" + decision.recycleOn(),
                  ReminderKind.POOL_RECYCLE_WARNING,
                  c.asOf(),
                  c.owner().get(),
                  c.customer().name().displayName()
                      + " returns to the public pool on "
                      + decision.recycleOn()
                      + ": "
                      + decision.reason()));
        });
  }

  private static LocalDate registered(ReminderContext c) {
    return LocalDate.ofInstant(c.customer().createdAt(), c.zone());
  }

  private static PlannedReminder planned(
      String key, ReminderKind kind, LocalDate day, UserRef owner, String title) {
    String shortTitle = title.length() <= 200 ? title : title.substring(0, 199) + "…";
    return PlannedReminder.of(key, kind, day.atTime(DUE), owner, shortTitle);
  }

  private static String keyPart(String name) {
    return name.length() <= 60
        ? name
        : UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static void checkDaysBefore(int daysBefore) {
    if (daysBefore < 0 || daysBefore > MAX_DAYS_BEFORE) {
      throw ValidationException.of(
          "daysBefore", daysBefore, "must be between 0 and " + MAX_DAYS_BEFORE);
    }
  }
}
