package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_customer}: a {@link io.crmkit.core.customer.CustomerSnapshot} without its
 * tags. Not final, because JPA forbids final entity classes.
 *
 * <p>Every field {@link io.crmkit.core.customer.CustomerQuery} filters on is a column of its own
 * with an index led by the tenant: the classification codes, owner, parent, kind, update and
 * deletion instants. Value lists are stored as follows:
 *
 * <ul>
 *   <li>tags, which queries filter on, are rows of {@code crm_customer_tag} ({@link
 *       CustomerTagRow}) with an index {@code (tenant_id, tag, customer_id)};
 *   <li>the lower-cased name keys a name-prefix query matches are rows of {@code
 *       crm_customer_name_key} ({@link CustomerNameKeyRow}), derived from the name on every save;
 *   <li>addresses and custom attributes, read whole and never filtered on, are {@link TextRecords}
 *       texts in one column each, so that reading a page of customers needs no join for them.
 * </ul>
 *
 * <p>A person's name keeps each form (Chinese, Latin) as given name, family name and order; an
 * organisation's name keeps its Chinese and Latin forms in the given-name columns.
 */
@Entity
@Table(name = "crm_customer")
@IdClass(RowKey.class)
public class CustomerRow extends IdColumns {
  @Column(name = "created_at_us")
  long createdAt;

  @Column(name = "updated_at_us")
  long updatedAt;

  @Column(name = "name_kind")
  String nameKind = "";

  @Column(name = "name_chinese")
  @Nullable String nameChinese;

  @Column(name = "name_chinese_family")
  @Nullable String nameChineseFamily;

  @Column(name = "name_chinese_order")
  @Nullable String nameChineseOrder;

  @Column(name = "name_latin")
  @Nullable String nameLatin;

  @Column(name = "name_latin_family")
  @Nullable String nameLatinFamily;

  @Column(name = "name_latin_order")
  @Nullable String nameLatinOrder;

  @Column(name = "industry")
  @Nullable String industry;

  @Column(name = "size_band")
  @Nullable String sizeBand;

  @Column(name = "purchase_frequency")
  @Nullable String purchaseFrequency;

  @Column(name = "category")
  @Nullable String category;

  @Column(name = "region")
  @Nullable String region;

  @Column(name = "source")
  @Nullable String source;

  @Column(name = "parent_id")
  @Nullable String parent;

  @Column(name = "owner_ref")
  @Nullable String owner;

  @Column(name = "deleted_at_us")
  @Nullable Long deletedAt;

  @Column(name = "addresses")
  String addresses = "";

  @Column(name = "attributes")
  String attributes = "";

  /** For the provider. */
  protected CustomerRow() {}

  static CustomerRow create() {
    return new CustomerRow();
  }

  @Override
  public String describe() {
    return "customer " + id;
  }
}
