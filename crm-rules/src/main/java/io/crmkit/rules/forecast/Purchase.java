package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.Order;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;

/**
 * One dated purchase of a customer, the input from which a {@link PurchaseSummary} is built.
 *
 * @param day the purchase date
 * @param amount what was paid; zero for a free order, which counts as a transaction but not towards
 *     the spend model
 * @since 0.1
 */
public record Purchase(LocalDate day, Money amount) {

  /**
   * Validates the purchase.
   *
   * @throws ValidationException if the amount is negative
   */
  public Purchase {
    requireNonNull(day, "day");
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw ValidationException.of("amount", amount, "must not be negative but was " + amount);
    }
  }

  /** Returns the purchase an order records. */
  public static Purchase of(Order order) {
    requireNonNull(order, "order");
    return new Purchase(order.date(), order.amount());
  }
}
