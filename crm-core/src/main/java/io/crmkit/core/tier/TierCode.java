package io.crmkit.core.tier;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a tier within a ladder ({@code A}, {@code VIP}, {@code 金卡}, {@code 钻石}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record TierCode(String code) implements Comparable<TierCode> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public TierCode {
    code = Codes.normalize("tier", code);
  }

  /** Returns the code. */
  public static TierCode of(String code) {
    return new TierCode(code);
  }

  @Override
  public int compareTo(TierCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
