package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TierService.TierEvaluation;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.PendingDowngrade;
import io.crmkit.core.tier.TierChanged;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.core.tier.TieringRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The downgrade grace through {@link TierService}: stored with the ladder, kept in the store. */
class TierServiceGraceTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final TenantId TENANT = TenantId.of("acme");
  private static final LadderKey GRADE = LadderKey.of("grade");
  private static final UserRef ADMIN = UserRef.of("admin");

  private final DayClock clock = new DayClock();
  private final InMemoryCrmStore store = InMemoryCrmStore.create();
  private final List<CrmEvent> events = new ArrayList<>();
  private String decided = "A";
  private final CrmKit crm = kit();
  private final CustomerId customer =
      crm.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));

  @Test
  void reevaluate_withGrace_reportsTheDropDateAndDropsOnItOnly() {
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A").withDowngradeGrace(7));
    crm.tiers().reevaluate(TENANT, customer);
    LocalDate firstLower = clock.advanceDays(1);
    decided = "B";

    TierEvaluation pending = crm.tiers().reevaluate(TENANT, customer).get(0);

    assertThat(pending.outcome()).isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    assertThat(pending.downgradeOn()).isEqualTo(firstLower.plusDays(7));
    assertThat(storedHistory().pendingDowngrade(GRADE))
        .contains(new PendingDowngrade(GRADE, TierCode.of("B"), firstLower));
    clock.advanceDays(6);
    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).downgradeOn())
        .isEqualTo(firstLower.plusDays(7));
    assertThat(crm.tiers().tierOf(TENANT, customer, GRADE)).contains(TierCode.of("A"));

    clock.advanceDays(1);
    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).outcome())
        .isEqualTo(TierOutcome.ASSIGNED);
    assertThat(crm.tiers().tierOf(TENANT, customer, GRADE)).contains(TierCode.of("B"));
    assertThat(events).filteredOn(TierChanged.class::isInstance).hasSize(2);
  }

  @Test
  void reevaluate_recoveryWithinGrace_clearsThePendingDowngradeInTheStore() {
    crm.tiers().defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A").withDowngradeGrace(7));
    crm.tiers().reevaluate(TENANT, customer);
    clock.advanceDays(1);
    decided = "C";
    crm.tiers().reevaluate(TENANT, customer);
    long versionWhilePending = storedHistory().version();
    clock.advanceDays(1);
    crm.tiers().reevaluate(TENANT, customer);
    assertThat(storedHistory().version())
        .as("same pending: nothing written")
        .isEqualTo(versionWhilePending);
    decided = "A";

    TierEvaluation recovered = crm.tiers().reevaluate(TENANT, customer).get(0);

    assertThat(recovered.outcome()).isEqualTo(TierOutcome.UNCHANGED);
    assertThat(recovered.downgradeOn()).isNull();
    assertThat(storedHistory().pendingDowngrade(GRADE)).isEmpty();
    assertThat(events).filteredOn(TierChanged.class::isInstance).hasSize(1);
  }

  @Test
  void assignManually_sameTierWhilePending_clearsThePendingDowngrade() {
    crm.tiers()
        .defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A").withDowngradeGrace(30));
    crm.tiers().reevaluate(TENANT, customer);
    clock.advanceDays(1);
    decided = "B";
    crm.tiers().reevaluate(TENANT, customer);

    TierOutcome outcome =
        crm.tiers().assignManually(TENANT, customer, GRADE, TierCode.of("A"), "kept", ADMIN, null);

    assertThat(outcome).as("the customer holds A already").isEqualTo(TierOutcome.UNCHANGED);
    assertThat(storedHistory().pendingDowngrade(GRADE)).isEmpty();
    assertThat(storedHistory().history(GRADE)).hasSize(1);
  }

  @Test
  void defineLadder_graceChangedByAdmin_appliesToTheRunningDowngrade() {
    TierLadder ladder =
        crm.tiers()
            .defineLadder(TierLadder.ranked(TENANT, GRADE, "C", "B", "A").withDowngradeGrace(30));
    crm.tiers().reevaluate(TENANT, customer);
    clock.advanceDays(1);
    decided = "B";
    crm.tiers().reevaluate(TENANT, customer);
    clock.advanceDays(5);
    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).outcome())
        .isEqualTo(TierOutcome.DOWNGRADE_PENDING);

    crm.tiers().defineLadder(ladder.withDowngradeGrace(5));

    assertThat(crm.tiers().ladder(TENANT, GRADE).orElseThrow().downgradeGraceDays()).isEqualTo(5);
    assertThat(crm.tiers().reevaluate(TENANT, customer).get(0).outcome())
        .isEqualTo(TierOutcome.ASSIGNED);
    assertThat(crm.tiers().tierOf(TENANT, customer, GRADE)).contains(TierCode.of("B"));
  }

  private TierHistory storedHistory() {
    return crm.tiers().history(TENANT, customer).orElseThrow();
  }

  private CrmKit kit() {
    AtomicLong ids = new AtomicLong();
    TieringRule rule =
        new TieringRule() {
          @Override
          public String id() {
            return "test-rule";
          }

          @Override
          public LadderKey ladder() {
            return GRADE;
          }

          @Override
          public TierDecision decide(
              io.crmkit.core.customer.CustomerSnapshot c,
              io.crmkit.core.activity.CustomerFacts facts,
              LocalDate asOf) {
            return new TierDecision(TierCode.of(decided), "decided " + decided);
          }
        };
    return CrmKit.builder()
        .store(store)
        .clock(clock)
        .idGenerator(() -> new UUID(0, ids.incrementAndGet()))
        .tenants(io.crmkit.spi.TenantDirectory.of(TENANT))
        .tieringRule(rule)
        .listener(events::add)
        .build();
  }

  /** A clock in Shanghai that the test moves a day at a time. */
  private static final class DayClock extends Clock {
    private Instant now = Instant.parse("2026-03-15T02:00:00Z");

    LocalDate advanceDays(int days) {
      now = now.plus(Duration.ofDays(days));
      return LocalDate.ofInstant(now, SHANGHAI);
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the test runs in Shanghai");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
