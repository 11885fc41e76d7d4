package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;
import java.time.LocalDate;

/**
 * The orders of one day in one currency: their total and their count. {@link CustomerFacts} keeps
 * these for the last 365 days before the latest order, to answer rolling windows.
 *
 * @param day the order date
 * @param amount the total of that day's orders in one currency
 * @param orders how many orders
 * @since 0.1
 */
public record DailySpend(LocalDate day, Money amount, int orders)
    implements Comparable<DailySpend> {

  /** Requires every part and at least one order. */
  public DailySpend {
    requireNonNull(day, "day");
    requireNonNull(amount, "amount");
    if (orders < 1) {
      throw new IllegalArgumentException("orders must be positive but was " + orders);
    }
  }

  /** Orders by day, then currency code. */
  @Override
  public int compareTo(DailySpend other) {
    int byDay = day.compareTo(other.day);
    return byDay != 0
        ? byDay
        : amount.currency().getCurrencyCode().compareTo(other.amount.currency().getCurrencyCode());
  }

  /** Returns whether the other entry is for the same day and currency. */
  boolean sameSlot(DailySpend other) {
    return day.equals(other.day) && amount.currency().equals(other.amount.currency());
  }

  /** Returns the entry with the other's orders added. */
  DailySpend plus(DailySpend other) {
    return new DailySpend(day, amount.plus(other.amount), orders + other.orders);
  }
}
