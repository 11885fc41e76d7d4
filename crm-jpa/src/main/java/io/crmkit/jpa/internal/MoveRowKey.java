package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of one move of a customer's ownership history: {@code (tenant_id, customer_id,
 * move_no)}, the number being the move's position in the history (0 for the oldest). JPA requires
 * an id class to be a mutable, serializable class with a public no-argument constructor.
 */
public class MoveRowKey implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tenant id. */
  public String tenant = "";

  /** The customer id (a canonical UUID text). */
  public String customer = "";

  /** The move's position in the history, from 0. */
  public int number;

  /** For the provider. */
  public MoveRowKey() {}

  MoveRowKey(String tenant, String customer, int number) {
    this.tenant = tenant;
    this.customer = customer;
    this.number = number;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MoveRowKey other
        && tenant.equals(other.tenant)
        && customer.equals(other.customer)
        && number == other.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, customer, number);
  }

  @Override
  public String toString() {
    return tenant + "/" + customer + "/" + number;
  }
}
