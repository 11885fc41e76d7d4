package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of an orders file hold what, as the command-line options name them.
 *
 * @param format how the file separates columns
 * @param customer the column of the customer key
 * @param date the column of the order date
 * @param amount the column of the amount
 * @param currencyColumn the column of the ISO currency code, if the file has one
 * @param currency the currency of every order, or of orders whose currency cell is blank
 * @param parent the column of the parent account's key, if the orders file has one
 * @param dateFormat the date pattern, such as {@code yyyyMMdd}; {@code null} for ISO dates (a time
 *     after the date is ignored)
 * @param filters only rows whose columns hold these values are read, such as {@code deal_stage=Won}
 * @since 0.1
 */
record ColumnMapping(
    InputFormat format,
    String customer,
    String date,
    String amount,
    @Nullable String currencyColumn,
    @Nullable Currency currency,
    @Nullable String parent,
    @Nullable String dateFormat,
    Map<String, String> filters) {

  /**
   * Requires the mandatory columns and checks the date pattern.
   *
   * @throws IllegalArgumentException if neither a currency nor a currency column is given, or the
   *     date pattern is not a valid pattern
   */
  public ColumnMapping {
    requireNonNull(format, "format");
    requireNonNull(customer, "customer");
    requireNonNull(date, "date");
    requireNonNull(amount, "amount");
    filters = Map.copyOf(filters);
    if (currencyColumn == null && currency == null) {
      throw new IllegalArgumentException(
          "give the currency of the orders with --currency CODE or --currency-column COLUMN");
    }
    if (dateFormat != null) {
      DateTimeFormatter.ofPattern(dateFormat);
    }
  }
}
