package io.crmkit.jpa.internal;

import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.PoolRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The public-pool repository of one JPA unit of work: {@code crm_pool}, one row per pool. */
final class JpaPoolRepository implements PoolRepository {
  private final JpaUnitOfWork unitOfWork;
  private final VersionedRows<PoolRow> rows;

  JpaPoolRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.rows = new VersionedRows<>(unitOfWork, PoolRow.class);
  }

  @Override
  public Optional<PublicPool> find(TenantId tenant, PoolId id) {
    return unitOfWork.call(
        "pool " + id, () -> Optional.ofNullable(rows.find(key(tenant, id))).map(PoolRow::read));
  }

  @Override
  public PublicPool save(PublicPool pool) {
    String what = "pool " + pool.id();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(pool.tenant(), pool.id());
          rows.save(what, key, pool.version(), () -> new PoolRow(key), r -> r.write(pool));
          return pool.withVersion(pool.version() + 1);
        });
  }

  @Override
  public boolean delete(TenantId tenant, PoolId id) {
    return unitOfWork.call("pool " + id, () -> rows.delete(key(tenant, id), r -> {}));
  }

  @Override
  public List<PublicPool> findAll(TenantId tenant) {
    return unitOfWork.call(
        "pools of tenant " + tenant,
        () -> rows.all(tenant.value(), PoolRow::read, Comparator.comparing(PublicPool::id)));
  }

  private static RowKey key(TenantId tenant, PoolId id) {
    return new RowKey(tenant.value(), id.code());
  }
}
