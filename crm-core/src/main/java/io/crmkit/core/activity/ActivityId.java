package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Uuids;
import java.util.UUID;

/**
 * Identifies an activity fact (an order, contract, interaction or piece of feedback) within its
 * tenant. Ids order as 16 unsigned bytes, the order keyset paging uses in every store.
 *
 * @param value the UUID, assigned by the kit's {@code IdGenerator}
 * @since 0.1
 */
public record ActivityId(UUID value) implements Comparable<ActivityId> {

  /** Requires a value. */
  public ActivityId {
    requireNonNull(value, "value");
  }

  /** Returns the id with the given UUID. */
  public static ActivityId of(UUID value) {
    return new ActivityId(value);
  }

  /**
   * Parses the canonical UUID text.
   *
   * @throws io.crmkit.core.shared.ValidationException if the text is not a UUID
   */
  public static ActivityId parse(String text) {
    return new ActivityId(Uuids.parse("activityId", text));
  }

  @Override
  public int compareTo(ActivityId other) {
    return Uuids.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
