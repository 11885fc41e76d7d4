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
  private final MemoryUnitOfWork unitOfWork;

  InMemoryLifecycleRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<LifecycleHistory> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.read(
        () ->
            Optional.ofNullable(unitOfWork.lifecycle.get(tenant, customer))
                .map(LifecycleHistory::restore));
  }

  @Override
  public LifecycleHistory save(LifecycleHistory history) {
    LifecycleSnapshot state = history.snapshot();
    LifecycleSnapshot next = state.withVersion(state.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.lifecycle.put(state.tenant(), state.customer(), next, state.version());
          return LifecycleHistory.restore(next);
        });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.write(() -> unitOfWork.lifecycle.remove(tenant, customer));
  }

  @Override
  public Page<LifecycleHistory> find(LifecycleQuery query, PageRequest page) {
    return unitOfWork
        .read(() -> unitOfWork.lifecycle.page(query.tenant(), null, query::matches, page))
        .map(LifecycleHistory::restore);
  }

  @Override
  public long count(LifecycleQuery query) {
    return unitOfWork.read(() -> unitOfWork.lifecycle.count(query.tenant(), null, query::matches));
  }
}
