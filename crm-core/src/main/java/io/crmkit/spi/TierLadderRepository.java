package io.crmkit.spi;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import java.util.List;
import java.util.Optional;

/**
 * Stores the tenants' {@link TierLadder}s, keyed by tenant and ladder key. Obtained from a {@link
 * UnitOfWork}.
 *
 * @since 0.1
 */
public interface TierLadderRepository {

  /**
   * Finds a ladder; empty for an unknown key or another tenant's ladder. Contract: the tiers and
   * the downgrade grace read back equal.
   */
  Optional<TierLadder> find(TenantId tenant, LadderKey key);

  /**
   * Inserts or updates a ladder and returns it at its new stored version; the same version rules as
   * {@link CustomerRepository#save}.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  TierLadder save(TierLadder ladder);

  /** Removes a ladder; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, LadderKey key);

  /** Returns every ladder of the tenant, in ascending key order. */
  List<TierLadder> findAll(TenantId tenant);
}
