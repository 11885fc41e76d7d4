package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.Contract;
import io.crmkit.core.activity.Interaction;
import io.crmkit.core.activity.InteractionType;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.memory.InMemoryCrmStore;
import io.crmkit.core.ownership.ClaimRefusedException;
import io.crmkit.core.ownership.ClaimRefusedException.Reason;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipChanged;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.ownership.RecycleDecision;
import io.crmkit.core.ownership.RecycleDecision.Action;
import io.crmkit.core.ownership.RecycleOutcome;
import io.crmkit.core.ownership.RecyclingCase;
import io.crmkit.core.ownership.RecyclingRule;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.TenantDirectory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecyclingTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final PoolId EAST = PoolId.of("east-china");
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef LI = UserRef.of("li.lei");
  private static final UserRef JOB = UserRef.of("job:recycle");
  private static final Instant START = Instant.parse("2026-03-15T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final PoolPolicy POLICY =
      PoolPolicy.UNLIMITED.recycle(30, 0, 5).cooldown(Duration.ofDays(15));

  private final MovableClock clock = new MovableClock(START);
  private final List<CrmEvent> events = new ArrayList<>();
  private CrmKit crm = kit(RecyclingRule.standard());
  private CustomerId customer;

  private CrmKit kit(RecyclingRule rule) {
    return kit(rule, InMemoryCrmStore.create());
  }

  private CrmKit kit(RecyclingRule rule, CrmStore store) {
    CrmKit kit =
        CrmKit.builder()
            .store(store)
            .clock(clock)
            .tenants(TenantDirectory.of(TENANT))
            .listener(events::add)
            .recyclingRule(rule)
            .build();
    kit.ownership()
        .definePool(
            PublicPool.of(TENANT, EAST, "华东公海", ADMIN).withMembers(WANG, LI).withPolicy(POLICY));
    customer = kit.customers().register(NewCustomer.organization(TENANT, "华东机电集团"));
    kit.ownership().putInPool(TENANT, customer, EAST, ADMIN, "new lead");
    kit.ownership().claim(TENANT, customer, EAST, Claimant.of(WANG), "I know the buyer");
    return kit;
  }

  private void days(int n) {
    clock.advance(Duration.ofDays(n));
  }

  @Test
  void recycle_beforeTheWarning_keepsWithTheDueDay() {
    days(20);

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(outcome.recycled()).isFalse();
    assertThat(outcome.pool()).isEqualTo(EAST);
    assertThat(outcome.decision().action()).isEqualTo(Action.KEEP);
    assertThat(outcome.decision().recycleOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(crm.ownership().ownership(TENANT, customer).orElseThrow().owner()).contains(WANG);
  }

  @Test
  void recyclingDecision_insideTheWarningDays_warns() {
    days(26);

    RecycleDecision decision = crm.ownership().recyclingDecision(TENANT, customer);

    assertThat(decision.action()).isEqualTo(Action.WARN);
    assertThat(decision.recycleOn()).isEqualTo(TODAY.plusDays(30));
    assertThat(decision.reason())
        .isEqualTo("no follow-up since 2026-03-15: 30 days end on 2026-04-14");
  }

  @Test
  void recycle_whenDue_poolsTheCustomerAndTheExOwnerWaitsOutTheCooldown() {
    days(30);
    int before = events.size();

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(outcome.recycled()).isTrue();
    Ownership ownership = crm.ownership().ownership(TENANT, customer).orElseThrow();
    assertThat(ownership.owner()).isEmpty();
    assertThat(ownership.pool()).contains(EAST);
    OwnershipMove move = ownership.moves().get(ownership.moves().size() - 1);
    assertThat(move.kind()).isEqualTo(MoveKind.RECYCLED);
    assertThat(move.previousOwner()).isEqualTo(WANG);
    assertThat(move.actor()).isEqualTo(JOB);
    assertThat(move.reason())
        .isEqualTo(
            "recycled by pool-policy: no follow-up since 2026-03-15: 30 days end on 2026-04-14");
    assertThat(crm.customers().get(TENANT, customer).owner()).isEmpty();
    assertThat(events.subList(before, events.size()))
        .filteredOn(OwnershipChanged.class::isInstance)
        .hasSize(1);
    assertThat(crm.ownership().recycle(TENANT, customer, JOB).recycled()).isFalse();

    days(14);
    assertThatThrownBy(
            () -> crm.ownership().claim(TENANT, customer, EAST, Claimant.of(WANG), "again"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.COOLDOWN));
    days(1);
    assertThat(crm.ownership().claim(TENANT, customer, EAST, Claimant.of(WANG), "again").owner())
        .contains(WANG);
  }

  @Test
  void recycle_otherUserMayClaimDuringTheCooldown() {
    days(31);
    crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(crm.ownership().claim(TENANT, customer, EAST, Claimant.of(LI), "mine").owner())
        .contains(LI);
  }

  @Test
  void recycle_afterAFollowUp_countsFromTheContact() {
    days(20);
    crm.activities()
        .record(
            new Interaction(
                TENANT, customer, null, InteractionType.VISIT, clock.instant(), WANG, "ok", null));
    days(10);

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(outcome.recycled()).isFalse();
    assertThat(outcome.decision().recycleOn()).isEqualTo(TODAY.plusDays(50));
  }

  @Test
  void recycle_lockedWonOrUnderContract_isExempt() {
    crm.activities().recordOrder(TENANT, customer, Money.of("1000", "CNY"), TODAY);
    days(60);
    assertThat(crm.ownership().recycle(TENANT, customer, JOB).decision().reason())
        .isEqualTo("won customers are exempt and it has 1 orders");

    CustomerId underContract =
        crm.customers().register(NewCustomer.organization(TENANT, "合同客户").owner("li.lei"));
    crm.activities()
        .record(
            Contract.of(
                TENANT, underContract, TODAY, TODAY.plusDays(365), Money.of("50000", "CNY")));
    crm.ownership().release(TENANT, underContract, EAST, LI, "to pool");
    crm.ownership().assign(TENANT, underContract, LI, ADMIN, "back to li");
    days(60);
    assertThat(crm.ownership().recycle(TENANT, underContract, JOB).decision().reason())
        .isEqualTo("open contracts are exempt and it has one until " + TODAY.plusDays(365));

    CustomerId locked = crm.customers().register(NewCustomer.organization(TENANT, "锁定客户"));
    crm.ownership().putInPool(TENANT, locked, EAST, ADMIN, "lead");
    crm.ownership().claim(TENANT, locked, EAST, Claimant.of(LI), "mine");
    crm.ownership().lock(TENANT, locked, ADMIN, "tender");
    days(60);
    RecycleOutcome outcome = crm.ownership().recycle(TENANT, locked, JOB);
    assertThat(outcome.recycled()).isFalse();
    assertThat(outcome.decision().reason()).endsWith("is locked");
  }

  @Test
  void recycle_customerInNoPool_isKept() {
    CustomerId direct =
        crm.customers().register(NewCustomer.organization(TENANT, "直签客户").owner("li.lei"));
    days(365);

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, direct, JOB);

    assertThat(outcome.recycled()).isFalse();
    assertThat(outcome.pool()).isNull();
    assertThat(outcome.decision().recycleOn()).isNull();
  }

  @Test
  void recycle_withAHostRule_appliesIt() {
    RecyclingRule always =
        new RecyclingRule() {
          @Override
          public String id() {
            return "host";
          }

          @Override
          public RecycleDecision decide(RecyclingCase subject, LocalDate asOf) {
            return RecycleDecision.recycle(asOf, "the host says so");
          }
        };
    crm = kit(always);

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(outcome.recycled()).isTrue();
    Ownership ownership = crm.ownership().ownership(TENANT, customer).orElseThrow();
    assertThat(ownership.moves().get(ownership.moves().size() - 1).reason())
        .isEqualTo("recycled by host: the host says so");
  }

  private static RecyclingRule alwaysRecycle() {
    return new RecyclingRule() {
      @Override
      public String id() {
        return "host";
      }

      @Override
      public RecycleDecision decide(RecyclingCase subject, LocalDate asOf) {
        return RecycleDecision.recycle(asOf, "the host says so");
      }
    };
  }

  @Test
  void recycle_hostRuleThatAlwaysRecycles_keepsAnUnownedCustomerInsteadOfFailing() {
    crm = kit(alwaysRecycle());
    assertThat(crm.ownership().recycle(TENANT, customer, JOB).recycled()).isTrue();
    int before = events.size();

    RecycleOutcome again = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(again.recycled()).isFalse();
    assertThat(again.pool()).isEqualTo(EAST);
    assertThat(again.decision().action()).isEqualTo(Action.KEEP);
    assertThat(again.decision().reason()).isEqualTo("customer " + customer + " has no owner");
    assertThat(crm.ownership().recyclingDecision(TENANT, customer).action()).isEqualTo(Action.KEEP);
    assertThat(events).hasSize(before);
  }

  @Test
  void recycle_hostRuleThatAlwaysRecycles_keepsALockedCustomerInsteadOfFailing() {
    crm = kit(alwaysRecycle());
    crm.ownership().lock(TENANT, customer, ADMIN, "tender");

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(outcome.recycled()).isFalse();
    assertThat(outcome.decision().action()).isEqualTo(Action.KEEP);
    assertThat(outcome.decision().reason()).isEqualTo("customer " + customer + " is locked");
    assertThat(crm.ownership().ownership(TENANT, customer).orElseThrow().owner()).contains(WANG);
  }

  @Test
  void recycle_homePoolDeleted_keepsTheCustomerAndSaysSo() {
    CrmStore store = InMemoryCrmStore.create();
    crm = kit(alwaysRecycle(), store);
    boolean deleted = store.inTransaction(u -> u.pools().delete(TENANT, EAST));
    assertThat(deleted).isTrue();

    RecycleOutcome outcome = crm.ownership().recycle(TENANT, customer, JOB);

    assertThat(outcome.recycled()).isFalse();
    assertThat(outcome.decision().action()).isEqualTo(Action.KEEP);
    assertThat(outcome.decision().reason()).isEqualTo("pool " + EAST + " was deleted");
    assertThat(crm.ownership().ownership(TENANT, customer).orElseThrow().owner()).contains(WANG);
  }
}
