package io.crmkit.core.ownership;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a department of the host's organisation ({@code sales-east}, {@code 华东销售部}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record DepartmentRef(String code) implements Comparable<DepartmentRef> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public DepartmentRef {
    code = Codes.normalize("department", code);
  }

  /** Returns the code. */
  public static DepartmentRef of(String code) {
    return new DepartmentRef(code);
  }

  @Override
  public int compareTo(DepartmentRef other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
