package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleHistory;
import io.crmkit.core.lifecycle.LifecycleQuery;
import io.crmkit.core.lifecycle.LifecycleSnapshot;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.LifecycleTransitions;
import io.crmkit.core.lifecycle.StageChange;
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
 * The contract of {@link io.crmkit.spi.LifecycleRepository}: every {@link StageChange} (from, to,
 * instant to the microsecond, Chinese and emoji reasons, actor) reads back equal and in order;
 * {@link LifecycleHistory#stageAt} answers the same on both sides of every change after a round
 * trip; saves follow the version rules; deletes are idempotent; {@code find} and {@code count}
 * agree with {@link LifecycleQuery#matches} and list in ascending customer id order.
 *
 * @since 0.1
 */
public abstract class LifecycleRepositoryContract {
  private static final Duration MICROSECOND = Duration.ofNanos(1000);

  private final Fixtures fixtures = Fixtures.create();
  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final SequentialIdGenerator ids = SequentialIdGenerator.create();
  private StoreUnderTest store;
  private TenantId tenant;

  /** Creates the contract. */
  protected LifecycleRepositoryContract() {}

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
  void save_newHistory_returnsItAtVersionOneWithoutPendingEvents() {
    LifecycleHistory history = fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 3);

    LifecycleHistory saved = save(history);

    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.snapshot()).isEqualTo(history.snapshot().withVersion(1));
    assertThat(saved.pullEvents()).isEmpty();
  }

  @Test
  void find_historyWithManyChanges_returnsEveryChangeEqualAndInOrder() {
    LifecycleHistory history = fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 40);
    assertThat(history.changes()).hasSize(41);
    assertThat(history.changes().get(0).from()).isNull();

    save(history);

    Optional<LifecycleSnapshot> found = find(history.customer()).map(LifecycleHistory::snapshot);
    assertThat(found).contains(history.snapshot().withVersion(1));
    assertThat(found.orElseThrow().changes()).containsExactlyElementsOf(history.changes());
  }

  @Test
  void find_changesWithNastyReasonsAndMicrosecondInstants_roundTrip() {
    Instant start = Instant.parse("1970-01-01T00:00:00.000001Z");
    LifecycleHistory history =
        LifecycleHistory.begin(
            tenant,
            newId(),
            LifecycleStage.PROSPECT,
            start,
            Fixtures.text("客户来自展会" + Fixtures.FOUR_BYTE_HAN + Fixtures.EMOJI, 500),
            UserRef.of("王芳" + Fixtures.EMOJI));
    advance(history, LifecycleStage.NEW, start.plus(MICROSECOND), "签约 ✅");
    // two moves at the same instant keep their order
    advance(history, LifecycleStage.ACTIVE, start.plus(MICROSECOND), "首单");
    advance(history, LifecycleStage.CHURNED, Instant.parse("2099-12-31T23:59:59.999999Z"), "流失");

    save(history);

    assertThat(find(history.customer()).map(h -> h.changes())).contains(history.changes());
  }

  @Test
  void stageAt_afterRoundTrip_changesExactlyAtEachChangeInstant() {
    LifecycleHistory history = fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 12);
    save(history);

    LifecycleHistory found = find(history.customer()).orElseThrow();

    List<StageChange> changes = found.changes();
    assertThat(found.stageAt(changes.get(0).at().minus(MICROSECOND))).isEmpty();
    for (int i = 0; i < changes.size(); i++) {
      StageChange change = changes.get(i);
      assertThat(found.stageAt(change.at())).as("at change %d", i).contains(change.to());
      if (i > 0 && changes.get(i - 1).at().isBefore(change.at())) {
        assertThat(found.stageAt(change.at().minus(MICROSECOND)))
            .as("one microsecond before change %d", i)
            .contains(changes.get(i - 1).to());
      }
    }
    assertThat(found.current()).isEqualTo(changes.get(changes.size() - 1).to());
  }

  @Test
  void save_changedHistory_replacesItAndIncrementsVersion() {
    LifecycleHistory stored = save(fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 0));
    LifecycleHistory changed = LifecycleHistory.restore(stored.snapshot());
    advance(changed, LifecycleStage.TARGET, clock.advance(Duration.ofDays(1)), "列入目标");

    LifecycleHistory second = save(changed);

    assertThat(second.version()).isEqualTo(2);
    assertThat(find(stored.customer()).map(LifecycleHistory::snapshot))
        .contains(changed.snapshot().withVersion(2));
  }

  @Test
  void save_staleVersion_throwsConcurrentUpdateAndKeepsStoredState() {
    LifecycleHistory stored = save(fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 0));
    LifecycleHistory mine = LifecycleHistory.restore(stored.snapshot());
    LifecycleHistory theirs = LifecycleHistory.restore(stored.snapshot());
    advance(theirs, LifecycleStage.NEW, clock.advance(Duration.ofHours(1)), "theirs");
    LifecycleSnapshot winner = save(theirs).snapshot();
    advance(mine, LifecycleStage.TARGET, clock.advance(Duration.ofHours(1)), "mine");

    assertThatThrownBy(() -> save(mine)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(stored.customer()).map(LifecycleHistory::snapshot)).contains(winner);
  }

  @Test
  void save_insertTwice_throwsConcurrentUpdateAndKeepsFirst() {
    CustomerId id = newId();
    LifecycleSnapshot first =
        save(fixtures.lifecycleHistory(tenant, id, clock.instant(), 2)).snapshot();
    LifecycleHistory again = fixtures.lifecycleHistory(tenant, id, clock.instant(), 5);

    assertThatThrownBy(() -> save(again)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(id).map(LifecycleHistory::snapshot)).contains(first);
  }

  @Test
  void save_neverStoredHistoryAtVersionFive_throwsConcurrentUpdateAndStoresNothing() {
    LifecycleHistory ghost =
        LifecycleHistory.restore(
            fixtures
                .lifecycleHistory(tenant, newId(), clock.instant(), 2)
                .snapshot()
                .withVersion(5));

    assertThatThrownBy(() -> save(ghost)).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(find(ghost.customer())).isEmpty();
  }

  @Test
  void delete_twice_returnsTrueThenFalseAndErasesOnlyThatHistory() {
    LifecycleHistory gone = save(fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 1));
    LifecycleHistory kept = save(fixtures.lifecycleHistory(tenant, newId(), clock.instant(), 1));

    boolean first = store.inTransaction(u -> u.lifecycle().delete(tenant, gone.customer()));
    boolean second = store.inTransaction(u -> u.lifecycle().delete(tenant, gone.customer()));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(find(gone.customer())).isEmpty();
    assertThat(find(kept.customer()).map(LifecycleHistory::snapshot)).contains(kept.snapshot());
    boolean unknown = store.inTransaction(u -> u.lifecycle().delete(tenant, newId()));
    assertThat(unknown).isFalse();
  }

  @Test
  void findAndCount_byCurrentStage_agreeWithMatchesInCustomerIdOrder() {
    List<LifecycleSnapshot> all = new ArrayList<>();
    List<LifecycleHistory> histories = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      histories.add(
          fixtures.lifecycleHistory(tenant, newId(), clock.instant(), fixtures.nextInt(6)));
    }
    store.write(u -> histories.forEach(h -> all.add(u.lifecycle().save(h).snapshot())));

    List<LifecycleQuery> queries = new ArrayList<>();
    queries.add(LifecycleQuery.in(tenant));
    for (LifecycleStage stage : LifecycleStage.values()) {
      queries.add(LifecycleQuery.in(tenant).currently(stage));
    }
    for (LifecycleQuery query : queries) {
      List<LifecycleSnapshot> expected =
          all.stream()
              .filter(query::matches)
              .sorted(Comparator.comparing(LifecycleSnapshot::customer))
              .toList();
      for (int size : List.of(1, 7, 1000)) {
        assertThat(
                store.walk(size, u -> r -> u.lifecycle().find(query, r)).stream()
                    .map(LifecycleHistory::snapshot)
                    .toList())
            .as("%s paged by %d", query, size)
            .containsExactlyElementsOf(expected);
      }
      assertThat(store.count(u -> u.lifecycle().count(query)))
          .as("count of %s", query)
          .isEqualTo(expected.size());
    }
  }

  private void advance(LifecycleHistory history, LifecycleStage to, Instant at, String reason) {
    history.advanceTo(to, at, reason, UserRef.of("zhang.wei"), LifecycleTransitions.standard());
  }

  private LifecycleHistory save(LifecycleHistory history) {
    return store.inTransaction(u -> u.lifecycle().save(history));
  }

  private Optional<LifecycleHistory> find(CustomerId customer) {
    return store.inTransaction(u -> u.lifecycle().find(tenant, customer));
  }

  private CustomerId newId() {
    return CustomerId.of(ids.next());
  }
}
