package io.crmkit.core.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stay of a customer in a segment: entered at {@code entered} (inclusive), left at {@code left}
 * (exclusive; absent while still a member).
 *
 * @param entered when the customer entered
 * @param left when it left, or {@code null} while it is a member
 * @param addedBy who added it (a user for static segments, the rule job for dynamic ones)
 * @since 0.1
 */
public record MembershipPeriod(Instant entered, @Nullable Instant left, UserRef addedBy) {

  /**
   * Requires {@code left} not to be before {@code entered}; a stay that ends the instant it began
   * covers no instant.
   *
   * @throws ValidationException if it is not
   */
  public MembershipPeriod {
    requireNonNull(addedBy, "addedBy");
    entered = Times.stored(requireNonNull(entered, "entered"));
    left = left == null ? null : Times.stored(left);
    if (left != null && left.isBefore(entered)) {
      throw ValidationException.of("left", left, "must not be before entered " + entered);
    }
  }

  /** Returns whether the customer was a member at the instant. */
  public boolean covers(Instant instant) {
    return !instant.isBefore(entered) && (left == null || instant.isBefore(left));
  }
}
