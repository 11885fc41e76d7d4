package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a row kept per tenant and id: {@code (tenant_id, id)}, tenant first so that
 * every primary key can be a distribution key. JPA requires an id class to be a mutable,
 * serializable class with a public no-argument constructor.
 */
public class RowKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tenant id. */
  public String tenant = "";

  /**
   * The row's own id (a canonical UUID text, or a crmkit code such as a tier ladder key or pool
   * id).
   */
  public String id = "";

  /** For the provider. */
  public RowKey() {}

  RowKey(String tenant, String id) {
    this.tenant = tenant;
    this.id = id;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RowKey other && tenant.equals(other.tenant) && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, id);
  }

  @Override
  public String toString() {
    return tenant + "/" + id;
  }
}
