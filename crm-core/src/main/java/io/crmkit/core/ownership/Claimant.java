package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.UserRef;
import java.util.Set;

/**
 * A user claiming a customer from a pool, with the departments the host says the user works in
 * (crmkit keeps no user directory).
 *
 * @param user the user
 * @param departments the user's departments
 * @since 0.1
 */
public record Claimant(UserRef user, Set<DepartmentRef> departments) {

  /** Requires the user and copies the departments. */
  public Claimant {
    requireNonNull(user, "user");
    departments = Set.copyOf(departments);
  }

  /** Returns a claimant in no department. */
  public static Claimant of(UserRef user) {
    return new Claimant(user, Set.of());
  }
}
