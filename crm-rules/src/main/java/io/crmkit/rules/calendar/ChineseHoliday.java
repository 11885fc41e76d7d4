package io.crmkit.rules.calendar;

import java.time.LocalDate;

/**
 * The standard Chinese holidays greeted by reminder policies: five on the lunar calendar (农历) and
 * two on the Gregorian one.
 *
 * @since 0.1
 */
public enum ChineseHoliday {
  /** Spring Festival, 春节: lunar 1st month, day 1. */
  SPRING_FESTIVAL("春节", true, 1, 1),
  /** Lantern Festival, 元宵节: lunar 1st month, day 15. */
  LANTERN("元宵节", true, 1, 15),
  /** Dragon Boat Festival, 端午节: lunar 5th month, day 5. */
  DRAGON_BOAT("端午节", true, 5, 5),
  /** Mid-Autumn Festival, 中秋节: lunar 8th month, day 15. */
  MID_AUTUMN("中秋节", true, 8, 15),
  /** Double Ninth Festival, 重阳节: lunar 9th month, day 9. */
  DOUBLE_NINTH("重阳节", true, 9, 9),
  /** New Year's Day, 元旦: 1 January. */
  NEW_YEAR("元旦", false, 1, 1),
  /** National Day, 国庆节: 1 October. */
  NATIONAL_DAY("国庆节", false, 10, 1);

  private final String chineseName;
  private final boolean lunar;
  private final int month;
  private final int day;

  ChineseHoliday(String chineseName, boolean lunar, int month, int day) {
    this.chineseName = chineseName;
    this.lunar = lunar;
    this.month = month;
    this.day = day;
  }

  /** Returns the holiday's Chinese name, such as 春节. */
  public String chineseName() {
    return chineseName;
  }

  /** Returns whether the holiday is fixed on the Chinese lunar calendar. */
  public boolean isLunar() {
    return lunar;
  }

  /**
   * Returns the Gregorian date of the holiday in a Gregorian year; each lunar holiday here falls in
   * the ordinary (non-leap) month of the lunar year that begins in that Gregorian year.
   */
  public LocalDate dateIn(int year) {
    return lunar
        ? LunarDates.toGregorian(year, month, false, day).orElseThrow()
        : LocalDate.of(year, month, day);
  }
}
