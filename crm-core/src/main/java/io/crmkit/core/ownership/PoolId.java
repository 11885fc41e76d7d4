package io.crmkit.core.ownership;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a public pool (公海) of a tenant ({@code east-china}, {@code 华东公海}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record PoolId(String code) implements Comparable<PoolId> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public PoolId {
    code = Codes.normalize("pool", code);
  }

  /** Returns the code. */
  public static PoolId of(String code) {
    return new PoolId(code);
  }

  @Override
  public int compareTo(PoolId other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
