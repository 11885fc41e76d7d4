package io.crmkit.core.batch;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;

/**
 * What a batch job does to one customer, inside the unit of work of the customer's page; for
 * example {@code (tenant, customer) -> crm.reminders().regenerate(tenant,
 * customer).changedAnything()}.
 *
 * <p>A step calls crmkit services, which join the page's unit of work. It must be idempotent and
 * must not act outside the store: a page's steps may run more than once before the page commits. A
 * {@link io.crmkit.core.shared.CrmException} it throws rolls the page back, so that nothing the
 * step wrote half-way is kept and no event of the page is published, and the page runs again
 * without that customer, who counts as failed; the job goes on. A {@link
 * io.crmkit.core.shared.ConcurrentUpdateException} (the stored state moved under the page) runs the
 * page again from the stored state, a few times, and then aborts the job. Any other exception
 * aborts the job; committed pages stay committed and the job resumes after them.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CustomerStep {

  /**
   * Processes one customer and returns whether it changed anything.
   *
   * @param tenant the tenant the job runs for
   * @param customer an active customer of the tenant
   * @return {@code true} if something was changed (or, in a dry run, would be)
   */
  boolean apply(TenantId tenant, CustomerId customer);
}
