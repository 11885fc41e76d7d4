package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a child row that holds one value of its owner's value set (a tag, a name
 * search key): {@code (tenant_id, owner id, value)}.
 */
public class ChildKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tenant id. */
  public String tenant = "";

  /** The owner's id. */
  public String owner = "";

  /** The value. */
  public String value = "";

  /** For the provider. */
  public ChildKey() {}

  ChildKey(String tenant, String owner, String value) {
    this.tenant = tenant;
    this.owner = owner;
    this.value = value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ChildKey other
        && tenant.equals(other.tenant)
        && owner.equals(other.owner)
        && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, owner, value);
  }

  @Override
  public String toString() {
    return tenant + "/" + owner + "/" + value;
  }
}
