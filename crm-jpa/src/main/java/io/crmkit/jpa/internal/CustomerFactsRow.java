package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_customer_facts}: the {@link io.crmkit.core.activity.CustomerFacts} of one
 * customer, keyed {@code (tenant_id, customer_id)}. Not final, because JPA forbids final entity
 * classes.
 *
 * <p>Counters, dates and the last contact are columns, so that SQL reports and the reminder queries
 * to come can read them (the next contact day has an index led by the tenant). The four lists —
 * lifetime spend and largest order per currency, daily spend of the retained year and contract
 * coverage — are read whole by rules and never filtered on, so each is a {@link TextRecords} text:
 * {@code M|amount|currency} per currency, {@code D|day|amount|currency|orders} per day, {@code
 * R|start|end} per covered range.
 */
@Entity
@Table(name = "crm_customer_facts")
@IdClass(RowKey.class)
public class CustomerFactsRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String id = "";

  @Column(name = "order_count")
  long orderCount;

  @Column(name = "lifetime_spend")
  String lifetimeSpend = "";

  @Column(name = "largest_orders")
  String largestOrders = "";

  @Column(name = "first_order_date")
  @Nullable LocalDate firstOrderDate;

  @Column(name = "last_order_date")
  @Nullable LocalDate lastOrderDate;

  @Column(name = "recent_orders")
  String recentOrders = "";

  @Column(name = "contract_count")
  long contractCount;

  @Column(name = "contract_coverage")
  String contractCoverage = "";

  @Column(name = "interaction_count")
  long interactionCount;

  @Column(name = "last_contact_at_us")
  @Nullable Long lastContactAt;

  @Column(name = "last_contact_channel")
  @Nullable String lastContactChannel;

  @Column(name = "last_contact_activity")
  @Nullable String lastContactActivity;

  @Column(name = "next_contact_on")
  @Nullable LocalDate nextContactOn;

  @Column(name = "feedback_count")
  long feedbackCount;

  @Column(name = "satisfaction_count")
  long satisfactionCount;

  @Column(name = "satisfaction_sum")
  long satisfactionSum;

  @Column(name = "nps_count")
  long npsCount;

  @Column(name = "nps_promoters")
  long npsPromoters;

  @Column(name = "nps_detractors")
  long npsDetractors;

  /** For the provider. */
  protected CustomerFactsRow() {}

  static CustomerFactsRow create() {
    return new CustomerFactsRow();
  }

  @Override
  public String describe() {
    return "facts of customer " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
