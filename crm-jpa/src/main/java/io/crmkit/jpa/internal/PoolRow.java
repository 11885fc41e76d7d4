package io.crmkit.jpa.internal;

import io.crmkit.core.ownership.DepartmentRef;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * One row of {@code crm_pool}: a {@link io.crmkit.core.ownership.PublicPool}, keyed by tenant and
 * pool id. The member users, member departments and administrators are {@link TextRecords} texts
 * (read whole with the pool, never filtered on); every field of the {@link
 * io.crmkit.core.ownership.PoolPolicy} is a column of its own, the ex-owner cooldown as seconds and
 * nanoseconds so that any {@code Duration} reads back equal. A set of codes is a {@link
 * MemberTexts#codes} text. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_pool")
@IdClass(RowKey.class)
public class PoolRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "pool_id")
  String id = "";

  @Column(name = "name")
  String name = "";

  @Column(name = "members")
  String members = "";

  @Column(name = "departments")
  String departments = "";

  @Column(name = "admins")
  String admins = "";

  @Column(name = "owner_quota")
  int ownerQuota;

  @Column(name = "won_customers_count")
  boolean wonCustomersCount;

  @Column(name = "claims_per_day")
  int claimsPerDay;

  @Column(name = "ex_owner_cooldown_s")
  long exOwnerCooldownSeconds;

  @Column(name = "ex_owner_cooldown_ns")
  int exOwnerCooldownNanos;

  @Column(name = "recycle_warning_days")
  int recycleWarningDays;

  @Column(name = "recycle_days_without_follow_up")
  int recycleAfterDaysWithoutFollowUp;

  @Column(name = "recycle_days_without_deal")
  int recycleAfterDaysWithoutDeal;

  @Column(name = "exempt_won_customers")
  boolean exemptWonCustomers;

  @Column(name = "exempt_open_contracts")
  boolean exemptOpenContracts;

  /** For the provider. */
  protected PoolRow() {}

  PoolRow(RowKey key) {
    this.tenant = key.tenant;
    this.id = key.id;
  }

  /** Writes every column of the pool, except the key; the version becomes one more. */
  void write(PublicPool pool) {
    version = pool.version() + 1;
    name = pool.name();
    members = MemberTexts.codes(pool.members(), UserRef::value);
    departments = MemberTexts.codes(pool.departments(), DepartmentRef::code);
    admins = MemberTexts.codes(pool.admins(), UserRef::value);
    PoolPolicy p = pool.policy();
    ownerQuota = p.ownerQuota();
    wonCustomersCount = p.wonCustomersCount();
    claimsPerDay = p.claimsPerDay();
    exOwnerCooldownSeconds = p.exOwnerCooldown().getSeconds();
    exOwnerCooldownNanos = p.exOwnerCooldown().getNano();
    recycleWarningDays = p.recycleWarningDays();
    recycleAfterDaysWithoutFollowUp = p.recycleAfterDaysWithoutFollowUp();
    recycleAfterDaysWithoutDeal = p.recycleAfterDaysWithoutDeal();
    exemptWonCustomers = p.exemptWonCustomers();
    exemptOpenContracts = p.exemptOpenContracts();
  }

  /** Returns the pool the row holds. */
  PublicPool read() {
    return new PublicPool(
        TenantId.of(tenant),
        PoolId.of(id),
        version,
        name,
        MemberTexts.codes(members, UserRef::of),
        MemberTexts.codes(departments, DepartmentRef::of),
        MemberTexts.codes(admins, UserRef::of),
        new PoolPolicy(
            ownerQuota,
            wonCustomersCount,
            claimsPerDay,
            Duration.ofSeconds(exOwnerCooldownSeconds, exOwnerCooldownNanos),
            recycleWarningDays,
            recycleAfterDaysWithoutFollowUp,
            recycleAfterDaysWithoutDeal,
            exemptWonCustomers,
            exemptOpenContracts));
  }

  @Override
  public String describe() {
    return "pool " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
