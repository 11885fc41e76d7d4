package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One lower-cased name key of a customer ({@code CustomerName.searchKeys()}: every name form, and a
 * person's family names), a row of {@code crm_customer_name_key}. A name-prefix query is a bytewise
 * {@code LIKE 'prefix%'} on the index {@code (tenant_id, search_key, customer_id)}, which accepts
 * exactly the customers {@code CustomerQuery.matches} does. Derived from the name on every save;
 * never read back.
 */
@Entity
@Table(name = "crm_customer_name_key")
@IdClass(ChildKey.class)
public class CustomerNameKeyRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String owner = "";

  @Id
  @Column(name = "search_key")
  String value = "";

  /** For the provider. */
  protected CustomerNameKeyRow() {}

  CustomerNameKeyRow(String tenant, String owner, String value) {
    this.tenant = tenant;
    this.owner = owner;
    this.value = value;
  }
}
