package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for the channel through which a customer's data was collected ({@code
 * trade-show}, {@code website}, {@code referral}, {@code import}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record Source(String code) implements Comparable<Source> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public Source {
    code = Codes.normalize("source", code);
  }

  /** Returns the code. */
  public static Source of(String code) {
    return new Source(code);
  }

  @Override
  public int compareTo(Source other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
