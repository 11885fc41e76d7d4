package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of one entry of a customer's lifecycle history: {@code (tenant_id, customer_id,
 * seq_no)}, the entry's position in the history. JPA requires an id class to be a mutable,
 * serializable class with a public no-argument constructor.
 */
public class EntryKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tenant id. */
  public String tenant = "";

  /** The customer id. */
  public String owner = "";

  /** The position in the history, 0 for the first entry. */
  public int seq;

  /** For the provider. */
  public EntryKey() {}

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EntryKey other
        && seq == other.seq
        && tenant.equals(other.tenant)
        && owner.equals(other.owner);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, owner, seq);
  }

  @Override
  public String toString() {
    return tenant + "/" + owner + "/" + seq;
  }
}
