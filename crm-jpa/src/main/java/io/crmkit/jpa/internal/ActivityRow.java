package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_activity}: a {@link io.crmkit.core.activity.RecordedActivity}, append-only
 * (no version). Not final, because JPA forbids final entity classes.
 *
 * <p>One table for the four kinds (order, contract, interaction, feedback), with a column per field
 * of each kind rather than an encoded payload, so that reports and repair jobs can read amounts and
 * dates in SQL. {@link io.crmkit.core.activity.ActivityQuery} filters on customer, kind and
 * recording instant, each with an index led by the tenant. Amounts are {@code DECIMAL(21,6)}
 * (crm-core's 15 integer digits and up to 6 decimals) with the currency beside them; the mapper
 * brings the scale back to the currency's.
 */
@Entity
@Table(name = "crm_activity")
@IdClass(RowKey.class)
public class ActivityRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "id")
  String id = "";

  @Column(name = "customer_id")
  String customer = "";

  @Column(name = "kind")
  String kind = "";

  @Column(name = "recorded_at_us")
  long recordedAt;

  /** The activity's day (order date, contract start, UTC day of an interaction or feedback). */
  @Column(name = "activity_day")
  @Nullable LocalDate day;

  @Column(name = "amount")
  @Nullable BigDecimal amount;

  @Column(name = "currency")
  @Nullable String currency;

  @Column(name = "end_day")
  @Nullable LocalDate endDay;

  @Column(name = "category")
  @Nullable String category;

  @Column(name = "reference")
  @Nullable String reference;

  @Column(name = "renewal_of")
  @Nullable String renewalOf;

  @Column(name = "contact_id")
  @Nullable String contact;

  @Column(name = "interaction_type")
  @Nullable String interactionType;

  @Column(name = "occurred_at_us")
  @Nullable Long occurredAt;

  @Column(name = "by_user")
  @Nullable String by;

  @Column(name = "outcome")
  @Nullable String outcome;

  @Column(name = "next_contact_on")
  @Nullable LocalDate nextContactOn;

  @Column(name = "satisfaction")
  @Nullable Integer satisfaction;

  @Column(name = "nps")
  @Nullable Integer nps;

  @Column(name = "feedback_comment")
  @Nullable String comment;

  @Column(name = "channel")
  @Nullable String channel;

  /** For the provider. */
  protected ActivityRow() {}

  static ActivityRow create() {
    return new ActivityRow();
  }
}
