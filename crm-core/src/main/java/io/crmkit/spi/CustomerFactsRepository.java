package io.crmkit.spi;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores the {@link CustomerFacts} read model, one per customer. Obtained from a {@link
 * UnitOfWork}; crmkit saves facts in the same unit of work as the activity that changed them.
 *
 * @since 0.1
 */
public interface CustomerFactsRepository {

  /** Finds a customer's facts; empty when none were saved or for another tenant's customer. */
  Optional<CustomerFacts> find(TenantId tenant, CustomerId customer);

  /**
   * Inserts or updates facts and returns them at the new stored version; the same version rules as
   * {@link CustomerRepository#save}, so two units of work updating one customer's facts at once
   * cannot both succeed.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  CustomerFacts save(CustomerFacts facts);

  /** Removes a customer's facts; idempotent; returns whether they existed. */
  boolean delete(TenantId tenant, CustomerId customer);

  /**
   * Lists the tenant's facts in ascending customer id order, with the paging contract of {@link
   * CustomerRepository#find}; batch rule jobs walk it.
   */
  Page<CustomerFacts> find(TenantId tenant, PageRequest page);
}
