package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityQuery;
import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Records orders, contracts, interactions and feedback, and folds each into the customer's {@link
 * CustomerFacts} in the same unit of work. Reached through {@link CrmKit#activities()}.
 *
 * @since 0.1
 */
public final class ActivityService {
  private final Kernel kernel;
  private final @Nullable BiConsumer<TenantId, CustomerId> afterRecord;

  ActivityService(Kernel kernel, @Nullable BiConsumer<TenantId, CustomerId> afterRecord) {
    this.kernel = kernel;
    this.afterRecord = afterRecord;
  }

  /**
   * Records an activity of an active customer, updates the customer's facts in the same unit of
   * work, and returns the activity's id. With {@link CrmKit.Builder#reevaluateOnActivity}, the
   * customer and its ancestors are re-evaluated in the same unit of work. Two activities recorded
   * for one customer at once both land: the loser of the optimistic race on the facts is retried.
   *
   * @throws ValidationException listing every problem: unknown tenant, a missing or deleted
   *     customer, a date in the future, a renewed contract that is not this customer's contract, a
   *     contact of another customer
   */
  public ActivityId record(Activity activity) {
    requireNonNull(activity, "activity");
    ActivityId id = ActivityId.of(kernel.nextId());
    return kernel.executeRetrying(work -> recordIn(work, id, activity));
  }

  /**
   * Checks and appends an activity within a unit of work already running, and folds it into the
   * customer's facts; other services use it to record an activity as part of their own change.
   */
  ActivityId recordIn(Kernel.Work work, ActivityId id, Activity activity) {
    UnitOfWork store = work.store();
    check(store, activity);
    RecordedActivity recorded = new RecordedActivity(id, kernel.now(), activity);
    store.activities().append(recorded);
    CustomerFacts facts =
        store
            .facts()
            .find(activity.tenant(), activity.customer())
            .orElseGet(() -> CustomerFacts.empty(activity.tenant(), activity.customer()));
    store.facts().save(facts.apply(recorded));
    work.record(
        List.of(
            new ActivityRecorded(
                activity.tenant(), activity.customer(), recorded.recordedAt(), recorded)));
    if (afterRecord != null) {
      afterRecord.accept(activity.tenant(), activity.customer());
    }
    return id;
  }

  /** Returns a new activity id from the kit's generator. */
  ActivityId newId() {
    return ActivityId.of(kernel.nextId());
  }

  /**
   * Records an order with no category or reference.
   *
   * @throws ValidationException as {@link #record} does, and for a negative amount
   */
  public ActivityId recordOrder(
      TenantId tenant, CustomerId customer, Money amount, LocalDate date) {
    return record(Order.of(tenant, customer, amount, date));
  }

  /** Finds a recorded activity. */
  public Optional<RecordedActivity> find(TenantId tenant, ActivityId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().activities().findById(tenant, id));
  }

  /** Lists recorded activities matching the query, keyset-paged in ascending id order. */
  public Page<RecordedActivity> find(ActivityQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().activities().find(query, page));
  }

  /** Counts recorded activities matching the query. */
  public long count(ActivityQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().activities().count(query));
  }

  private void check(UnitOfWork store, Activity activity) {
    Problems problems = Problems.create();
    TenantId tenant = activity.tenant();
    kernel.checkTenant(problems, tenant);
    problems.throwIfAny();
    Optional<Customer> customer = store.customers().findById(tenant, activity.customer());
    problems.check(
        customer.isPresent() && !customer.get().isDeleted(),
        "customer",
        activity.customer(),
        "must be an active customer of the tenant");
    Instant now = kernel.now();
    LocalDate today = kernel.today();
    if (activity instanceof Order order) {
      problems.check(
          !order.date().isAfter(today),
          "date",
          order.date(),
          "must not be after today (" + today + ")");
    } else if (activity instanceof Contract contract) {
      if (contract.renewalOf() != null) {
        Optional<RecordedActivity> renewed =
            store.activities().findById(tenant, contract.renewalOf());
        problems.check(
            renewed.isPresent()
                && renewed.get().activity() instanceof Contract previous
                && previous.customer().equals(contract.customer()),
            "renewalOf",
            contract.renewalOf(),
            "must be a contract of the same customer");
      }
    } else if (activity instanceof Interaction interaction) {
      problems.check(
          !interaction.occurredAt().isAfter(now),
          "occurredAt",
          interaction.occurredAt(),
          "must not be in the future");
      checkContact(store, problems, activity, interaction.contact());
    } else if (activity instanceof Feedback feedback) {
      problems.check(
          !feedback.receivedAt().isAfter(now),
          "receivedAt",
          feedback.receivedAt(),
          "must not be in the future");
      checkContact(store, problems, activity, feedback.contact());
    }
    problems.throwIfAny();
  }

  private static void checkContact(
      UnitOfWork store, Problems problems, Activity activity, @Nullable ContactId contact) {
    if (contact == null) {
      return;
    }
    Optional<Contact> found = store.contacts().findById(activity.tenant(), contact);
    problems.check(
        found.isPresent() && found.get().customer().equals(activity.customer()),
        "contact",
        contact,
        "must be a contact of the customer");
  }
}
