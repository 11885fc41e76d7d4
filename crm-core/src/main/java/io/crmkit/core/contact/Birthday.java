package io.crmkit.core.contact;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * A contact's birthday as the contact celebrates it: on the solar (Gregorian) calendar, or on the
 * Chinese lunar calendar (农历) by lunar month and day, with the leap-month flag. It is stored
 * exactly as given; turning a lunar birthday into this year's Gregorian date is the reminder rules'
 * job.
 *
 * @since 0.1
 */
public sealed interface Birthday permits Birthday.Solar, Birthday.Lunar {

  /**
   * A Gregorian birthday, with or without the year of birth.
   *
   * @param year the year of birth, if known
   * @param month 1 to 12
   * @param day a day that exists in that month (29 February only without a year or in a leap year)
   */
  record Solar(@Nullable Integer year, int month, int day) implements Birthday {

    /**
     * Validates the date.
     *
     * @throws ValidationException if the date does not exist
     */
    public Solar {
      Problems problems = Problems.create();
      problems.check(
          month >= 1 && month <= 12, "birthday.month", month, "must be between 1 and 12");
      problems.check(
          year == null || year >= 1900 && year <= 9999,
          "birthday.year",
          year,
          "must be between 1900 and 9999");
      problems.throwIfAny();
      int maxDay = Month.of(month).maxLength();
      if (day < 1 || day > maxDay) {
        throw ValidationException.of("birthday.day", day, "must be between 1 and " + maxDay);
      }
      if (year != null) {
        try {
          LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          throw ValidationException.of(
              "birthday", year + "-" + month + "-" + day, "must be a real date");
        }
      }
    }

    /** Returns the solar birthday of a full date of birth. */
    public static Solar of(LocalDate dateOfBirth) {
      return new Solar(
          dateOfBirth.getYear(), dateOfBirth.getMonthValue(), dateOfBirth.getDayOfMonth());
    }

    /** Returns a solar birthday without a year. */
    public static Solar of(MonthDay monthDay) {
      return new Solar(null, monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }

    /** Returns the month and day. */
    public MonthDay monthDay() {
      return MonthDay.of(month, day);
    }
  }

  /**
   * A Chinese lunar birthday: lunar month 1 to 12 (闰月 marked by {@code leapMonth}) and day 1 to 30,
   * with the Gregorian year of birth if known.
   *
   * @param year the Gregorian year the person was born in, if known
   * @param month the lunar month, 1 to 12
   * @param day the lunar day, 1 to 30
   * @param leapMonth whether the month is the leap month that follows {@code month}
   */
  record Lunar(@Nullable Integer year, int month, int day, boolean leapMonth) implements Birthday {

    /**
     * Validates the ranges; whether a leap month existed in the year is not checked here.
     *
     * @throws ValidationException listing every value out of range
     */
    public Lunar {
      Problems problems = Problems.create();
      problems.check(
          month >= 1 && month <= 12, "birthday.month", month, "must be between 1 and 12");
      problems.check(day >= 1 && day <= 30, "birthday.day", day, "must be between 1 and 30");
      problems.check(
          year == null || year >= 1900 && year <= 2100,
          "birthday.year",
          year,
          "must be between 1900 and 2100");
      problems.throwIfAny();
    }
  }
}
