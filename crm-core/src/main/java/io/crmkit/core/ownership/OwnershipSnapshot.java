package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The complete state of an {@link Ownership} at one version, as a storage adapter keeps it.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param version the stored version; 0 before the first save
 * @param owner the dedicated account manager, if any
 * @param pool the pool the customer waits in, if unowned and pooled
 * @param locked whether claims, releases, assignments and transfers are blocked
 * @param team the account team besides the owner
 * @param moves every move, oldest first
 * @since 0.1
 */
public record OwnershipSnapshot(
    TenantId tenant,
    CustomerId customer,
    long version,
    @Nullable UserRef owner,
    @Nullable PoolId pool,
    boolean locked,
    List<TeamMember> team,
    List<OwnershipMove> moves) {

  /** Requires the identity, copies the lists and checks that owner and pool exclude each other. */
  public OwnershipSnapshot {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    team = List.copyOf(team);
    moves = List.copyOf(moves);
    if (owner != null && pool != null) {
      throw new IllegalArgumentException(
          "an owned customer is in no pool, but " + customer + " has both");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /** Returns a copy at another version; stores call it when they save. */
  public OwnershipSnapshot withVersion(long newVersion) {
    return new OwnershipSnapshot(tenant, customer, newVersion, owner, pool, locked, team, moves);
  }
}
