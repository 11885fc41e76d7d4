package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.Recurrence;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderDue;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.TenantDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.ReminderRepository}: every field of a {@link
 * ReminderSnapshot} reads back equal (recurrences with every supported part, zones, lead times,
 * snoozed and closed states, idempotency keys, the superseded mark that tells a reminder cancelled
 * by regeneration from one a user cancelled, the {@linkplain ReminderSnapshot#announcedAt()
 * announced-as-due} instant, and its clearing by a snooze); lists come ordered by {@link
 * ReminderSnapshot#dueAt()} then id, snoozed reminders by their snooze end, with ties on the due
 * instant, and page without loss or repeat at any page size; {@code dueBetween} includes its start
 * and excludes its end; {@code find} and {@code count} agree with {@link ReminderQuery#matches};
 * {@link ReminderQuery#unannounced()} included; forged cursors are refused; saves follow the
 * version rules; deletes are idempotent; a reminder scheduled twice through {@link CrmKit} with one
 * idempotency key stays one reminder; and {@link io.crmkit.core.ReminderService#announceDue}
 * through {@link CrmKit}, over a backlog of several of its pages, announces every reminder due by
 * the day's end once, and again only after a snooze.
 *
 * @since 0.1
 */
public abstract class ReminderRepositoryContract {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final List<ZoneId> ZONES = List.of(SHANGHAI, NEW_YORK, ZoneId.of("UTC"));
  private static final Duration MICROSECOND = Duration.ofNanos(1000);
  private static final Comparator<ReminderSnapshot> DUE_ORDER =
      Comparator.comparing(ReminderSnapshot::dueAt).thenComparing(ReminderSnapshot::id);

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected ReminderRepositoryContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void openStore() {
    store = new StoreUnderTest(createStore());
    tenant = Fixtures.newTenant();
  }

  @Test
  void find_remindersWithEveryField_returnEqualSnapshots() {
    Instant now = clock.instant();
    LocalDateTime nextWeek = LocalDateTime.ofInstant(now, SHANGHAI).plusDays(7).withNano(0);
    Reminder monthly =
        schedule(
            NewReminder.of(
                    tenant,
                    UserRef.of("王芳"),
                    ReminderKind.VISIT,
                    "拜访华东机电 " + Fixtures.EMOJI,
                    nextWeek,
                    SHANGHAI)
                .customer(CustomerId.of(ids.next()))
                .contact(ContactId.of(ids.next()))
                .note(Fixtures.text("带上新产品样册" + Fixtures.FOUR_BYTE_HAN + Fixtures.EMOJI, 4000))
                .leadTime(Duration.ZERO)
                .leadTime(Duration.ofDays(366))
                .leadTime(Duration.ofMinutes(15))
                .recurrence(
                    "RRULE:FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1MO,-1FR;"
                        + "BYMONTHDAY=1,2,3,4,5,6,7,-1;BYMONTH=1,3,5,7,9,11;WKST=MO")
                .generatedBy("cadence:金卡")
                .idempotencyKey("visit/华东机电/" + nextWeek));
    Reminder weekly =
        schedule(
            NewReminder.of(
                    tenant,
                    UserRef.of("j.smith"),
                    ReminderKind.FOLLOW_UP,
                    "Call back about the tender",
                    LocalDateTime.of(2024, 3, 29, 9, 30),
                    NEW_YORK)
                .recurrence("FREQ=WEEKLY;UNTIL=20251231T235959;BYDAY=MO,WE,FR;WKST=MO"));
    Reminder yearly =
        schedule(
            NewReminder.of(
                    tenant,
                    UserRef.of("li.na"),
                    ReminderKind.BIRTHDAY,
                    "生日问候",
                    LocalDateTime.of(2028, 2, 29, 8, 0),
                    SHANGHAI)
                .recurrence("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"));
    Reminder snoozed = schedule(fixtures.newReminder(tenant, customer(), nextWeek, NEW_YORK));
    snoozed.snooze(Duration.ofHours(26).plus(MICROSECOND), clock.advance(Duration.ofMinutes(3)));
    Reminder done = schedule(fixtures.newReminder(tenant, customer(), nextWeek, SHANGHAI));
    done.complete(clock.advance(Duration.ofMinutes(4)).plusNanos(123_456_000));
    Reminder superseded =
        schedule(
            fixtures
                .newReminder(tenant, customer(), nextWeek, SHANGHAI)
                .generatedBy("cadence:金卡")
                .idempotencyKey("superseded/" + nextWeek));
    superseded.supersede(clock.advance(Duration.ofMinutes(5)));
    Reminder userCancelled = schedule(fixtures.newReminder(tenant, customer(), nextWeek, NEW_YORK));
    userCancelled.cancel(clock.advance(Duration.ofMinutes(6)));
    Reminder announced = schedule(fixtures.newReminder(tenant, customer(), nextWeek, NEW_YORK));
    announced.announceDue(
        announced.dueAt().plusSeconds(1),
        clock.advance(Duration.ofMinutes(7)).plusNanos(654_321_000));
    Reminder announcedThenDone =
        schedule(fixtures.newReminder(tenant, customer(), nextWeek, SHANGHAI));
    announcedThenDone.announceDue(announcedThenDone.dueAt().plusSeconds(1), clock.instant());
    announcedThenDone.complete(clock.advance(Duration.ofMinutes(8)));
    List<Reminder> all =
        List.of(
            monthly,
            weekly,
            yearly,
            snoozed,
            done,
            superseded,
            userCancelled,
            announced,
            announcedThenDone);
    assertThat(monthly.id()).isEqualTo(ReminderId.forKey(tenant, "visit/华东机电/" + nextWeek));
    assertThat(monthly.snapshot().recurrence()).isNotNull();
    assertThat(done.snapshot().closedAt()).isNotNull();
    assertThat(superseded.snapshot().superseded()).isTrue();
    assertThat(userCancelled.snapshot().superseded()).isFalse();
    assertThat(announced.snapshot().announcedAt()).isNotNull();
    assertThat(announcedThenDone.snapshot().announcedAt()).isNotNull();
    assertThat(monthly.snapshot().announcedAt()).isNull();

    saveAll(all);

    for (Reminder reminder : all) {
      assertThat(find(reminder.id()).map(Reminder::snapshot))
          .contains(reminder.snapshot().withVersion(1));
    }
  }

  @Test
  void find_parsedRecurrence_readsBackEqualToTheParsedRule() {
    String rule = "FREQ=DAILY;INTERVAL=3;COUNT=5";
    Reminder reminder =
        schedule(
            fixtures
                .newReminder(tenant, customer(), LocalDateTime.of(2024, 4, 1, 9, 0), SHANGHAI)
                .recurrence(rule));

    saveAll(List.of(reminder));

    assertThat(find(reminder.id()).map(r -> r.snapshot().recurrence()))
        .contains(Recurrence.parse(rule, SHANGHAI));
  }

  @Test
  void find_manyRemindersWithTiesAndSnoozes_listsByDueThenIdAtEveryPageSize() {
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      instants.add(clock.instant().plus(Duration.ofHours(1 + i * 7L)).plus(MICROSECOND));
    }
    List<Reminder> reminders = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      Instant due = fixtures.oneOf(instants);
      ZoneId zone = fixtures.oneOf(ZONES);
      Reminder reminder =
          schedule(
              fixtures.newReminder(tenant, customer(), LocalDateTime.ofInstant(due, zone), zone));
      if (fixtures.nextInt(10) == 0) {
        // the snooze ends on another reminder's due instant: a tie between snoozed and open
        Instant end = fixtures.oneOf(instants);
        reminder.snooze(Duration.between(clock.instant(), end), clock.instant());
      }
      reminders.add(reminder);
    }
    saveAll(reminders);
    List<ReminderSnapshot> expected =
        reminders.stream().map(r -> r.snapshot().withVersion(1)).sorted(DUE_ORDER).toList();
    assertThat(expected.stream().map(ReminderSnapshot::dueAt).distinct().count())
        .isLessThan(expected.size());

    for (int size : List.of(1, 7, 1000)) {
      assertThat(snapshots(ReminderQuery.live(tenant), size))
          .as("live reminders paged by %d", size)
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void find_dueBetween_includesItsStartAndExcludesItsEnd() {
    Instant from = clock.instant().plus(Duration.ofDays(2));
    Instant before = from.plus(Duration.ofHours(5));
    List<Reminder> reminders = new ArrayList<>();
    for (Instant edge : List.of(from, before)) {
      for (Duration offset : List.of(MICROSECOND.negated(), Duration.ZERO, MICROSECOND)) {
        Instant due = edge.plus(offset);
        ZoneId zone = fixtures.oneOf(ZONES);
        reminders.add(
            schedule(
                fixtures.newReminder(
                    tenant, customer(), LocalDateTime.ofInstant(due, zone), zone)));
      }
    }
    // a snoozed reminder sorts and filters by its snooze end, not by its original due time
    Reminder snoozedIn =
        schedule(
            fixtures.newReminder(
                tenant, customer(), LocalDateTime.ofInstant(before, SHANGHAI), SHANGHAI));
    snoozedIn.snooze(Duration.between(clock.instant(), from), clock.instant());
    Reminder snoozedOut =
        schedule(
            fixtures.newReminder(
                tenant, customer(), LocalDateTime.ofInstant(from, NEW_YORK), NEW_YORK));
    snoozedOut.snooze(Duration.between(clock.instant(), before), clock.instant());
    reminders.add(snoozedIn);
    reminders.add(snoozedOut);
    saveAll(reminders);
    ReminderQuery query = ReminderQuery.live(tenant).dueBetween(from, before);

    List<Instant> due = snapshots(query, 2).stream().map(ReminderSnapshot::dueAt).toList();

    assertThat(due).containsExactly(from, from, from.plus(MICROSECOND), before.minus(MICROSECOND));
    assertThat(store.count(u -> u.reminders().count(query))).isEqualTo(4);
  }

  @Test
  void findAndCount_byStatusOwnerCustomerKindAndDue_agreeWithMatches() {
    List<CustomerId> customers = List.of(customer(), customer(), customer());
    List<Reminder> reminders = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ZoneId zone = fixtures.oneOf(ZONES);
      LocalDateTime due =
          LocalDateTime.ofInstant(clock.instant(), zone).plusHours(1 + fixtures.nextInt(2000));
      Reminder reminder =
          schedule(fixtures.newReminder(tenant, fixtures.oneOf(customers), due, zone));
      Instant late = reminder.dueAt().plus(Duration.ofDays(1));
      switch (fixtures.nextInt(7)) {
        case 0 -> reminder.snooze(Duration.ofDays(1 + fixtures.nextInt(30)), clock.instant());
        case 1 -> reminder.complete(clock.instant());
        case 2 -> reminder.cancel(clock.instant());
        case 3 -> reminder.markMissed(late);
        case 4 -> reminder.announceDue(late, clock.instant());
        default -> {}
      }
      reminders.add(reminder);
    }
    saveAll(reminders);
    List<ReminderSnapshot> all = reminders.stream().map(r -> r.snapshot().withVersion(1)).toList();
    Instant from = clock.instant().plus(Duration.ofHours(300));
    Instant before = clock.instant().plus(Duration.ofHours(1200));
    List<ReminderQuery> queries = new ArrayList<>();
    queries.add(ReminderQuery.live(tenant));
    queries.add(ReminderQuery.liveFor(tenant, all.get(0).owner()));
    queries.add(ReminderQuery.live(tenant).about(customers.get(1)).dueBetween(from, null));
    queries.add(ReminderQuery.live(tenant).kind(all.get(0).kind()).dueBetween(null, before));
    for (ReminderStatus status : ReminderStatus.values()) {
      queries.add(
          new ReminderQuery(tenant, null, null, EnumSet.of(status), null, from, before, false));
    }
    queries.add(
        new ReminderQuery(
            tenant,
            null,
            customers.get(0),
            EnumSet.allOf(ReminderStatus.class),
            null,
            null,
            null,
            false));
    queries.add(ReminderQuery.live(tenant).unannounced());
    queries.add(ReminderQuery.live(tenant).unannounced().dueBetween(from, before));
    queries.add(
        new ReminderQuery(
            tenant, null, null, EnumSet.allOf(ReminderStatus.class), null, null, null, true));

    for (ReminderQuery query : queries) {
      List<ReminderSnapshot> expected =
          all.stream().filter(query::matches).sorted(DUE_ORDER).toList();
      assertThat(snapshots(query, 7)).as("%s", query).containsExactlyElementsOf(expected);
      assertThat(store.count(u -> u.reminders().count(query)))
          .as("count of %s", query)
          .isEqualTo(expected.size());
    }
  }

  @Test
  void find_cursorTheStoreDidNotMake_throwsValidationException() {
    Reminder reminder =
        schedule(
            fixtures.newReminder(
                tenant, customer(), LocalDateTime.of(2024, 5, 1, 10, 0), SHANGHAI));
    saveAll(List.of(reminder));
    List<String> forged =
        List.of(
            "garbage",
            "-1",
            "' OR '1'='1",
            Fixtures.EMOJI,
            "|",
            "2024-13-01T00:00:00Z|" + reminder.id(),
            "2024-05-01T02:00:00Z|00000000-0000-0000-0000-00000000000g",
            "x".repeat(512));

    for (String token : forged) {
      PageRequest request = PageRequest.after(Cursor.of(token), 10);
      assertThatThrownBy(
              () ->
                  store.inTransaction(u -> u.reminders().find(ReminderQuery.live(tenant), request)))
          .as("reminders after cursor %s", token)
          .isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void save_staleVersion_throwsConcurrentUpdateAndKeepsStoredState() {
    Reminder stored = save(schedule(nextReminder()));
    Reminder mine = Reminder.restore(stored.snapshot());
    Reminder theirs = Reminder.restore(stored.snapshot());
    theirs.snooze(Duration.ofHours(1), clock.advance(Duration.ofMinutes(1)));
    ReminderSnapshot winner = save(theirs).snapshot();
    mine.cancel(clock.advance(Duration.ofMinutes(1)));

    assertThatThrownBy(() -> save(mine)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(stored.id()).map(Reminder::snapshot)).contains(winner);
  }

  @Test
  void save_idempotencyKeyedReminderInsertedTwice_throwsConcurrentUpdateAndKeepsFirst() {
    NewReminder input = nextReminder().idempotencyKey("renewal/合同-2024-001");
    ReminderSnapshot first =
        save(Reminder.schedule(
                ReminderId.forKey(tenant, "renewal/合同-2024-001"), input, clock.instant()))
            .snapshot();
    Reminder again =
        Reminder.schedule(
            ReminderId.forKey(tenant, "renewal/合同-2024-001"),
            input,
            clock.advance(Duration.ofMinutes(1)));

    assertThatThrownBy(() -> save(again)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(first.id()).map(Reminder::snapshot)).contains(first);
  }

  @Test
  void save_neverStoredReminderAtVersionFive_throwsConcurrentUpdateAndStoresNothing() {
    Reminder ghost = Reminder.restore(schedule(nextReminder()).snapshot().withVersion(5));

    assertThatThrownBy(() -> save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(ghost.id())).isEmpty();
  }

  @Test
  void delete_twice_returnsTrueThenFalseAndErasesOnlyThatReminder() {
    Reminder gone = save(schedule(nextReminder()));
    Reminder kept = save(schedule(nextReminder()));

    boolean first = store.inTransaction(u -> u.reminders().delete(tenant, gone.id()));
    boolean second = store.inTransaction(u -> u.reminders().delete(tenant, gone.id()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(find(gone.id())).isEmpty();
    assertThat(find(kept.id()).map(Reminder::snapshot)).contains(kept.snapshot());
    assertThat(store.count(u -> u.reminders().count(ReminderQuery.live(tenant)))).isEqualTo(1);
  }

  @Test
  void schedule_sameIdempotencyKeyTwiceThroughTheKit_staysOneReminder() {
    CrmKit crm =
        CrmKit.builder()
            .store(store.store())
            .clock(clock)
            .idGenerator(SequentialIdGenerator.create())
            .tenants(TenantDirectory.of(tenant))
            .build();
    LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), SHANGHAI).plusDays(3);
    ReminderId first =
        crm.reminders()
            .schedule(
                NewReminder.of(
                        tenant,
                        UserRef.of("王芳"),
                        ReminderKind.CONTRACT_RENEWAL,
                        "续签",
                        due,
                        SHANGHAI)
                    .idempotencyKey("renewal/合同-7"));
    ReminderSnapshot stored = find(first).orElseThrow().snapshot();
    clock.advance(Duration.ofMinutes(5));

    ReminderId second =
        crm.reminders()
            .schedule(
                NewReminder.of(
                        tenant,
                        UserRef.of("王芳"),
                        ReminderKind.CONTRACT_RENEWAL,
                        "续签（重复）",
                        due,
                        SHANGHAI)
                    .idempotencyKey("renewal/合同-7"));

    assertThat(second).isEqualTo(first);
    assertThat(find(first).map(Reminder::snapshot)).contains(stored);
    assertThat(store.count(u -> u.reminders().count(ReminderQuery.live(tenant)))).isEqualTo(1);
  }

  @Test
  void announceDue_throughTheKitOverABacklog_announcesEachDueReminderOnceAndAgainAfterASnooze() {
    List<CrmEvent> heard = new CopyOnWriteArrayList<>();
    CrmKit crm =
        CrmKit.builder()
            .store(store.store())
            .clock(clock)
            .idGenerator(SequentialIdGenerator.create())
            .tenants(TenantDirectory.of(tenant))
            .listener(heard::add)
            .build();
    LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
    Instant endOfDay = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    long minutesLeft = Duration.between(clock.instant(), endOfDay).toMinutes();
    List<Reminder> reminders = new ArrayList<>();
    for (int i = 0; i < 520; i++) {
      // most are due later today, the rest from the day's end on
      Instant due =
          i < 450
              ? clock
                  .instant()
                  .plus(Duration.ofMinutes(1 + fixtures.nextInt((int) minutesLeft - 1)))
              : endOfDay.plus(Duration.ofMinutes(fixtures.nextInt(600)));
      ZoneId zone = fixtures.oneOf(ZONES);
      reminders.add(
          schedule(
              fixtures.newReminder(tenant, customer(), LocalDateTime.ofInstant(due, zone), zone)));
    }
    reminders.get(0).complete(clock.instant());
    reminders.get(1).cancel(clock.instant());
    reminders.get(2).snooze(Duration.between(clock.instant(), endOfDay), clock.instant());
    saveAll(reminders);
    List<ReminderId> expected =
        reminders.stream()
            .map(Reminder::snapshot)
            .filter(r -> r.status().isLive() && r.dueAt().isBefore(endOfDay))
            .sorted(DUE_ORDER)
            .map(ReminderSnapshot::id)
            .toList();
    Instant now = clock.advance(Duration.ofSeconds(1));

    List<ReminderDue> announced = crm.reminders().announceDue(tenant, today);
    List<ReminderDue> again = crm.reminders().announceDue(tenant, today);

    assertThat(announced).extracting(ReminderDue::reminder).containsExactlyElementsOf(expected);
    assertThat(again).isEmpty();
    assertThat(heard).filteredOn(ReminderDue.class::isInstance).isEqualTo(announced);
    for (ReminderId id : List.of(expected.get(0), expected.get(expected.size() - 1))) {
      assertThat(find(id).map(r -> r.snapshot().announcedAt())).contains(now);
    }
    ReminderQuery left = ReminderQuery.live(tenant).unannounced();
    assertThat(store.count(u -> u.reminders().count(left))).isEqualTo(520 - 2 - expected.size());

    ReminderId snoozed = expected.get(7);
    crm.reminders().snooze(tenant, snoozed, Duration.ofMinutes(1));
    assertThat(find(snoozed).orElseThrow().snapshot().announcedAt()).isNull();
    clock.advance(Duration.ofMinutes(2));
    List<ReminderDue> afterSnooze = crm.reminders().announceDue(tenant, today);

    assertThat(afterSnooze).extracting(ReminderDue::reminder).containsExactly(snoozed);
  }

  private NewReminder nextReminder() {
    LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), SHANGHAI).plusDays(2);
    return fixtures.newReminder(tenant, customer(), due, SHANGHAI);
  }

  private Reminder schedule(NewReminder input) {
    Reminder reminder = Reminder.schedule(ReminderId.of(ids.next()), input, clock.instant());
    if (input.idempotencyKey() != null) {
      reminder =
          Reminder.schedule(
              ReminderId.forKey(tenant, input.idempotencyKey()), input, clock.instant());
    }
    reminder.pullEvents();
    return reminder;
  }

  private List<ReminderSnapshot> snapshots(ReminderQuery query, int size) {
    return store.walk(size, u -> r -> u.reminders().find(query, r)).stream()
        .map(Reminder::snapshot)
        .toList();
  }

  private void saveAll(List<Reminder> reminders) {
    store.write(u -> reminders.forEach(r -> u.reminders().save(r)));
  }

  private Reminder save(Reminder reminder) {
    return store.inTransaction(u -> u.reminders().save(reminder));
  }

  private Optional<Reminder> find(ReminderId id) {
    return store.inTransaction(u -> u.reminders().find(tenant, id));
  }

  private CustomerId customer() {
    return CustomerId.of(ids.next());
  }
}
