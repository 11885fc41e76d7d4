package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for the sales region a customer belongs to ({@code east-china}, {@code CN-31},
 * {@code 华东}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record Region(String code) implements Comparable<Region> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public Region {
    code = Codes.normalize("region", code);
  }

  /** Returns the code. */
  public static Region of(String code) {
    return new Region(code);
  }

  @Override
  public int compareTo(Region other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
