package io.crmkit.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One parameter of a fitted model, a row of {@code crm_fitted_model_parameter} keyed {@code
 * (tenant_id, model_key, name)} (the {@link ChildKey}'s owner is the model key, its value the
 * parameter's name, compared bytewise so that {@code B} and {@code b} are two parameters). The
 * value is an 8-byte {@code DOUBLE PRECISION}, which reads back bit for bit. Written and removed
 * with its model in the same unit of work; the model row's version guards them.
 */
@Entity
@Table(name = "crm_fitted_model_parameter")
@IdClass(ChildKey.class)
public class FittedModelParameterRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "model_key")
  String owner = "";

  @Id
  @Column(name = "name")
  String value = "";

  @Column(name = "parameter_value")
  double number;

  /** For the provider. */
  protected FittedModelParameterRow() {}

  FittedModelParameterRow(String tenant, String owner, String value, double number) {
    this.tenant = tenant;
    this.owner = owner;
    this.value = value;
    this.number = number;
  }
}
