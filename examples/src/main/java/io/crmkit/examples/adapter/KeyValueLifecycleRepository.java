package io.crmkit.examples.adapter;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.lifecycle.LifecycleSnapshot;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.LifecycleRepository;
import java.util.Optional;

/** Lifecycle histories, one row per customer keyed by customer id, listed in that order. */
final class KeyValueLifecycleRepository implements LifecycleRepository {
  static final Table<CustomerId, LifecycleSnapshot> HISTORIES =
      new Table<>(
          "lifecycle",
          LifecycleSnapshot.class,
          KeyFormat.uuid(CustomerId::value, CustomerId::parse),
          LifecycleSnapshot::tenant,
          LifecycleSnapshot::customer,
          LifecycleSnapshot::version,
          LifecycleSnapshot::withVersion);

  private final Transaction transaction;

  KeyValueLifecycleRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<LifecycleHistory> find(TenantId tenant, CustomerId customer) {
    return HISTORIES.find(transaction, tenant, customer).map(LifecycleHistory::restore);
  }

  @Override
  public LifecycleHistory save(LifecycleHistory history) {
    return LifecycleHistory.restore(HISTORIES.save(transaction, history.snapshot()));
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return HISTORIES.delete(transaction, tenant, customer);
  }

  @Override
  public Page<LifecycleHistory> find(LifecycleQuery query, PageRequest page) {
    return HISTORIES
        .page(transaction, query.tenant(), query::matches, page)
        .map(LifecycleHistory::restore);
  }

  @Override
  public long count(LifecycleQuery query) {
    return HISTORIES.count(transaction, query.tenant(), query::matches);
  }
}
