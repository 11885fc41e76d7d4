package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * An activity as it is stored: the fact, the id it was given and when it was recorded.
 *
 * @param id the activity id
 * @param recordedAt when it was recorded (microsecond precision)
 * @param activity the fact
 * @since 0.1
 */
public record RecordedActivity(ActivityId id, Instant recordedAt, Activity activity) {

  /** Requires every part and truncates the instant to microseconds. */
  public RecordedActivity {
    requireNonNull(id, "id");
    requireNonNull(activity, "activity");
    recordedAt = Times.stored(requireNonNull(recordedAt, "recordedAt"));
  }

  /** Returns the tenant of the activity. */
  public TenantId tenant() {
    return activity.tenant();
  }

  /** Returns the customer of the activity. */
  public CustomerId customer() {
    return activity.customer();
  }
}
