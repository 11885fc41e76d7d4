package io.crmkit.examples.adapter;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.ActivityRepository;
import java.util.Optional;

/** Activities, append-only, one row per activity keyed by id, listed in id order. */
final class KeyValueActivityRepository implements ActivityRepository {
  static final Table<ActivityId, RecordedActivity> ACTIVITIES =
      Table.appendOnly(
          "activity",
          RecordedActivity.class,
          KeyFormat.uuid(ActivityId::value, ActivityId::parse),
          RecordedActivity::tenant,
          RecordedActivity::id);

  private final Transaction transaction;

  KeyValueActivityRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public void append(RecordedActivity activity) {
    ACTIVITIES.save(transaction, activity);
  }

  @Override
  public Optional<RecordedActivity> findById(TenantId tenant, ActivityId id) {
    return ACTIVITIES.find(transaction, tenant, id);
  }

  @Override
  public Page<RecordedActivity> find(ActivityQuery query, PageRequest page) {
    return ACTIVITIES.page(transaction, query.tenant(), query::matches, page);
  }

  @Override
  public long count(ActivityQuery query) {
    return ACTIVITIES.count(transaction, query.tenant(), query::matches);
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return ACTIVITIES.deleteAll(transaction, tenant, a -> a.customer().equals(customer));
  }
}
