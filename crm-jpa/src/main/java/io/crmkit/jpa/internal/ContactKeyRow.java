package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One thing a contact can be found by, a row of {@code crm_contact_key}: {@code email:<canonical
 * address>}, {@code phone:<E.164>} or {@code role:<ROLE>}. Derived from the contact on every save,
 * never read back; the index {@code (tenant_id, search_key, contact_id)} serves {@code
 * ContactQuery}'s e-mail, phone and role criteria.
 */
@Entity
@Table(name = "crm_contact_key")
@IdClass(ChildKey.class)
public class ContactKeyRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "contact_id")
  String owner = "";

  @Id
  @Column(name = "search_key")
  String value = "";

  /** For the provider. */
  protected ContactKeyRow() {}

  ContactKeyRow(String tenant, String owner, String value) {
    this.tenant = tenant;
    this.owner = owner;
    this.value = value;
  }
}
