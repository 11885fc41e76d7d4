package io.crmkit.core.reminder;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Uuids;
import java.util.UUID;

/**
 * Identifies a reminder within its tenant; a reminder with an idempotency key gets an id derived
 * from it ({@link #forKey}), so that regenerating it finds the same reminder. Ids order as 16
 * unsigned bytes, the order keyset paging uses in every store.
 *
 * @param value the UUID, assigned by the kit's {@code IdGenerator}
 * @since 0.1
 */
public record ReminderId(UUID value) implements Comparable<ReminderId> {

  /** Requires a value. */
  public ReminderId {
    requireNonNull(value, "value");
  }

  /** Returns the id with the given UUID. */
  public static ReminderId of(UUID value) {
    return new ReminderId(value);
  }

  /**
   * Parses the canonical UUID text.
   *
   * @throws io.crmkit.core.shared.ValidationException if the text is not a UUID
   */
  public static ReminderId parse(String text) {
    return new ReminderId(Uuids.parse("reminderId", text));
  }

  /**
   * Returns the id a reminder with this idempotency key has in this tenant: a name-based UUID of
   * both, the same every time.
   */
  public static ReminderId forKey(io.crmkit.core.shared.TenantId tenant, String idempotencyKey) {
    String name = "crmkit-reminder:" + tenant.value() + ":" + idempotencyKey;
    return new ReminderId(
        UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Override
  public int compareTo(ReminderId other) {
    return Uuids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
