package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.ownership.Access;
import io.crmkit.core.ownership.ClaimLoad;
import io.crmkit.core.ownership.ClaimRefusedException;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.ownership.TeamMember;
import io.crmkit.core.ownership.TeamRole;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TenantDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.OwnershipRepository} and {@link
 * io.crmkit.spi.PoolRepository}: pools (members, departments, admins, every policy field) and
 * ownerships (owner, pool, lock, team with expiring members, moves of every kind) read back equal;
 * pools list in id order; {@code find} and {@code count} agree with {@link OwnershipQuery#matches};
 * saves follow the version rules; deletes are idempotent; and of two managers claiming one pooled
 * customer at once through {@link CrmKit}, exactly one wins and nothing of the other's claim is
 * stored.
 *
 * @since 0.1
 */
public abstract class OwnershipRepositoriesContract {
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final List<UserRef> MEMBERS =
      List.of(UserRef.of("li.na"), UserRef.of("王芳"), UserRef.of("j.smith"));
  private static final int CLAIM_RACES = 20;

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;
  private Background background;

  /** Creates the contract. */
  protected OwnershipRepositoriesContract() {}

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
    background = new Background();
  }

  @AfterEach
  void closeBackground() {
    background.close();
  }

  @Test
  void findPool_poolWithEveryField_returnsEqualPool() {
    PublicPool pool = Fixtures.fullPool(tenant, PoolId.of("华东/key-accounts " + Fixtures.EMOJI));

    PublicPool saved = store.inTransaction(u -> u.pools().save(pool));

    assertThat(saved).isEqualTo(pool.withVersion(1));
    assertThat(findPool(pool.id())).contains(pool.withVersion(1));
  }

  @Test
  void findAllPools_severalPools_listsThemInAscendingIdOrder() {
    List<PoolId> poolIds =
        List.of(
            PoolId.of("west"),
            PoolId.of("华东"),
            PoolId.of("East"),
            PoolId.of("east/shanghai"),
            PoolId.of(Fixtures.EMOJI),
            PoolId.of("east"));
    store.write(
        u -> poolIds.forEach(id -> u.pools().save(PublicPool.of(tenant, id, "公海 " + id, ADMIN))));

    List<PublicPool> all = store.inTransaction(u -> u.pools().findAll(tenant));

    assertThat(all)
        .extracting(PublicPool::id)
        .containsExactlyElementsOf(poolIds.stream().sorted().toList());
    assertThat(all).allSatisfy(p -> assertThat(p.version()).isEqualTo(1));
  }

  @Test
  void savePool_staleInsertTwiceOrNeverStored_throwsConcurrentUpdateAndKeepsStoredPool() {
    PublicPool stored = store.inTransaction(u -> u.pools().save(pool("east")));
    PublicPool changed =
        store.inTransaction(u -> u.pools().save(stored.withMembers(UserRef.of("new.member"))));

    assertThatThrownBy(() -> store.inTransaction(u -> u.pools().save(stored.withMembers(ADMIN))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> store.inTransaction(u -> u.pools().save(pool("east"))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> store.inTransaction(u -> u.pools().save(pool("ghost").withVersion(5))))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(findPool(stored.id())).contains(changed);
    assertThat(findPool(PoolId.of("ghost"))).isEmpty();
  }

  @Test
  void deletePool_twice_returnsTrueThenFalse() {
    store.write(u -> u.pools().save(pool("east")));
    store.write(u -> u.pools().save(pool("west")));

    boolean first = store.inTransaction(u -> u.pools().delete(tenant, PoolId.of("east")));
    boolean second = store.inTransaction(u -> u.pools().delete(tenant, PoolId.of("east")));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(allPools()).extracting(PublicPool::id).containsExactly(PoolId.of("west"));
  }

  @Test
  void find_ownershipWithEveryKindOfMoveAndTeam_returnsEqualSnapshot() {
    PublicPool pool = Fixtures.fullPool(tenant, PoolId.of("华东公海"));
    UserRef claimer = UserRef.of("li.na");
    UserRef assignee = UserRef.of("王芳");
    Ownership ownership = Ownership.none(tenant, newId());
    ownership.putInPool(pool, ADMIN, tick(), "新客户入公海 " + Fixtures.EMOJI);
    ownership.claim(pool, Claimant.of(claimer), new ClaimLoad(0, 0), tick(), "电话联系过");
    ownership.release(pool, claimer, tick(), "三个月未跟进");
    ownership.assign(pool, assignee, ADMIN, tick(), "主管指派");
    ownership.transfer(UserRef.of("j.smith"), ADMIN, tick(), "reorganised territories");
    ownership.recycle(pool, ADMIN, tick(), "90 天未跟进，自动回收");
    ownership.lock(ADMIN, tick(), "招标期间锁定");
    ownership.unlock(ADMIN, tick(), "招标结束");
    ownership.addTeamMember(
        new TeamMember(assignee, TeamRole.CO_FOLLOWER, Access.READ_WRITE, tick().plusNanos(1000)));
    ownership.addTeamMember(
        TeamMember.of(
            UserRef.of("售后" + Fixtures.FOUR_BYTE_HAN), TeamRole.AFTER_SALES, Access.READ));
    ownership.lock(ADMIN, tick(), "再次锁定");
    ownership.pullEvents();
    assertThat(ownership.moves())
        .extracting(OwnershipMove::kind)
        .containsAll(List.of(MoveKind.values()));

    save(ownership);

    assertThat(find(ownership.customer()).map(Ownership::snapshot))
        .contains(ownership.snapshot().withVersion(1));
  }

  @Test
  void find_pooledUnownedOwnership_readsBackWithPoolAndWithoutOwner() {
    Ownership ownership = Ownership.none(tenant, newId());
    ownership.putInPool(pool("east"), ADMIN, tick(), "入池");

    save(ownership);

    Ownership found = find(ownership.customer()).orElseThrow();
    assertThat(found.snapshot()).isEqualTo(ownership.snapshot().withVersion(1));
    assertThat(found.owner()).isEmpty();
    assertThat(found.pool()).contains(PoolId.of("east"));
    assertThat(find(newId())).isEmpty();
  }

  @Test
  void findAndCount_byOwnerPoolAndClaims_agreeWithMatches() {
    PublicPool east = pool("east");
    PublicPool west = pool("west");
    List<Ownership> ownerships = new ArrayList<>();
    List<Instant> claimTimes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      PublicPool pool = i % 2 == 0 ? east : west;
      Ownership o = Ownership.none(tenant, newId());
      int kind = fixtures.nextInt(4);
      if (kind == 3) {
        o.assign(null, fixtures.oneOf(MEMBERS), ADMIN, tick(), "直接分配");
      } else {
        o.putInPool(pool, ADMIN, tick(), "入池");
      }
      if (kind == 1 || kind == 2) {
        UserRef claimer = fixtures.oneOf(MEMBERS);
        Instant at = tick();
        claimTimes.add(at);
        o.claim(pool, Claimant.of(claimer), new ClaimLoad(0, 0), at, "认领");
        if (kind == 2) {
          o.release(pool, claimer, tick(), "释放");
        }
      }
      o.pullEvents();
      ownerships.add(o);
    }
    List<OwnershipSnapshot> all = new ArrayList<>();
    store.write(u -> ownerships.forEach(o -> all.add(u.ownerships().save(o).snapshot())));
    Instant middle = claimTimes.get(claimTimes.size() / 2);
    List<OwnershipQuery> queries = new ArrayList<>();
    queries.add(OwnershipQuery.in(tenant));
    queries.add(OwnershipQuery.in(tenant).waitingIn(east.id()));
    queries.add(OwnershipQuery.in(tenant).waitingIn(PoolId.of("nowhere")));
    for (UserRef member : MEMBERS) {
      queries.add(OwnershipQuery.in(tenant).ownedBy(member));
      queries.add(OwnershipQuery.in(tenant).claimedBy(member, middle));
      queries.add(
          OwnershipQuery.in(tenant).ownedBy(member).claimedBy(member, StoreUnderTest.START));
    }

    for (OwnershipQuery query : queries) {
      List<OwnershipSnapshot> expected =
          all.stream()
              .filter(query::matches)
              .sorted(Comparator.comparing(OwnershipSnapshot::customer))
              .toList();
      assertThat(
              store.walk(7, u -> r -> u.ownerships().find(query, r)).stream()
                  .map(Ownership::snapshot)
                  .toList())
          .as("%s", query)
          .containsExactlyElementsOf(expected);
      assertThat(store.count(u -> u.ownerships().count(query)))
          .as("count of %s", query)
          .isEqualTo(expected.size());
    }
  }

  @Test
  void save_staleVersion_throwsConcurrentUpdateAndKeepsStoredState() {
    Ownership pooled = Ownership.none(tenant, newId());
    pooled.putInPool(pool("east"), ADMIN, tick(), "入池");
    Ownership stored = save(pooled);
    Ownership mine = Ownership.restore(stored.snapshot());
    Ownership theirs = Ownership.restore(stored.snapshot());
    theirs.claim(pool("east"), Claimant.of(MEMBERS.get(0)), new ClaimLoad(0, 0), tick(), "先到");
    OwnershipSnapshot winner = save(theirs).snapshot();
    mine.claim(pool("east"), Claimant.of(MEMBERS.get(1)), new ClaimLoad(0, 0), tick(), "后到");

    assertThatThrownBy(() -> save(mine)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(stored.customer()).map(Ownership::snapshot)).contains(winner);
  }

  @Test
  void save_insertTwiceOrNeverStoredAtVersionFive_throwsConcurrentUpdate() {
    Ownership first = Ownership.none(tenant, newId());
    first.lock(ADMIN, tick(), "锁定");
    OwnershipSnapshot stored = save(first).snapshot();
    Ownership again = Ownership.none(tenant, first.customer());
    again.assign(null, MEMBERS.get(0), ADMIN, tick(), "直接分配");
    Ownership ghost = Ownership.restore(Ownership.none(tenant, newId()).snapshot().withVersion(5));

    assertThatThrownBy(() -> save(again)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(first.customer()).map(Ownership::snapshot)).contains(stored);
    assertThat(find(ghost.customer())).isEmpty();
  }

  @Test
  void delete_twice_returnsTrueThenFalseAndErasesOnlyThatOwnership() {
    Ownership gone = save(assigned());
    Ownership kept = save(assigned());

    boolean first = store.inTransaction(u -> u.ownerships().delete(tenant, gone.customer()));
    boolean second = store.inTransaction(u -> u.ownerships().delete(tenant, gone.customer()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(find(gone.customer())).isEmpty();
    assertThat(find(kept.customer()).map(Ownership::snapshot)).contains(kept.snapshot());
  }

  @Test
  void claim_twoManagersAtOnceThroughTheKit_exactlyOneWinsAndNoUpdateIsLost() {
    store.assume(StoreCapability.THREAD_SAFE);
    CrmKit crm =
        CrmKit.builder()
            .store(store.store())
            .clock(clock)
            .idGenerator(SequentialIdGenerator.create())
            .tenants(TenantDirectory.of(tenant))
            .build();
    PublicPool pool = crm.ownership().definePool(pool("east"));
    UserRef first = MEMBERS.get(0);
    UserRef second = MEMBERS.get(1);

    for (int race = 0; race < CLAIM_RACES; race++) {
      CustomerId customer =
          crm.customers()
              .register(NewCustomer.organization(tenant, fixtures.chineseOrganizationName()));
      crm.ownership().putInPool(tenant, customer, pool.id(), ADMIN, "公海待认领");
      CountDownLatch start = new CountDownLatch(1);
      Future<Ownership> a = background.start(() -> claimWhenStarted(crm, start, customer, first));
      Future<Ownership> b = background.start(() -> claimWhenStarted(crm, start, customer, second));
      start.countDown();
      Throwable failedA = Background.failureOf(a);
      Throwable failedB = Background.failureOf(b);

      assertThat(failedA == null ^ failedB == null)
          .as("race %d: exactly one claim succeeds (failures %s, %s)", race, failedA, failedB)
          .isTrue();
      Throwable loser = failedA == null ? failedB : failedA;
      UserRef winner = failedA == null ? first : second;
      assertThat(loser)
          .as("race %d: the losing claim", race)
          .isInstanceOf(CrmException.class)
          .isInstanceOfAny(ClaimRefusedException.class, ConcurrentUpdateException.class);
      Ownership stored = find(customer).orElseThrow();
      assertThat(stored.owner()).as("race %d: stored owner", race).contains(winner);
      assertThat(stored.moves().stream().filter(m -> m.kind() == MoveKind.CLAIMED))
          .as("race %d: claimed moves", race)
          .singleElement()
          .satisfies(m -> assertThat(m.newOwner()).isEqualTo(winner));
      assertThat(store.customer(tenant, customer).orElseThrow().owner())
          .as("race %d: the customer's owner", race)
          .contains(winner);
    }
  }

  private Ownership claimWhenStarted(
      CrmKit crm, CountDownLatch start, CustomerId customer, UserRef manager) {
    Background.await(start, Background.PATIENCE);
    return crm.ownership().claim(tenant, customer, PoolId.of("east"), Claimant.of(manager), "抢客户");
  }

  private Ownership assigned() {
    Ownership o = Ownership.none(tenant, newId());
    o.assign(null, fixtures.oneOf(MEMBERS), ADMIN, tick(), "直接分配");
    o.pullEvents();
    return o;
  }

  private PublicPool pool(String id) {
    return PublicPool.of(tenant, PoolId.of(id), "公海 " + id, ADMIN)
        .withMembers(MEMBERS.toArray(UserRef[]::new));
  }

  private Instant tick() {
    return clock.advance(Duration.ofMinutes(1 + fixtures.nextInt(600)).plusNanos(1000));
  }

  private Optional<PublicPool> findPool(PoolId id) {
    return store.inTransaction(u -> u.pools().find(tenant, id));
  }

  private List<PublicPool> allPools() {
    return store.inTransaction(u -> u.pools().findAll(tenant));
  }

  private Ownership save(Ownership ownership) {
    return store.inTransaction(u -> u.ownerships().save(ownership));
  }

  private Optional<Ownership> find(CustomerId customer) {
    return store.inTransaction(u -> u.ownerships().find(tenant, customer));
  }

  private CustomerId newId() {
    return CustomerId.of(ids.next());
  }
}
