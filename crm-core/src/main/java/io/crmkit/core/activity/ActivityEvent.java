package io.crmkit.core.activity;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;

/**
 * The events of activity recording, published after the unit of work that recorded them committed.
 *
 * @since 0.1
 */
public sealed interface ActivityEvent extends CrmEvent permits ActivityRecorded {

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
