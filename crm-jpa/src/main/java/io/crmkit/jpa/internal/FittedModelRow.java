package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One row of {@code crm_fitted_model}: a {@link io.crmkit.core.forecast.FittedModel} without its
 * parameters (which are {@link FittedModelParameterRow}s), keyed {@code (tenant_id, model_key)}
 * (the {@link RowKey}'s id is the model key's code). The log-likelihood is an 8-byte {@code DOUBLE
 * PRECISION}, which reads back bit for bit. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_fitted_model")
@IdClass(RowKey.class)
public class FittedModelRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "model_key")
  String id = "";

  @Column(name = "kind")
  String kind = "";

  @Column(name = "fit_date")
  LocalDate fitDate = LocalDate.EPOCH;

  @Column(name = "log_likelihood")
  double logLikelihood;

  @Column(name = "customers")
  int customers;

  /** For the provider. */
  protected FittedModelRow() {}

  static FittedModelRow create() {
    return new FittedModelRow();
  }

  @Override
  public String describe() {
    return "fitted model " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
