package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import java.time.LocalDate;

/**
 * What a rule looks at: one customer's state, its facts, and the day the rule decides for. Rules
 * are pure functions of a subject; they never read the clock or the store.
 *
 * @param customer the customer's state
 * @param facts the customer's facts (or its group's)
 * @param asOf the day the decision is for
 * @since 0.1
 */
public record Subject(CustomerSnapshot customer, CustomerFacts facts, LocalDate asOf) {

  /** Requires every part. */
  public Subject {
    requireNonNull(customer, "customer");
    requireNonNull(facts, "facts");
    requireNonNull(asOf, "asOf");
  }
}
