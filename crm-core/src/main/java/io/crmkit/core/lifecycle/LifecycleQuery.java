package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing lifecycle histories of one tenant, in ascending customer id order.
 *
 * @param tenant the tenant (required)
 * @param current only customers whose current stage is this, or {@code null} for all
 * @since 0.1
 */
public record LifecycleQuery(TenantId tenant, @Nullable LifecycleStage current) {

  /** Requires the tenant. */
  public LifecycleQuery {
    requireNonNull(tenant, "tenant");
  }

  /** Returns a query for every customer with a lifecycle in the tenant. */
  public static LifecycleQuery in(TenantId tenant) {
    return new LifecycleQuery(tenant, null);
  }

  /** Also requires the current stage. */
  public LifecycleQuery currently(LifecycleStage stage) {
    return new LifecycleQuery(tenant, requireNonNull(stage, "stage"));
  }

  /** Returns whether a history meets every criterion; other stores must agree with it. */
  public boolean matches(LifecycleSnapshot history) {
    return history.tenant().equals(tenant)
        && (current == null || history.changes().get(history.changes().size() - 1).to() == current);
  }
}
