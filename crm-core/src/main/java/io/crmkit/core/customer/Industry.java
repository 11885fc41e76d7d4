package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for the industry a customer works in, as the host codes it ({@code
 * manufacturing}, {@code C34} from GB/T 4754, {@code 制造业}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record Industry(String code) implements Comparable<Industry> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public Industry {
    code = Codes.normalize("industry", code);
  }

  /** Returns the code. */
  public static Industry of(String code) {
    return new Industry(code);
  }

  @Override
  public int compareTo(Industry other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
