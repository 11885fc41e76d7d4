package io.crmkit.core;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactSnapshot;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.RegenerationReport;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Runs the registered reminder policies for one customer and reconciles its reminders; see {@link
 * ReminderService#regenerate}.
 */
final class ReminderRegeneration {
  private static final int MAX_KEY = 200;

  private final Kernel kernel;
  private final Map<String, ReminderPolicy> policies;

  ReminderRegeneration(Kernel kernel, Map<String, ReminderPolicy> policies) {
    this.kernel = kernel;
    this.policies = Map.copyOf(policies);
  }

  RegenerationReport run(Kernel.Work work, TenantId tenant, CustomerId customer) {
    UnitOfWork store = work.store();
    Customer held = CustomerService.load(store, tenant, customer);
    Instant now = kernel.now();
    ZoneId zone = kernel.clock.getZone();
    Map<String, Planned> planned = Map.of();
    if (!held.isDeleted() && !policies.isEmpty()) {
      // Ownership is read once: an unowned customer is planned nothing, whatever a policy says,
      // so the reminders regeneration made for it earlier are superseded below.
      Standing standing = Standing.read(store, held);
      if (standing.ownership().owner().isPresent()) {
        planned = plan(customer, context(store, standing, zone));
      }
    }
    List<ReminderId> created = new ArrayList<>();
    List<ReminderId> kept = new ArrayList<>();
    LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
    for (Map.Entry<String, Planned> entry : planned.entrySet()) {
      ReminderId id = ReminderId.forKey(tenant, entry.getKey());
      PlannedReminder plan = entry.getValue().plan();
      LocalDateTime due = plan.due().isBefore(localNow) ? localNow : plan.due();
      Optional<Reminder> stored = store.reminders().find(tenant, id);
      if (stored.isPresent()) {
        Reminder existing = stored.get();
        if (existing.isSuperseded()) {
          existing.reopen(due, now);
          work.record(existing.pullEvents());
          store.reminders().save(existing);
          created.add(id);
        } else {
          kept.add(id);
        }
        continue;
      }
      NewReminder input =
          NewReminder.of(tenant, plan.owner(), plan.kind(), plan.title(), due, zone)
              .customer(customer)
              .generatedBy(entry.getValue().policy())
              .idempotencyKey(entry.getKey());
      if (plan.contact() != null) {
        input.contact(plan.contact());
      }
      Reminder reminder = Reminder.schedule(id, input, now);
      work.record(reminder.pullEvents());
      store.reminders().save(reminder);
      created.add(id);
    }
    List<ReminderId> cancelled = new ArrayList<>();
    for (Reminder reminder : stale(store, tenant, customer, planned.keySet())) {
      reminder.supersede(now);
      work.record(reminder.pullEvents());
      store.reminders().save(reminder);
      cancelled.add(reminder.id());
    }
    return new RegenerationReport(customer, created, kept, cancelled);
  }

  /** Asks every policy, in id order, and keys each planned reminder. */
  private Map<String, Planned> plan(CustomerId customer, ReminderContext context) {
    Set<ContactId> contacts = new HashSet<>();
    context.contacts().forEach(c -> contacts.add(c.id()));
    Map<String, Planned> planned = new LinkedHashMap<>();
    for (Map.Entry<String, ReminderPolicy> policy : new TreeMap<>(policies).entrySet()) {
      for (PlannedReminder plan : policy.getValue().plan(context)) {
        if (plan.contact() != null && !contacts.contains(plan.contact())) {
          throw ValidationException.of(
              "contact",
              plan.contact(),
              "must be a contact of customer "
                  + customer
                  + " (planned by "
                  + policy.getKey()
                  + ")");
        }
        planned.putIfAbsent(
            key(policy.getKey(), customer, plan), new Planned(policy.getKey(), plan));
      }
    }
    return planned;
  }

  /** Lists the live reminders a registered policy made that are no longer planned. */
  private List<Reminder> stale(
      UnitOfWork store, TenantId tenant, CustomerId customer, Set<String> plannedKeys) {
    ReminderQuery live =
        new ReminderQuery(
            tenant,
            null,
            customer,
            EnumSet.of(ReminderStatus.OPEN, ReminderStatus.SNOOZED),
            null,
            null,
            null,
            false);
    List<Reminder> stale = new ArrayList<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> store.reminders().find(live, request),
        r -> {
          ReminderSnapshot s = r.snapshot();
          if (s.generatedBy() != null
              && policies.containsKey(s.generatedBy())
              && s.idempotencyKey() != null
              && !plannedKeys.contains(s.idempotencyKey())) {
            stale.add(r);
          }
        });
    return stale;
  }

  private ReminderContext context(UnitOfWork store, Standing standing, ZoneId zone) {
    Customer held = standing.customer();
    List<ContactSnapshot> contacts = new ArrayList<>();
    Page.walk(
        PageRequest.MAX_SIZE,
        request ->
            store.contacts().find(ContactQuery.in(held.tenant()).customer(held.id()), request),
        c -> contacts.add(c.snapshot()));
    return new ReminderContext(
        held.snapshot(),
        standing.facts(),
        contacts,
        standing.tiers(),
        standing.ownership().snapshot(),
        standing.pool().map(PublicPool::policy).orElse(null),
        kernel.today(),
        zone);
  }

  /** The idempotency key of a planned reminder: policy, customer, owner and the planned key. */
  static String key(String policy, CustomerId customer, PlannedReminder plan) {
    String key = policy + ":" + customer + ":" + plan.owner().value() + ":" + plan.key();
    if (key.length() <= MAX_KEY) {
      return key;
    }
    return policy
        + ":"
        + UUID.nameUUIDFromBytes(key.substring(policy.length()).getBytes(StandardCharsets.UTF_8));
  }

  private record Planned(String policy, PlannedReminder plan) {}
}
