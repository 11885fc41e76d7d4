package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One row of {@code crm_lifecycle}: a customer's {@link io.crmkit.core.lifecycle.LifecycleSnapshot}
 * without its changes, which are rows of {@code crm_lifecycle_change} ({@link LifecycleChangeRow}).
 * The current stage is a column of its own with an index led by the tenant, for {@code
 * LifecycleQuery.currently}. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_lifecycle")
@IdClass(RowKey.class)
public class LifecycleRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String id = "";

  @Column(name = "current_stage")
  String currentStage = "";

  /** For the provider. */
  protected LifecycleRow() {}

  LifecycleRow(RowKey key) {
    this.tenant = key.tenant;
    this.id = key.id;
  }

  @Override
  public String describe() {
    return "lifecycle of customer " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
