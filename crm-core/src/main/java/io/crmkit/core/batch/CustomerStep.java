package io.crmkit.core.batch;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;

/**
 * What a batch job does to one customer, inside the unit of work of the customer's page; for
 * example {@code (tenant, customer) -> !crm.reminders().regenerate(tenant, customer).isEmpty()}.
 *
 * <p>A step calls crmkit services, which join the page's unit of work. It should be idempotent (a
 * page that failed to commit is run again when the job resumes), and should check before it writes:
 * a {@link io.crmkit.core.shared.CrmException} it throws counts the customer as failed, drops the
 * events it recorded and lets the job go on, but cannot undo a write made before the exception
 * (crmkit's services validate before they write). Any other exception aborts the job.
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
