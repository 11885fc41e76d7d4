package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.RegenerationReport;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderDue;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.NotFoundException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Schedules reminders and moves them through their statuses; completing a recurring reminder
 * schedules the next occurrence, and completing a visit or follow-up can record the interaction in
 * the same unit of work. Answers the owners' to-do lists. Reached through {@link
 * CrmKit#reminders()}.
 *
 * @since 0.1
 */
public final class ReminderService {
  private final Kernel kernel;
  private final ActivityService activities;
  private final ReminderRegeneration regeneration;
  private final DueAnnouncement announcement;

  ReminderService(Kernel kernel, ActivityService activities, Map<String, ReminderPolicy> policies) {
    this.kernel = kernel;
    this.activities = activities;
    this.regeneration = new ReminderRegeneration(kernel, policies);
    this.announcement = new DueAnnouncement(kernel);
  }

  /**
   * Runs every registered {@link ReminderPolicy} for the customer and reconciles its reminders in
   * one unit of work: schedules each planned reminder that does not exist yet, and supersedes
   * ({@link Reminder#supersede}) each live reminder a registered policy made that no policy plans
   * any more (the pool warning after the owner followed up, the visit after the visit happened). A
   * planned reminder that exists already is left as it is if it is live, done, missed or cancelled
   * by a user, so such a reminder is never scheduled again; if regeneration itself superseded it
   * earlier, it is reopened ({@link Reminder#reopen}) at the newly planned due time and reported as
   * created, so a customer that goes back to its manager (holiday cover, a restore after a delete,
   * a reclaim from the pool) gets that manager's reminders back. Reminders are keyed by policy,
   * customer, owner and the planned key ({@link ReminderId#forKey}), so running it again changes
   * nothing; a planned due time already past is scheduled (or reopened) as due now. A deleted or
   * unowned customer is planned nothing, whatever the policies would plan, so the live reminders
   * the policies made for it are superseded; reminders scheduled by hand are left alone.
   *
   * @throws NotFoundException if there is no such customer
   * @throws ValidationException if a policy plans a reminder about another customer's contact
   * @since 0.1
   */
  public RegenerationReport regenerate(TenantId tenant, CustomerId customer) {
    kernel.requireTenant(tenant);
    requireNonNull(customer, "customer");
    return kernel.execute(work -> regeneration.run(work, tenant, customer));
  }

  /**
   * Announces every live (open or snoozed) reminder of the tenant whose due day has come by {@code
   * asOf} and that was not announced yet: marks each {@linkplain ReminderSnapshot#announcedAt()
   * announced}, publishes a {@link ReminderDue} for it, and returns those events, by due time. A
   * reminder's due day is the day, in the kit's clock zone, of its due time (its snooze end while
   * snoozed), so {@code asOf} covers every reminder due before the next midnight there, including
   * overdue ones. Each reminder is announced once per due time: calling it again announces only
   * what became due since; a reminder snoozed or {@linkplain Reminder#reopen reopened} is announced
   * again when its new due day comes; a done, cancelled (superseded included) or missed one never
   * is.
   *
   * <p>Hosts call it on a schedule (the morning run that notifies owners, next to {@link
   * BatchService#remindersJob()}, which plans reminders but announces nothing), or after catching
   * up with an earlier day. It works through the backlog in pages of 200 reminders, each in its own
   * unit of work whose events are published when it commits; a page that loses an optimistic race
   * (an owner snoozing a reminder, another node announcing at the same time) is read and announced
   * again, so two runs at once announce each reminder once between them, and a run that stops keeps
   * the pages it committed. Called inside a unit of work, it joins it and publishes when that one
   * commits.
   *
   * @throws ValidationException if the tenant is unknown, or {@code asOf} is after today in the
   *     kit's clock zone
   * @throws ConcurrentUpdateException if a page keeps losing races after 12 attempts; the pages
   *     before it stay announced
   * @since 0.1
   */
  public List<ReminderDue> announceDue(TenantId tenant, LocalDate asOf) {
    kernel.requireTenant(tenant);
    requireNonNull(asOf, "asOf");
    return announcement.run(tenant, asOf);
  }

  /**
   * Schedules a reminder and returns its id. With an idempotency key, scheduling the same key again
   * returns the first reminder's id and changes nothing.
   *
   * @throws ValidationException listing every problem: unknown tenant, a missing customer, a
   *     contact of another customer, a one-off reminder due in the past, an unsupported RRULE
   */
  public ReminderId schedule(NewReminder input) {
    requireNonNull(input, "input");
    ReminderId id =
        input.idempotencyKey() != null
            ? ReminderId.forKey(input.tenant(), input.idempotencyKey())
            : ReminderId.of(kernel.nextId());
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          if (input.idempotencyKey() != null
              && store.reminders().find(input.tenant(), id).isPresent()) {
            return id;
          }
          Problems problems = Problems.create();
          kernel.checkTenant(problems, input.tenant());
          problems.throwIfAny();
          if (input.customer() != null) {
            Optional<Customer> customer =
                store.customers().findById(input.tenant(), input.customer());
            problems.check(
                customer.isPresent() && !customer.get().isDeleted(),
                "customer",
                input.customer(),
                "must be an active customer of the tenant");
          }
          if (input.contact() != null) {
            Optional<Contact> contact = store.contacts().findById(input.tenant(), input.contact());
            problems.check(
                contact.isPresent()
                    && (input.customer() == null
                        || contact.get().customer().equals(input.customer())),
                "contact",
                input.contact(),
                "must be a contact of the customer");
          }
          Reminder reminder = problems.nested("", () -> Reminder.schedule(id, input, kernel.now()));
          problems.throwIfAny();
          work.record(reminder.pullEvents());
          store.reminders().save(reminder);
          return id;
        });
  }

  /** Finds a reminder. */
  public Optional<Reminder> find(TenantId tenant, ReminderId id) {
    kernel.requireTenant(tenant);
    return kernel.execute(work -> work.store().reminders().find(tenant, id));
  }

  /**
   * Puts a reminder off for a while.
   *
   * @throws NotFoundException if there is no such reminder
   * @throws io.crmkit.core.shared.InvalidTransitionException if it is not live
   */
  public Reminder snooze(TenantId tenant, ReminderId id, Duration by) {
    return change(tenant, id, r -> r.snooze(by, kernel.now()));
  }

  /**
   * Calls a reminder off.
   *
   * @throws io.crmkit.core.shared.InvalidTransitionException if it is done or cancelled
   */
  public Reminder cancel(TenantId tenant, ReminderId id) {
    return change(tenant, id, r -> r.cancel(kernel.now()));
  }

  /**
   * Marks a live reminder whose due time has passed as missed.
   *
   * @throws io.crmkit.core.shared.InvalidTransitionException if it is not live or not yet due
   */
  public Reminder markMissed(TenantId tenant, ReminderId id) {
    return change(tenant, id, r -> r.markMissed(kernel.now()));
  }

  /**
   * Marks a reminder done; for a recurring one, schedules the next occurrence and returns its id.
   *
   * @throws io.crmkit.core.shared.InvalidTransitionException if it is done or cancelled already
   */
  public Optional<ReminderId> complete(TenantId tenant, ReminderId id) {
    return completeWith(tenant, id, null, null);
  }

  /**
   * Marks a visit or follow-up done and records the interaction it was, by the reminder's owner,
   * now, in the same unit of work; returns the next occurrence's id for a recurring reminder.
   *
   * @throws ValidationException if the reminder is about no customer
   */
  public Optional<ReminderId> completeWithInteraction(
      TenantId tenant, ReminderId id, InteractionType type, @Nullable String outcome) {
    requireNonNull(type, "type");
    return completeWith(tenant, id, type, outcome);
  }

  private Optional<ReminderId> completeWith(
      TenantId tenant, ReminderId id, @Nullable InteractionType type, @Nullable String outcome) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          UnitOfWork store = work.store();
          Reminder reminder = load(store, tenant, id);
          Instant now = kernel.now();
          Optional<LocalDateTime> nextDue = reminder.complete(now);
          if (type != null) {
            CustomerId customer = reminder.snapshot().customer();
            if (customer == null) {
              throw ValidationException.of(
                  "reminder", id, "is about no customer, so no interaction can be recorded");
            }
            Interaction interaction =
                new Interaction(
                    tenant,
                    customer,
                    reminder.snapshot().contact(),
                    type,
                    now,
                    reminder.snapshot().owner(),
                    outcome,
                    null);
            ActivityId activity = activities.newId();
            activities.recordIn(work, activity, interaction);
          }
          work.record(reminder.pullEvents());
          store.reminders().save(reminder);
          if (nextDue.isEmpty()) {
            return Optional.<ReminderId>empty();
          }
          Reminder next =
              reminder.nextOccurrence(nextId(reminder, nextDue.get()), nextDue.get(), now);
          if (store.reminders().find(tenant, next.id()).isPresent()) {
            return Optional.of(next.id());
          }
          work.record(next.pullEvents());
          store.reminders().save(next);
          return Optional.of(next.id());
        });
  }

  /** Lists reminders matching the query, ordered by due instant, then id, keyset-paged. */
  public Page<Reminder> find(ReminderQuery query, PageRequest page) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().reminders().find(query, page));
  }

  /** Counts reminders matching the query. */
  public long count(ReminderQuery query) {
    kernel.requireTenant(query.tenant());
    return kernel.execute(work -> work.store().reminders().count(query));
  }

  /**
   * Lists an owner's live reminders due today in {@code zone} (including overdue ones), by due
   * time.
   */
  public Page<Reminder> dueToday(TenantId tenant, UserRef owner, ZoneId zone, PageRequest page) {
    Instant endOfToday = kernel.today().plusDays(1).atStartOfDay(zone).toInstant();
    return find(ReminderQuery.liveFor(tenant, owner).dueBetween(null, endOfToday), page);
  }

  /** Lists an owner's live reminders whose due time has passed, by due time. */
  public Page<Reminder> overdue(TenantId tenant, UserRef owner, PageRequest page) {
    return find(ReminderQuery.liveFor(tenant, owner).dueBetween(null, kernel.now()), page);
  }

  /**
   * Lists an owner's live reminders due from now through the next {@code days} days, by due time.
   */
  public Page<Reminder> upcoming(TenantId tenant, UserRef owner, int days, PageRequest page) {
    if (days < 1 || days > 366) {
      throw ValidationException.of("days", days, "must be between 1 and 366");
    }
    Instant now = kernel.now();
    return find(
        ReminderQuery.liveFor(tenant, owner).dueBetween(now, now.plus(Duration.ofDays(days))),
        page);
  }

  /**
   * Lists an owner's live warnings that customers are about to be recycled to the public pool, by
   * due time; the recycling rules (crm-rules) generate them as {@link
   * ReminderKind#POOL_RECYCLE_WARNING} reminders.
   */
  public Page<Reminder> recycleWarnings(TenantId tenant, UserRef owner, PageRequest page) {
    return find(ReminderQuery.liveFor(tenant, owner).kind(ReminderKind.POOL_RECYCLE_WARNING), page);
  }

  /**
   * Lists an owner's live reminders of contracts coming up for renewal, by due time; the renewal
   * rules (crm-rules) generate them as {@link ReminderKind#CONTRACT_RENEWAL} reminders.
   */
  public Page<Reminder> contractRenewals(TenantId tenant, UserRef owner, PageRequest page) {
    return find(ReminderQuery.liveFor(tenant, owner).kind(ReminderKind.CONTRACT_RENEWAL), page);
  }

  /** Removes every reminder about a customer; used when purging. */
  static void forget(UnitOfWork store, TenantId tenant, CustomerId customer) {
    ReminderQuery about =
        new ReminderQuery(
            tenant, null, customer, EnumSet.allOf(ReminderStatus.class), null, null, null, false);
    Page.walk(
        PageRequest.MAX_SIZE,
        request -> store.reminders().find(about, request),
        r -> store.reminders().delete(tenant, r.id()));
  }

  private ReminderId nextId(Reminder reminder, LocalDateTime nextDue) {
    String key = reminder.snapshot().idempotencyKey();
    return key == null
        ? ReminderId.of(kernel.nextId())
        : ReminderId.forKey(reminder.snapshot().tenant(), key + "@" + nextDue);
  }

  private Reminder change(TenantId tenant, ReminderId id, Consumer<Reminder> move) {
    kernel.requireTenant(tenant);
    return kernel.execute(
        work -> {
          Reminder reminder = load(work.store(), tenant, id);
          move.accept(reminder);
          work.record(reminder.pullEvents());
          return work.store().reminders().save(reminder);
        });
  }

  private static Reminder load(UnitOfWork store, TenantId tenant, ReminderId id) {
    return store
        .reminders()
        .find(tenant, id)
        .orElseThrow(() -> new NotFoundException("reminder " + id));
  }
}
