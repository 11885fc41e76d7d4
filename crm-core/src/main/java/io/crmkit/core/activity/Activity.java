package io.crmkit.core.activity;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.time.LocalDate;

/**
 * Something a customer did or that happened with a customer: an order, a contract, an interaction
 * or a piece of feedback. Activities are immutable facts; once recorded (as a {@link
 * RecordedActivity}) they are never changed, and every {@link CustomerFacts} figure derives from
 * them.
 *
 * @since 0.1
 */
public sealed interface Activity permits Order, Contract, Interaction, Feedback {

  /** Returns the tenant. */
  TenantId tenant();

  /** Returns the customer the activity belongs to. */
  CustomerId customer();

  /** Returns the business day the activity happened on (an order's date, a contract's start). */
  LocalDate day();
}
