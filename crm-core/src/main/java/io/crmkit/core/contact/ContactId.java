package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Uuids;
import java.util.UUID;

/**
 * Identifies a contact person within its tenant. Ids order as 16 unsigned bytes, the order keyset
 * paging uses in every store.
 *
 * @param value the UUID, assigned by the kit's {@code IdGenerator}
 * @since 0.1
 */
public record ContactId(UUID value) implements Comparable<ContactId> {

  /** Requires a value. */
  public ContactId {
    requireNonNull(value, "value");
  }

  /** Returns the id with the given UUID. */
  public static ContactId of(UUID value) {
    return new ContactId(value);
  }

  /**
   * Parses the canonical UUID text.
   *
   * @throws io.crmkit.core.shared.ValidationException if the text is not a UUID
   */
  public static ContactId parse(String text) {
    return new ContactId(Uuids.parse("contactId", text));
  }

  @Override
  public int compareTo(ContactId other) {
    return Uuids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
