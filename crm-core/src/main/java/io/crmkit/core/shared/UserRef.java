package io.crmkit.core.shared;

import io.crmkit.core.internal.Codes;

/**
 * A user of the host application (an account manager, a sales rep, an import job) as the host
 * identifies it; crmkit stores the reference and never looks users up.
 *
 * @param value the host's user key, 1 to 64 characters
 * @since 0.1
 */
public record UserRef(String value) {

  /**
   * Validates and normalises the key.
   *
   * @throws ValidationException if the key is blank, too long or has control characters
   */
  public UserRef {
    value = Codes.normalize("user", value);
  }

  /** Returns the user with the given key. */
  public static UserRef of(String value) {
    return new UserRef(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
