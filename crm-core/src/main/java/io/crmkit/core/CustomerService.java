package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerPurged;
import io.crmkit.core.customer.CustomerQuery;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.UnitOfWork;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Registers, changes, finds, soft-deletes, restores and purges customers; each call is one unit of
 * work. Reached through {@link CrmKit#customers()}.
 *
 * @since 0.1
 */
public final class CustomerService {
  /** The deepest group structure accepted (parent of parent of …). */
  public static final int MAX_GROUP_DEPTH = 32;

  private final Kernel kernel;

  CustomerService(Kernel kernel) {
    this.kernel = kernel;
  }

  /**
   * Registers a customer and returns its new id.
   *
   * @throws ValidationException listing every problem: unknown tenant, invalid name or codes, a
   *     parent that does not exist or is deleted
   */
  public CustomerId register(NewCustomer input) {
    requireNonNull(input, "input");
    CustomerId id = CustomerId.of(kernel.nextId());
    return kernel.execute(
        work -> {
          Problems problems = Problems.create();
          kernel.checkTenant(problems, input.tenant());
          if (input.parent() != null && problems.isEmpty()) {
            checkParent(work.store(), problems, input.tenant(), id, input.parent());
          }
          Customer customer = null;
          try {
            customer = Customer.register(id, input, kernel.now());
          } catch (ValidationException e) {
            problems.addAll("", e);
          }
          problems.throwIfAny();
          work.record(customer.pullEvents());
          work.store().customers().save(customer);
          if (customer.owner().isPresent()) {
            Ownership ownership =
                Ownership.registered(input.tenant(), id, customer.owner().get(), kernel.now());
            work.record(ownership.pullEvents());
            work.store().ownerships().save(ownership);
          }
          return id;
        });
  }

  /** Finds a customer, soft-deleted or not. */
  public Optional<Customer> find(TenantId tenant, CustomerId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().customers().findById(tenant, id));
  }

  /**
   * Returns a customer, soft-deleted or not.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public Customer get(TenantId tenant, CustomerId id) {
    return find(tenant, id).orElseThrow(() -> new NotFoundException("customer " + id));
  }

  /**
   * Changes a customer with its behaviour methods and saves it, all in one unit of work; returns
   * the customer as saved. A change of parent is checked: the parent must exist, be active, and not
   * be the customer or one of its subsidiaries.
   *
   * @throws NotFoundException if the tenant has no such customer
   * @throws ValidationException if the change is invalid; nothing is saved
   * @throws io.crmkit.core.shared.ConcurrentUpdateException if another unit of work saved the
   *     customer in between
   */
  public Customer update(TenantId tenant, CustomerId id, CustomerChange change) {
    kernel.requireTenant(tenant);
    requireNonNull(change, "change");
    return kernel.execute(
        work -> {
          Customer customer = load(work.store(), tenant, id);
          Optional<CustomerId> parentBefore = customer.parent();
          Optional<UserRef> ownerBefore = customer.owner();
          change.apply(customer, kernel.now());
          if (!customer.owner().equals(ownerBefore)) {
            throw ValidationException.of(
                "owner",
                customer.owner().orElse(null),
                "must be changed through CrmKit.ownership(), which records the move");
          }
          Optional<CustomerId> parentAfter = customer.parent();
          if (parentAfter.isPresent() && !parentAfter.equals(parentBefore)) {
            Problems problems = Problems.create();
            checkParent(work.store(), problems, tenant, id, parentAfter.get());
            problems.throwIfAny();
          }
          List<CrmEvent> events = customer.pullEvents();
          if (events.isEmpty()) {
            return customer; // nothing changed: no new version, no event
          }
          work.record(events);
          return work.store().customers().save(customer);
        });
  }

  /**
   * Soft-deletes a customer: it drops out of queries but keeps its contacts and history, and can be
   * restored. Deleting a deleted customer changes nothing.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public void delete(TenantId tenant, CustomerId id) {
    update(tenant, id, (customer, now) -> customer.delete(now));
  }

  /**
   * Restores a soft-deleted customer.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public void restore(TenantId tenant, CustomerId id) {
    update(tenant, id, (customer, now) -> customer.restore(now));
  }

  /**
   * Erases a customer for good with its contacts, activities, facts, lifecycle, tier history and
   * ownership; returns whether there was one to erase. Purging twice is harmless.
   *
   * @throws ValidationException if the customer still has subsidiaries
   */
  public boolean purge(TenantId tenant, CustomerId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          if (store.customers().findById(tenant, id).isEmpty()) {
            return false;
          }
          long subsidiaries =
              store.customers().count(CustomerQuery.in(tenant).parent(id).includingDeleted());
          if (subsidiaries > 0) {
            throw ValidationException.of(
                "customer",
                id,
                "has " + subsidiaries + " subsidiaries; purge or detach them first");
          }
          store.contacts().deleteByCustomer(tenant, id);
          store.activities().deleteByCustomer(tenant, id);
          store.facts().delete(tenant, id);
          store.lifecycle().delete(tenant, id);
          store.tierHistories().delete(tenant, id);
          store.ownerships().delete(tenant, id);
          SegmentService.forget(store, tenant, id);
          ReminderService.forget(store, tenant, id);
          store.customers().delete(tenant, id);
          work.record(
              List.of(
                  new CustomerPurged(
                      tenant, id, io.crmkit.core.internal.Times.stored(kernel.now()))));
          return true;
        });
  }

  /** Lists customers matching the query, keyset-paged in ascending id order. */
  public Page<Customer> find(CustomerQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().customers().find(query, page));
  }

  /** Counts customers matching the query. */
  public long count(CustomerQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().customers().count(query));
  }

  /**
   * Returns a customer and all its subsidiaries, at any depth, parent before children: the
   * customers that make up one key account.
   *
   * @throws NotFoundException if the tenant has no such customer
   */
  public List<CustomerId> group(TenantId tenant, CustomerId root) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> groupOf(work.store(), tenant, root));
  }

  static List<CustomerId> groupOf(UnitOfWork store, TenantId tenant, CustomerId root) {
    load(store, tenant, root);
    List<CustomerId> members = new ArrayList<>();
    Deque<CustomerId> pending = new ArrayDeque<>(List.of(root));
    Set<CustomerId> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      CustomerId next = pending.poll();
      if (!seen.add(next)) {
        continue;
      }
      members.add(next);
      Page.walk(
          PageRequest.MAX_SIZE,
          request -> store.customers().find(CustomerQuery.in(tenant).parent(next), request),
          child -> pending.add(child.id()));
    }
    return members;
  }

  static Customer load(UnitOfWork store, TenantId tenant, CustomerId id) {
    return store
        .customers()
        .findById(tenant, id)
        .orElseThrow(() -> new NotFoundException("customer " + id));
  }

  private static void checkParent(
      UnitOfWork store, Problems problems, TenantId tenant, CustomerId self, CustomerId parent) {
    CustomerId cursor = parent;
    for (int depth = 0; cursor != null; depth++) {
      if (cursor.equals(self)) {
        problems.add("parent", parent, "must not be the customer or one of its subsidiaries");
        return;
      }
      if (depth == MAX_GROUP_DEPTH) {
        problems.add(
            "parent", parent, "must not make the group deeper than " + MAX_GROUP_DEPTH + " levels");
        return;
      }
      Optional<Customer> found = store.customers().findById(tenant, cursor);
      if (found.isEmpty() || found.get().isDeleted()) {
        problems.add(
            "parent",
            cursor,
            Objects.equals(cursor, parent)
                ? "must be an active customer of the tenant"
                : "has a deleted or missing ancestor");
        return;
      }
      cursor = found.get().parent().orElse(null);
    }
  }
}
