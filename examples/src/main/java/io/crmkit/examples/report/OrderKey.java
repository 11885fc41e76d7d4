package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.ActivityId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * What makes two orders the same order for {@code --store}: the customer's key, the day, the amount
 * (12.5 and 12.50 are one amount) and the currency. Orders have no number of their own in the
 * input, so the n-th of several equal orders is told apart by its occurrence number.
 *
 * @param customer the customer's key
 * @param date the order date
 * @param amount the amount without trailing zeros
 * @param currency the currency
 */
record OrderKey(String customer, LocalDate date, BigDecimal amount, Currency currency) {

  /** Requires every part and drops the amount's trailing zeros. */
  OrderKey {
    requireNonNull(customer, "customer");
    requireNonNull(date, "date");
    amount = requireNonNull(amount, "amount").stripTrailingZeros();
    requireNonNull(currency, "currency");
  }

  /** Returns the key of an order. */
  static OrderKey of(OrderLine order) {
    return new OrderKey(order.customer(), order.date(), order.amount(), order.currency());
  }

  /**
   * Returns the id of the {@code occurrence}-th (from 1) order with this key: a name-based UUID,
   * the same in every run.
   */
  ActivityId activityId(int occurrence) {
    String name =
        "order\u0000"
            + customer
            + '\u0000'
            + date
            + '\u0000'
            + amount.toPlainString()
            + '\u0000'
            + currency.getCurrencyCode()
            + '\u0000'
            + occurrence;
    return ActivityId.of(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
  }
}
