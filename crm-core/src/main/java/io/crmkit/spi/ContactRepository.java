package io.crmkit.spi;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores contacts, keyed by tenant and id. Obtained from a {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface ContactRepository {

  /**
   * Finds a contact of the tenant.
   *
   * <p>Contract: returns exactly the state last saved; empty for an unknown id or another tenant's
   * id.
   */
  Optional<Contact> findById(TenantId tenant, ContactId id);

  /**
   * Inserts or updates a contact and returns it at its new stored version; the same version rules
   * as {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  Contact save(Contact contact);

  /** Removes a contact; idempotent; returns whether one was removed. */
  boolean delete(TenantId tenant, ContactId id);

  /** Removes every contact of a customer; idempotent; returns how many were removed. */
  long deleteByCustomer(TenantId tenant, CustomerId customer);

  /**
   * Lists the contacts that {@link ContactQuery#matches} accepts, in ascending id order, with the
   * paging contract of {@link CustomerRepository#find}.
   */
  Page<Contact> find(ContactQuery query, PageRequest page);

  /** Counts the contacts that {@link ContactQuery#matches} accepts. */
  long count(ContactQuery query);
}
