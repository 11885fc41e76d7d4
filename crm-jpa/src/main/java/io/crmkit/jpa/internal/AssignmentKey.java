package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of one tier assignment: {@code (tenant_id, customer_id, ladder_key, from_us)},
 * since a customer's assignments on one ladder follow each other without overlap. JPA requires an
 * id class to be a mutable, serializable class with a public no-argument constructor.
 */
public class AssignmentKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tenant id. */
  public String tenant = "";

  /** The customer id. */
  public String owner = "";

  /** The ladder key. */
  public String ladder = "";

  /** When the assignment took effect, microseconds since the epoch. */
  public long start;

  /** For the provider. */
  public AssignmentKey() {}

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AssignmentKey other
        && start == other.start
        && tenant.equals(other.tenant)
        && owner.equals(other.owner)
        && ladder.equals(other.ladder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, owner, ladder, start);
  }

  @Override
  public String toString() {
    return tenant + "/" + owner + "/" + ladder + "/" + start;
  }
}
