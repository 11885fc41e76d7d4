package io.crmkit.core.memory;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.FittedModelRepository;
import java.util.List;
import java.util.Optional;

/** The fitted-model repository of one in-memory unit of work. */
final class InMemoryFittedModelRepository implements FittedModelRepository {
  private static final SnapshotRows.Mapping<ModelKey, FittedModel, FittedModel> MAPPING =
      SnapshotRows.Mapping.identity(
          FittedModel::tenant, FittedModel::key, FittedModel::version, FittedModel::withVersion);

  private final SnapshotRows<ModelKey, FittedModel, FittedModel> rows;

  InMemoryFittedModelRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.fittedModels, MAPPING);
  }

  @Override
  public Optional<FittedModel> find(TenantId tenant, ModelKey key) {
    return rows.find(tenant, key);
  }

  @Override
  public FittedModel save(FittedModel model) {
    return rows.save(model);
  }

  @Override
  public boolean delete(TenantId tenant, ModelKey key) {
    return rows.delete(tenant, key);
  }

  @Override
  public List<FittedModel> findAll(TenantId tenant) {
    return rows.all(tenant);
  }
}
