package io.crmkit.core.shared;

/**
 * An opaque keyset position returned with a {@link Page}: the store encodes the sort key of the
 * last item in it, and the next page starts strictly after that key. Hosts pass cursors back
 * unchanged (they may keep them as text between requests).
 *
 * @param token the store-specific encoding of the position
 * @since 0.1
 */
public record Cursor(String token) {

  /**
   * Validates that the token is present.
   *
   * @throws ValidationException if the token is blank or longer than 512 characters
   */
  public Cursor {
    if (java.util.Objects.requireNonNull(token, "token").isBlank() || token.length() > 512) {
      throw ValidationException.of("cursor", token, "must be a cursor returned by a page");
    }
  }

  /** Returns the cursor for a token a host kept as text. */
  public static Cursor of(String token) {
    return new Cursor(token);
  }

  @Override
  public String toString() {
    return token;
  }
}
