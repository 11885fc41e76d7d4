package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierHistorySnapshot;
import io.crmkit.core.tier.TierQuery;
import io.crmkit.spi.TierHistoryRepository;
import java.util.Optional;

/**
 * The tier-history repository of one JPA unit of work: {@code crm_tier_history} with one {@code
 * crm_tier_assignment} row per assignment, keyset-paged over the primary key {@code (tenant_id,
 * customer_id)}; a query keeps the customers with a current (open) assignment on its ladder, in its
 * tier if it names one.
 */
final class JpaTierHistoryRepository implements TierHistoryRepository {
  private final HistoryRows<TierHistorySnapshot, TierHistoryRow, TierAssignmentRow> rows;

  JpaTierHistoryRepository(JpaUnitOfWork unitOfWork) {
    this.rows = new HistoryRows<>(unitOfWork, TierHistoryMapper.INSTANCE);
  }

  @Override
  public Optional<TierHistory> find(TenantId tenant, CustomerId customer) {
    return rows.find(tenant, customer).map(TierHistory::restore);
  }

  @Override
  public TierHistory save(TierHistory history) {
    TierHistorySnapshot snapshot = history.snapshot();
    return TierHistory.restore(
        snapshot.withVersion(
            rows.save(snapshot.tenant(), snapshot.customer(), snapshot.version(), snapshot)));
  }

  @Override
  public boolean delete(TenantId tenant, CustomerId customer) {
    return rows.delete(tenant, customer);
  }

  @Override
  public Page<TierHistory> find(TierQuery query, PageRequest page) {
    return rows.page(query.tenant(), where(query), page).map(TierHistory::restore);
  }

  @Override
  public long count(TierQuery query) {
    return rows.count(query.tenant(), where(query));
  }

  private static Where where(TierQuery query) {
    String tier = query.current() == null ? "" : " and a.tier = :tier";
    Where where =
        new Where()
            .and("r.tenant = :tenant", "tenant", query.tenant().value())
            .and(
                "exists (select a.tier from TierAssignmentRow a where a.tenant = r.tenant"
                    + " and a.owner = r.id and a.ladder = :ladder and a.thru is null"
                    + tier
                    + ")",
                "ladder",
                query.ladder().code());
    return query.current() == null ? where : where.bind("tier", query.current().code());
  }
}
