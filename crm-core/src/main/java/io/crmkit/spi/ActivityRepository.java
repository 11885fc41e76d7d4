package io.crmkit.spi;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import java.util.Optional;

/**
 * Stores recorded activities, append-only, keyed by tenant and id. Obtained from a {@link
 * UnitOfWork}.
 *
 * @since 0.1
 */
public interface ActivityRepository {

  /**
   * Appends an activity.
   *
   * <p>Contract: the activity reads back equal (amounts equal to the currency's scale, instants to
   * the microsecond); an id already stored in the tenant throws {@link
   * io.crmkit.core.shared.ConcurrentUpdateException} and changes nothing.
   *
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if the id is taken
   */
  void append(RecordedActivity activity);

  /** Finds an activity of the tenant; empty for an unknown id or another tenant's id. */
  Optional<RecordedActivity> findById(TenantId tenant, ActivityId id);

  /**
   * Lists the activities that {@link ActivityQuery#matches} accepts, in ascending id order, with
   * the paging contract of {@link CustomerRepository#find}.
   */
  Page<RecordedActivity> find(ActivityQuery query, PageRequest page);

  /** Counts the activities that {@link ActivityQuery#matches} accepts. */
  long count(ActivityQuery query);

  /** Removes every activity of a customer; idempotent; returns how many were removed. */
  long deleteByCustomer(TenantId tenant, CustomerId customer);
}
