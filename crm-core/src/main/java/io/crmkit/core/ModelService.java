package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.FittedModelChanged;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.internal.Times;
import io.crmkit.core.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the forecast models a host fitted once per tenant or segment, so that customers are scored
 * from the stored parameters as their facts change instead of refitting. Reached through {@link
 * CrmKit#models()}; crm-rules converts its models to and from {@link FittedModel}.
 *
 * @since 0.1
 */
public final class ModelService {
  private final Kernel kernel;

  ModelService(Kernel kernel) {
    this.kernel = kernel;
  }

  /**
   * Stores a model for the first time (version 0) or replaces the stored one with a refit (at its
   * stored version); returns it as saved and publishes {@link FittedModelChanged} after the commit.
   *
   * @throws io.crmkit.core.shared.ValidationException if the tenant is unknown
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if the key is taken (version 0) or the
   *     model was saved in between
   */
  public FittedModel save(FittedModel model) {
    requireNonNull(model, "model");
    kernel.requireTenant(model.tenant());
    return kernel.execute(
        work -> {
          FittedModel saved = work.store().fittedModels().save(model);
          work.record(
              List.of(new FittedModelChanged(saved.tenant(), Times.stored(kernel.now()), saved)));
          return saved;
        });
  }

  /**
   * Finds a model; empty for an unknown key.
   *
   * @throws io.crmkit.core.shared.ValidationException if the tenant is unknown
   */
  public Optional<FittedModel> find(TenantId tenant, ModelKey key) {
    requireNonNull(key, "key");
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().fittedModels().find(tenant, key));
  }

  /**
   * Returns every model of the tenant, in key order.
   *
   * @throws io.crmkit.core.shared.ValidationException if the tenant is unknown
   */
  public List<FittedModel> list(TenantId tenant) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().fittedModels().findAll(tenant));
  }

  /**
   * Removes a model; idempotent; returns whether it existed. No event is published: nothing in
   * crmkit reacts to a model's removal, and hosts that scored with it know they removed it.
   *
   * @throws io.crmkit.core.shared.ValidationException if the tenant is unknown
   */
  public boolean delete(TenantId tenant, ModelKey key) {
    requireNonNull(key, "key");
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().fittedModels().delete(tenant, key));
  }
}
