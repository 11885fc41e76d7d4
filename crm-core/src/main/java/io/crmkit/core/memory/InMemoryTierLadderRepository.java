package io.crmkit.core.memory;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.TierLadderRepository;
import java.util.List;
import java.util.Optional;

/** The tier-ladder repository of one in-memory unit of work. */
final class InMemoryTierLadderRepository implements TierLadderRepository {
  private static final SnapshotRows.Mapping<LadderKey, TierLadder, TierLadder> MAPPING =
      SnapshotRows.Mapping.identity(
          TierLadder::tenant, TierLadder::key, TierLadder::version, TierLadder::withVersion);

  private final SnapshotRows<LadderKey, TierLadder, TierLadder> rows;

  InMemoryTierLadderRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.tierLadders, MAPPING);
  }

  @Override
  public Optional<TierLadder> find(TenantId tenant, LadderKey key) {
    return rows.find(tenant, key);
  }

  @Override
  public TierLadder save(TierLadder value) {
    return rows.save(value);
  }

  @Override
  public boolean delete(TenantId tenant, LadderKey key) {
    return rows.delete(tenant, key);
  }

  @Override
  public List<TierLadder> findAll(TenantId tenant) {
    return rows.all(tenant);
  }
}
