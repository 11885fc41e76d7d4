package io.crmkit.core.shared;

import io.crmkit.core.internal.Codes;

/**
 * Identifies one tenant (a company, a business unit) whose data crmkit keeps apart from every other
 * tenant's; every aggregate carries one and every store query is scoped to one.
 *
 * @param value the host's tenant key, 1 to 64 characters
 * @since 0.1
 */
public record TenantId(String value) implements Comparable<TenantId> {

  /**
   * Validates and normalises the key.
   *
   * @throws ValidationException if the key is blank, too long or has control characters
   */
  public TenantId {
    value = Codes.normalize("tenant", value);
  }

  /** Returns the tenant with the given key. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
