package io.crmkit.core.memory;

import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.PoolRepository;
import java.util.List;
import java.util.Optional;

/** The public-pool repository of one in-memory unit of work. */
final class InMemoryPoolRepository implements PoolRepository {
  private static final SnapshotRows.Mapping<PoolId, PublicPool, PublicPool> MAPPING =
      SnapshotRows.Mapping.identity(
          PublicPool::tenant, PublicPool::id, PublicPool::version, PublicPool::withVersion);

  private final SnapshotRows<PoolId, PublicPool, PublicPool> rows;

  InMemoryPoolRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.pools, MAPPING);
  }

  @Override
  public Optional<PublicPool> find(TenantId tenant, PoolId key) {
    return rows.find(tenant, key);
  }

  @Override
  public PublicPool save(PublicPool value) {
    return rows.save(value);
  }

  @Override
  public boolean delete(TenantId tenant, PoolId key) {
    return rows.delete(tenant, key);
  }

  @Override
  public List<PublicPool> findAll(TenantId tenant) {
    return rows.all(tenant);
  }
}
