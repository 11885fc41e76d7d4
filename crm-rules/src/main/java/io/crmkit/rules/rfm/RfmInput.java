package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One customer's raw RFM measures at an analysis day: days since the last order, the number of
 * orders, and the money spent.
 *
 * @param customer the host's key for the customer, such as a {@code CustomerId} in text form or an
 *     external account number
 * @param recencyDays whole days from the last order to the analysis day; 0 or more
 * @param frequency the number of orders; at least 1, since a customer without orders has no RFM
 * @param monetary the money spent, in one currency; 0 or more
 * @since 0.1
 */
public record RfmInput(String customer, long recencyDays, long frequency, BigDecimal monetary) {

  /**
   * Validates every measure and lists every problem.
   *
   * @throws ValidationException if the key is blank, recency is negative, there are no orders, or
   *     the money is negative
   */
  public RfmInput {
    requireNonNull(customer, "customer");
    requireNonNull(monetary, "monetary");
    List<FieldError> errors = new ArrayList<>();
    if (customer.isBlank()) {
      errors.add(new FieldError("customer", customer, "must not be blank"));
    }
    if (recencyDays < 0) {
      errors.add(new FieldError("recencyDays", String.valueOf(recencyDays), "must be 0 or more"));
    }
    if (frequency < 1) {
      errors.add(
          new FieldError(
              "frequency", String.valueOf(frequency), "must be at least 1 order for an rfm score"));
    }
    if (monetary.signum() < 0) {
      errors.add(new FieldError("monetary", monetary.toPlainString(), "must be 0 or more"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Reads a customer's measures from its facts: days from the last order to {@code asOf}, the
   * lifetime order count, and the lifetime spend in {@code currency}.
   *
   * @throws ValidationException if the customer has no orders or {@code asOf} is before the last
   *     order
   */
  public static RfmInput of(CustomerFacts facts, Currency currency, LocalDate asOf) {
    requireNonNull(facts, "facts");
    requireNonNull(currency, "currency");
    requireNonNull(asOf, "asOf");
    long recency = facts.daysSinceLastOrder(asOf).orElse(0L);
    BigDecimal monetary = facts.spend(currency, FactWindow.LIFETIME, asOf).amount();
    return new RfmInput(facts.customer().toString(), recency, facts.orderCount(), monetary);
  }
}
