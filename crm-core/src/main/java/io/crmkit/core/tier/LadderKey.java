package io.crmkit.core.tier;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a tier ladder of a tenant ({@code service-grade}, {@code loyalty}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record LadderKey(String code) implements Comparable<LadderKey> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public LadderKey {
    code = Codes.normalize("ladder", code);
  }

  /** Returns the code. */
  public static LadderKey of(String code) {
    return new LadderKey(code);
  }

  @Override
  public int compareTo(LadderKey other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
