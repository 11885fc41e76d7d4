package io.crmkit.spi;

import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the tenants' {@link PublicPool}s, keyed by tenant and pool id. Obtained from a {@link
 * UnitOfWork}.
 *
 * @since 0.1
 */
public interface PoolRepository {

  /** Finds a pool; empty for an unknown id or another tenant's pool. */
  Optional<PublicPool> find(TenantId tenant, PoolId id);

  /**
   * Inserts or updates a pool and returns it at its new stored version; the same version rules as
   * {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  PublicPool save(PublicPool pool);

  /** Removes a pool; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, PoolId id);

  /** Returns every pool of the tenant, in ascending id order. */
  List<PublicPool> findAll(TenantId tenant);
}
