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

/** The activity repository of one in-memory unit of work. */
final class InMemoryActivityRepository implements ActivityRepository {
  private final MemoryUnitOfWork unitOfWork;

  InMemoryActivityRepository(MemoryUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  @Override
  public void append(RecordedActivity activity) {
    unitOfWork.write(
        () -> {
          unitOfWork.activities.put(activity.tenant(), activity.id(), activity, 0);
          return null;
        });
  }

  @Override
  public Optional<RecordedActivity> findById(TenantId tenant, ActivityId id) {
    return unitOfWork.read(() -> Optional.ofNullable(unitOfWork.activities.get(tenant, id)));
  }

  @Override
  public Page<RecordedActivity> find(ActivityQuery query, PageRequest page) {
    return unitOfWork.read(
        () -> unitOfWork.activities.page(query.tenant(), query.customer(), query::matches, page));
  }

  @Override
  public long count(ActivityQuery query) {
    return unitOfWork.read(
        () -> unitOfWork.activities.count(query.tenant(), query.customer(), query::matches));
  }

  @Override
  public long deleteByCustomer(TenantId tenant, CustomerId customer) {
    return unitOfWork.write(
        () -> {
          long removed = 0;
          ActivityQuery query = ActivityQuery.of(tenant, customer);
          PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
          while (true) {
            Page<RecordedActivity> page =
                unitOfWork.activities.page(tenant, customer, query::matches, request);
            for (RecordedActivity activity : page.items()) {
              removed += unitOfWork.activities.remove(tenant, activity.id()) ? 1 : 0;
            }
            if (!page.hasNext()) {
              return removed;
            }
            request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
          }
        });
  }
}
