package io.crmkit.core.shared;

import java.util.Currency;

/**
 * Two amounts in different currencies were added, subtracted or compared; crmkit never converts
 * currencies implicitly.
 *
 * @since 0.1
 */
public final class CurrencyMismatchException extends CrmException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception naming both currencies. */
  public CurrencyMismatchException(Currency left, Currency right) {
    super(
        CrmErrorCode.CURRENCY_MISMATCH,
        "cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode(),
        null);
  }
}
