package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a segment membership row: {@code (tenant_id, segment_key, customer_id)}, in
 * {@link io.crmkit.core.segment.MembershipKey} order after the tenant. JPA requires an id class to
 * be a mutable, serializable class with a public no-argument constructor.
 */
public class MembershipRowKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tenant id. */
  public String tenant = "";

  /** The segment key. */
  public String segment = "";

  /** The customer id (a canonical UUID text). */
  public String customer = "";

  /** For the provider. */
  public MembershipRowKey() {}

  MembershipRowKey(String tenant, String segment, String customer) {
    this.tenant = tenant;
    this.segment = segment;
    this.customer = customer;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MembershipRowKey other
        && tenant.equals(other.tenant)
        && segment.equals(other.segment)
        && customer.equals(other.customer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, segment, customer);
  }

  @Override
  public String toString() {
    return tenant + "/" + segment + "/" + customer;
  }
}
