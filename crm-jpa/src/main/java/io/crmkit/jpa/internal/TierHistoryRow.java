package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of {@code crm_tier_history}: a customer's {@link io.crmkit.core.tier.TierHistorySnapshot}
 * without its assignments, which are rows of {@code crm_tier_assignment} ({@link
 * TierAssignmentRow}) because {@code TierQuery} filters on them. The pending downgrades, at most
 * one per ladder, read whole and never filtered on, are a {@link TextRecords} text: {@code
 * P|ladder|tier|since} each. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_tier_history")
@IdClass(RowKey.class)
public class TierHistoryRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String id = "";

  @Column(name = "pending_downgrades")
  String pendingDowngrades = "";

  /** For the provider. */
  protected TierHistoryRow() {}

  TierHistoryRow(RowKey key) {
    this.tenant = key.tenant;
    this.id = key.id;
  }

  @Override
  public String describe() {
    return "tier history of customer " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
