package io.crmkit.core.memory;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.ActivityRepository;
import java.util.Optional;

/**
 * The activity repository of one in-memory unit of work; indexed by customer. Activities are
 * append-only: every stored one counts as version 1, so appending an id twice is refused.
 */
final class InMemoryActivityRepository implements ActivityRepository {
  private static final SnapshotRows.Mapping<ActivityId, RecordedActivity, RecordedActivity>
      MAPPING =
          SnapshotRows.Mapping.identity(
              RecordedActivity::tenant, RecordedActivity::id, a -> 0L, (a, version) -> a);

  private final SnapshotRows<ActivityId, RecordedActivity, RecordedActivity> rows;

  InMemoryActivityRepository(MemoryUnitOfWork unitOfWork) {
    this.rows = new SnapshotRows<>(unitOfWork, unitOfWork.activities, MAPPING);
  }

  @Override
  public void append(RecordedActivity activity) {
    rows.save(activity);
  }

  @Override
  public Optional<RecordedActivity> findById(TenantId tenant, ActivityId id) {
    return rows.find(tenant, id);
  }

  @Override
  public Page<RecordedActivity> find(ActivityQuery query, PageRequest page) {
    return rows.page(query.tenant(), query.customer(), query::matches, page);
  }

  @Override
  public long count(ActivityQuery query) {
    return rows.count(query.tenant(), query.customer(), query::matches);
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return rows.deleteAll(tenant, customer, a -> a.customer().equals(customer));
  }
}
