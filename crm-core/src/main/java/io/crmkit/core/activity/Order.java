package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A purchase: what a customer bought, for how much, on which day.
 *
 * @param tenant the tenant
 * @param customer the buying customer
 * @param amount the order value; never negative (record returns as their own facts in a later
 *     version)
 * @param date the order date
 * @param category the product category, if known
 * @param reference the host's order number, if any
 * @since 0.1
 */
public record Order(
    TenantId tenant,
    CustomerId customer,
    Money amount,
    LocalDate date,
    @Nullable ProductCategory category,
    @Nullable String reference)
    implements Activity {
  /** The longest reference accepted. */
  public static final int MAX_REFERENCE = 100;

  /**
   * Validates the order and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if a part is missing, the amount is negative
   *     or the reference is blank or too long
   */
  public Order {
    Problems problems = Problems.create();
    problems.require(tenant, "tenant");
    problems.require(customer, "customer");
    problems.require(date, "date");
    if (problems.require(amount, "amount")) {
      problems.check(!amount.isNegative(), "amount", amount, "must not be negative");
    }
    reference = problems.text("reference", reference, MAX_REFERENCE, false);
    problems.throwIfAny();
  }

  /** Returns an order with no category or reference. */
  public static Order of(TenantId tenant, CustomerId customer, Money amount, LocalDate date) {
    return new Order(tenant, customer, amount, date, null, null);
  }

  /** Returns a copy with the product category. */
  public Order withCategory(ProductCategory newCategory) {
    return new Order(
        tenant, customer, amount, date, requireNonNull(newCategory, "category"), reference);
  }

  /** Returns a copy with the host's order number. */
  public Order withReference(String newReference) {
    return new Order(
        tenant, customer, amount, date, category, requireNonNull(newReference, "reference"));
  }

  @Override
  public LocalDate day() {
    return date;
  }
}
