package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of {@code crm_tier_ladder}: a {@link io.crmkit.core.tier.TierLadder}, keyed {@code
 * (tenant_id, ladder_key)}. Its tiers (at most 50, read whole with the ladder and never filtered
 * on) are a {@link TextRecords} text written by {@link TierLadderMapper}; the downgrade grace is a
 * column. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_tier_ladder")
@IdClass(RowKey.class)
public class TierLadderRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  /** The ladder key's code. */
  @Id
  @Column(name = "ladder_key")
  String id = "";

  @Column(name = "downgrade_grace_days")
  int downgradeGraceDays;

  @Column(name = "tiers")
  String tiers = "";

  /** For the provider. */
  protected TierLadderRow() {}

  TierLadderRow(RowKey key) {
    this.tenant = key.tenant;
    this.id = key.id;
  }

  @Override
  public String describe() {
    return "tier ladder " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
