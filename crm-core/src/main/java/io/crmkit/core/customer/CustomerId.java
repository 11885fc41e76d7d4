package io.crmkit.core.customer;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Uuids;
import java.util.UUID;

/**
 * Identifies a customer within its tenant. Ids order as 16 unsigned bytes, the order keyset paging
 * uses in every store.
 *
 * @param value the UUID, assigned by the kit's {@code IdGenerator}
 * @since 0.1
 */
public record CustomerId(UUID value) implements Comparable<CustomerId> {

  /** Requires a value. */
  public CustomerId {
    requireNonNull(value, "value");
  }

  /** Returns the id with the given UUID. */
  public static CustomerId of(UUID value) {
    return new CustomerId(value);
  }

  /**
   * Parses the canonical UUID text.
   *
   * @throws io.crmkit.core.shared.ValidationException if the text is not a UUID
   */
  public static CustomerId parse(String text) {
    return new CustomerId(Uuids.parse("customerId", text));
  }

  @Override
  public int compareTo(CustomerId other) {
    return Uuids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
