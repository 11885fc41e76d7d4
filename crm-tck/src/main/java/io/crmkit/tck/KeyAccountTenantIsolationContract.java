package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipQuery;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderId;
import io.crmkit.core.reminder.ReminderQuery;
import io.crmkit.core.segment.MembershipKey;
import io.crmkit.core.segment.MembershipQuery;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentMembership;
import io.crmkit.core.shared.PageRequest;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierQuery;
import io.crmkit.spi.CrmStore;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation for the key-account repositories (lifecycle, tiers, ownership and pools,
 * segments and memberships, reminders): an id stored only in another tenant reads as empty, lists
 * and counts never include another tenant's data, and deletes never touch it.
 *
 * @since 0.1
 */
public abstract class KeyAccountTenantIsolationContract {
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final PoolId POOL = PoolId.of("east");
  private static final LadderKey LADDER = LadderKey.of("grade");
  private static final SegmentKey SEGMENT = SegmentKey.of("华东重点客户");

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private StoreUnderTest store;
  private TenantId mine;
  private TenantId other;
  private CustomerId customer;
  private ReminderId reminder;
  private final List<Object> othersData = new ArrayList<>();

  /** Creates the contract. */
  protected KeyAccountTenantIsolationContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  @BeforeEach
  void populateOtherTenant() {
    store = new StoreUnderTest(createStore());
    mine = Fixtures.newTenant();
    other = Fixtures.newTenant();
    customer = CustomerId.of(SequentialIdGenerator.create().next());
    reminder = ReminderId.of(customer.value());
    store.write(
        u -> {
          othersData.add(
              u.lifecycle()
                  .save(fixtures.lifecycleHistory(other, customer, clock.instant(), 2))
                  .snapshot());
          TierLadder ladder = u.tierLadders().save(Fixtures.fullLadder(other, LADDER));
          othersData.add(ladder);
          TierHistory tiers = TierHistory.empty(other, customer);
          tiers.assign(
              ladder,
              ladder.lowest().code(),
              clock.instant(),
              AssignmentSource.MANUAL,
              "新",
              ADMIN,
              null);
          othersData.add(u.tierHistories().save(tiers).snapshot());
          PublicPool pool = u.pools().save(PublicPool.of(other, POOL, "公海", ADMIN));
          othersData.add(pool);
          Ownership ownership = Ownership.none(other, customer);
          ownership.putInPool(pool, ADMIN, clock.instant(), "入池");
          othersData.add(u.ownerships().save(ownership).snapshot());
          othersData.add(u.segments().save(Segment.staticSegment(other, SEGMENT, "名单", true)));
          SegmentMembership membership =
              SegmentMembership.none(other, new MembershipKey(SEGMENT, customer));
          membership.enter(clock.instant(), ADMIN);
          othersData.add(u.memberships().save(membership).snapshot());
          ZoneId zone = ZoneId.of("Asia/Shanghai");
          LocalDateTime due = LocalDateTime.ofInstant(clock.instant(), zone).plusDays(1);
          othersData.add(
              u.reminders()
                  .save(
                      Reminder.schedule(
                          reminder,
                          fixtures.newReminder(other, customer, due, zone),
                          clock.instant()))
                  .snapshot());
        });
  }

  @Test
  void find_idsStoredOnlyInAnotherTenant_areEmpty() {
    List<Optional<?>> found =
        store.inTransaction(
            u ->
                List.of(
                    u.lifecycle().find(mine, customer),
                    u.tierLadders().find(mine, LADDER),
                    u.tierHistories().find(mine, customer),
                    u.pools().find(mine, POOL),
                    u.ownerships().find(mine, customer),
                    u.segments().find(mine, SEGMENT),
                    u.memberships().find(mine, new MembershipKey(SEGMENT, customer)),
                    u.reminders().find(mine, reminder)));

    assertThat(found).allSatisfy(f -> assertThat(f).isEmpty());
  }

  @Test
  void findAndCount_everyList_neverIncludesAnotherTenantsData() {
    List<List<?>> lists =
        store.inTransaction(
            u ->
                List.of(
                    u.lifecycle().find(LifecycleQuery.in(mine), first()).items(),
                    u.tierLadders().findAll(mine),
                    u.tierHistories().find(TierQuery.on(mine, LADDER), first()).items(),
                    u.pools().findAll(mine),
                    u.ownerships().find(OwnershipQuery.in(mine), first()).items(),
                    u.segments().findAll(mine),
                    u.memberships().find(MembershipQuery.membersOf(mine, SEGMENT), first()).items(),
                    u.memberships().find(MembershipQuery.of(mine, customer), first()).items(),
                    u.reminders().find(ReminderQuery.live(mine), first()).items()));
    List<Long> counts =
        store.inTransaction(
            u ->
                List.of(
                    u.lifecycle().count(LifecycleQuery.in(mine)),
                    u.tierHistories().count(TierQuery.on(mine, LADDER)),
                    u.ownerships().count(OwnershipQuery.in(mine).waitingIn(POOL)),
                    u.memberships().count(MembershipQuery.membersOf(mine, SEGMENT)),
                    u.reminders().count(ReminderQuery.live(mine))));

    assertThat(lists).allSatisfy(l -> assertThat(l).isEmpty());
    assertThat(counts).containsOnly(0L);
  }

  @Test
  void delete_idsStoredOnlyInAnotherTenant_returnFalseAndKeepTheirData() {
    List<Boolean> deleted =
        store.inTransaction(
            u ->
                List.of(
                    u.lifecycle().delete(mine, customer),
                    u.tierLadders().delete(mine, LADDER),
                    u.tierHistories().delete(mine, customer),
                    u.pools().delete(mine, POOL),
                    u.ownerships().delete(mine, customer),
                    u.segments().delete(mine, SEGMENT),
                    u.memberships().delete(mine, new MembershipKey(SEGMENT, customer)),
                    u.reminders().delete(mine, reminder)));

    assertThat(deleted).containsOnly(false);
    List<Object> kept =
        store.inTransaction(
            u ->
                List.of(
                    u.lifecycle().find(other, customer).orElseThrow().snapshot(),
                    u.tierLadders().find(other, LADDER).orElseThrow(),
                    u.tierHistories().find(other, customer).orElseThrow().snapshot(),
                    u.pools().find(other, POOL).orElseThrow(),
                    u.ownerships().find(other, customer).orElseThrow().snapshot(),
                    u.segments().find(other, SEGMENT).orElseThrow(),
                    u.memberships()
                        .find(other, new MembershipKey(SEGMENT, customer))
                        .orElseThrow()
                        .snapshot(),
                    u.reminders().find(other, reminder).orElseThrow().snapshot()));
    assertThat(kept).containsExactlyElementsOf(othersData);
  }

  private static PageRequest first() {
    return PageRequest.first(100);
  }
}
