package io.crmkit.spi;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores each customer's {@link Ownership}, keyed by tenant and customer id. Obtained from a {@link
 * UnitOfWork}.
 *
 * @since 0.1
 */
public interface OwnershipRepository {

  /**
   * Finds a customer's ownership; empty when nobody ever held it or for another tenant's customer.
   * Contract: owner, pool, lock, team and every move read back equal.
   */
  Optional<Ownership> find(TenantId tenant, CustomerId customer);

  /**
   * Inserts or updates an ownership and returns it at its new stored version; the same version
   * rules as {@link CustomerRepository#save}, so that of two managers claiming one customer at once
   * exactly one succeeds.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  Ownership save(Ownership ownership);

  /** Removes a customer's ownership; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, CustomerId customer);

  /**
   * Lists the ownerships that {@link OwnershipQuery#matches} accepts, in ascending customer id
   * order, with the paging contract of {@link CustomerRepository#find}.
   */
  Page<Ownership> find(OwnershipQuery query, PageRequest page);

  /** Counts the ownerships that {@link OwnershipQuery#matches} accepts. */
  long count(OwnershipQuery query);
}
