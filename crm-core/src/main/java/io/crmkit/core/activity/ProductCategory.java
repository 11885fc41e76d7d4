package io.crmkit.core.activity;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for the product category of an order ({@code pumps}, {@code 电机}).
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record ProductCategory(String code) {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public ProductCategory {
    code = Codes.normalize("category", code);
  }

  /** Returns the code. */
  public static ProductCategory of(String code) {
    return new ProductCategory(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
