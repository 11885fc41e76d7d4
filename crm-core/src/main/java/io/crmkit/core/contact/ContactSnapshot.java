package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The complete state of a {@link Contact} at one version, as a storage adapter keeps it.
 *
 * @param id the contact id
 * @param tenant the owning tenant
 * @param customer the customer the contact works for
 * @param version the stored version; 0 for a contact never saved
 * @param createdAt when the contact was added
 * @param updatedAt when the contact last changed
 * @param name the person's name
 * @param title job title, if known
 * @param department department, if known
 * @param roles the roles in buying decisions
 * @param contactPoints phones, e-mail addresses, WeChat ids and addresses, in the order given
 * @param birthday the birthday, if known
 * @param preferredLanguage the language to write in, if known
 * @param attributes host-defined typed fields
 * @since 0.1
 */
public record ContactSnapshot(
    ContactId id,
    TenantId tenant,
    CustomerId customer,
    long version,
    Instant createdAt,
    Instant updatedAt,
    PersonName name,
    @Nullable String title,
    @Nullable String department,
    Set<ContactRole> roles,
    List<ContactPoint> contactPoints,
    @Nullable Birthday birthday,
    @Nullable Locale preferredLanguage,
    CustomAttributes attributes) {

  /** Requires the mandatory parts and copies the collections. */
  public ContactSnapshot {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    requireNonNull(name, "name");
    requireNonNull(attributes, "attributes");
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
    roles =
        Collections.unmodifiableSet(
            roles.isEmpty() ? EnumSet.noneOf(ContactRole.class) : EnumSet.copyOf(roles));
    contactPoints = List.copyOf(contactPoints);
  }

  /** Returns a copy at another version; stores call it when they save. */
  public ContactSnapshot withVersion(long newVersion) {
    return new ContactSnapshot(
        id,
        tenant,
        customer,
        newVersion,
        createdAt,
        updatedAt,
        name,
        title,
        department,
        roles,
        contactPoints,
        birthday,
        preferredLanguage,
        attributes);
  }
}
