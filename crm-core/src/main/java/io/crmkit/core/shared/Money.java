package io.crmkit.core.shared;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one ISO 4217 currency. The amount is kept at the currency's scale ({@code
 * 12.5 CNY} is {@code 12.50 CNY}), so equal amounts are {@code equals}; arithmetic and comparison
 * across currencies throw {@link CurrencyMismatchException}.
 *
 * @param amount the amount, at most 15 integer digits and no more decimals than the currency has
 * @param currency the ISO 4217 currency
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
  /** The most integer digits an amount may have; 10^15 is beyond any single CRM figure. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** The most decimals kept for a currency without minor units, such as XAU. */
  public static final int MAX_DECIMALS_WITHOUT_MINOR_UNIT = 6;

  /**
   * Validates the amount against the currency and brings it to the currency's scale.
   *
   * @throws ValidationException if the amount has more decimals than the currency allows or more
   *     than {@value #MAX_INTEGER_DIGITS} integer digits
   */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    amount = normalize(amount, currency);
  }

  /**
   * Parses an amount and a currency code, e.g. {@code Money.of("128000.00", "CNY")}.
   *
   * @throws ValidationException listing a malformed amount and an unknown currency
   */
  public static Money of(String amount, String currencyCode) {
    Problems problems = Problems.create();
    BigDecimal parsed = null;
    try {
      parsed = new BigDecimal(requireNonNull(amount, "amount").strip());
    } catch (NumberFormatException e) {
      problems.add("amount", amount, "must be a decimal number");
    }
    Currency currency = problems.value("currency", () -> currency(currencyCode));
    problems.throwIfAny();
    return new Money(parsed, currency);
  }

  /** Returns the amount in the given currency. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** Returns zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Looks up an ISO 4217 currency by its code.
   *
   * @throws ValidationException if the code is not a known ISO 4217 code
   */
  public static Currency currency(String code) {
    requireNonNull(code, "currency");
    try {
      return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("currency", code, "must be an ISO 4217 currency code");
    }
  }

  /** Returns the sum; both must be in the same currency. */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Returns the difference; both must be in the same currency. */
  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** Returns whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Returns whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Compares two amounts of the same currency. */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** Returns the larger of two amounts of the same currency. */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Renders as {@code 128000.00 CNY}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  private static BigDecimal normalize(BigDecimal amount, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (amount.signum() == 0) {
      return BigDecimal.ZERO.setScale(Math.max(0, digits));
    }
    // currencies without minor units (gold, XAU; the testing code XTS) keep their significant
    // decimals only
    int maxDecimals = digits < 0 ? MAX_DECIMALS_WITHOUT_MINOR_UNIT : digits;
    // check the digits before rescaling, so that 1e999999999 is rejected without being expanded
    if (amount.scale() > maxDecimals && amount.stripTrailingZeros().scale() > maxDecimals) {
      throw ValidationException.of(
          "amount",
          amount.toString(),
          "must have at most " + maxDecimals + " decimals in " + currency.getCurrencyCode());
    }
    if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw ValidationException.of(
          "amount",
          amount.toString(),
          "must have at most " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (digits >= 0) {
      return amount.setScale(digits, RoundingMode.UNNECESSARY);
    }
    BigDecimal significant = amount.stripTrailingZeros();
    return significant.scale() < 0 ? significant.setScale(0) : significant;
  }
}
