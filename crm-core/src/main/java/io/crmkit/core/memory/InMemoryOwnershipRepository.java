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

/** The ownership repository of one in-memory unit of work; indexed by owner. */
final class InMemoryOwnershipRepository implements OwnershipRepository {
  private static final SnapshotRows.Mapping<CustomerId, OwnershipSnapshot, Ownership> MAPPING =
      new SnapshotRows.Mapping<>(
          Ownership::snapshot,
          Ownership::restore,
          OwnershipSnapshot::tenant,
          OwnershipSnapshot::customer,
          OwnershipSnapshot::version,
          OwnershipSnapshot::withVersion);

  private final SnapshotRows<CustomerId, OwnershipSnapshot, Ownership> rows;

  InMemoryOwnershipRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.ownerships, MAPPING);
  }

  @Override
  public Optional<Ownership> find(TenantId tenant, CustomerId key) {
    return rows.find(tenant, key);
  }

  @Override
  public Ownership save(Ownership aggregate) {
    return rows.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId key) {
    return rows.delete(tenant, key);
  }

  @Override
  public Page<Ownership> find(OwnershipQuery query, PageRequest page) {
    return rows.page(query.tenant(), query.owner(), query::matches, page);
  }

  @Override
  public long count(OwnershipQuery query) {
    return rows.count(query.tenant(), query.owner(), query::matches);
  }
}
