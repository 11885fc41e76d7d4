package io.crmkit.spi;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores the tenants' {@link FittedModel}s, keyed by tenant and model key. Obtained from a {@link
 * UnitOfWork}. crm-tck checks that a model reads back equal (every parameter bit for bit, from
 * {@code 1e-300} to {@code 1e300}, in name order), the version rules, tenant isolation, key order
 * and idempotent delete.
 *
 * @since 0.1
 */
public interface FittedModelRepository {

  /**
   * Finds a model; empty for an unknown key or another tenant's model. Contract: the kind, fit
   * date, log-likelihood, customer count and every parameter read back equal.
   */
  Optional<FittedModel> find(TenantId tenant, ModelKey key);

  /**
   * Inserts or updates a model and returns it at its new stored version; the same version rules as
   * {@link CustomerRepository#save}: version 0 inserts and fails if the key is taken, any other
   * version must equal the stored one. A failed save leaves the stored model unchanged.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException on a version mismatch
   */
  FittedModel save(FittedModel model);

  /** Removes a model; idempotent; returns whether it existed. */
  boolean delete(TenantId tenant, ModelKey key);

  /** Returns every model of the tenant, in ascending key order. */
  List<FittedModel> findAll(TenantId tenant);
}
