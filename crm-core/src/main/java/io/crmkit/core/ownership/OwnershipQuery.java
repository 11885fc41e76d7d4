package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing ownerships of one tenant, in ascending customer id order: a manager's
 * customers, a pool's waiting customers, or the customers a user claimed since an instant.
 *
 * @param tenant the tenant (required)
 * @param owner only customers this user owns, or {@code null}
 * @param pool only customers waiting in this pool, or {@code null}
 * @param claimedBy only customers this user claimed at or after {@code claimedSince}, or {@code
 *     null}
 * @param claimedSince the start of the claim window; required with {@code claimedBy}
 * @since 0.1
 */
public record OwnershipQuery(
    TenantId tenant,
    @Nullable UserRef owner,
    @Nullable PoolId pool,
    @Nullable UserRef claimedBy,
    @Nullable Instant claimedSince) {

  /** Requires the tenant, and a start with {@code claimedBy}. */
  public OwnershipQuery {
    requireNonNull(tenant, "tenant");
    if ((claimedBy == null) != (claimedSince == null)) {
      throw new IllegalArgumentException("claimedBy and claimedSince go together");
    }
  }

  /** Returns a query for every ownership of the tenant. */
  public static OwnershipQuery in(TenantId tenant) {
    return new OwnershipQuery(tenant, null, null, null, null);
  }

  /** Also requires the owner. */
  public OwnershipQuery ownedBy(UserRef user) {
    return new OwnershipQuery(tenant, requireNonNull(user, "user"), pool, claimedBy, claimedSince);
  }

  /** Also requires the customer to wait in the pool. */
  public OwnershipQuery waitingIn(PoolId id) {
    return new OwnershipQuery(tenant, owner, requireNonNull(id, "pool"), claimedBy, claimedSince);
  }

  /** Also requires a claim by the user at or after the instant. */
  public OwnershipQuery claimedBy(UserRef user, Instant since) {
    return new OwnershipQuery(
        tenant, owner, pool, requireNonNull(user, "user"), requireNonNull(since, "since"));
  }

  /** Returns whether an ownership meets every criterion; other stores must agree with it. */
  public boolean matches(OwnershipSnapshot o) {
    return o.tenant().equals(tenant)
        && (owner == null || owner.equals(o.owner()))
        && (pool == null || pool.equals(o.pool()))
        && (claimedBy == null
            || o.moves().stream()
                .anyMatch(
                    m ->
                        m.kind() == MoveKind.CLAIMED
                            && claimedBy.equals(m.newOwner())
                            && !m.at().isBefore(claimedSince)));
  }
}
