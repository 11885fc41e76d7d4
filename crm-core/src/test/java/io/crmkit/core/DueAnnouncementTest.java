package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderDue;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.ReminderRepository;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TenantDirectory;
import io.crmkit.spi.TransactionWork;
import io.crmkit.spi.UnitOfWork;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link ReminderService#announceDue}: each due reminder once, by the kit's day, in pages. */
class DueAnnouncementTest {
  private static final ZoneId SHANGHAI = KitFixture.SHANGHAI;
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant START = Instant.parse("2026-03-14T02:00:00Z"); // 10:00 in Shanghai
  private static final LocalDate DAY = LocalDate.of(2026, 3, 15);
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final TenantId TENANT = TenantId.of("acme");

  private final MovableClock clock = new MovableClock(START);
  private final InMemoryCrmStore memory = InMemoryCrmStore.create();
  private final AtomicReference<Runnable> afterPageRead = new AtomicReference<>();
  private final List<CrmEvent> events = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();
  private final CrmKit crm = kit(racing(memory), clock, events);
  private final CustomerId customer =
      crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团").owner("wang.fang"));

  private CrmKit kit(CrmStore store, Clock kitClock, List<CrmEvent> heard) {
    return CrmKit.builder()
        .store(store)
        .clock(kitClock)
        .idGenerator(() -> new UUID(0, ids.incrementAndGet()))
        .tenants(TenantDirectory.of(TENANT))
        .listener(heard::add)
        .build();
  }

  private ReminderId schedule(LocalDateTime due, ZoneId zone) {
    return crm.reminders()
        .schedule(
            NewReminder.of(TENANT, WANG, ReminderKind.VISIT, "拜访 " + due, due, zone)
                .customer(customer));
  }

  private Reminder find(ReminderId id) {
    return crm.reminders().find(TENANT, id).orElseThrow();
  }

  private List<ReminderDue> heard() {
    return events.stream()
        .filter(ReminderDue.class::isInstance)
        .map(ReminderDue.class::cast)
        .toList();
  }

  /** Moves the clock to 09:00 in Shanghai on {@link #DAY}. */
  private void morningOfTheDay() {
    clock.advance(Duration.between(START, DAY.atTime(9, 0).atZone(SHANGHAI).toInstant()));
  }

  @Test
  void announceDue_overdueAndDueLaterToday_announcesEachByDueTimeAndLeavesTomorrowAlone() {
    ReminderId tomorrow = schedule(DAY.plusDays(1).atTime(0, 0), SHANGHAI);
    ReminderId tonight = schedule(DAY.atTime(23, 59, 59), SHANGHAI);
    ReminderId overdue = schedule(DAY.minusDays(1).atTime(18, 0), SHANGHAI);
    ReminderId thisMorning = schedule(DAY.atTime(8, 0), SHANGHAI);
    morningOfTheDay();

    List<ReminderDue> announced = crm.reminders().announceDue(TENANT, DAY);

    assertThat(announced)
        .extracting(ReminderDue::reminder)
        .containsExactly(overdue, thisMorning, tonight);
    assertThat(heard()).isEqualTo(announced);
    ReminderDue first = announced.get(0);
    assertThat(first.owner()).isEqualTo(WANG);
    assertThat(first.customer()).isEqualTo(customer);
    assertThat(first.kind()).isEqualTo(ReminderKind.VISIT);
    assertThat(first.title()).isEqualTo("拜访 " + DAY.minusDays(1).atTime(18, 0));
    assertThat(first.due()).isEqualTo(DAY.minusDays(1).atTime(18, 0).atZone(SHANGHAI));
    assertThat(first.occurredAt()).isEqualTo(clock.instant());
    assertThat(find(overdue).snapshot().announcedAt()).isEqualTo(clock.instant());
    assertThat(find(overdue).version()).isEqualTo(2);
    assertThat(find(tomorrow).snapshot().announcedAt()).isNull();
    assertThat(
            crm.reminders()
                .count(ReminderQuery.live(TENANT).dueBetween(null, clock.instant()).unannounced()))
        .isZero();
  }

  @Test
  void announceDue_again_announcesOnlyWhatBecameDueSince() {
    ReminderId today = schedule(DAY.atTime(10, 0), SHANGHAI);
    ReminderId nextDay = schedule(DAY.plusDays(1).atTime(10, 0), SHANGHAI);
    morningOfTheDay();
    crm.reminders().announceDue(TENANT, DAY);

    List<ReminderDue> sameDay = crm.reminders().announceDue(TENANT, DAY);
    clock.advance(Duration.ofDays(1));
    List<ReminderDue> dayAfter = crm.reminders().announceDue(TENANT, DAY.plusDays(1));
    List<ReminderDue> dayAfterAgain = crm.reminders().announceDue(TENANT, DAY.plusDays(1));

    assertThat(sameDay).isEmpty();
    assertThat(dayAfter).extracting(ReminderDue::reminder).containsExactly(nextDay);
    assertThat(dayAfterAgain).isEmpty();
    assertThat(heard()).extracting(ReminderDue::reminder).containsExactly(today, nextDay);
  }

  @Test
  void announceDue_doneCancelledSupersededOrMissed_isNeverAnnounced() {
    ReminderId done = schedule(DAY.atTime(10, 0), SHANGHAI);
    ReminderId cancelled = schedule(DAY.atTime(10, 0), SHANGHAI);
    ReminderId missed = schedule(DAY.atTime(10, 0), SHANGHAI);
    ReminderId superseded = schedule(DAY.atTime(10, 0), SHANGHAI);
    ReminderId open = schedule(DAY.atTime(10, 0), SHANGHAI);
    crm.reminders().complete(TENANT, done);
    crm.reminders().cancel(TENANT, cancelled);
    Reminder toSupersede = find(superseded);
    toSupersede.supersede(clock.instant());
    memory.inTransaction(u -> u.reminders().save(toSupersede));
    morningOfTheDay();
    clock.advance(Duration.ofHours(2));
    crm.reminders().markMissed(TENANT, missed);

    List<ReminderDue> announced = crm.reminders().announceDue(TENANT, DAY);

    assertThat(announced).extracting(ReminderDue::reminder).containsExactly(open);
    for (ReminderId id : List.of(done, cancelled, missed, superseded)) {
      assertThat(find(id).snapshot().announcedAt()).as("%s", find(id).status()).isNull();
    }
  }

  @Test
  void announceDue_snoozedAfterTheAnnouncement_isAnnouncedAgainOnItsNewDueDay() {
    ReminderId id = schedule(DAY.atTime(10, 0), SHANGHAI);
    morningOfTheDay();
    crm.reminders().announceDue(TENANT, DAY);

    crm.reminders().snooze(TENANT, id, Duration.ofDays(2));

    assertThat(find(id).snapshot().announcedAt()).isNull();
    assertThat(crm.reminders().announceDue(TENANT, DAY)).isEmpty();
    clock.advance(Duration.ofDays(1));
    assertThat(crm.reminders().announceDue(TENANT, DAY.plusDays(1))).isEmpty();
    clock.advance(Duration.ofDays(1));
    List<ReminderDue> again = crm.reminders().announceDue(TENANT, DAY.plusDays(2));
    assertThat(again).extracting(ReminderDue::reminder).containsExactly(id);
    assertThat(again.get(0).due()).isEqualTo(DAY.plusDays(2).atTime(9, 0).atZone(SHANGHAI));
    assertThat(heard()).hasSize(2);
  }

  @Test
  void announceDue_reminderInAnotherZone_isDueByTheDayInTheKitsZone() {
    // 20:00 in New York on the 15th is 08:00 on the 16th in Shanghai, the kit's zone
    ReminderId evening = schedule(DAY.atTime(20, 0), NEW_YORK);
    // 09:00 in New York on the 14th is 21:00 on the 14th in Shanghai
    ReminderId morning = schedule(DAY.minusDays(1).atTime(9, 0), NEW_YORK);
    morningOfTheDay();

    List<ReminderDue> today = crm.reminders().announceDue(TENANT, DAY);
    clock.advance(Duration.ofDays(1));
    List<ReminderDue> nextDay = crm.reminders().announceDue(TENANT, DAY.plusDays(1));

    assertThat(today).extracting(ReminderDue::reminder).containsExactly(morning);
    assertThat(nextDay).extracting(ReminderDue::reminder).containsExactly(evening);
    assertThat(nextDay.get(0).due()).isEqualTo(DAY.atTime(20, 0).atZone(NEW_YORK));
  }

  @Test
  void announceDue_anEarlierDay_announcesOnlyWhatWasDueByThen() {
    ReminderId yesterday = schedule(DAY.minusDays(1).atTime(11, 0), SHANGHAI);
    schedule(DAY.atTime(11, 0), SHANGHAI);
    morningOfTheDay();

    List<ReminderDue> announced = crm.reminders().announceDue(TENANT, DAY.minusDays(1));

    assertThat(announced).extracting(ReminderDue::reminder).containsExactly(yesterday);
  }

  @Test
  void announceDue_afterTodayOrUnknownTenant_isRefusedAndAnnouncesNothing() {
    schedule(DAY.minusDays(1).atTime(11, 0), SHANGHAI);
    LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);

    assertThatThrownBy(() -> crm.reminders().announceDue(TENANT, today.plusDays(1)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("asOf"))
        .hasMessageContaining(today.plusDays(1).toString())
        .hasMessageContaining("must not be after today, " + today);
    assertThatThrownBy(() -> crm.reminders().announceDue(TenantId.of("nobody"), today))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("tenant"));
    assertThat(heard()).isEmpty();
  }

  @Test
  void announceDue_backlogOfSeveralPages_announcesEveryReminderOncePublishingPageByPage() {
    int count = DueAnnouncement.PAGE_SIZE * 2 + 37;
    List<ReminderId> scheduled = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      scheduled.add(schedule(DAY.atTime(10, 0).minusMinutes(i % 50), SHANGHAI));
    }
    morningOfTheDay();
    Instant endOfDay = DAY.plusDays(1).atStartOfDay(SHANGHAI).toInstant();
    ReminderQuery unannounced = ReminderQuery.live(TENANT).dueBetween(null, endOfDay).unannounced();
    List<Long> leftWhenHeard = new ArrayList<>();
    CrmKit counting =
        kit(
            memory,
            clock,
            new CopyOnWriteArrayList<>() {
              @Override
              public boolean add(CrmEvent event) {
                // a page's events are published when that page commits, before the next page is
                // read
                leftWhenHeard.add(memory.inTransaction(u -> u.reminders().count(unannounced)));
                return super.add(event);
              }
            });

    List<ReminderDue> announced = counting.reminders().announceDue(TENANT, DAY);

    assertThat(announced).extracting(ReminderDue::reminder).hasSize(count).doesNotHaveDuplicates();
    assertThat(announced)
        .extracting(ReminderDue::reminder)
        .containsExactlyInAnyOrderElementsOf(scheduled);
    assertThat(announced).extracting(d -> d.due().toInstant()).isSorted();
    assertThat(leftWhenHeard).hasSize(count);
    assertThat(leftWhenHeard.get(0)).isEqualTo(count - DueAnnouncement.PAGE_SIZE);
    assertThat(leftWhenHeard.get(DueAnnouncement.PAGE_SIZE))
        .isEqualTo(count - 2L * DueAnnouncement.PAGE_SIZE);
    assertThat(leftWhenHeard).last().isEqualTo(0L);
  }

  @Test
  void announceDue_ownerSnoozesWhileThePageIsAnnounced_runsThePageAgainWithoutIt() {
    ReminderId snoozed = schedule(DAY.atTime(9, 30), SHANGHAI);
    ReminderId kept = schedule(DAY.atTime(10, 0), SHANGHAI);
    morningOfTheDay();
    CrmKit ownersDevice = kit(memory, Clock.fixed(clock.instant(), SHANGHAI), new ArrayList<>());
    afterPageRead.set(
        () ->
            CompletableFuture.runAsync(
                    () -> ownersDevice.reminders().snooze(TENANT, snoozed, Duration.ofDays(3)))
                .join());

    List<ReminderDue> announced = crm.reminders().announceDue(TENANT, DAY);

    assertThat(afterPageRead.get()).isNull();
    assertThat(announced).extracting(ReminderDue::reminder).containsExactly(kept);
    assertThat(heard()).isEqualTo(announced);
    assertThat(find(snoozed).snapshot().announcedAt()).isNull();
    assertThat(find(snoozed).dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
  }

  @Test
  void announceDue_anotherNodeAnnouncesWhileThePageIsAnnounced_announcesEachReminderOnce() {
    List<ReminderId> due = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      due.add(schedule(DAY.atTime(10, i), SHANGHAI));
    }
    morningOfTheDay();
    List<CrmEvent> otherHeard = new CopyOnWriteArrayList<>();
    CrmKit otherNode = kit(memory, clock, otherHeard);
    AtomicReference<List<ReminderDue>> byOther = new AtomicReference<>();
    afterPageRead.set(
        () ->
            byOther.set(
                CompletableFuture.supplyAsync(() -> otherNode.reminders().announceDue(TENANT, DAY))
                    .join()));

    List<ReminderDue> mine = crm.reminders().announceDue(TENANT, DAY);

    assertThat(mine).isEmpty();
    assertThat(heard()).isEmpty();
    assertThat(byOther.get()).extracting(ReminderDue::reminder).containsExactlyElementsOf(due);
    assertThat(otherHeard).isEqualTo(byOther.get());
  }

  @Test
  void announceDue_twoRunsAtOnceOnManyReminders_announceEachReminderExactlyOnce() {
    int count = DueAnnouncement.PAGE_SIZE * 3;
    for (int i = 0; i < count; i++) {
      schedule(DAY.atTime(10, 0).minusSeconds(i), SHANGHAI);
    }
    morningOfTheDay();
    CrmKit otherNode = kit(memory, clock, events);

    CompletableFuture<List<ReminderDue>> first =
        CompletableFuture.supplyAsync(() -> crm.reminders().announceDue(TENANT, DAY));
    CompletableFuture<List<ReminderDue>> second =
        CompletableFuture.supplyAsync(() -> otherNode.reminders().announceDue(TENANT, DAY));
    List<ReminderId> both = new ArrayList<>();
    first.join().forEach(d -> both.add(d.reminder()));
    second.join().forEach(d -> both.add(d.reminder()));

    assertThat(both).hasSize(count).doesNotHaveDuplicates();
    assertThat(heard()).hasSize(count);
    assertThat(
            crm.reminders()
                .find(ReminderQuery.live(TENANT).unannounced(), PageRequest.first(10))
                .items())
        .isEmpty();
  }

  /**
   * The in-memory store, with a hook that runs once right after a unit of work listed reminders:
   * between the announcement's read of a page and its commit.
   */
  private CrmStore racing(InMemoryCrmStore store) {
    return new CrmStore() {
      @Override
      public <T> T inTransaction(TransactionWork<T> work) {
        return store.inTransaction(u -> work.execute(racing(u)));
      }

      @Override
      public Set<StoreCapability> capabilities() {
        return store.capabilities();
      }
    };
  }

  private UnitOfWork racing(UnitOfWork unitOfWork) {
    ReminderRepository reminders =
        (ReminderRepository)
            Proxy.newProxyInstance(
                ReminderRepository.class.getClassLoader(),
                new Class<?>[] {ReminderRepository.class},
                (proxy, method, args) -> {
                  Object result = invoke(method, unitOfWork.reminders(), args);
                  if (method.getName().equals("find") && args[0] instanceof ReminderQuery) {
                    Runnable hook = afterPageRead.getAndSet(null);
                    if (hook != null) {
                      hook.run();
                    }
                  }
                  return result;
                });
    return (UnitOfWork)
        Proxy.newProxyInstance(
            UnitOfWork.class.getClassLoader(),
            new Class<?>[] {UnitOfWork.class},
            (proxy, method, args) ->
                method.getName().equals("reminders")
                    ? reminders
                    : invoke(method, unitOfWork, args));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
