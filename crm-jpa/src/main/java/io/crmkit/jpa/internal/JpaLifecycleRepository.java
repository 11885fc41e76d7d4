package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.lifecycle.LifecycleSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.LifecycleRepository;
import java.util.Optional;

/**
 * The lifecycle repository of one JPA unit of work: {@code crm_lifecycle} with one {@code
 * crm_lifecycle_change} row per change, keyset-paged over the primary key {@code (tenant_id,
 * customer_id)}; a query by current stage uses the index {@code (tenant_id, current_stage,
 * customer_id)}.
 */
final class JpaLifecycleRepository implements LifecycleRepository {
  private final HistoryRows<LifecycleSnapshot, LifecycleRow, LifecycleChangeRow> rows;

  JpaLifecycleRepository(JpaUnitOfWork unitOfWork) {
    this.rows = new HistoryRows<>(unitOfWork, LifecycleMapper.INSTANCE);
  }

  @Override
  public Optional<LifecycleHistory> find(TenantId tenant, CustomerId customer) {
    return rows.find(tenant, customer).map(LifecycleHistory::restore);
  }

  @Override
  public LifecycleHistory save(LifecycleHistory history) {
    LifecycleSnapshot snapshot = history.snapshot();
    return LifecycleHistory.restore(
        snapshot.withVersion(
            rows.save(snapshot.tenant(), snapshot.customer(), snapshot.version(), snapshot)));
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return rows.delete(tenant, customer);
  }

  @Override
  public Page<LifecycleHistory> find(LifecycleQuery query, PageRequest page) {
    return rows.page(query.tenant(), where(query), page).map(LifecycleHistory::restore);
  }

  @Override
  public long count(LifecycleQuery query) {
    return rows.count(query.tenant(), where(query));
  }

  private static Where where(LifecycleQuery query) {
    return new Where()
        .and("r.tenant = :tenant", "tenant", query.tenant().value())
        .andIf(
            query.current() == null ? null : query.current().name(),
            "r.currentStage = :stage",
            "stage");
  }
}
