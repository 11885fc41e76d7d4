package io.crmkit.spi;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores each customer's {@link LifecycleHistory}, keyed by tenant and customer id. Obtained from a
 * {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface LifecycleRepository {

  /**
   * Finds a customer's lifecycle history; empty when it never began or for another tenant's
   * customer. Contract: every {@link io.crmkit.core.lifecycle.StageChange} reads back equal, in
   * order.
   */
  Optional<LifecycleHistory> find(TenantId tenant, CustomerId customer);

  /**
   * Inserts or updates a history and returns it at its new stored version; the same version rules
   * as {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  LifecycleHistory save(LifecycleHistory history);

  /** Removes a customer's history; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, CustomerId customer);

  /**
   * Lists the histories that {@link LifecycleQuery#matches} accepts, in ascending customer id
   * order, with the paging contract of {@link CustomerRepository#find}.
   */
  Page<LifecycleHistory> find(LifecycleQuery query, PageRequest page);

  /** Counts the histories that {@link LifecycleQuery#matches} accepts. */
  long count(LifecycleQuery query);
}
