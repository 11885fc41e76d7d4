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
  private static final SnapshotRows.Mapping<CustomerId, TierHistorySnapshot, TierHistory> MAPPING =
      new SnapshotRows.Mapping<>(
          TierHistory::snapshot,
          TierHistory::restore,
          TierHistorySnapshot::tenant,
          TierHistorySnapshot::customer,
          TierHistorySnapshot::version,
          TierHistorySnapshot::withVersion);

  private final SnapshotRows<CustomerId, TierHistorySnapshot, TierHistory> rows;

  InMemoryTierHistoryRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.tierHistories, MAPPING);
  }

  @Override
  public Optional<TierHistory> find(TenantId tenant, CustomerId key) {
    return rows.find(tenant, key);
  }

  @Override
  public TierHistory save(TierHistory aggregate) {
    return rows.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId key) {
    return rows.delete(tenant, key);
  }

  @Override
  public Page<TierHistory> find(TierQuery query, PageRequest page) {
    return rows.page(query.tenant(), null, query::matches, page);
  }

  @Override
  public long count(TierQuery query) {
    return rows.count(query.tenant(), null, query::matches);
  }
}
