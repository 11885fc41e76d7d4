package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierAssignment;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDecision;
import io.crmkit.core.tier.TierHistory;
import io.crmkit.core.tier.TierHistorySnapshot;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.core.tier.TierOutcome;
import io.crmkit.core.tier.TierQuery;
import io.crmkit.spi.CrmStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link io.crmkit.spi.TierLadderRepository} and {@link
 * io.crmkit.spi.TierHistoryRepository}: ladders (display names in several languages, every
 * entitlement with typed extras, a downgrade grace) and histories (several ladders, closed and open
 * assignments, manual locks, rule sources, a pending downgrade with its tier and first day) read
 * back equal; ladders list in key order; {@link TierHistory#tierAt} starts an assignment at its
 * {@code from} and ends it before its {@code thru} after a round trip; {@code find} and {@code
 * count} agree with {@link TierQuery#matches}; saves follow the version rules; deletes are
 * idempotent.
 *
 * @since 0.1
 */
public abstract class TierRepositoriesContract {
  private static final Duration MICROSECOND = Duration.ofNanos(1000);
  private static final UserRef BY = UserRef.of("王芳");

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;
  private TierLadder grade;
  private TierLadder service;

  /** Creates the contract. */
  protected TierRepositoriesContract() {}

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
    grade = Fixtures.fullLadder(tenant, LadderKey.of("grade")).withDowngradeGrace(30);
    service =
        TierLadder.ranked(tenant, LadderKey.of("服务等级"), "basic", "premium", "白金")
            .withDowngradeGrace(14);
  }

  @Test
  void findLadder_everyEntitlementAndDisplayName_returnsEqualLadder() {
    assertThat(grade.highest().entitlements().extra().isEmpty()).isFalse();
    assertThat(grade.highest().displayNames()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(grade.downgradeGraceDays()).isPositive();

    TierLadder saved = saveLadder(grade);

    assertThat(saved).isEqualTo(grade.withVersion(1));
    assertThat(findLadder(grade.key())).contains(grade.withVersion(1));
  }

  @Test
  void findAllLadders_severalLadders_listsThemInAscendingKeyOrder() {
    List<LadderKey> keys =
        List.of(
            LadderKey.of("grade"),
            LadderKey.of("服务等级"),
            LadderKey.of("Audit/2024"),
            LadderKey.of(Fixtures.EMOJI));
    store.write(
        u -> keys.forEach(k -> u.tierLadders().save(TierLadder.ranked(tenant, k, "A", "B"))));

    List<TierLadder> all = store.inTransaction(u -> u.tierLadders().findAll(tenant));

    assertThat(all)
        .extracting(TierLadder::key)
        .containsExactlyElementsOf(keys.stream().sorted().toList());
  }

  @Test
  void saveLadder_staleInsertTwiceOrNeverStored_throwsConcurrentUpdateAndKeepsStoredLadder() {
    TierLadder stored = saveLadder(service);
    TierLadder changed = saveLadder(stored.withTiers(grade.tiers()));

    assertThatThrownBy(() -> saveLadder(stored)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveLadder(service)).isInstanceOf(ConcurrentUpdateException.class);
    TierLadder ghost = grade.withVersion(5);
    assertThatThrownBy(() -> saveLadder(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(findLadder(service.key())).contains(changed);
    assertThat(findLadder(grade.key())).isEmpty();
  }

  @Test
  void deleteLadder_twice_returnsTrueThenFalse() {
    saveLadder(grade);

    boolean first = store.inTransaction(u -> u.tierLadders().delete(tenant, grade.key()));
    boolean second = store.inTransaction(u -> u.tierLadders().delete(tenant, grade.key()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(findLadder(grade.key())).isEmpty();
  }

  @Test
  void findHistory_severalLaddersLocksAndRuleSources_returnsEqualHistory() {
    TierHistory history = history(newId());
    assertThat(history.assignments()).anyMatch(a -> a.thru() != null);
    assertThat(history.assignments()).anyMatch(a -> a.lockedUntil() != null);
    assertThat(history.assignments()).anyMatch(a -> a.source().isRule());
    assertThat(history.pendingDowngrade(service.key())).isPresent();

    TierHistory saved = saveHistory(history);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.pullEvents()).isEmpty();
    assertThat(findHistory(history.customer()).map(TierHistory::snapshot))
        .contains(history.snapshot().withVersion(1));
  }

  @Test
  void tierAt_afterRoundTrip_startsAtFromAndEndsBeforeThru() {
    TierHistory history = history(newId());
    saveHistory(history);

    TierHistory found = findHistory(history.customer()).orElseThrow();

    for (TierAssignment a : found.assignments()) {
      assertThat(found.tierAt(a.ladder(), a.from())).as("at from of %s", a).contains(a.tier());
      Optional<TierCode> before = found.tierAt(a.ladder(), a.from().minus(MICROSECOND));
      assertThat(before).as("just before %s", a).isNotEqualTo(Optional.of(a.tier()));
      if (a.thru() != null) {
        assertThat(found.tierAt(a.ladder(), a.thru().minus(MICROSECOND))).contains(a.tier());
        assertThat(found.tierAt(a.ladder(), a.thru())).isNotEqualTo(Optional.of(a.tier()));
      }
    }
  }

  @Test
  void findAndCount_currentlyInTier_agreeWithMatchesInCustomerIdOrder() {
    List<TierHistory> histories = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      TierHistory h = TierHistory.empty(tenant, newId());
      if (i % 5 != 0) {
        for (int step = 0; step <= fixtures.nextInt(3); step++) {
          h.assign(
              grade,
              fixtures.oneOf(grade.codes()),
              tick(),
              AssignmentSource.MANUAL,
              "调整",
              BY,
              null);
        }
      }
      if (i % 3 == 0) {
        h.assign(
            service,
            fixtures.oneOf(service.codes()),
            tick(),
            AssignmentSource.rule("by-spend"),
            "按消费",
            BY,
            null);
      }
      h.pullEvents();
      histories.add(h);
    }
    List<TierHistorySnapshot> all = new ArrayList<>();
    store.write(u -> histories.forEach(h -> all.add(u.tierHistories().save(h).snapshot())));
    List<TierQuery> queries = new ArrayList<>();
    queries.add(TierQuery.on(tenant, grade.key()));
    queries.add(TierQuery.on(tenant, service.key()));
    queries.add(TierQuery.on(tenant, LadderKey.of("unknown")));
    grade.codes().forEach(code -> queries.add(TierQuery.on(tenant, grade.key()).currently(code)));

    for (TierQuery query : queries) {
      List<TierHistorySnapshot> expected =
          all.stream()
              .filter(query::matches)
              .sorted(Comparator.comparing(TierHistorySnapshot::customer))
              .toList();
      assertThat(
              store.walk(7, u -> r -> u.tierHistories().find(query, r)).stream()
                  .map(TierHistory::snapshot)
                  .toList())
          .as("%s", query)
          .containsExactlyElementsOf(expected);
      assertThat(store.count(u -> u.tierHistories().count(query)))
          .as("count of %s", query)
          .isEqualTo(expected.size());
    }
  }

  @Test
  void saveHistory_staleInsertTwiceOrNeverStored_throwsConcurrentUpdateAndKeepsStoredHistory() {
    CustomerId id = newId();
    TierHistory stored = saveHistory(history(id));
    TierHistory mine = TierHistory.restore(stored.snapshot());
    TierHistory theirs = TierHistory.restore(stored.snapshot());
    theirs.assign(
        service, TierCode.of("basic"), tick(), AssignmentSource.MANUAL, "theirs", BY, null);
    TierHistorySnapshot winner = saveHistory(theirs).snapshot();
    mine.assign(service, TierCode.of("premium"), tick(), AssignmentSource.MANUAL, "mine", BY, null);
    TierHistory ghost = TierHistory.restore(history(newId()).snapshot().withVersion(5));

    assertThatThrownBy(() -> saveHistory(mine)).isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveHistory(history(id)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> saveHistory(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(findHistory(id).map(TierHistory::snapshot)).contains(winner);
    assertThat(findHistory(ghost.customer())).isEmpty();
  }

  @Test
  void deleteHistory_twice_returnsTrueThenFalseAndErasesOnlyThatHistory() {
    TierHistory gone = saveHistory(history(newId()));
    TierHistory kept = saveHistory(history(newId()));

    boolean first = store.inTransaction(u -> u.tierHistories().delete(tenant, gone.customer()));
    boolean second = store.inTransaction(u -> u.tierHistories().delete(tenant, gone.customer()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(findHistory(gone.customer())).isEmpty();
    assertThat(findHistory(kept.customer()).map(TierHistory::snapshot)).contains(kept.snapshot());
  }

  /** Grades a customer on two ladders: rule moves, a locked manual move, a refused rule move. */
  private TierHistory history(CustomerId customer) {
    TierHistory h = TierHistory.empty(tenant, customer);
    AssignmentSource rule = AssignmentSource.rule("spend-2024");
    h.assign(grade, TierCode.of("普通"), tick(), rule, "新客户", BY, null);
    h.assign(grade, TierCode.of("silver"), tick(), rule, "年消费满十万", BY, null);
    Instant locked = tick();
    h.assign(
        grade,
        TierCode.of("gold"),
        locked,
        AssignmentSource.MANUAL,
        "总监特批 " + Fixtures.EMOJI,
        BY,
        locked.plus(Duration.ofDays(90)));
    assertThat(h.assign(grade, TierCode.of("silver"), tick(), rule, "降级", BY, null))
        .isEqualTo(TierOutcome.LOCKED);
    h.assign(
        service,
        TierCode.of("白金"),
        tick(),
        AssignmentSource.MANUAL,
        "战略客户",
        UserRef.of("director.zhao"),
        null);
    Instant lower = tick();
    assertThat(
            h.applyRule(
                service,
                new TierDecision(TierCode.of("premium"), "服务用量下降"),
                "usage",
                lower,
                LocalDate.ofInstant(lower, ZoneOffset.UTC),
                BY))
        .isEqualTo(TierOutcome.DOWNGRADE_PENDING);
    h.pullEvents();
    return h;
  }

  private Instant tick() {
    return clock.advance(Duration.ofHours(1 + fixtures.nextInt(500)).plus(MICROSECOND));
  }

  private TierLadder saveLadder(TierLadder ladder) {
    return store.inTransaction(u -> u.tierLadders().save(ladder));
  }

  private Optional<TierLadder> findLadder(LadderKey key) {
    return store.inTransaction(u -> u.tierLadders().find(tenant, key));
  }

  private TierHistory saveHistory(TierHistory history) {
    return store.inTransaction(u -> u.tierHistories().save(history));
  }

  private Optional<TierHistory> findHistory(CustomerId customer) {
    return store.inTransaction(u -> u.tierHistories().find(tenant, customer));
  }

  private CustomerId newId() {
    return CustomerId.of(ids.next());
  }
}
