package io.crmkit.core.memory;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierHistorySnapshot;
import io.crmkit.core.tier.TierQuery;
import io.crmkit.spi.TierHistoryRepository;
import java.util.Optional;

/** The tier-history repository of one in-memory unit of work. */
final class InMemoryTierHistoryRepository implements TierHistoryRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryTierHistoryRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<TierHistory> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.read(
        () ->
            Optional.ofNullable(unitOfWork.tierHistories.get(tenant, customer))
                .map(TierHistory::restore));
  }

  @Override
  public TierHistory save(TierHistory history) {
    TierHistorySnapshot state = history.snapshot();
    TierHistorySnapshot next = state.withVersion(state.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.tierHistories.put(state.tenant(), state.customer(), next, state.version());
          return TierHistory.restore(next);
        });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.write(() -> unitOfWork.tierHistories.remove(tenant, customer));
  }

  @Override
  public Page<TierHistory> find(TierQuery query, PageRequest page) {
    return unitOfWork
        .read(() -> unitOfWork.tierHistories.page(query.tenant(), null, query::matches, page))
        .map(TierHistory::restore);
  }

  @Override
  public long count(TierQuery query) {
    return unitOfWork.read(
        () -> unitOfWork.tierHistories.count(query.tenant(), null, query::matches));
  }
}
