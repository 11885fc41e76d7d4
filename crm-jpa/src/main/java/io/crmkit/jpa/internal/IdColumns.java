package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The key columns {@code (tenant_id, id)} of a row that holds one aggregate under its own id (a
 * customer, a contact, a reminder), on top of its {@link VersionColumns}. A mapped superclass, so
 * that those rows declare them once; each row names {@link RowKey} as its {@code @IdClass}. Rows
 * keyed by another column (a customer's facts or lifecycle by {@code customer_id}, a pool by {@code
 * pool_id}) declare their own key fields.
 */
@MappedSuperclass
public abstract class IdColumns extends VersionColumns<RowKey> {
  /** The tenant id. */
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  /** The aggregate's id, a canonical UUID text. */
  @Id
  @Column(name = "id")
  String id = "";

  /** For the provider and subclasses. */
  protected IdColumns() {}

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
