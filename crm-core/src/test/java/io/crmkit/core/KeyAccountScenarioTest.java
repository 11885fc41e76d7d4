package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.ActivityRecorded;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.customer.CustomerChanged;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.CustomerRegistered;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.LifecycleStageChanged;
import io.crmkit.core.lifecycle.StageChange;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.OwnershipChanged;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.NewReminder;
import io.crmkit.core.reminder.ReminderEvent;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderKind;
import io.crmkit.core.reminder.ReminderStatus;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierAssignment;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A key account from prospect to churn and win-back: it waits in the public pool, is claimed, buys
 * and climbs the tier ladder, gets visited on a cadence, goes quiet and churns, and is won back;
 * every history entry and event is checked.
 */
class KeyAccountScenarioTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TenantId TENANT = TenantId.of("huadong-sales");
  private static final PoolId POOL = PoolId.of("east-china");
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final UserRef DIRECTOR = UserRef.of("director.zhao");
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef JOB = UserRef.of("job:nightly");

  /** A clock the story moves forward. */
  private static final class StoryClock extends Clock {
    private Instant now = Instant.parse("2025-01-06T01:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the story runs in Shanghai");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void keyAccount_fromProspectThroughChurnToWinBack() {
    StoryClock clock = new StoryClock();
    List<CrmEvent> events = new ArrayList<>();
    CrmKit crm =
        CrmKit.builder()
            .store(InMemoryCrmStore.create())
            .clock(clock)
            .tenants(TenantDirectory.of(TENANT))
            .listener(events::add)
            .build();
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A"));
    crm.ownership()
        .definePool(
            PublicPool.of(TENANT, POOL, "华东公海", DIRECTOR)
                .withMembers(WANG)
                .withPolicy(PoolPolicy.UNLIMITED.quota(50, true)));

    // a lead from a trade show waits in the pool as a prospect
    CustomerId account =
        crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团").source("trade-show"));
    crm.lifecycle()
        .moveTo(
            TENANT, account, LifecycleStage.PROSPECT, "met at the Shanghai trade show", DIRECTOR);
    crm.ownership().putInPool(TENANT, account, POOL, DIRECTOR, "new lead");

    // wang.fang claims it and wins the first order
    clock.advance(Duration.ofDays(2));
    crm.ownership()
        .claim(TENANT, account, POOL, Claimant.of(WANG), "I know their purchasing director");
    clock.advance(Duration.ofDays(20));
    crm.activities().recordOrder(TENANT, account, Money.of("48000", "CNY"), today(clock));
    crm.lifecycle().moveTo(TENANT, account, LifecycleStage.NEW, "first order 48,000 CNY", JOB);
    crm.tiers()
        .assignByRule(
            TENANT,
            account,
            GRADE,
            TierCode.of("C"),
            "spend-12m",
            "12-month spend 48,000 CNY < 100,000",
            JOB);

    // repeat orders make it an active A account
    clock.advance(Duration.ofDays(60));
    crm.activities().recordOrder(TENANT, account, Money.of("128000", "CNY"), today(clock));
    crm.lifecycle().moveTo(TENANT, account, LifecycleStage.ACTIVE, "repeat purchase", JOB);
    crm.tiers()
        .assignByRule(
            TENANT,
            account,
            GRADE,
            TierCode.of("A"),
            "spend-12m",
            "12-month spend 176,000 CNY ≥ 100,000",
            JOB);

    // A accounts are visited monthly; the first visit is done and records the interaction
    ReminderId visit =
        crm.reminders()
            .schedule(
                NewReminder.of(
                        TENANT,
                        WANG,
                        ReminderKind.VISIT,
                        "月度拜访",
                        LocalDateTime.now(clock).plusDays(7),
                        SHANGHAI)
                    .customer(account)
                    .recurrence("FREQ=MONTHLY")
                    .generatedBy("visit-cadence")
                    .idempotencyKey("visit:" + account));
    clock.advance(Duration.ofDays(7));
    Optional<ReminderId> nextVisit =
        crm.reminders()
            .completeWithInteraction(
                TENANT, visit, InteractionType.VISIT, "planned the 2026 frame contract");
    assertThat(nextVisit).isPresent();
    assertThat(crm.facts().of(TENANT, account).lastContactChannel())
        .isEqualTo(InteractionType.VISIT);

    // the customer goes quiet, is at risk, then churns and drops to C
    clock.advance(Duration.ofDays(200));
    crm.lifecycle().moveTo(TENANT, account, LifecycleStage.AT_RISK, "no order for 207 days", JOB);
    crm.reminders().cancel(TENANT, nextVisit.get());
    clock.advance(Duration.ofDays(180));
    crm.lifecycle().moveTo(TENANT, account, LifecycleStage.CHURNED, "no order for 387 days", JOB);
    crm.tiers()
        .assignByRule(
            TENANT, account, GRADE, TierCode.of("C"), "spend-12m", "12-month spend 0 CNY", JOB);

    // win-back: a new order makes it active again
    clock.advance(Duration.ofDays(30));
    crm.activities().recordOrder(TENANT, account, Money.of("90000", "CNY"), today(clock));
    crm.lifecycle()
        .moveTo(TENANT, account, LifecycleStage.ACTIVE, "won back with a 90,000 CNY order", WANG);

    LifecycleHistory lifecycle = crm.lifecycle().history(TENANT, account).orElseThrow();
    assertThat(lifecycle.changes())
        .extracting(StageChange::to)
        .containsExactly(
            LifecycleStage.PROSPECT,
            LifecycleStage.NEW,
            LifecycleStage.ACTIVE,
            LifecycleStage.AT_RISK,
            LifecycleStage.CHURNED,
            LifecycleStage.ACTIVE);
    assertThat(lifecycle.changes().get(5).isWinBack()).isTrue();
    assertThat(lifecycle.changes())
        .extracting(StageChange::actor)
        .containsExactly(DIRECTOR, JOB, JOB, JOB, JOB, WANG);
    Instant churnedAt = lifecycle.changes().get(4).at();
    assertThat(lifecycle.stageAt(churnedAt.plus(Duration.ofDays(1))))
        .contains(LifecycleStage.CHURNED);
    assertThat(lifecycle.timeInStages(clock.instant()))
        .containsEntry(LifecycleStage.CHURNED, Duration.ofDays(30));

    List<TierAssignment> grades = crm.tiers().history(TENANT, account).orElseThrow().history(GRADE);
    assertThat(grades)
        .extracting(TierAssignment::tier)
        .containsExactly(TierCode.of("C"), TierCode.of("A"), TierCode.of("C"));
    assertThat(grades.get(0).thru()).isEqualTo(grades.get(1).from());
    assertThat(grades.get(2).thru()).isNull();
    assertThat(crm.tiers().tierAt(TENANT, account, GRADE, churnedAt.minus(Duration.ofDays(1))))
        .contains(TierCode.of("A"));

    List<OwnershipMove> moves = crm.ownership().ownership(TENANT, account).orElseThrow().moves();
    assertThat(moves)
        .extracting(OwnershipMove::kind)
        .containsExactly(MoveKind.POOLED, MoveKind.CLAIMED);
    assertThat(moves.get(1).newOwner()).isEqualTo(WANG);
    assertThat(crm.customers().get(TENANT, account).owner()).contains(WANG);

    assertThat(crm.reminders().find(TENANT, visit).orElseThrow().status())
        .isEqualTo(ReminderStatus.DONE);
    assertThat(crm.reminders().find(TENANT, nextVisit.get()).orElseThrow().status())
        .isEqualTo(ReminderStatus.CANCELLED);
    assertThat(crm.facts().of(TENANT, account).orderCount()).isEqualTo(3);

    assertThat(events).filteredOn(CustomerRegistered.class::isInstance).hasSize(1);
    assertThat(events)
        .filteredOn(CustomerChanged.class::isInstance)
        .hasSize(1); // the owner, on claim
    assertThat(events).filteredOn(LifecycleStageChanged.class::isInstance).hasSize(6);
    assertThat(events).filteredOn(TierChanged.class::isInstance).hasSize(3);
    assertThat(events).filteredOn(OwnershipChanged.class::isInstance).hasSize(2);
    assertThat(events)
        .filteredOn(ActivityRecorded.class::isInstance)
        .hasSize(4); // 3 orders and the visit
    assertThat(events)
        .filteredOn(ReminderEvent.class::isInstance)
        .map(e -> ((ReminderEvent) e).to())
        .containsExactly(
            ReminderStatus.OPEN,
            ReminderStatus.DONE,
            ReminderStatus.OPEN,
            ReminderStatus.CANCELLED);
  }

  private static LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }
}
