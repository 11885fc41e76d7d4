package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * One order read from an input file, with where it came from.
 *
 * @param file the file as named on the command line
 * @param line the 1-based line the row starts on
 * @param customer the customer's key as the file spells it
 * @param parent the key of the account the customer is a subsidiary of, if the orders file says
 * @param date the order date
 * @param amount the amount, 0 or more
 * @param currency the currency
 * @since 0.1
 */
record OrderLine(
    String file,
    long line,
    String customer,
    @Nullable String parent,
    LocalDate date,
    BigDecimal amount,
    Currency currency) {

  /** Requires every part except the parent. */
  public OrderLine {
    requireNonNull(file, "file");
    requireNonNull(customer, "customer");
    requireNonNull(date, "date");
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
  }
}
