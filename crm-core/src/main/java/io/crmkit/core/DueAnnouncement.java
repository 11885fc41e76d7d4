package io.crmkit.core;

import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderDue;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Announces a tenant's due reminders page by page; see {@link ReminderService#announceDue}. Each
 * page is one unit of work that is run again when it loses an optimistic race, so two announcements
 * running at once announce every reminder once between them.
 */
final class DueAnnouncement {
  /** How many reminders one unit of work announces at most; announceDue and the README say 200. */
  static final int PAGE_SIZE = 200;

  private final Kernel kernel;

  DueAnnouncement(Kernel kernel) {
    this.kernel = kernel;
  }

  List<ReminderDue> run(TenantId tenant, LocalDate asOf) {
    LocalDate today = kernel.today();
    if (asOf.isAfter(today)) {
      throw ValidationException.of("asOf", asOf, "must not be after today, " + today);
    }
    Instant dueBefore = asOf.plusDays(1).atStartOfDay(kernel.clock.getZone()).toInstant();
    ReminderQuery query = ReminderQuery.live(tenant).dueBetween(null, dueBefore).unannounced();
    List<ReminderDue> announced = new ArrayList<>();
    Optional<PageRequest> next = Optional.of(PageRequest.first(PAGE_SIZE));
    while (next.isPresent()) {
      PageRequest request = next.get();
      Announced page = kernel.executeRetrying(work -> page(work, query, request, dueBefore));
      announced.addAll(page.announced());
      next = page.next();
    }
    return List.copyOf(announced);
  }

  /** Announces the reminders of one page and returns them with the request for the next page. */
  private Announced page(
      Kernel.Work work, ReminderQuery query, PageRequest request, Instant dueBefore) {
    Page<Reminder> page = work.store().reminders().find(query, request);
    Instant now = kernel.now();
    List<ReminderDue> announced = new ArrayList<>();
    for (Reminder reminder : page.items()) {
      reminder.announceDue(dueBefore, now);
      List<CrmEvent> events = reminder.pullEvents();
      events.stream()
          .filter(ReminderDue.class::isInstance)
          .map(ReminderDue.class::cast)
          .forEach(announced::add);
      work.record(events);
      work.store().reminders().save(reminder);
    }
    return new Announced(announced, page.nextRequest(PAGE_SIZE));
  }

  private record Announced(List<ReminderDue> announced, Optional<PageRequest> next) {}
}
