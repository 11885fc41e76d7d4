package io.crmkit.core.memory;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.OwnershipRepository;
import java.util.Optional;

/** The ownership repository of one in-memory unit of work. */
final class InMemoryOwnershipRepository implements OwnershipRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryOwnershipRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public Optional<Ownership> find(TenantId tenant, CustomerId customer) {
    return unitOfWork.read(
        () ->
            Optional.ofNullable(unitOfWork.ownerships.get(tenant, customer))
                .map(Ownership::restore));
  }

  @Override
  public Ownership save(Ownership history) {
    OwnershipSnapshot state = history.snapshot();
    OwnershipSnapshot next = state.withVersion(state.version() + 1);
    return unitOfWork.write(
        () -> {
          unitOfWork.ownerships.put(state.tenant(), state.customer(), next, state.version());
          return Ownership.restore(next);
        });
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return unitOfWork.write(() -> unitOfWork.ownerships.remove(tenant, customer));
  }

  @Override
  public Page<Ownership> find(OwnershipQuery query, PageRequest page) {
    return unitOfWork
        .read(() -> unitOfWork.ownerships.page(query.tenant(), query.owner(), query::matches, page))
        .map(Ownership::restore);
  }

  @Override
  public long count(OwnershipQuery query) {
    return unitOfWork.read(
        () -> unitOfWork.ownerships.count(query.tenant(), query.owner(), query::matches));
  }
}
