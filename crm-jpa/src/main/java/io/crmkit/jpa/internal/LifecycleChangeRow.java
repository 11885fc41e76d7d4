package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One {@link io.crmkit.core.lifecycle.StageChange} of a customer's lifecycle, a row of {@code
 * crm_lifecycle_change} keyed by its position in the history: a history grows by one change per
 * move (up to 10,000), so a save inserts the new change instead of rewriting the history, and SQL
 * reports can count the moves of a period. Written and removed with its {@link LifecycleRow}.
 */
@Entity
@Table(name = "crm_lifecycle_change")
@IdClass(EntryKey.class)
public class LifecycleChangeRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String owner = "";

  @Id
  @Column(name = "seq_no")
  int seq;

  @Column(name = "from_stage")
  @Nullable String fromStage;

  @Column(name = "to_stage")
  String toStage = "";

  @Column(name = "at_us")
  long at;

  @Column(name = "reason")
  String reason = "";

  @Column(name = "actor_ref")
  String actor = "";

  /** For the provider. */
  protected LifecycleChangeRow() {}

  LifecycleChangeRow(String tenant, String owner, int seq) {
    this.tenant = tenant;
    this.owner = owner;
    this.seq = seq;
  }
}
