package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.PlannedReminder;
import io.crmkit.core.reminder.RegenerationReport;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderContext;
import io.crmkit.core.reminder.ReminderEvent;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderPolicy;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.TenantDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReminderRegenerationTest {
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef LI = UserRef.of("li.lei");
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Instant START = Instant.parse("2026-03-15T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

  private final MovableClock clock = new MovableClock(START);
  private final List<CrmEvent> events = new ArrayList<>();
  private final AtomicReference<ReminderContext> seen = new AtomicReference<>();
  private final CrmKit crm =
      kit(
          policy(
              "follow-up-10",
              c -> {
                seen.set(c);
                LocalDate base = c.lastContactDay().orElse(c.asOf());
                LocalDate due = base.plusDays(10);
                return c.owner().stream()
                    .map(
                        owner ->
                            PlannedReminder.of(
                                "follow-up:" + due,
                                ReminderKind.FOLLOW_UP,
                                due.atTime(LocalTime.of(9, 0)),
                                owner,
                                "跟进 " + c.customer().name().displayName()))
                    .toList();
              }));
  private final CustomerId customer =
      crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团").owner("wang.fang"));

  private CrmKit kit(ReminderPolicy... policies) {
    CrmKit.Builder builder =
        CrmKit.builder().clock(clock).tenants(TenantDirectory.of(TENANT)).listener(events::add);
    for (ReminderPolicy p : policies) {
      builder.reminderPolicy(p);
    }
    return builder.build();
  }

  private static ReminderPolicy policy(
      String id, Function<ReminderContext, List<PlannedReminder>> plan) {
    return new ReminderPolicy() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<PlannedReminder> plan(ReminderContext context) {
        return plan.apply(context);
      }
    };
  }

  private void contactOn(Instant at) {
    crm.activities()
        .record(
            new Interaction(TENANT, customer, null, InteractionType.CALL, at, WANG, "ok", null));
  }

  @Test
  void regenerate_twice_secondRunChangesNothing() {
    RegenerationReport first = crm.reminders().regenerate(TENANT, customer);
    int eventsAfterFirst = events.size();
    RegenerationReport second = crm.reminders().regenerate(TENANT, customer);

    assertThat(first.created()).hasSize(1);
    assertThat(first.changedAnything()).isTrue();
    assertThat(second.created()).isEmpty();
    assertThat(second.cancelled()).isEmpty();
    assertThat(second.kept()).isEqualTo(first.created());
    assertThat(second.changedAnything()).isFalse();
    assertThat(events).hasSize(eventsAfterFirst);
    Reminder reminder = crm.reminders().find(TENANT, first.created().get(0)).orElseThrow();
    assertThat(reminder.snapshot().kind()).isEqualTo(ReminderKind.FOLLOW_UP);
    assertThat(reminder.snapshot().owner()).isEqualTo(WANG);
    assertThat(reminder.snapshot().customer()).isEqualTo(customer);
    assertThat(reminder.snapshot().generatedBy()).isEqualTo("follow-up-10");
    assertThat(reminder.snapshot().due()).isEqualTo(TODAY.plusDays(10).atTime(9, 0));
    assertThat(reminder.snapshot().idempotencyKey())
        .isEqualTo("follow-up-10:" + customer + ":wang.fang:follow-up:" + TODAY.plusDays(10));
    assertThat(first.created().get(0))
        .isEqualTo(ReminderId.forKey(TENANT, reminder.snapshot().idempotencyKey()));
  }

  @Test
  void regenerate_afterTheOwnerFollowedUp_cancelsTheStaleReminderAndPlansTheNext() {
    ReminderId first = crm.reminders().regenerate(TENANT, customer).created().get(0);
    clock.advance(Duration.ofDays(3));
    contactOn(clock.instant());

    RegenerationReport report = crm.reminders().regenerate(TENANT, customer);

    assertThat(report.cancelled()).containsExactly(first);
    assertThat(report.created()).hasSize(1).doesNotContain(first);
    assertThat(crm.reminders().find(TENANT, first).orElseThrow().status())
        .isEqualTo(ReminderStatus.CANCELLED);
    assertThat(crm.reminders().find(TENANT, report.created().get(0)).orElseThrow().snapshot().due())
        .isEqualTo(TODAY.plusDays(13).atTime(9, 0));
  }

  @Test
  void regenerate_doneReminder_isNeverScheduledAgain() {
    ReminderId first = crm.reminders().regenerate(TENANT, customer).created().get(0);
    crm.reminders().complete(TENANT, first);

    RegenerationReport report = crm.reminders().regenerate(TENANT, customer);

    assertThat(report.created()).isEmpty();
    assertThat(report.kept()).containsExactly(first);
    assertThat(crm.reminders().find(TENANT, first).orElseThrow().status())
        .isEqualTo(ReminderStatus.DONE);
  }

  @Test
  void regenerate_dueAlreadyPast_isScheduledDueNowAndBecomesOverdue() {
    contactOn(START.minus(Duration.ofDays(40)));

    ReminderId id = crm.reminders().regenerate(TENANT, customer).created().get(0);
    clock.advance(Duration.ofMinutes(5));

    Reminder reminder = crm.reminders().find(TENANT, id).orElseThrow();
    assertThat(reminder.dueAt()).isEqualTo(START);
    assertThat(reminder.snapshot().idempotencyKey()).endsWith("follow-up:2026-02-13");
    assertThat(crm.reminders().overdue(TENANT, WANG, PageRequest.first(10)).items())
        .extracting(Reminder::id)
        .containsExactly(id);
  }

  @Test
  void regenerate_afterTransfer_movesTheReminderToTheNewOwner() {
    ReminderId first = crm.reminders().regenerate(TENANT, customer).created().get(0);
    crm.ownership().transfer(TENANT, customer, LI, WANG, "handover");

    RegenerationReport report = crm.reminders().regenerate(TENANT, customer);

    assertThat(report.cancelled()).containsExactly(first);
    assertThat(
            crm.reminders().find(TENANT, report.created().get(0)).orElseThrow().snapshot().owner())
        .isEqualTo(LI);
  }

  @Test
  void regenerate_unownedCustomer_plansNothingAndLeavesManualRemindersAlone() {
    CustomerId unowned = crm.customers().register(NewCustomer.organization(TENANT, "无主客户"));
    ReminderId manual =
        crm.reminders()
            .schedule(
                NewReminder.of(
                        TENANT,
                        WANG,
                        ReminderKind.CUSTOM,
                        "手工提醒",
                        LocalDateTime.of(2026, 4, 1, 9, 0),
                        KitFixture.SHANGHAI)
                    .customer(unowned));

    RegenerationReport report = crm.reminders().regenerate(TENANT, unowned);

    assertThat(report.created()).isEmpty();
    assertThat(report.cancelled()).isEmpty();
    assertThat(crm.reminders().find(TENANT, manual).orElseThrow().status())
        .isEqualTo(ReminderStatus.OPEN);
  }

  @Test
  void regenerate_contextCarriesOwnershipPoolPolicyAndDay() {
    PoolId east = PoolId.of("east");
    PoolPolicy policy = PoolPolicy.UNLIMITED.recycle(30, 0, 5);
    crm.ownership()
        .definePool(PublicPool.of(TENANT, east, "华东公海", LI).withMembers(WANG).withPolicy(policy));
    CustomerId pooled = crm.customers().register(NewCustomer.organization(TENANT, "公海客户"));
    crm.ownership().putInPool(TENANT, pooled, east, LI, "lead");
    crm.ownership().claim(TENANT, pooled, east, io.crmkit.core.ownership.Claimant.of(WANG), "mine");

    crm.reminders().regenerate(TENANT, pooled);

    ReminderContext context = seen.get();
    assertThat(context.customer().id()).isEqualTo(pooled);
    assertThat(context.owner()).contains(WANG);
    assertThat(context.poolPolicy()).isEqualTo(policy);
    assertThat(context.asOf()).isEqualTo(TODAY);
    assertThat(context.zone()).isEqualTo(KitFixture.SHANGHAI);
    assertThat(context.recyclingCase()).isPresent();
  }

  @Test
  void regenerate_contactOfAnotherCustomer_isRefused() {
    CrmKit bad =
        kit(
            policy(
                "bad",
                c ->
                    List.of(
                        PlannedReminder.of(
                                "x",
                                ReminderKind.BIRTHDAY,
                                LocalDateTime.of(2026, 4, 1, 9, 0),
                                WANG,
                                "生日")
                            .about(ContactId.of(new java.util.UUID(7, 7))))));
    CustomerId id =
        bad.customers().register(NewCustomer.organization(TENANT, "客户").owner("wang.fang"));

    assertThatThrownBy(() -> bad.reminders().regenerate(TENANT, id))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("contact"));
    assertThat(events).noneMatch(ReminderEvent.class::isInstance);
  }

  @Test
  void regenerate_transferAwayAndBack_reopensTheFirstOwnersReminder() {
    contactOn(START.minus(Duration.ofDays(1)));
    ReminderId wangs = crm.reminders().regenerate(TENANT, customer).created().get(0);
    crm.ownership().transfer(TENANT, customer, LI, WANG, "holiday cover");
    RegenerationReport toLi = crm.reminders().regenerate(TENANT, customer);
    clock.advance(Duration.ofDays(2));
    crm.ownership().transfer(TENANT, customer, WANG, LI, "back from holiday");
    int eventsBefore = events.size();

    RegenerationReport back = crm.reminders().regenerate(TENANT, customer);

    assertThat(toLi.cancelled()).containsExactly(wangs);
    assertThat(back.created()).containsExactly(wangs);
    assertThat(back.kept()).isEmpty();
    assertThat(back.cancelled()).isEqualTo(toLi.created());
    Reminder reopened = crm.reminders().find(TENANT, wangs).orElseThrow();
    assertThat(reopened.status()).isEqualTo(ReminderStatus.OPEN);
    assertThat(reopened.snapshot().superseded()).isFalse();
    assertThat(reopened.snapshot().closedAt()).isNull();
    assertThat(reopened.snapshot().owner()).isEqualTo(WANG);
    assertThat(reopened.snapshot().due()).isEqualTo(TODAY.plusDays(9).atTime(9, 0));
    assertThat(crm.reminders().find(TENANT, toLi.created().get(0)).orElseThrow().snapshot())
        .satisfies(s -> assertThat(s.status()).isEqualTo(ReminderStatus.CANCELLED))
        .satisfies(s -> assertThat(s.superseded()).isTrue());
    assertThat(events.subList(eventsBefore, events.size()))
        .filteredOn(ReminderEvent.class::isInstance)
        .map(ReminderEvent.class::cast)
        .anySatisfy(
            e -> {
              assertThat(e.reminder()).isEqualTo(wangs);
              assertThat(e.from()).isEqualTo(ReminderStatus.CANCELLED);
              assertThat(e.to()).isEqualTo(ReminderStatus.OPEN);
            });

    RegenerationReport again = crm.reminders().regenerate(TENANT, customer);

    assertThat(again.changedAnything()).isFalse();
    assertThat(again.kept()).containsExactly(wangs);
  }

  @Test
  void regenerate_reopenedReminder_takesTheNewlyPlannedDueTime() {
    CrmKit renewals =
        kit(
            policy(
                "renewal",
                c ->
                    c.owner().stream()
                        .map(
                            owner ->
                                PlannedReminder.of(
                                    "renewal",
                                    ReminderKind.CONTRACT_RENEWAL,
                                    c.asOf().plusDays(30).atTime(10, 0),
                                    owner,
                                    "续约"))
                        .toList()));
    CustomerId id =
        renewals.customers().register(NewCustomer.organization(TENANT, "续约客户").owner("wang.fang"));
    ReminderId wangs = renewals.reminders().regenerate(TENANT, id).created().get(0);
    renewals.ownership().transfer(TENANT, id, LI, WANG, "holiday cover");
    renewals.reminders().regenerate(TENANT, id);
    clock.advance(Duration.ofDays(5));
    renewals.ownership().transfer(TENANT, id, WANG, LI, "back");

    RegenerationReport back = renewals.reminders().regenerate(TENANT, id);

    assertThat(back.created()).containsExactly(wangs);
    assertThat(renewals.reminders().find(TENANT, wangs).orElseThrow().snapshot().due())
        .isEqualTo(TODAY.plusDays(35).atTime(10, 0));
  }

  @Test
  void regenerate_deletedAndRestoredCustomer_reopensItsReminder() {
    ReminderId first = crm.reminders().regenerate(TENANT, customer).created().get(0);
    crm.customers().delete(TENANT, customer);
    assertThat(crm.reminders().regenerate(TENANT, customer).cancelled()).containsExactly(first);
    crm.customers().restore(TENANT, customer);

    RegenerationReport report = crm.reminders().regenerate(TENANT, customer);

    assertThat(report.created()).containsExactly(first);
    assertThat(crm.reminders().find(TENANT, first).orElseThrow().status())
        .isEqualTo(ReminderStatus.OPEN);
  }

  @Test
  void regenerate_userCancelledReminder_staysCancelledAfterTransferAwayAndBack() {
    ReminderId wangs = crm.reminders().regenerate(TENANT, customer).created().get(0);
    crm.reminders().cancel(TENANT, wangs);
    crm.ownership().transfer(TENANT, customer, LI, WANG, "holiday cover");
    crm.reminders().regenerate(TENANT, customer);
    crm.ownership().transfer(TENANT, customer, WANG, LI, "back");

    RegenerationReport back = crm.reminders().regenerate(TENANT, customer);

    assertThat(back.created()).isEmpty();
    assertThat(back.kept()).containsExactly(wangs);
    Reminder cancelled = crm.reminders().find(TENANT, wangs).orElseThrow();
    assertThat(cancelled.status()).isEqualTo(ReminderStatus.CANCELLED);
    assertThat(cancelled.snapshot().superseded()).isFalse();
  }

  @Test
  void regenerate_unownedCustomer_plansNothingEvenWhenThePolicyIgnoresOwnership() {
    CrmKit careless =
        kit(
            policy(
                "always-wang",
                c ->
                    List.of(
                        PlannedReminder.of(
                            "greeting",
                            ReminderKind.CUSTOM,
                            LocalDateTime.of(2026, 4, 1, 9, 0),
                            WANG,
                            "问候"))));
    CustomerId unowned = careless.customers().register(NewCustomer.organization(TENANT, "无主"));

    RegenerationReport report = careless.reminders().regenerate(TENANT, unowned);

    assertThat(report.created()).isEmpty();
    assertThat(report.kept()).isEmpty();
    assertThat(careless.reminders().count(ReminderQuery.live(TENANT).about(unowned))).isZero();
  }

  @Test
  void regenerate_customerReleasedToPool_supersedesItsRemindersAndReclaimReopensThem() {
    CrmKit careless =
        kit(
            policy(
                "always-wang",
                c ->
                    List.of(
                        PlannedReminder.of(
                            "greeting",
                            ReminderKind.CUSTOM,
                            LocalDateTime.of(2026, 4, 1, 9, 0),
                            WANG,
                            "问候"))));
    PoolId east = PoolId.of("east");
    careless.ownership().definePool(PublicPool.of(TENANT, east, "华东公海", LI).withMembers(WANG));
    CustomerId id =
        careless.customers().register(NewCustomer.organization(TENANT, "客户").owner("wang.fang"));
    ReminderId greeting = careless.reminders().regenerate(TENANT, id).created().get(0);
    careless.ownership().release(TENANT, id, east, WANG, "no budget");

    RegenerationReport released = careless.reminders().regenerate(TENANT, id);

    assertThat(released.cancelled()).containsExactly(greeting);
    assertThat(careless.reminders().find(TENANT, greeting).orElseThrow().snapshot().superseded())
        .isTrue();

    careless
        .ownership()
        .claim(TENANT, id, east, io.crmkit.core.ownership.Claimant.of(WANG), "budget again");
    RegenerationReport reclaimed = careless.reminders().regenerate(TENANT, id);

    assertThat(reclaimed.created()).containsExactly(greeting);
    assertThat(careless.reminders().find(TENANT, greeting).orElseThrow().status())
        .isEqualTo(ReminderStatus.OPEN);
  }

  @Test
  void builder_sameReminderPolicyIdTwice_isRefused() {
    ReminderPolicy one = policy("visits", c -> List.of());
    ReminderPolicy two = policy(" visits ", c -> List.of());

    assertThatThrownBy(() -> CrmKit.builder().reminderPolicy(one).reminderPolicy(two))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("reminderPolicy"));
    assertThatThrownBy(() -> CrmKit.builder().reminderPolicy(policy(" ", c -> List.of())))
        .isInstanceOf(ValidationException.class);
  }
}
