package io.crmkit.core.forecast;

import io.crmkit.core.internal.Codes;

/**
 * A validated code under which a tenant stores one fitted model ({@code clv.purchases}, {@code
 * vip/spend}); one key per model and segment.
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record ModelKey(String code) implements Comparable<ModelKey> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public ModelKey {
    code = Codes.normalize("model", code);
  }

  /**
   * Returns the key with the code.
   *
   * @throws io.crmkit.core.shared.ValidationException as the constructor does
   */
  public static ModelKey of(String code) {
    return new ModelKey(code);
  }

  @Override
  public int compareTo(ModelKey other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
