package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "how many of the top accounts make this share of revenue": the fewest top-ranked
 * accounts whose revenue reaches the share, and what part of all accounts they are.
 *
 * @param revenueShare the share of revenue asked about, in (0, 1]
 * @param accounts the fewest top-ranked accounts that make at least that share; 0 when total
 *     revenue is 0
 * @param accountShare {@code accounts} divided by the number of top-level accounts, to {@value
 *     ParetoAnalysis#SCALE} decimals
 * @since 0.1
 */
public record ParetoPoint(BigDecimal revenueShare, int accounts, BigDecimal accountShare) {

  /**
   * Validates the shares and the count.
   *
   * @throws ValidationException if a share lies outside its range or the count is negative
   */
  public ParetoPoint {
    requireNonNull(revenueShare, "revenueShare");
    requireNonNull(accountShare, "accountShare");
    List<FieldError> errors = new ArrayList<>();
    if (revenueShare.signum() <= 0 || revenueShare.compareTo(BigDecimal.ONE) > 0) {
      errors.add(new FieldError("revenueShare", revenueShare.toPlainString(), "must be in (0, 1]"));
    }
    if (accounts < 0) {
      errors.add(new FieldError("accounts", String.valueOf(accounts), "must be 0 or more"));
    }
    if (accountShare.signum() < 0 || accountShare.compareTo(BigDecimal.ONE) > 0) {
      errors.add(
          new FieldError("accountShare", accountShare.toPlainString(), "must be between 0 and 1"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
