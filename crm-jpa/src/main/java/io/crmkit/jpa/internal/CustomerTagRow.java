package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One tag of a customer, a row of {@code crm_customer_tag}: tags are a child table rather than a
 * text column because {@code CustomerQuery.tag} filters on them through the index {@code
 * (tenant_id, tag, customer_id)}. Written and removed with their customer in the same unit of work.
 */
@Entity
@Table(name = "crm_customer_tag")
@IdClass(ChildKey.class)
public class CustomerTagRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String owner = "";

  @Id
  @Column(name = "tag")
  String value = "";

  /** For the provider. */
  protected CustomerTagRow() {}

  CustomerTagRow(String tenant, String owner, String value) {
    this.tenant = tenant;
    this.owner = owner;
    this.value = value;
  }
}
