package io.crmkit.core.memory;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.lifecycle.LifecycleSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.LifecycleRepository;
import java.util.Optional;

/** The lifecycle-history repository of one in-memory unit of work. */
final class InMemoryLifecycleRepository implements LifecycleRepository {
  private static final SnapshotRows.Mapping<CustomerId, LifecycleSnapshot, LifecycleHistory>
      MAPPING =
          new SnapshotRows.Mapping<>(
              LifecycleHistory::snapshot,
              LifecycleHistory::restore,
              LifecycleSnapshot::tenant,
              LifecycleSnapshot::customer,
              LifecycleSnapshot::version,
              LifecycleSnapshot::withVersion);

  private final SnapshotRows<CustomerId, LifecycleSnapshot, LifecycleHistory> rows;

  InMemoryLifecycleRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.lifecycle, MAPPING);
  }

  @Override
  public Optional<LifecycleHistory> find(TenantId tenant, CustomerId key) {
    return rows.find(tenant, key);
  }

  @Override
  public LifecycleHistory save(LifecycleHistory aggregate) {
    return rows.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId key) {
    return rows.delete(tenant, key);
  }

  @Override
  public Page<LifecycleHistory> find(LifecycleQuery query, PageRequest page) {
    return rows.page(query.tenant(), null, query::matches, page);
  }

  @Override
  public long count(LifecycleQuery query) {
    return rows.count(query.tenant(), null, query::matches);
  }
}
