package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One {@link io.crmkit.core.tier.TierAssignment} of a customer, a row of {@code
 * crm_tier_assignment} keyed by ladder and start; the current one of a ladder has no end ({@code
 * thru_us} null), which {@code TierQuery} looks for, through the index {@code (tenant_id,
 * ladder_key, tier_code, customer_id)} for a tier. Written and removed with its {@link
 * TierHistoryRow}.
 */
@Entity
@Table(name = "crm_tier_assignment")
@IdClass(AssignmentKey.class)
public class TierAssignmentRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String owner = "";

  @Id
  @Column(name = "ladder_key")
  String ladder = "";

  @Id
  @Column(name = "from_us")
  long start;

  @Column(name = "tier_code")
  String tier = "";

  @Column(name = "thru_us")
  @Nullable Long thru;

  @Column(name = "source_kind")
  String sourceKind = "";

  @Column(name = "rule_id")
  @Nullable String ruleId;

  @Column(name = "reason")
  String reason = "";

  @Column(name = "by_ref")
  String decidedBy = "";

  @Column(name = "locked_until_us")
  @Nullable Long lockedUntil;

  /** For the provider. */
  protected TierAssignmentRow() {}

  TierAssignmentRow(String tenant, String owner, String ladder, long start) {
    this.tenant = tenant;
    this.owner = owner;
    this.ladder = ladder;
    this.start = start;
  }
}
