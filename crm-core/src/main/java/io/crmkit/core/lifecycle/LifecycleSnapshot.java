package io.crmkit.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.util.List;

/**
 * The complete state of a {@link LifecycleHistory} at one version, as a storage adapter keeps it.
 *
 * @param tenant the tenant
 * @param customer the customer
 * @param version the stored version; 0 before the first save
 * @param changes every move, oldest first; never empty
 * @since 0.1
 */
public record LifecycleSnapshot(
    TenantId tenant, CustomerId customer, long version, List<StageChange> changes) {

  /** Requires the parts and at least one change. */
  public LifecycleSnapshot {
    requireNonNull(tenant, "tenant");
    requireNonNull(customer, "customer");
    changes = List.copyOf(changes);
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("a lifecycle history has at least one change");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /** Returns a copy at another version; stores call it when they save. */
  public LifecycleSnapshot withVersion(long newVersion) {
    return new LifecycleSnapshot(tenant, customer, newVersion, changes);
  }
}
