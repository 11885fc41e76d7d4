package io.crmkit.core.contact;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CrmEvent;

/**
 * The events of the contact aggregate, published after the unit of work that recorded them
 * committed.
 *
 * @since 0.1
 */
public sealed interface ContactEvent extends CrmEvent
    permits ContactAdded, ContactChanged, ContactRemoved {

  /** Returns the contact the event is about. */
  ContactId contact();

  /** Returns the customer the contact works for. */
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
