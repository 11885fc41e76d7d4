package io.crmkit.examples.adapter;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.FittedModelRepository;
import java.util.List;
import java.util.Optional;

/**
 * Fitted forecast models, one row per model keyed by its code, listed in code order. Parameters
 * keep every bit: the codec writes doubles in hexadecimal.
 */
final class KeyValueFittedModelRepository implements FittedModelRepository {
  static final Table<ModelKey, FittedModel> MODELS =
      new Table<>(
          "model",
          FittedModel.class,
          KeyFormat.code(ModelKey::code, ModelKey::of),
          FittedModel::tenant,
          FittedModel::key,
          FittedModel::version,
          FittedModel::withVersion);

  private final Transaction transaction;

  KeyValueFittedModelRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<FittedModel> find(TenantId tenant, ModelKey key) {
    return MODELS.find(transaction, tenant, key);
  }

  @Override
  public FittedModel save(FittedModel model) {
    return MODELS.save(transaction, model);
  }

  @Override
  public boolean delete(TenantId tenant, ModelKey key) {
    return MODELS.delete(transaction, tenant, key);
  }

  @Override
  public List<FittedModel> findAll(TenantId tenant) {
    return MODELS.all(transaction, tenant, model -> true);
  }
}
