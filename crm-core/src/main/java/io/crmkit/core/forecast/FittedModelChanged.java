package io.crmkit.core.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;

/**
 * A fitted model was stored for the first time or replaced by a refit.
 *
 * @param tenant the tenant
 * @param occurredAt when
 * @param model the model as saved
 * @since 0.1
 */
public record FittedModelChanged(TenantId tenant, Instant occurredAt, FittedModel model)
    implements CrmEvent {

  /** Requires every part. */
  public FittedModelChanged {
    requireNonNull(tenant, "tenant");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(model, "model");
  }

  /** Returns {@code "fitted-model"}: a model's refits are delivered in order. */
  @Override
  public String aggregateType() {
    return "fitted-model";
  }

  /** Returns the model's key. */
  @Override
  public String aggregateId() {
    return model.key().code();
  }
}
