package io.crmkit.jpa;

import io.crmkit.core.CustomerService;
import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.jpa.internal.BulkRows;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The checks of one bulk import, over every input before anything is written: what crm-core's
 * services check when they register a customer, add a contact or record an activity, plus what only
 * an import can get wrong (an id twice, a contact of another customer, a customer stored already).
 * Collects every problem, then throws one {@link ValidationException} listing them all.
 */
final class ImportCheck {
  private static final String NEW_RULE =
      "must be 0: the import only adds new customers and contacts";
  private static final String ONCE_RULE = "must appear only once in the import";
  private static final String OWN_RULE = "must be the customer it is imported with";
  private static final String FUTURE_RULE = "must not be in the future";

  private final TenantId tenant;
  private final Instant now;
  private final LocalDate today;
  private final List<FieldError> errors = new ArrayList<>();
  private final String tenantRule;
  private final String todayRule;
  private final Set<UUID> customers = new HashSet<>();
  private final Set<UUID> contacts = new HashSet<>();
  private final Set<UUID> activities = new HashSet<>();

  /** The imported customers that have a parent: the parent and where the customer is. */
  private final Map<CustomerId, Link> parents = new LinkedHashMap<>();

  private final Set<CustomerId> deleted = new HashSet<>();

  /** Customers not checked against the stored ones yet, by their path. */
  private final Map<CustomerId, String> unchecked = new LinkedHashMap<>();

  private long count;

  private ImportCheck(TenantId tenant, Instant now, LocalDate today) {
    this.tenant = tenant;
    this.now = now;
    this.today = today;
    this.tenantRule = "must be the import's tenant (" + tenant + ")";
    this.todayRule = "must not be after today (" + today + ")";
  }

  /** Checks every input, and throws the problems found if any. */
  static ImportCheck of(
      EntityManager em,
      TenantId tenant,
      Instant now,
      LocalDate today,
      Iterable<CustomerImport> input) {
    ImportCheck check = new ImportCheck(tenant, now, today);
    for (CustomerImport customer : input) {
      check.add(em, Objects.requireNonNull(customer, "a customer to import"));
    }
    check.finish(em);
    return check;
  }

  /** Returns whether the checks saw the customer. */
  boolean saw(CustomerId customer) {
    return customers.contains(customer.value());
  }

  /** Returns how many customers the checks saw. */
  long count() {
    return count;
  }

  private void add(EntityManager em, CustomerImport input) {
    String at = "customers[" + count++ + "]";
    Customer customer = input.customer();
    check(customer.tenant().equals(tenant), at, "tenant", customer.tenant(), tenantRule);
    check(customer.version() == 0, at, "version", customer.version(), NEW_RULE);
    check(customers.add(customer.id().value()), at, "id", customer.id(), ONCE_RULE);
    if (customer.isDeleted()) {
      deleted.add(customer.id());
    }
    customer.parent().ifPresent(p -> parents.put(customer.id(), new Link(p, at)));
    unchecked.put(customer.id(), at);
    if (unchecked.size() == BulkRows.IDS_PER_QUERY) {
      checkStored(em);
    }
    Set<ContactId> own = new HashSet<>();
    for (int j = 0; j < input.contacts().size(); j++) {
      Contact contact = input.contacts().get(j);
      Item c = new Item(at, "contacts", j);
      check(contact.tenant().equals(tenant), c, "tenant", contact.tenant(), tenantRule);
      check(contact.customer().equals(customer.id()), c, "customer", contact.customer(), OWN_RULE);
      check(contact.version() == 0, c, "version", contact.version(), NEW_RULE);
      check(contacts.add(contact.id().value()), c, "id", contact.id(), ONCE_RULE);
      own.add(contact.id());
    }
    Map<ActivityId, Activity> history = new HashMap<>();
    input.activities().forEach(a -> history.put(a.id(), a.activity()));
    check(
        input.activities().isEmpty() || !customer.isDeleted(),
        at,
        "activities",
        input.activities().size() + " activities",
        "must be empty for a deleted customer: activities are recorded for active customers only");
    for (int k = 0; k < input.activities().size(); k++) {
      RecordedActivity recorded = input.activities().get(k);
      Item a = new Item(at, "activities", k);
      check(activities.add(recorded.id().value()), a, "id", recorded.id(), ONCE_RULE);
      check(recorded.tenant().equals(tenant), a, "tenant", recorded.tenant(), tenantRule);
      check(
          recorded.customer().equals(customer.id()), a, "customer", recorded.customer(), OWN_RULE);
      activity(a, recorded.activity(), own, history);
    }
  }

  /** The checks of {@code ActivityService.record}, against the customer's imported history. */
  private void activity(
      Item at, Activity activity, Set<ContactId> own, Map<ActivityId, Activity> history) {
    if (activity instanceof Order order) {
      check(!order.date().isAfter(today), at, "date", order.date(), todayRule);
    } else if (activity instanceof Contract contract && contract.renewalOf() != null) {
      check(
          history.get(contract.renewalOf()) instanceof Contract,
          at,
          "renewalOf",
          contract.renewalOf(),
          "must be a contract of the same customer");
    } else if (activity instanceof Interaction interaction) {
      check(
          !interaction.occurredAt().isAfter(now),
          at,
          "occurredAt",
          interaction.occurredAt(),
          FUTURE_RULE);
      contact(at, interaction.contact(), own);
    } else if (activity instanceof Feedback feedback) {
      check(
          !feedback.receivedAt().isAfter(now),
          at,
          "receivedAt",
          feedback.receivedAt(),
          FUTURE_RULE);
      contact(at, feedback.contact(), own);
    }
  }

  private void contact(Item at, @Nullable ContactId contact, Set<ContactId> own) {
    check(
        contact == null || own.contains(contact),
        at,
        "contact",
        contact,
        "must be a contact of the customer");
  }

  private void finish(EntityManager em) {
    checkStored(em);
    checkParents(em);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /** Refuses customers that are stored already: the import only inserts. */
  private void checkStored(EntityManager em) {
    if (unchecked.isEmpty()) {
      return;
    }
    Set<CustomerId> stored = BulkRows.customers(em, tenant, unchecked.keySet()).keySet();
    unchecked.forEach(
        (id, at) ->
            check(
                !stored.contains(id),
                at,
                "id",
                id,
                "must not be stored already: the import only adds new customers"));
    unchecked.clear();
  }

  /**
   * The checks of {@code CustomerService.register} on every parent, whether imported or stored: an
   * active customer of the tenant, no cycle, at most {@link CustomerService#MAX_GROUP_DEPTH}
   * levels.
   */
  private void checkParents(EntityManager em) {
    Map<CustomerId, BulkRows.Stored> stored = storedAncestors(em);
    parents.forEach(
        (self, link) -> {
          CustomerId cursor = link.parent();
          for (int depth = 0; cursor != null; depth++) {
            if (cursor.equals(self)) {
              add(
                  link.at() + ".parent",
                  link.parent(),
                  "must not be the customer or one of its subsidiaries");
              return;
            }
            if (depth == CustomerService.MAX_GROUP_DEPTH) {
              add(
                  link.at() + ".parent",
                  link.parent(),
                  "must not make the group deeper than "
                      + CustomerService.MAX_GROUP_DEPTH
                      + " levels");
              return;
            }
            boolean imported = customers.contains(cursor.value());
            BulkRows.Stored found = stored.get(cursor);
            if (imported ? deleted.contains(cursor) : found == null || found.deleted()) {
              add(
                  link.at() + ".parent",
                  cursor,
                  cursor.equals(link.parent())
                      ? "must be an active customer of the tenant"
                      : "has a deleted or missing ancestor");
              return;
            }
            cursor = imported ? parentOf(cursor) : found.parent();
          }
        });
  }

  /** Reads the stored customers the imported ones descend from, one level per round. */
  private Map<CustomerId, BulkRows.Stored> storedAncestors(EntityManager em) {
    Map<CustomerId, BulkRows.Stored> stored = new HashMap<>();
    Set<CustomerId> wanted = new HashSet<>();
    for (Link link : parents.values()) {
      if (!customers.contains(link.parent().value())) {
        wanted.add(link.parent());
      }
    }
    for (int level = 0; !wanted.isEmpty() && level <= CustomerService.MAX_GROUP_DEPTH; level++) {
      Map<CustomerId, BulkRows.Stored> found = BulkRows.customers(em, tenant, wanted);
      stored.putAll(found);
      wanted = new HashSet<>();
      for (BulkRows.Stored s : found.values()) {
        CustomerId parent = s.parent();
        if (parent != null && !stored.containsKey(parent) && !customers.contains(parent.value())) {
          wanted.add(parent);
        }
      }
    }
    return stored;
  }

  private @Nullable CustomerId parentOf(CustomerId imported) {
    Link link = parents.get(imported);
    return link == null ? null : link.parent();
  }

  /** Records a problem of a customer's field unless {@code ok}. */
  private void check(boolean ok, String at, String field, @Nullable Object value, String rule) {
    if (!ok) {
      add(at + "." + field, value, rule);
    }
  }

  /** Records a problem of a contact's or activity's field unless {@code ok}. */
  private void check(boolean ok, Item at, String field, @Nullable Object value, String rule) {
    if (!ok) {
      add(at + "." + field, value, rule);
    }
  }

  private void add(String field, @Nullable Object value, String rule) {
    errors.add(new FieldError(field, value == null ? null : String.valueOf(value), rule));
  }

  /**
   * A contact or activity of an imported customer, whose path ({@code customers[3].contacts[1]}) is
   * built only when it has a problem.
   */
  private record Item(String customer, String list, int index) {
    @Override
    public String toString() {
      return customer + "." + list + "[" + index + "]";
    }
  }

  /** An imported customer's parent, and the customer's path for messages. */
  private record Link(CustomerId parent, String at) {}
}
