package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a customer's purchase-frequency band as the host defines it ({@code weekly},
 * {@code monthly}, {@code occasional}, {@code 高频}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record PurchaseFrequencyBand(String code) implements Comparable<PurchaseFrequencyBand> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public PurchaseFrequencyBand {
    code = Codes.normalize("purchaseFrequency", code);
  }

  /** Returns the code. */
  public static PurchaseFrequencyBand of(String code) {
    return new PurchaseFrequencyBand(code);
  }

  @Override
  public int compareTo(PurchaseFrequencyBand other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
