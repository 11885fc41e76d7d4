package io.crmkit.examples.adapter;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierHistorySnapshot;
import io.crmkit.core.tier.TierQuery;
import io.crmkit.spi.TierHistoryRepository;
import java.util.Optional;

/** Tier histories, one row per customer keyed by customer id, listed in that order. */
final class KeyValueTierHistoryRepository implements TierHistoryRepository {
  static final Table<CustomerId, TierHistorySnapshot> HISTORIES =
      new Table<>(
          "tier-history",
          TierHistorySnapshot.class,
          KeyFormat.uuid(CustomerId::value, CustomerId::parse),
          TierHistorySnapshot::tenant,
          TierHistorySnapshot::customer,
          TierHistorySnapshot::version,
          TierHistorySnapshot::withVersion);

  private final Transaction transaction;

  KeyValueTierHistoryRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<TierHistory> find(TenantId tenant, CustomerId customer) {
    return HISTORIES.find(transaction, tenant, customer).map(TierHistory::restore);
  }

  @Override
  public TierHistory save(TierHistory history) {
    return TierHistory.restore(HISTORIES.save(transaction, history.snapshot()));
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return HISTORIES.delete(transaction, tenant, customer);
  }

  @Override
  public Page<TierHistory> find(TierQuery query, PageRequest page) {
    return HISTORIES
        .page(transaction, query.tenant(), query::matches, page)
        .map(TierHistory::restore);
  }

  @Override
  public long count(TierQuery query) {
    return HISTORIES.count(transaction, query.tenant(), query::matches);
  }
}
