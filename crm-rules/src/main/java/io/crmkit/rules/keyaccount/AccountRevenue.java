package io.crmkit.rules.keyaccount;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.FactWindow;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One account's measures for key-account identification: its revenue over a window, its largest
 * single order, how long it has been under contract without a break, whether the host marks it
 * strategic, and the account it is a subsidiary of.
 *
 * @param account the host's key for the account, such as a {@code CustomerId} in text form
 * @param revenue the revenue over the analysed window, in one currency; 0 or more
 * @param largestOrder the largest single order, in the same currency; 0 or more
 * @param contractYears whole years under contract without a break up to the analysis day; 0 or more
 * @param strategic whether the host marks the account strategic
 * @param parent the key of the account this one is a subsidiary of, or {@code null} for a top-level
 *     account
 * @since 0.1
 */
public record AccountRevenue(
    String account,
    BigDecimal revenue,
    BigDecimal largestOrder,
    int contractYears,
    boolean strategic,
    @Nullable String parent) {

  /**
   * Validates every measure and lists every problem.
   *
   * @throws ValidationException if the key is blank, revenue or the largest order is negative,
   *     contract years are negative, or the parent is blank or the account itself
   */
  public AccountRevenue {
    requireNonNull(account, "account");
    requireNonNull(revenue, "revenue");
    requireNonNull(largestOrder, "largestOrder");
    List<FieldError> errors = new ArrayList<>();
    if (account.isBlank()) {
      errors.add(new FieldError("account", account, "must not be blank"));
    }
    if (revenue.signum() < 0) {
      errors.add(new FieldError("revenue", revenue.toPlainString(), "must be 0 or more"));
    }
    if (largestOrder.signum() < 0) {
      errors.add(new FieldError("largestOrder", largestOrder.toPlainString(), "must be 0 or more"));
    }
    if (contractYears < 0) {
      errors.add(
          new FieldError("contractYears", String.valueOf(contractYears), "must be 0 or more"));
    }
    if (parent != null && parent.isBlank()) {
      errors.add(new FieldError("parent", parent, "must not be blank when present"));
    } else if (account.equals(parent)) {
      errors.add(new FieldError("parent", parent, "must not be the account itself"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Returns a top-level, non-strategic account with only revenue, no orders and no contract. */
  public static AccountRevenue of(String account, BigDecimal revenue) {
    return new AccountRevenue(account, revenue, BigDecimal.ZERO, 0, false, null);
  }

  /**
   * Reads an account's measures from its facts: spend in {@code currency} over {@code window}
   * ending on {@code asOf}, the lifetime largest order in that currency (the facts keep no
   * per-window largest order), and the whole years of continuous contract coverage up to {@code
   * asOf}.
   *
   * @param parent the key of the parent account, or {@code null} for a top-level account
   * @throws ValidationException if {@code asOf} lies so far before the latest order that the window
   *     reaches past the days the facts retain, or the parent is blank or the account itself
   */
  public static AccountRevenue of(
      CustomerFacts facts,
      Currency currency,
      FactWindow window,
      LocalDate asOf,
      boolean strategic,
      @Nullable String parent) {
    requireNonNull(facts, "facts");
    requireNonNull(currency, "currency");
    requireNonNull(window, "window");
    requireNonNull(asOf, "asOf");
    BigDecimal revenue = facts.spend(currency, window, asOf).amount();
    BigDecimal largest = facts.largestOrder(currency).map(Money::amount).orElse(BigDecimal.ZERO);
    return new AccountRevenue(
        facts.customer().toString(),
        revenue,
        largest,
        facts.continuousContractYears(asOf),
        strategic,
        parent);
  }

  /** Returns the key of the parent account, if this account is a subsidiary. */
  public Optional<String> parentAccount() {
    return Optional.ofNullable(parent);
  }
}
