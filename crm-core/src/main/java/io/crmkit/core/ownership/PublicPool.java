package io.crmkit.core.ownership;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A public pool (公海) of a tenant: where customers without an owner wait to be claimed. A tenant may
 * run several (per region, per product line). Members (users, or whole departments) may claim;
 * administrators may also assign, lock and release for others.
 *
 * @param tenant the tenant
 * @param id the pool's id within the tenant
 * @param version the stored version; 0 before the first save
 * @param name the pool's name
 * @param members users who may claim
 * @param departments departments whose users may claim
 * @param admins users who administer the pool (and may claim)
 * @param policy quota, limits and recycling rules
 * @since 0.1
 */
public record PublicPool(
    TenantId tenant,
    PoolId id,
    long version,
    String name,
    Set<UserRef> members,
    Set<DepartmentRef> departments,
    Set<UserRef> admins,
    PoolPolicy policy) {

  /**
   * Validates the pool.
   *
   * @throws io.crmkit.core.shared.ValidationException if the name is blank or too long, or the pool
   *     has no administrator
   */
  public PublicPool {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    requireNonNull(policy, "policy");
    Problems problems = Problems.create();
    name = problems.text("name", name, 100, true);
    problems.check(!admins.isEmpty(), "admins", id, "must name at least one administrator");
    problems.throwIfAny();
    members = sorted(members);
    departments = sortedDepartments(departments);
    admins = sorted(admins);
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
  }

  /** Returns a new pool with one administrator, no members and no limits. */
  public static PublicPool of(TenantId tenant, PoolId id, String name, UserRef admin) {
    return new PublicPool(
        tenant, id, 0, name, Set.of(), Set.of(), Set.of(admin), PoolPolicy.UNLIMITED);
  }

  /** Returns a copy with more member users. */
  public PublicPool withMembers(UserRef... users) {
    Set<UserRef> all = new TreeSet<>(java.util.Comparator.comparing(UserRef::value));
    all.addAll(members);
    all.addAll(Set.of(users));
    return new PublicPool(tenant, id, version, name, all, departments, admins, policy);
  }

  /** Returns a copy with more member departments. */
  public PublicPool withDepartments(DepartmentRef... added) {
    Set<DepartmentRef> all = new TreeSet<>(departments);
    all.addAll(Set.of(added));
    return new PublicPool(tenant, id, version, name, members, all, admins, policy);
  }

  /** Returns a copy with another policy. */
  public PublicPool withPolicy(PoolPolicy newPolicy) {
    return new PublicPool(tenant, id, version, name, members, departments, admins, newPolicy);
  }

  /** Returns a copy at another version; stores call it when they save. */
  public PublicPool withVersion(long newVersion) {
    return new PublicPool(tenant, id, newVersion, name, members, departments, admins, policy);
  }

  /** Returns whether the user administers the pool. */
  public boolean isAdmin(UserRef user) {
    return admins.contains(user);
  }

  /** Returns whether the user, who works in the given departments, may claim from the pool. */
  public boolean isMember(UserRef user, Set<DepartmentRef> userDepartments) {
    return admins.contains(user)
        || members.contains(user)
        || userDepartments.stream().anyMatch(departments::contains);
  }

  private static Set<UserRef> sorted(Set<UserRef> users) {
    Set<UserRef> copy = new TreeSet<>(java.util.Comparator.comparing(UserRef::value));
    copy.addAll(users);
    return Collections.unmodifiableSet(copy);
  }

  private static Set<DepartmentRef> sortedDepartments(Set<DepartmentRef> set) {
    return Collections.unmodifiableSet(new TreeSet<>(set));
  }
}
