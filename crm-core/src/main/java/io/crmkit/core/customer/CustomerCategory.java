package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a customer category as the host defines it ({@code distributor}, {@code
 * end-user}, {@code government}, {@code 经销商}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record CustomerCategory(String code) implements Comparable<CustomerCategory> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public CustomerCategory {
    code = Codes.normalize("category", code);
  }

  /** Returns the code. */
  public static CustomerCategory of(String code) {
    return new CustomerCategory(code);
  }

  @Override
  public int compareTo(CustomerCategory other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
