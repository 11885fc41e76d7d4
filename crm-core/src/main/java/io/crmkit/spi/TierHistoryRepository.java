package io.crmkit.spi;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierQuery;
import java.util.Optional;

/**
 * Stores each customer's {@link TierHistory}, keyed by tenant and customer id. Obtained from a
 * {@link UnitOfWork}.
 *
 * @since 0.1
 */
public interface TierHistoryRepository {

  /**
   * Finds a customer's tier history; empty when the customer was never graded or belongs to another
   * tenant. Contract: every assignment and every pending downgrade (its ladder, tier and first day)
   * read back equal.
   */
  Optional<TierHistory> find(TenantId tenant, CustomerId customer);

  /**
   * Inserts or updates a history and returns it at its new stored version; the same version rules
   * as {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  TierHistory save(TierHistory history);

  /** Removes a customer's tier history; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, CustomerId customer);

  /**
   * Lists the histories that {@link TierQuery#matches} accepts, in ascending customer id order,
   * with the paging contract of {@link CustomerRepository#find}.
   */
  Page<TierHistory> find(TierQuery query, PageRequest page);

  /** Counts the histories that {@link TierQuery#matches} accepts. */
  long count(TierQuery query);
}
