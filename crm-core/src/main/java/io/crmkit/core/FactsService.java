package io.crmkit.core;

import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@link CustomerFacts}, for one customer or a whole group, and rebuilds them from history
 * for repair. Reached through {@link CrmKit#facts()}.
 *
 * @since 0.1
 */
public final class FactsService {
  private final Kernel kernel;

  FactsService(Kernel kernel) {
    this.kernel = kernel;
  }

  /**
   * Returns a customer's facts; empty facts for a customer with no activity.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public CustomerFacts of(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          CustomerService.load(work.store(), tenant, customer);
          return stored(work.store(), tenant, customer);
        });
  }

  /**
   * Returns the facts of a customer and all its subsidiaries taken together, as one key account;
   * the result carries the root customer's id.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public CustomerFacts ofGroup(TenantId tenant, CustomerId root) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> groupFacts(work.store(), tenant, root));
  }

  /** Merges the facts of a customer and all its subsidiaries, within a unit of work. */
  static CustomerFacts groupFacts(UnitOfWork store, TenantId tenant, CustomerId root) {
    CustomerFacts total = CustomerFacts.empty(tenant, root);
    for (CustomerId member : CustomerService.groupOf(store, tenant, root)) {
      total = total.merge(stored(store, tenant, member));
    }
    return total;
  }

  /**
   * Recomputes a customer's facts from its recorded history, saves them in place of the stored ones
   * and returns them; for repair after a failed import or a bug.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public CustomerFacts rebuild(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          CustomerService.load(store, tenant, customer);
          List<RecordedActivity> history = new ArrayList<>();
          Page.walk(
              PageRequest.MAX_SIZE,
              request -> store.activities().find(ActivityQuery.of(tenant, customer), request),
              history::add);
          CustomerFacts current = stored(store, tenant, customer);
          CustomerFacts rebuilt =
              CustomerFacts.rebuild(tenant, customer, history).withVersion(current.version());
          return store.facts().save(rebuilt);
        });
  }

  /** Lists the tenant's stored facts in ascending customer id order; batch jobs walk it. */
  public Page<CustomerFacts> list(TenantId tenant, PageRequest page) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().facts().find(tenant, page));
  }

  private static CustomerFacts stored(UnitOfWork store, TenantId tenant, CustomerId customer) {
    return store
        .facts()
        .find(tenant, customer)
        .orElseGet(() -> CustomerFacts.empty(tenant, customer));
  }
}
