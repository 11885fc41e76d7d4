package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A contact was removed for good.
 *
 * @param tenant the tenant
 * @param contact the contact
 * @param customer the customer the contact works for
 * @param occurredAt when it happened
 * @since 0.1
 */
public record ContactRemoved(
    TenantId tenant, ContactId contact, CustomerId customer, Instant occurredAt)
    implements ContactEvent {

  /** Requires every part. */
  public ContactRemoved {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
  }
}
