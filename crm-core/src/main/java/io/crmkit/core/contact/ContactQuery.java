package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing contacts of one tenant; every criterion set must hold. Results come in
 * ascending {@link ContactId} order, keyset-paged.
 *
 * @param tenant the tenant to search in (required)
 * @param customer only contacts of this customer, or {@code null}
 * @param email only contacts with this e-mail address (compared canonically), or {@code null}
 * @param phone only contacts with this phone number, or {@code null}
 * @param role only contacts with this role, or {@code null}
 * @since 0.1
 */
public record ContactQuery(
    TenantId tenant,
    @Nullable CustomerId customer,
    @Nullable EmailAddress email,
    @Nullable PhoneNumber phone,
    @Nullable ContactRole role) {

  /** Requires the tenant. */
  public ContactQuery {
    requireNonNull(tenant, "tenant");
  }

  /** Returns a query for every contact of the tenant. */
  public static ContactQuery in(TenantId tenant) {
    return new ContactQuery(tenant, null, null, null, null);
  }

  /** Also requires the customer. */
  public ContactQuery customer(CustomerId required) {
    requireNonNull(required, "required");
    return new ContactQuery(tenant, required, email, phone, role);
  }

  /** Also requires the e-mail address, compared case-insensitively. */
  public ContactQuery email(EmailAddress required) {
    requireNonNull(required, "required");
    return new ContactQuery(tenant, customer, required, phone, role);
  }

  /** Also requires the phone number. */
  public ContactQuery phone(PhoneNumber required) {
    requireNonNull(required, "required");
    return new ContactQuery(tenant, customer, email, required, role);
  }

  /** Also requires the role. */
  public ContactQuery role(ContactRole required) {
    requireNonNull(required, "required");
    return new ContactQuery(tenant, customer, email, phone, required);
  }

  /** Returns whether a contact meets every criterion; other stores must agree with it. */
  public boolean matches(ContactSnapshot c) {
    return c.tenant().equals(tenant)
        && (customer == null || customer.equals(c.customer()))
        && (role == null || c.roles().contains(role))
        && (email == null
            || c.contactPoints().stream()
                .anyMatch(
                    p ->
                        p instanceof ContactPoint.Email e
                            && e.address().canonical().equals(email.canonical())))
        && (phone == null
            || c.contactPoints().stream()
                .anyMatch(p -> p instanceof ContactPoint.Phone ph && ph.number().equals(phone)));
  }
}
