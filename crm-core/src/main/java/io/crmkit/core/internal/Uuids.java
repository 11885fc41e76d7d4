package io.crmkit.core.internal;

import io.crmkit.core.shared.ValidationException;
import java.util.UUID;
import java.util.regex.Pattern;

/** The one order and the one parser for every typed id. */
public final class Uuids {
  // UUID.fromString alone also takes signs and short groups, such as +fffffff-…
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private Uuids() {}

  /**
   * Compares two UUIDs as 16 unsigned bytes, big-endian: the order PostgreSQL, H2 and a {@code
   * BINARY(16)} column sort them in (unlike {@link UUID#compareTo}, which compares signed longs).
   */
  public static int compare(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }

  /**
   * Parses the canonical 36-character text form.
   *
   * @throws ValidationException naming {@code field} if the text is not a UUID
   */
  public static UUID parse(String field, String text) {
    java.util.Objects.requireNonNull(text, field);
    if (!CANONICAL.matcher(text).matches()) {
      throw ValidationException.of(
          field, text, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000");
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of(
          field, text, "must be a UUID like 123e4567-e89b-12d3-a456-426614174000");
    }
  }
}
