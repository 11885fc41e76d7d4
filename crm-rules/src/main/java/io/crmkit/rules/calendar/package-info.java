/**
 * Calendar computations for reminder policies: the next Gregorian date of a solar or Chinese lunar
 * (农历) birthday, and the dates of Chinese and host-defined holidays in a range. Lunar dates come
 * from ICU4J's {@code ChineseCalendar}.
 */
@NullMarked
package io.crmkit.rules.calendar;

import org.jspecify.annotations.NullMarked;
