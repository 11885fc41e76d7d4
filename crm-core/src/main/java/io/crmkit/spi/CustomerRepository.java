package io.crmkit.spi;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores customers, keyed by tenant and id. Obtained from a {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface CustomerRepository {

  /**
   * Finds a customer of the tenant, soft-deleted or not.
   *
   * <p>Contract: returns exactly the state last saved (every field of {@link
   * io.crmkit.core.customer.CustomerSnapshot} equal, instants to the microsecond); returns empty
   * for an unknown id and for an id that exists only in another tenant.
   */
  Optional<Customer> findById(TenantId tenant, CustomerId id);

  /**
   * Inserts or updates a customer and returns it at its new stored version.
   *
   * <p>Contract: a customer at version 0 is inserted and comes back at version 1; if its id is
   * already stored in its tenant, {@link io.crmkit.core.shared.ConcurrentUpdateException} is
   * thrown. A customer at version N &gt; 0 replaces the stored one if that is at version N, and
   * comes back at N + 1; otherwise (stored at another version, or not stored)
   * ConcurrentUpdateException is thrown and nothing changes. The returned customer has no pending
   * events.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  Customer save(Customer customer);

  /**
   * Removes a customer for good (crmkit soft-deletes through {@link #save}; this erases).
   *
   * <p>Contract: idempotent; returns whether a customer was removed; never touches another tenant's
   * customer with the same id, nor the customer's contacts, activities or facts.
   */
  boolean delete(TenantId tenant, CustomerId id);

  /**
   * Lists the customers that {@link CustomerQuery#matches} accepts, in ascending id order.
   *
   * <p>Contract: a page has at most {@code page.size()} customers, all after the cursor; {@code
   * next} is absent only when no matching customer follows the page. Paging through the whole list
   * while other units of work insert customers returns every customer that existed when paging
   * started exactly once, and no customer twice.
   *
   * @throws io.crmkit.core.shared.ValidationException if the cursor was not made by this store
   */
  Page<Customer> find(CustomerQuery query, PageRequest page);

  /** Counts the customers that {@link CustomerQuery#matches} accepts. */
  long count(CustomerQuery query);
}
