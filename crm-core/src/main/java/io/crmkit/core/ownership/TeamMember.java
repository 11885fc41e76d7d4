package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user on a customer's account team, with a role, an access level and an optional expiry (a
 * colleague covering a holiday).
 *
 * @param user the user
 * @param role the role; {@link TeamRole#OWNER} is reserved for the owner and not a team member
 * @param access read or read-write
 * @param expiresAt when the membership ends, or {@code null} for no end
 * @since 0.1
 */
public record TeamMember(UserRef user, TeamRole role, Access access, @Nullable Instant expiresAt) {

  /**
   * Validates the member.
   *
   * @throws ValidationException if the role is {@link TeamRole#OWNER}: ownership changes only
   *     through claim, assign and transfer
   */
  public TeamMember {
    requireNonNull(user, "user");
    requireNonNull(role, "role");
    requireNonNull(access, "access");
    if (role == TeamRole.OWNER) {
      throw ValidationException.of(
          "role", role, "must not be OWNER; make the user owner by assign or transfer");
    }
    expiresAt = expiresAt == null ? null : Times.stored(expiresAt);
  }

  /** Returns a member without expiry. */
  public static TeamMember of(UserRef user, TeamRole role, Access access) {
    return new TeamMember(user, role, access, null);
  }

  /** Returns whether the membership is in force at the instant. */
  public boolean isActiveAt(Instant instant) {
    return expiresAt == null || instant.isBefore(expiresAt);
  }
}
