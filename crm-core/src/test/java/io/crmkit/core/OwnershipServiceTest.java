package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.Access;
import io.crmkit.core.ownership.ClaimRefusedException;
import io.crmkit.core.ownership.ClaimRefusedException.Reason;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.DepartmentRef;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipChanged;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PoolPolicy;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.ownership.TeamMember;
import io.crmkit.core.ownership.TeamRole;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmException;
import io.crmkit.core.shared.InvalidTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.shared.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OwnershipServiceTest {
  private static final PoolId EAST = PoolId.of("east-china");
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final UserRef WANG = UserRef.of("wang.fang");
  private static final UserRef LI = UserRef.of("li.lei");
  private static final UserRef OUTSIDER = UserRef.of("outsider");
  private final KitFixture f = new KitFixture();
  private final CustomerId customer =
      f.crm.customers().register(NewCustomer.organization(f.tenant, "华东机电集团"));

  private void pool(PoolPolicy policy) {
    f.crm
        .ownership()
        .definePool(
            PublicPool.of(f.tenant, EAST, "华东公海", ADMIN)
                .withMembers(WANG, LI)
                .withDepartments(DepartmentRef.of("sales-east"))
                .withPolicy(policy));
    f.crm.ownership().putInPool(f.tenant, customer, EAST, ADMIN, "new lead from trade show");
  }

  @Test
  void claim_byMember_makesOwnerAndSyncsCustomer() {
    pool(PoolPolicy.UNLIMITED);

    Ownership o =
        f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "I know the buyer");

    assertThat(o.owner()).contains(WANG);
    assertThat(o.pool()).isEmpty();
    assertThat(f.crm.customers().get(f.tenant, customer).owner()).contains(WANG);
    assertThat(o.moves())
        .extracting(OwnershipMove::kind)
        .containsExactly(MoveKind.POOLED, MoveKind.CLAIMED);
    assertThat(f.events(OwnershipChanged.class)).hasSize(2);
    assertThat(f.crm.ownership().count(OwnershipQuery.in(f.tenant).ownedBy(WANG))).isEqualTo(1);
    assertThat(f.crm.ownership().count(OwnershipQuery.in(f.tenant).waitingIn(EAST))).isZero();
  }

  @Test
  void claim_byDepartmentMember_isAllowed_byOutsider_isRefused() {
    pool(PoolPolicy.UNLIMITED);
    assertThatThrownBy(
            () -> f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(OUTSIDER), "mine"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_MEMBER));

    Ownership o =
        f.crm
            .ownership()
            .claim(
                f.tenant,
                customer,
                EAST,
                new Claimant(OUTSIDER, Set.of(DepartmentRef.of("sales-east"))),
                "team lead asked");
    assertThat(o.owner()).contains(OUTSIDER);
  }

  @Test
  void claim_beyondQuota_isRefusedWithTheNumbers() {
    pool(PoolPolicy.UNLIMITED.quota(1, true));
    CustomerId other = f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex"));
    f.crm.ownership().putInPool(f.tenant, other, EAST, ADMIN, "lead");
    f.crm.ownership().claim(f.tenant, other, EAST, Claimant.of(WANG), "first");

    assertThatThrownBy(
            () -> f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "second"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.QUOTA_REACHED))
        .hasMessageContaining("owns 1 customers")
        .hasMessageContaining("quota of pool east-china is 1");
    assertThat(f.crm.ownership().ownership(f.tenant, customer).orElseThrow().pool()).contains(EAST);
  }

  @Test
  void claim_wonCustomersNotCounted_leavesRoomInTheQuota() {
    pool(PoolPolicy.UNLIMITED.quota(1, false));
    CustomerId won = f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex"));
    f.crm.ownership().putInPool(f.tenant, won, EAST, ADMIN, "lead");
    f.crm.ownership().claim(f.tenant, won, EAST, Claimant.of(WANG), "first");
    f.crm.activities().recordOrder(f.tenant, won, Money.of("100", "CNY"), KitFixture.TODAY);

    assertThat(
            f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "second").owner())
        .contains(WANG);
  }

  @Test
  void claim_dailyLimit_isRefused() {
    pool(PoolPolicy.UNLIMITED.claimsPerDay(1));
    CustomerId other = f.crm.customers().register(NewCustomer.organization(f.tenant, "Globex"));
    f.crm.ownership().putInPool(f.tenant, other, EAST, ADMIN, "lead");
    f.crm.ownership().claim(f.tenant, other, EAST, Claimant.of(WANG), "first");
    f.crm.ownership().release(f.tenant, other, EAST, WANG, "not interested");

    assertThatThrownBy(
            () -> f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "second"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAILY_LIMIT));
  }

  @Test
  void claim_exOwnerInsideCooldown_isRefusedOthersMayClaim() {
    pool(PoolPolicy.UNLIMITED.cooldown(Duration.ofDays(30)));
    f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "mine");
    f.crm.ownership().release(f.tenant, customer, EAST, WANG, "no budget this year");

    assertThatThrownBy(
            () -> f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "again"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.COOLDOWN))
        .hasMessageContaining("may claim it again from");
    assertThat(
            f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(LI), "my turn").owner())
        .contains(LI);
  }

  @Test
  void lock_blocksEveryMoveUntilUnlocked() {
    pool(PoolPolicy.UNLIMITED);
    f.crm.ownership().lock(f.tenant, customer, ADMIN, "under legal review");

    assertThatThrownBy(
            () -> f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "mine"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
    f.crm.ownership().unlock(f.tenant, customer, ADMIN, "review done");
    assertThat(f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "mine").owner())
        .contains(WANG);
  }

  @Test
  void assignFromPool_needsAnAdmin_transferMovesAndRecordsPreviousOwner() {
    pool(PoolPolicy.UNLIMITED);
    assertThatThrownBy(() -> f.crm.ownership().assign(f.tenant, customer, LI, WANG, "take it"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_AN_ADMIN));

    f.crm.ownership().assign(f.tenant, customer, LI, ADMIN, "region owner");
    Ownership moved =
        f.crm.ownership().transfer(f.tenant, customer, WANG, ADMIN, "li.lei leaves the company");

    OwnershipMove last = moved.moves().get(moved.moves().size() - 1);
    assertThat(last.kind()).isEqualTo(MoveKind.TRANSFERRED);
    assertThat(last.previousOwner()).isEqualTo(LI);
    assertThat(last.newOwner()).isEqualTo(WANG);
    assertThat(last.actor()).isEqualTo(ADMIN);
    assertThatThrownBy(() -> f.crm.ownership().assign(f.tenant, customer, LI, ADMIN, "again"))
        .isInstanceOf(InvalidTransitionException.class);
  }

  @Test
  void release_byNonOwnerNonAdmin_isRefused() {
    pool(PoolPolicy.UNLIMITED);
    f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "mine");
    assertThatThrownBy(() -> f.crm.ownership().release(f.tenant, customer, EAST, LI, "not yours"))
        .isInstanceOfSatisfying(
            ClaimRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_THE_OWNER));
  }

  @Test
  void team_membersGetAccessUntilTheyExpire() {
    pool(PoolPolicy.UNLIMITED);
    f.crm.ownership().claim(f.tenant, customer, EAST, Claimant.of(WANG), "mine");
    Ownership o =
        f.crm
            .ownership()
            .addTeamMember(
                f.tenant,
                customer,
                new TeamMember(
                    LI,
                    TeamRole.AFTER_SALES,
                    Access.READ,
                    KitFixture.NOW.plus(Duration.ofDays(7))));

    assertThat(o.accessOf(WANG, KitFixture.NOW)).contains(Access.READ_WRITE);
    assertThat(o.accessOf(LI, KitFixture.NOW)).contains(Access.READ);
    assertThat(o.accessOf(LI, KitFixture.NOW.plus(Duration.ofDays(7)))).isEmpty();
    assertThatThrownBy(
            () ->
                f.crm
                    .ownership()
                    .addTeamMember(
                        f.tenant, customer, TeamMember.of(WANG, TeamRole.MEMBER, Access.READ)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void customerUpdate_changingOwnerDirectly_isRefused() {
    assertThatThrownBy(
            () ->
                f.crm.customers().update(f.tenant, customer, (c, now) -> c.assignOwner(WANG, now)))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("owner"));
  }

  @Test
  void register_withOwner_recordsTheAssignment() {
    CustomerId owned =
        f.crm
            .customers()
            .register(NewCustomer.organization(f.tenant, "Initech").owner("wang.fang"));
    assertThat(f.crm.ownership().ownership(f.tenant, owned).orElseThrow().moves())
        .singleElement()
        .satisfies(m -> assertThat(m.kind()).isEqualTo(MoveKind.ASSIGNED));
  }

  @Test
  void claim_twoManagersAtOnce_exactlyOneWins() throws Exception {
    for (int round = 0; round < 20; round++) {
      KitFixture fresh = new KitFixture();
      CustomerId target =
          fresh.crm.customers().register(NewCustomer.organization(fresh.tenant, "抢手客户"));
      fresh
          .crm
          .ownership()
          .definePool(PublicPool.of(fresh.tenant, EAST, "华东公海", ADMIN).withMembers(WANG, LI));
      fresh.crm.ownership().putInPool(fresh.tenant, target, EAST, ADMIN, "lead");
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<UserRef>> results = new ArrayList<>();
        for (UserRef user : List.of(WANG, LI)) {
          Callable<UserRef> claim =
              () -> {
                start.await();
                fresh.crm.ownership().claim(fresh.tenant, target, EAST, Claimant.of(user), "mine");
                return user;
              };
          results.add(pool.submit(claim));
        }
        start.countDown();
        List<UserRef> winners = new ArrayList<>();
        int refused = 0;
        for (Future<UserRef> result : results) {
          try {
            winners.add(result.get());
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause())
                .isInstanceOfAny(ClaimRefusedException.class, ConcurrentUpdateException.class);
            assertThat(e.getCause()).isInstanceOf(CrmException.class);
            refused++;
          }
        }
        assertThat(winners).hasSize(1);
        assertThat(refused).isEqualTo(1);
        Ownership stored = fresh.crm.ownership().ownership(fresh.tenant, target).orElseThrow();
        assertThat(stored.owner()).contains(winners.get(0));
        assertThat(stored.moves()).filteredOn(m -> m.kind() == MoveKind.CLAIMED).hasSize(1);
        assertThat(fresh.crm.customers().get(fresh.tenant, target).owner())
            .contains(winners.get(0));
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
