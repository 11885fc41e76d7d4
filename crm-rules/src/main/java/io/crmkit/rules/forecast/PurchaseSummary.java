package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.DailySpend;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the forecast models know about one customer, in the units of Fader, Hardie and Lee:
 * purchases on the same day are one transaction; time is in weeks from the customer's first
 * purchase.
 *
 * @param frequency {@code x}: the number of repeat transactions (purchase days after the first)
 * @param recency {@code tₓ}: weeks from the first purchase to the last; 0 without repeats
 * @param age {@code T}: weeks from the first purchase to the end of the observation
 * @param meanRepeatValue the mean value of the repeat transactions (each a day's total), unrounded
 *     (a mean, not an amount paid); zero without repeats
 * @param valuedRepeats how many repeat transactions the mean value is taken over
 * @param currency the currency of the value
 * @since 0.1
 */
public record PurchaseSummary(
    int frequency,
    double recency,
    double age,
    BigDecimal meanRepeatValue,
    int valuedRepeats,
    Currency currency) {
  private static final double DAYS_PER_WEEK = 7;

  /**
   * Validates the summary and lists every problem.
   *
   * @throws ValidationException if a count is negative, a time is negative or not finite, the
   *     recency exceeds the age, a customer without repeats has a recency or a value, or the mean
   *     value of valued repeats is not positive
   */
  public PurchaseSummary {
    requireNonNull(meanRepeatValue, "meanRepeatValue");
    requireNonNull(currency, "currency");
    List<FieldError> errors = new ArrayList<>();
    check(errors, frequency >= 0, "frequency", frequency, "must not be negative");
    check(errors, Double.isFinite(age) && age >= 0, "age", age, "must be finite and at least 0");
    check(
        errors,
        Double.isFinite(recency) && recency >= 0 && recency <= age,
        "recency",
        recency,
        "must lie between 0 and the age " + age);
    check(errors, frequency > 0 || recency == 0, "recency", recency, "must be 0 without repeats");
    check(
        errors,
        valuedRepeats >= 0 && valuedRepeats <= frequency,
        "valuedRepeats",
        valuedRepeats,
        "must lie between 0 and the frequency " + frequency);
    check(
        errors,
        valuedRepeats == 0 ? meanRepeatValue.signum() == 0 : meanRepeatValue.signum() > 0,
        "meanRepeatValue",
        meanRepeatValue,
        valuedRepeats == 0 ? "must be zero without valued repeats" : "must be positive");
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Summarises a customer's purchases up to and including {@code end} (later purchases, such as a
   * hold-out period, are ignored): purchases on the same day are merged into one transaction. Days
   * whose purchases total zero count as transactions but not towards the mean repeat value.
   *
   * @param purchases the customer's purchases, in any order
   * @param end the last day of the observation
   * @throws ValidationException if there is no purchase on or before {@code end}, or the purchases
   *     are in more than one currency
   */
  public static PurchaseSummary of(Collection<Purchase> purchases, LocalDate end) {
    requireNonNull(purchases, "purchases");
    requireNonNull(end, "end");
    TreeMap<LocalDate, Money> days = new TreeMap<>();
    Currency currency = null;
    for (Purchase purchase : purchases) {
      if (currency == null) {
        currency = purchase.amount().currency();
      } else if (!currency.equals(purchase.amount().currency())) {
        throw ValidationException.of(
            "purchases",
            purchase.amount(),
            "must all be in one currency, " + currency + ", but one was " + purchase.amount());
      }
      if (!purchase.day().isAfter(end)) {
        days.merge(purchase.day(), purchase.amount(), Money::plus);
      }
    }
    if (days.isEmpty()) {
      throw ValidationException.of(
          "end", end, "must not lie before the first purchase but " + end + " does");
    }
    LocalDate first = days.firstKey();
    Money repeatTotal = Money.zero(currency);
    int valued = 0;
    for (Money value : days.tailMap(first, false).values()) {
      if (!value.isZero()) {
        repeatTotal = repeatTotal.plus(value);
        valued++;
      }
    }
    int repeats = days.size() - 1;
    return new PurchaseSummary(
        repeats,
        weeks(first, days.lastKey()),
        weeks(first, end),
        mean(repeatTotal, valued),
        valued,
        currency);
  }

  /**
   * Summarises a customer from its facts, in the currency given, for the observation ending on
   * {@code asOf}; empty when the customer has no order on or before {@code asOf}.
   *
   * <p>{@link CustomerFacts} keeps the first and last order dates, the order count and the daily
   * totals of the 365 days before the last order. When the first order lies within those days the
   * summary is exact (the same as {@link #of} over the order history). When it does not, the orders
   * before the retained days are counted as separate transactions (orders on one day there cannot
   * be merged), and the mean repeat value is the mean over all transactions, first one included,
   * because the first day's total is no longer known; use {@link #of} over the order history for
   * the exact summary. Orders in other currencies count as transactions but not towards the value.
   *
   * @throws ValidationException if {@code asOf} lies before the last order (facts keep no earlier
   *     state to summarise)
   */
  public static Optional<PurchaseSummary> of(
      CustomerFacts facts, Currency currency, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(currency, "currency");
    requireNonNull(asOf, "asOf");
    LocalDate first = facts.firstOrderDate();
    LocalDate last = facts.lastOrderDate();
    if (first == null || last == null || facts.orderCount() == 0 || first.isAfter(asOf)) {
      return Optional.empty();
    }
    if (last.isAfter(asOf)) {
      throw ValidationException.of(
          "asOf", asOf, "must not lie before the last order on " + last + " but was " + asOf);
    }
    TreeMap<LocalDate, Long> ordersByDay = new TreeMap<>();
    TreeMap<LocalDate, Money> valueByDay = new TreeMap<>();
    for (DailySpend daily : facts.recentOrders()) {
      ordersByDay.merge(daily.day(), (long) daily.orders(), Long::sum);
      if (daily.amount().currency().equals(currency) && !daily.amount().isZero()) {
        valueByDay.merge(daily.day(), daily.amount(), Money::plus);
      }
    }
    long retainedOrders = ordersByDay.values().stream().mapToLong(Long::longValue).sum();
    boolean complete = ordersByDay.containsKey(first) && retainedOrders == facts.orderCount();
    int repeats;
    BigDecimal mean;
    int valued;
    if (complete) {
      repeats = ordersByDay.size() - 1;
      Money total = Money.zero(currency);
      for (Money value : valueByDay.tailMap(first, false).values()) {
        total = total.plus(value);
      }
      valued = valueByDay.tailMap(first, false).size();
      mean = mean(total, valued);
    } else {
      long earlier = facts.orderCount() - retainedOrders;
      repeats = Math.toIntExact(ordersByDay.size() + earlier - 1);
      Money lifetime = facts.spend(currency, FactWindow.LIFETIME, asOf);
      valued = lifetime.isZero() ? 0 : repeats;
      mean = mean(lifetime, valued == 0 ? 0 : repeats + 1);
    }
    return Optional.of(
        new PurchaseSummary(
            repeats,
            repeats == 0 ? 0 : weeks(first, last),
            weeks(first, asOf),
            mean,
            valued,
            currency));
  }

  /** Returns whether the customer bought again after the first purchase. */
  public boolean hasRepeats() {
    return frequency > 0;
  }

  private static BigDecimal mean(Money total, int count) {
    if (count == 0) {
      return BigDecimal.ZERO;
    }
    return total
        .amount()
        .divide(BigDecimal.valueOf(count), MathContext.DECIMAL64)
        .stripTrailingZeros();
  }

  private static double weeks(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_WEEK;
  }

  private static void check(
      List<FieldError> errors, boolean ok, String field, Object value, String rule) {
    if (!ok) {
      errors.add(new FieldError(field, String.valueOf(value), rule));
    }
  }
}
