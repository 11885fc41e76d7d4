package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A contact's data changed; {@code fields} names what changed.
 *
 * @param tenant the tenant
 * @param contact the contact
 * @param customer the customer the contact works for
 * @param occurredAt when it happened
 * @param fields the names of the changed fields
 * @since 0.1
 */
public record ContactChanged(
    TenantId tenant,
    ContactId contact,
    CustomerId customer,
    Instant occurredAt,
    java.util.Set<String> fields)
    implements ContactEvent {

  /** Requires every part. */
  public ContactChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    requireNonNull(customer, "customer");
    requireNonNull(occurredAt, "occurredAt");
    fields = java.util.Set.copyOf(fields);
  }
}
