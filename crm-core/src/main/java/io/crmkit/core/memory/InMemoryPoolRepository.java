package io.crmkit.core.memory;

import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.PoolRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The public-pool repository of one in-memory unit of work. */
final class InMemoryPoolRepository implements PoolRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryPoolRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<PublicPool> find(TenantId tenant, PoolId id) {
    return unitOfWork.read(() -> Optional.ofNullable(unitOfWork.pools.get(tenant, id)));
  }

  @Override
  public PublicPool save(PublicPool pool) {
    PublicPool next = pool.withVersion(pool.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.pools.put(pool.tenant(), pool.id(), next, pool.version());
          return next;
        });
  }

  @Override
  public boolean delete(TenantId tenant, PoolId id) {
    return unitOfWork.write(() -> unitOfWork.pools.remove(tenant, id));
  }

  @Override
  public List<PublicPool> findAll(TenantId tenant) {
    return unitOfWork.read(
        () -> {
          List<PublicPool> all = new ArrayList<>();
          PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
          while (request != null) {
            Page<PublicPool> page = unitOfWork.pools.page(tenant, null, l -> true, request);
            all.addAll(page.items());
            request = page.nextRequest(PageRequest.MAX_SIZE).orElse(null);
          }
          return all;
        });
  }
}
