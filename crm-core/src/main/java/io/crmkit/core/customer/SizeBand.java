package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a customer's size band as the host defines it, by employees or annual
 * revenue ({@code 50-199}, {@code revenue-100m+}, {@code 中型}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record SizeBand(String code) implements Comparable<SizeBand> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public SizeBand {
    code = Codes.normalize("sizeBand", code);
  }

  /** Returns the code. */
  public static SizeBand of(String code) {
    return new SizeBand(code);
  }

  @Override
  public int compareTo(SizeBand other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
