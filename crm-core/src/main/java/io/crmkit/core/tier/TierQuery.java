package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing customers' tier histories, in ascending customer id order: everyone graded
 * on a ladder, or everyone currently in one tier of it.
 *
 * @param tenant the tenant (required)
 * @param ladder the ladder the customer must be graded on (required)
 * @param current only customers currently in this tier, or {@code null} for any tier
 * @since 0.1
 */
public record TierQuery(TenantId tenant, LadderKey ladder, @Nullable TierCode current) {

  /** Requires tenant and ladder. */
  public TierQuery {
    requireNonNull(tenant, "tenant");
    requireNonNull(ladder, "ladder");
  }

  /** Returns a query for every customer graded on the ladder. */
  public static TierQuery on(TenantId tenant, LadderKey ladder) {
    return new TierQuery(tenant, ladder, null);
  }

  /** Also requires the current tier. */
  public TierQuery currently(TierCode tier) {
    return new TierQuery(tenant, ladder, requireNonNull(tier, "tier"));
  }

  /** Returns whether a history meets every criterion; other stores must agree with it. */
  public boolean matches(TierHistorySnapshot history) {
    return history.tenant().equals(tenant)
        && history.assignments().stream()
            .anyMatch(
                a ->
                    a.ladder().equals(ladder)
                        && a.thru() == null
                        && (current == null || current.equals(a.tier())));
  }
}
