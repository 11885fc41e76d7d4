package io.crmkit.examples.adapter;

import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.PoolRepository;
import java.util.List;
import java.util.Optional;

/** Public pools, one row per pool keyed by its code, listed in code order. */
final class KeyValuePoolRepository implements PoolRepository {
  static final Table<PoolId, PublicPool> POOLS =
      new Table<>(
          "pool",
          PublicPool.class,
          KeyFormat.code(PoolId::code, PoolId::of),
          PublicPool::tenant,
          PublicPool::id,
          PublicPool::version,
          PublicPool::withVersion);

  private final Transaction transaction;

  KeyValuePoolRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<PublicPool> find(TenantId tenant, PoolId id) {
    return POOLS.find(transaction, tenant, id);
  }

  @Override
  public PublicPool save(PublicPool pool) {
    return POOLS.save(transaction, pool);
  }

  @Override
  public boolean delete(TenantId tenant, PoolId id) {
    return POOLS.delete(transaction, tenant, id);
  }

  @Override
  public List<PublicPool> findAll(TenantId tenant) {
    return POOLS.all(transaction, tenant, pool -> true);
  }
}
