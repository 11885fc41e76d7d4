package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.MembershipSnapshot;
import io.crmkit.core.segment.OptIn;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.SegmentRepository} and {@link
 * io.crmkit.spi.SegmentMembershipRepository}: static and dynamic segments and memberships with
 * several stays and an opt-in read back equal; segments list in key order; memberships list in
 * {@link MembershipKey} order (segment, then customer id), also for codes with {@code /}, Chinese
 * and emoji, and {@code find} and {@code count} agree with {@link MembershipQuery#matches}; saves
 * follow the version rules; deletes are idempotent.
 *
 * @since 0.1
 */
public abstract class SegmentRepositoriesContract {
  private static final UserRef BY = UserRef.of("job:nightly");
  private static final List<SegmentKey> KEYS =
      List.of(
          SegmentKey.of("champions"),
          SegmentKey.of("华东重点客户"),
          SegmentKey.of("east/shanghai"),
          SegmentKey.of("east"),
          SegmentKey.of("⭐" + Fixtures.EMOJI),
          SegmentKey.of("east/shanghai/浦东"));

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected SegmentRepositoriesContract() {}

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
  void findSegment_staticAndDynamicSegments_returnEqualSegmentsInKeyOrder() {
    Segment marketing =
        Segment.staticSegment(tenant, KEYS.get(1), "华东重点客户 " + Fixtures.EMOJI, true);
    Segment dynamic =
        Segment.dynamic(tenant, KEYS.get(0), "Champions", "rfm:champions")
            .computedAt(Instant.parse("2024-03-15T08:30:00.123456Z"));
    Segment neverComputed = Segment.dynamic(tenant, KEYS.get(2), "上海", "region:CN-31");

    store.write(u -> List.of(marketing, dynamic, neverComputed).forEach(s -> u.segments().save(s)));

    for (Segment segment : List.of(marketing, dynamic, neverComputed)) {
      assertThat(findSegment(segment.key())).contains(segment.withVersion(1));
    }
    List<Segment> all = store.inTransaction(u -> u.segments().findAll(tenant));
    assertThat(all).extracting(Segment::key).containsExactly(KEYS.get(0), KEYS.get(2), KEYS.get(1));
  }

  @Test
  void saveSegment_staleInsertTwiceOrNeverStored_throwsConcurrentUpdateAndKeepsStoredSegment() {
    Segment stored =
        saveSegment(Segment.dynamic(tenant, KEYS.get(0), "Champions", "rfm:champions"));
    Segment recomputed = saveSegment(stored.computedAt(clock.instant()));
    Segment insertAgain = Segment.staticSegment(tenant, KEYS.get(0), "again", false);
    Segment ghost = Segment.staticSegment(tenant, KEYS.get(3), "ghost", false).withVersion(5);

    assertThatThrownBy(() -> saveSegment(stored)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveSegment(insertAgain))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveSegment(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(findSegment(KEYS.get(0))).contains(recomputed);
    assertThat(findSegment(KEYS.get(3))).isEmpty();
  }

  @Test
  void deleteSegment_twice_returnsTrueThenFalse() {
    saveSegment(Segment.staticSegment(tenant, KEYS.get(1), "名单", true));

    boolean first = store.inTransaction(u -> u.segments().delete(tenant, KEYS.get(1)));
    boolean second = store.inTransaction(u -> u.segments().delete(tenant, KEYS.get(1)));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(findSegment(KEYS.get(1))).isEmpty();
  }

  @Test
  void findMembership_severalStaysAndOptIn_returnsEqualMembership() {
    SegmentMembership membership = membership(KEYS.get(2), newId(), 3, true);
    membership.recordOptIn(OptIn.OPTED_OUT);
    assertThat(membership.periods()).hasSize(3);

    SegmentMembership saved = saveMembership(membership);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.pullEvents()).isEmpty();
    assertThat(findMembership(membership.key()).map(SegmentMembership::snapshot))
        .contains(membership.snapshot().withVersion(1));
  }

  @Test
  void findAndCount_byMembersCustomerAndOptIn_agreeWithMatchesInMembershipKeyOrder() {
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      customers.add(newId());
    }
    List<SegmentMembership> memberships = new ArrayList<>();
    for (SegmentKey key : KEYS) {
      for (CustomerId customer : customers) {
        if (fixtures.nextInt(3) > 0) {
          SegmentMembership m =
              membership(key, customer, 1 + fixtures.nextInt(3), fixtures.nextInt(3) > 0);
          m.recordOptIn(fixtures.oneOf(List.of(OptIn.values())));
          memberships.add(m);
        }
      }
    }
    List<MembershipSnapshot> all = new ArrayList<>();
    store.write(u -> memberships.forEach(m -> all.add(u.memberships().save(m).snapshot())));
    List<MembershipQuery> queries = new ArrayList<>();
    queries.add(MembershipQuery.of(tenant, customers.get(0)));
    queries.add(MembershipQuery.of(tenant, customers.get(5)).optIn(OptIn.OPTED_IN));
    queries.add(new MembershipQuery(tenant, null, null, false, null));
    queries.add(new MembershipQuery(tenant, null, null, true, OptIn.UNKNOWN));
    for (SegmentKey key : KEYS) {
      queries.add(MembershipQuery.membersOf(tenant, key));
      queries.add(MembershipQuery.membersOf(tenant, key).optIn(OptIn.OPTED_IN));
    }

    for (MembershipQuery query : queries) {
      List<MembershipSnapshot> expected =
          all.stream()
              .filter(query::matches)
              .sorted(Comparator.comparing(MembershipSnapshot::key))
              .toList();
      for (int size : List.of(1, 7, 1000)) {
        assertThat(
                store.walk(size, u -> r -> u.memberships().find(query, r)).stream()
                    .map(SegmentMembership::snapshot)
                    .toList())
            .as("%s paged by %d", query, size)
            .containsExactlyElementsOf(expected);
      }
      assertThat(store.count(u -> u.memberships().count(query)))
          .as("count of %s", query)
          .isEqualTo(expected.size());
    }
  }

  @Test
  void saveMembership_staleInsertTwiceOrNeverStored_throwsConcurrentUpdate() {
    SegmentMembership stored = saveMembership(membership(KEYS.get(0), newId(), 1, true));
    SegmentMembership mine = SegmentMembership.restore(stored.snapshot());
    SegmentMembership theirs = SegmentMembership.restore(stored.snapshot());
    theirs.leave(clock.advance(Duration.ofDays(1)));
    MembershipSnapshot winner = saveMembership(theirs).snapshot();
    mine.recordOptIn(OptIn.OPTED_IN);
    SegmentMembership again = membership(KEYS.get(0), stored.key().customer(), 2, false);
    SegmentMembership ghost =
        SegmentMembership.restore(
            membership(KEYS.get(1), newId(), 1, true).snapshot().withVersion(5));

    assertThatThrownBy(() -> saveMembership(mine)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveMembership(again)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveMembership(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(findMembership(stored.key()).map(SegmentMembership::snapshot)).contains(winner);
    assertThat(findMembership(ghost.key())).isEmpty();
  }

  @Test
  void deleteMembership_twice_returnsTrueThenFalseAndErasesOnlyThatMembership() {
    CustomerId customer = newId();
    SegmentMembership gone = saveMembership(membership(KEYS.get(2), customer, 2, true));
    SegmentMembership kept = saveMembership(membership(KEYS.get(3), customer, 1, true));

    boolean first = store.inTransaction(u -> u.memberships().delete(tenant, gone.key()));
    boolean second = store.inTransaction(u -> u.memberships().delete(tenant, gone.key()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(findMembership(gone.key())).isEmpty();
    assertThat(findMembership(kept.key()).map(SegmentMembership::snapshot))
        .contains(kept.snapshot());
  }

  /** Returns a membership with {@code stays} stays, the last one open when {@code current}. */
  private SegmentMembership membership(
      SegmentKey segment, CustomerId customer, int stays, boolean current) {
    SegmentMembership m = SegmentMembership.none(tenant, new MembershipKey(segment, customer));
    for (int i = 0; i < stays; i++) {
      m.enter(tick(), i == 0 ? BY : UserRef.of("王芳"));
      if (i < stays - 1 || !current) {
        m.leave(tick());
      }
    }
    m.pullEvents();
    return m;
  }

  private Instant tick() {
    return clock.advance(Duration.ofMinutes(1 + fixtures.nextInt(5000)).plusNanos(1000));
  }

  private Segment saveSegment(Segment segment) {
    return store.inTransaction(u -> u.segments().save(segment));
  }

  private Optional<Segment> findSegment(SegmentKey key) {
    return store.inTransaction(u -> u.segments().find(tenant, key));
  }

  private SegmentMembership saveMembership(SegmentMembership membership) {
    return store.inTransaction(u -> u.memberships().save(membership));
  }

  private Optional<SegmentMembership> findMembership(MembershipKey key) {
    return store.inTransaction(u -> u.memberships().find(tenant, key));
  }

  private CustomerId newId() {
    return CustomerId.of(ids.next());
  }
}
