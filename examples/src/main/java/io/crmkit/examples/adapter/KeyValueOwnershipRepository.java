package io.crmkit.examples.adapter;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.OwnershipRepository;
import java.util.Optional;

/** Ownerships, one row per customer keyed by customer id, listed in that order. */
final class KeyValueOwnershipRepository implements OwnershipRepository {
  static final Table<CustomerId, OwnershipSnapshot> OWNERSHIPS =
      new Table<>(
          "ownership",
          OwnershipSnapshot.class,
          KeyFormat.uuid(CustomerId::value, CustomerId::parse),
          OwnershipSnapshot::tenant,
          OwnershipSnapshot::customer,
          OwnershipSnapshot::version,
          OwnershipSnapshot::withVersion);

  private final Transaction transaction;

  KeyValueOwnershipRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<Ownership> find(TenantId tenant, CustomerId customer) {
    return OWNERSHIPS.find(transaction, tenant, customer).map(Ownership::restore);
  }

  @Override
  public Ownership save(Ownership ownership) {
    return Ownership.restore(OWNERSHIPS.save(transaction, ownership.snapshot()));
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return OWNERSHIPS.delete(transaction, tenant, customer);
  }

  @Override
  public Page<Ownership> find(OwnershipQuery query, PageRequest page) {
    return OWNERSHIPS
        .page(transaction, query.tenant(), query::matches, page)
        .map(Ownership::restore);
  }

  @Override
  public long count(OwnershipQuery query) {
    return OWNERSHIPS.count(transaction, query.tenant(), query::matches);
  }
}
