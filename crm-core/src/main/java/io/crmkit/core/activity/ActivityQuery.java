package io.crmkit.core.activity;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing recorded activities of one tenant; results come in ascending {@link
 * ActivityId} order, keyset-paged.
 *
 * @param tenant the tenant (required)
 * @param customer only this customer's activities, or {@code null} for the whole tenant
 * @param kind only this kind, or {@code null} for all
 * @param recordedSince only activities recorded at or after this instant, or {@code null}
 * @since 0.1
 */
public record ActivityQuery(
    TenantId tenant,
    @Nullable CustomerId customer,
    @Nullable ActivityKind kind,
    @Nullable Instant recordedSince) {

  /** Requires the tenant. */
  public ActivityQuery {
    requireNonNull(tenant, "tenant");
  }

  /** Returns a query for every activity of one customer. */
  public static ActivityQuery of(TenantId tenant, CustomerId customer) {
    return new ActivityQuery(tenant, requireNonNull(customer, "customer"), null, null);
  }

  /** Returns a query for every activity of the tenant. */
  public static ActivityQuery in(TenantId tenant) {
    return new ActivityQuery(tenant, null, null, null);
  }

  /** Also requires the kind. */
  public ActivityQuery kind(ActivityKind required) {
    requireNonNull(required, "required");
    return new ActivityQuery(tenant, customer, required, recordedSince);
  }

  /** Also requires recording at or after the instant. */
  public ActivityQuery recordedSince(Instant since) {
    requireNonNull(since, "since");
    return new ActivityQuery(tenant, customer, kind, since);
  }

  /** Returns whether a recorded activity meets every criterion; other stores must agree. */
  public boolean matches(RecordedActivity a) {
    return a.tenant().equals(tenant)
        && (customer == null || customer.equals(a.customer()))
        && (kind == null || kind == ActivityKind.of(a.activity()))
        && (recordedSince == null || !a.recordedAt().isBefore(recordedSince));
  }
}
