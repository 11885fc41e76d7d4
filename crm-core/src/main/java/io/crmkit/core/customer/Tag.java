package io.crmkit.core.customer;

import io.crmkit.core.internal.Codes;

/**
 * A validated code for a free label on a customer ({@code strategic}, {@code 战略客户}); tags are
 * case-sensitive.
 *
 * @param code the code: 1 to 64 characters, no control characters, surrounding space stripped
 * @since 0.1
 */
public record Tag(String code) implements Comparable<Tag> {

  /**
   * Validates and normalises the code.
   *
   * @throws io.crmkit.core.shared.ValidationException if the code is blank, too long or has control
   *     characters
   */
  public Tag {
    code = Codes.normalize("tag", code);
  }

  /** Returns the code. */
  public static Tag of(String code) {
    return new Tag(code);
  }

  @Override
  public int compareTo(Tag other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
