package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A contract with a customer, in force from {@code start} to {@code end}, both days inclusive.
 * Back-to-back and overlapping contracts make up continuous coverage, the basis of the "1–2+ years
 * of continuous contracts" key-account criterion.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param start the first day in force
 * @param end the last day in force, not before start
 * @param value the total contract value; never negative
 * @param renewalOf the contract this one renews, if it is a renewal
 * @param reference the host's contract number, if any
 * @since 0.1
 */
public record Contract(
    TenantId tenant,
    CustomerId customer,
    LocalDate start,
    LocalDate end,
    Money value,
    @Nullable ActivityId renewalOf,
    @Nullable String reference)
    implements Activity {

  /**
   * Validates the contract and lists every problem.
   *
   * @throws io.crmkit.core.shared.ValidationException if a part is missing, the end is before the
   *     start, the value is negative or the reference is blank or too long
   */
  public Contract {
    Problems problems = Problems.create();
    problems.require(tenant, "tenant");
    problems.require(customer, "customer");
    if (problems.require(start, "start") & problems.require(end, "end")) {
      problems.check(!end.isBefore(start), "end", end, "must not be before the start " + start);
    }
    if (problems.require(value, "value")) {
      problems.check(!value.isNegative(), "value", value, "must not be negative");
    }
    reference = problems.text("reference", reference, Order.MAX_REFERENCE, false);
    problems.throwIfAny();
  }

  /** Returns a contract that renews nothing and has no reference. */
  public static Contract of(
      TenantId tenant, CustomerId customer, LocalDate start, LocalDate end, Money value) {
    return new Contract(tenant, customer, start, end, value, null, null);
  }

  /** Returns a copy marked as the renewal of an earlier contract. */
  public Contract renewing(ActivityId previous) {
    return new Contract(
        tenant, customer, start, end, value, requireNonNull(previous, "previous"), reference);
  }

  /** Returns a copy with the host's contract number. */
  public Contract withReference(String newReference) {
    return new Contract(
        tenant, customer, start, end, value, renewalOf, requireNonNull(newReference, "reference"));
  }

  /** Returns the number of days in force. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  @Override
  public LocalDate day() {
    return start;
  }
}
