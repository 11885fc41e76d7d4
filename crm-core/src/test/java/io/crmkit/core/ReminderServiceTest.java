package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderEvent;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.Page;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final LocalDateTime LOCAL_NOW =
      LocalDateTime.ofInstant(KitFixture.NOW, KitFixture.SHANGHAI);
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  private NewReminder visit(LocalDateTime due) {
    return NewReminder.of(f.tenant, WANG, ReminderKind.VISIT, "拜访华东机电", due, KitFixture.SHANGHAI)
        .customer(customer);
  }

  @Test
  void schedule_oneOff_isOpenWithLeadTimeNotifications() {
    ReminderId id =
        f.crm
            .reminders()
            .schedule(
                visit(LOCAL_NOW.plusDays(2))
                    .leadTime(Duration.ofDays(1))
                    .leadTime(Duration.ofHours(1)));

    Reminder reminder = f.crm.reminders().find(f.tenant, id).orElseThrow();
    assertThat(reminder.status()).isEqualTo(ReminderStatus.OPEN);
    assertThat(reminder.dueAt()).isEqualTo(KitFixture.NOW.plus(Duration.ofDays(2)));
    assertThat(reminder.notifyAt())
        .containsExactly(
            KitFixture.NOW.plus(Duration.ofDays(1)),
            KitFixture.NOW.plus(Duration.ofDays(2)).minus(Duration.ofHours(1)));
    assertThat(f.events(ReminderEvent.class)).hasSize(1);
  }

  @Test
  void schedule_oneOffInThePastAndUnsupportedRule_listsEveryProblem() {
    assertThatThrownBy(() -> f.crm.reminders().schedule(visit(LOCAL_NOW.minusDays(1))))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("due"));
    assertThatThrownBy(
            () ->
                f.crm
                    .reminders()
                    .schedule(
                        visit(LOCAL_NOW.plusDays(1))
                            .recurrence("FREQ=HOURLY;BYSETPOS=2")
                            .note(" ")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactlyInAnyOrder("rrule.FREQ", "rrule.BYSETPOS"))
        .hasMessageContaining("BYSETPOS is not supported");
    assertThat(f.crm.reminders().count(ReminderQuery.live(f.tenant))).isZero();
  }

  @Test
  void schedule_contactOfAnotherCustomer_isRefused() {
    CustomerId other = f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex"));
    ContactId stranger =
        f.crm.contacts().add(NewContact.of(f.tenant, other, PersonName.latin("John", "Smith")));
    assertThatThrownBy(
            () -> f.crm.reminders().schedule(visit(LOCAL_NOW.plusDays(1)).contact(stranger)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("contact"));
  }

  @Test
  void schedule_sameIdempotencyKeyTwice_neverDuplicates() {
    ReminderId first =
        f.crm
            .reminders()
            .schedule(visit(LOCAL_NOW.plusDays(3)).idempotencyKey("visit:" + customer + ":2026Q1"));
    ReminderId again =
        f.crm
            .reminders()
            .schedule(visit(LOCAL_NOW.plusDays(3)).idempotencyKey("visit:" + customer + ":2026Q1"));

    assertThat(again).isEqualTo(first);
    assertThat(f.crm.reminders().count(ReminderQuery.live(f.tenant))).isEqualTo(1);
    assertThat(f.events(ReminderEvent.class)).hasSize(1);
  }

  @Test
  void complete_recurring_schedulesTheNextOccurrence() {
    ReminderId id =
        f.crm
            .reminders()
            .schedule(
                visit(LOCAL_NOW.plusDays(1))
                    .recurrence("FREQ=MONTHLY")
                    .idempotencyKey("monthly-visit"));

    Optional<ReminderId> next = f.crm.reminders().complete(f.tenant, id);

    assertThat(f.crm.reminders().find(f.tenant, id).orElseThrow().status())
        .isEqualTo(ReminderStatus.DONE);
    Reminder following = f.crm.reminders().find(f.tenant, next.orElseThrow()).orElseThrow();
    assertThat(following.snapshot().due()).isEqualTo(LOCAL_NOW.plusDays(1).plusMonths(1));
    assertThat(following.status()).isEqualTo(ReminderStatus.OPEN);
    assertThatThrownBy(() -> f.crm.reminders().complete(f.tenant, id))
        .isInstanceOf(InvalidTransitionException.class);
  }

  @Test
  void schedule_recurringSeriesStartedInThePast_beginsAtTheNextOccurrence() {
    ReminderId id =
        f.crm.reminders().schedule(visit(LOCAL_NOW.minusDays(10)).recurrence("FREQ=WEEKLY"));
    assertThat(f.crm.reminders().find(f.tenant, id).orElseThrow().snapshot().due())
        .isEqualTo(LOCAL_NOW.minusDays(10).plusWeeks(2));
  }

  @Test
  void completeWithInteraction_recordsTheVisitInFacts() {
    ReminderId id = f.crm.reminders().schedule(visit(LOCAL_NOW.plusHours(2)));

    f.crm
        .reminders()
        .completeWithInteraction(f.tenant, id, InteractionType.VISIT, "signed the renewal");

    assertThat(f.crm.facts().of(f.tenant, customer).lastContactChannel())
        .isEqualTo(InteractionType.VISIT);
    assertThat(f.crm.facts().of(f.tenant, customer).lastContactAt()).isEqualTo(KitFixture.NOW);
  }

  @Test
  void toDoLists_orderByDueTimeAndFollowSnoozes() {
    ReminderId later = f.crm.reminders().schedule(visit(LOCAL_NOW.plusHours(5)));
    ReminderId sooner = f.crm.reminders().schedule(visit(LOCAL_NOW.plusHours(1)));
    ReminderId nextWeek = f.crm.reminders().schedule(visit(LOCAL_NOW.plusDays(6)));

    assertThat(ids(f.crm.reminders().upcoming(f.tenant, WANG, 7, PageRequest.first(10))))
        .containsExactly(sooner, later, nextWeek);
    assertThat(
            ids(
                f.crm
                    .reminders()
                    .dueToday(f.tenant, WANG, KitFixture.SHANGHAI, PageRequest.first(10))))
        .containsExactly(sooner, later);

    f.crm.reminders().snooze(f.tenant, sooner, Duration.ofHours(8));
    assertThat(ids(f.crm.reminders().upcoming(f.tenant, WANG, 7, PageRequest.first(10))))
        .containsExactly(later, sooner, nextWeek);
    assertThat(ids(f.crm.reminders().overdue(f.tenant, WANG, PageRequest.first(10)))).isEmpty();
  }

  @Test
  void find_pagesByDueTimeWithoutLossOrRepeat() {
    List<ReminderId> scheduled = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      scheduled.add(f.crm.reminders().schedule(visit(LOCAL_NOW.plusHours(25 - i))));
    }
    List<ReminderId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(7);
    while (request != null) {
      Page<Reminder> page = f.crm.reminders().find(ReminderQuery.liveFor(f.tenant, WANG), request);
      seen.addAll(ids(page));
      request = page.nextRequest(7).orElse(null);
    }
    assertThat(seen)
        .hasSize(25)
        .doesNotHaveDuplicates()
        .containsExactlyElementsOf(com.google.common.collect.Lists.reverse(scheduled));
  }

  @Test
  void markMissed_beforeDue_isRefused_afterwardsCanStillBeDone() {
    ReminderId id = f.crm.reminders().schedule(visit(LOCAL_NOW.plusMinutes(10)));
    assertThatThrownBy(() -> f.crm.reminders().markMissed(f.tenant, id))
        .isInstanceOf(InvalidTransitionException.class);

    CrmKit later =
        CrmKit.builder()
            .store(f.store)
            .clock(java.time.Clock.offset(f.crm.clock(), Duration.ofHours(1)))
            .tenants(t -> true)
            .build();
    assertThat(later.reminders().markMissed(f.tenant, id).status())
        .isEqualTo(ReminderStatus.MISSED);
    later.reminders().complete(f.tenant, id);
    assertThat(later.reminders().find(f.tenant, id).orElseThrow().status())
        .isEqualTo(ReminderStatus.DONE);
  }

  @Test
  void toDoByKind_listsRecycleWarningsAndContractRenewalsSeparately() {
    f.crm.reminders().schedule(visit(LOCAL_NOW.plusDays(1)));
    ReminderId warning =
        f.crm
            .reminders()
            .schedule(
                NewReminder.of(
                        f.tenant,
                        WANG,
                        ReminderKind.POOL_RECYCLE_WARNING,
                        "7 天后回收公海",
                        LOCAL_NOW.plusDays(2),
                        KitFixture.SHANGHAI)
                    .customer(customer));
    ReminderId renewal =
        f.crm
            .reminders()
            .schedule(
                NewReminder.of(
                        f.tenant,
                        WANG,
                        ReminderKind.CONTRACT_RENEWAL,
                        "合同 30 天后到期",
                        LOCAL_NOW.plusDays(3),
                        KitFixture.SHANGHAI)
                    .customer(customer));

    assertThat(ids(f.crm.reminders().recycleWarnings(f.tenant, WANG, PageRequest.first(10))))
        .containsExactly(warning);
    assertThat(ids(f.crm.reminders().contractRenewals(f.tenant, WANG, PageRequest.first(10))))
        .containsExactly(renewal);
  }

  @Test
  void purge_removesRemindersAboutTheCustomer() {
    f.crm.reminders().schedule(visit(LOCAL_NOW.plusDays(1)));
    f.crm.customers().purge(f.tenant, customer);
    assertThat(f.crm.reminders().count(ReminderQuery.live(f.tenant))).isZero();
  }

  private static List<ReminderId> ids(Page<Reminder> page) {
    return page.items().stream().map(Reminder::id).toList();
  }
}
