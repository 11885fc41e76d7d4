package io.crmkit.spi;

import io.crmkit.core.shared.TenantId;
import java.util.Set;

/**
 * Tells crmkit which tenants exist; every call naming an unknown tenant is refused with a
 * validation error. Hosts with their own tenant registry implement it; others list their tenants
 * with {@link #of}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TenantDirectory {

  /** Returns whether the tenant exists. */
  boolean exists(TenantId tenant);

  /** Returns a directory of exactly these tenants. */
  static TenantDirectory of(TenantId... tenants) {
    Set<TenantId> known = Set.of(tenants);
    return known::contains;
  }
}
