package io.crmkit.core.customer;

import io.crmkit.core.shared.CrmEvent;

/**
 * The events of the customer aggregate, published after the unit of work that recorded them
 * committed.
 *
 * @since 0.1
 */
public sealed interface CustomerEvent extends CrmEvent
    permits CustomerRegistered, CustomerChanged, CustomerDeleted, CustomerRestored, CustomerPurged {

  /** Returns the customer the event is about. */
  CustomerId customer();

  /** Returns {@code "customer"}: events about one customer are delivered in order. */
  @Override
  default String aggregateType() {
    return "customer";
  }

  /** Returns the customer's id. */
  @Override
  default String aggregateId() {
    return customer().toString();
  }
}
