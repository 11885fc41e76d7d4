package io.crmkit.jpa.internal;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.FittedModelRepository;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fitted-model repository of one JPA unit of work: a model in {@code crm_fitted_model}, its
 * parameters in {@code crm_fitted_model_parameter}, both keyed by {@code (tenant_id, model_key)}
 * first. A save updates the parameters that stay, inserts the new ones and removes the dropped
 * ones. Models list in {@link ModelKey} order, which is Java's string order (a database's bytewise
 * order differs from it for characters above U+DFFF), so the repository sorts them itself.
 */
final class JpaFittedModelRepository implements FittedModelRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaFittedModelRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<FittedModel> find(TenantId tenant, ModelKey key) {
    return unitOfWork.call(
        "fitted model " + key,
        () -> {
          FittedModelRow row = em.find(FittedModelRow.class, key(tenant, key));
          return row == null
              ? Optional.<FittedModel>empty()
              : Optional.of(read(row, parameters(tenant, key.code())));
        });
  }

  @Override
  public FittedModel save(FittedModel model) {
    String what = "fitted model " + model.key();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(model.tenant(), model.key());
          FittedModelRow row =
              RowVersions.stored(em, FittedModelRow.class, key, model.version(), what);
          Map<String, FittedModelParameterRow> old = new HashMap<>();
          if (row == null) {
            row = FittedModelRow.create();
            row.tenant = key.tenant;
            row.id = key.id;
            write(model, row);
            em.persist(row);
          } else {
            write(model, row);
            parameters(model.tenant(), key.id).forEach(p -> old.put(p.value, p));
          }
          for (Map.Entry<String, Double> parameter : model.parameters().entrySet()) {
            FittedModelParameterRow kept = old.remove(parameter.getKey());
            if (kept == null) {
              em.persist(
                  new FittedModelParameterRow(
                      key.tenant, key.id, parameter.getKey(), parameter.getValue()));
            } else {
              kept.number = parameter.getValue();
            }
          }
          old.values().forEach(em::remove);
          return model.withVersion(model.version() + 1);
        });
  }

  @Override
  public boolean delete(TenantId tenant, ModelKey key) {
    return unitOfWork.call(
        "fitted model " + key,
        () -> {
          FittedModelRow row = em.find(FittedModelRow.class, key(tenant, key));
          if (row == null) {
            return false;
          }
          parameters(tenant, key.code()).forEach(em::remove);
          em.remove(row);
          // written now, so that a later insert of the same key in this unit of work follows it
          unitOfWork.flushNow();
          return true;
        });
  }

  @Override
  public List<FittedModel> findAll(TenantId tenant) {
    return unitOfWork.call(
        "fitted models of tenant " + tenant,
        () -> {
          List<FittedModelRow> rows =
              em.createQuery(
                      "select r from FittedModelRow r where r.tenant = :tenant",
                      FittedModelRow.class)
                  .setParameter("tenant", tenant.value())
                  .getResultList();
          Map<String, List<FittedModelParameterRow>> byModel = new HashMap<>();
          for (FittedModelParameterRow p :
              em.createQuery(
                      "select p from FittedModelParameterRow p where p.tenant = :tenant",
                      FittedModelParameterRow.class)
                  .setParameter("tenant", tenant.value())
                  .getResultList()) {
            byModel.computeIfAbsent(p.owner, k -> new ArrayList<>()).add(p);
          }
          List<FittedModel> models = new ArrayList<>(rows.size());
          for (FittedModelRow row : rows) {
            models.add(read(row, byModel.getOrDefault(row.id, List.of())));
          }
          models.sort(Comparator.comparing(FittedModel::key));
          return models;
        });
  }

  private List<FittedModelParameterRow> parameters(TenantId tenant, String model) {
    return em.createQuery(
            "select p from FittedModelParameterRow p"
                + " where p.tenant = :tenant and p.owner = :model",
            FittedModelParameterRow.class)
        .setParameter("tenant", tenant.value())
        .setParameter("model", model)
        .getResultList();
  }

  private static void write(FittedModel model, FittedModelRow row) {
    row.kind = model.kind();
    row.fitDate = model.fitDate();
    row.logLikelihood = model.logLikelihood();
    row.customers = model.customers();
    row.version = model.version() + 1;
  }

  private static FittedModel read(FittedModelRow row, List<FittedModelParameterRow> parameters) {
    Map<String, Double> values = new HashMap<>();
    parameters.forEach(p -> values.put(p.value, p.number));
    return new FittedModel(
        TenantId.of(row.tenant),
        ModelKey.of(row.id),
        row.kind,
        row.fitDate,
        row.logLikelihood,
        row.customers,
        values,
        row.version);
  }

  private static RowKey key(TenantId tenant, ModelKey key) {
    return new RowKey(tenant.value(), key.code());
  }
}
