package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_contact}: a {@link io.crmkit.core.contact.ContactSnapshot}. Not final,
 * because JPA forbids final entity classes.
 *
 * <p>The customer a contact belongs to is a column with the index {@code (tenant_id, customer_id,
 * id)}, so that a customer's contacts page by keyset. What {@link
 * io.crmkit.core.contact.ContactQuery} filters on besides the customer — an e-mail address
 * (canonical), a phone number (E.164) or a role — is a row of {@code crm_contact_key} ({@link
 * ContactKeyRow}) with the index {@code (tenant_id, search_key, contact_id)}. The contact points
 * themselves (kind, value, purpose, validity, postal address) are read whole with the contact and
 * kept as {@link TextRecords} text in one column; the roles as a comma-separated list of enum
 * names; the birthday in columns of their own (calendar, year, month, day, leap month) for the
 * reminder queries to come.
 */
@Entity
@Table(name = "crm_contact")
@IdClass(RowKey.class)
public class ContactRow extends IdColumns {
  @Column(name = "customer_id")
  String customer = "";

  @Column(name = "created_at_us")
  long createdAt;

  @Column(name = "updated_at_us")
  long updatedAt;

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

  @Column(name = "title")
  @Nullable String title;

  @Column(name = "department")
  @Nullable String department;

  @Column(name = "roles")
  String roles = "";

  @Column(name = "contact_points")
  String contactPoints = "";

  @Column(name = "birthday_calendar")
  @Nullable String birthdayCalendar;

  @Column(name = "birthday_year")
  @Nullable Integer birthdayYear;

  @Column(name = "birthday_month")
  @Nullable Integer birthdayMonth;

  @Column(name = "birthday_day")
  @Nullable Integer birthdayDay;

  @Column(name = "birthday_leap_month")
  @Nullable Boolean birthdayLeapMonth;

  @Column(name = "preferred_language")
  @Nullable String preferredLanguage;

  @Column(name = "attributes")
  String attributes = "";

  /** For the provider. */
  protected ContactRow() {}

  static ContactRow create() {
    return new ContactRow();
  }

  @Override
  public String describe() {
    return "contact " + id;
  }
}
