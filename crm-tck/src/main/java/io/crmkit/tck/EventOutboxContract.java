package io.crmkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmKit;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.customer.Tag;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.OutboxEntry;
import io.crmkit.spi.OutboxMessage;
import io.crmkit.spi.OutboxPoller;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TenantDirectory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link StoreCapability#EVENT_OUTBOX}, run through {@link CrmKit} on the store
 * under test: the events of a unit of work are in the outbox when it commits, in the order they
 * were recorded, with their tenant, aggregate, type, instant and JSON payload, and are not when it
 * fails; a {@link OutboxPoller} hands them out lowest sequence first, marks each delivered once its
 * handler returned, redelivers from the one whose handler threw, never delivers a delivered one
 * again, and keeps each aggregate's order when two pollers run at once. Skipped for stores without
 * the capability.
 *
 * <p>Every test polls its own tenant, except one that polls every tenant; a store shared between
 * tests therefore needs no cleaning. Tagged {@code event-outbox}, so that a build can run it alone
 * ({@code -Dgroups=event-outbox}).
 *
 * @since 0.1
 */
@org.junit.jupiter.api.Tag("event-outbox")
public abstract class EventOutboxContract {
  /** How long a poll is held while another one must wait. */
  private static final Duration HOLD = Duration.ofMillis(700);

  private final MutableClock clock = MutableClock.at(StoreUnderTest.START);
  private final List<CrmEvent> events = new CopyOnWriteArrayList<>();
  private StoreUnderTest store;
  private OutboxPoller poller;
  private TenantId tenant;
  private TenantId otherTenant;
  private CrmKit crm;

  /** Creates the contract. */
  protected EventOutboxContract() {}

  /**
   * Returns the store under test; called once per test method, and may return a shared store.
   *
   * @return the store to run the test on
   */
  protected abstract CrmStore createStore();

  /**
   * Returns the poller of the store's outbox; called once per test method, after {@link
   * #createStore()}, only when the store declares {@link StoreCapability#EVENT_OUTBOX}.
   *
   * @param store the store {@link #createStore()} returned
   * @return the poller
   */
  protected abstract OutboxPoller createPoller(CrmStore store);

  @BeforeEach
  void openKit() {
    store = new StoreUnderTest(createStore());
    store.assume(StoreCapability.EVENT_OUTBOX);
    poller = createPoller(store.store());
    tenant = Fixtures.newTenant();
    otherTenant = Fixtures.newTenant();
    crm =
        CrmKit.builder()
            .store(store.store())
            .clock(clock)
            .idGenerator(SequentialIdGenerator.create())
            .tenants(TenantDirectory.of(tenant, otherTenant))
            .listener(events::add)
            .build();
  }

  @Test
  void commit_appendsTheEventsOfTheUnitOfWorkInOrderWithAggregateTypeAndPayload() {
    String name = "华东机电集团 \"总部\" " + Fixtures.EMOJI;
    CustomerId id = register(tenant, name);
    clock.advance(Duration.ofMinutes(1));
    crm.customers()
        .update(
            tenant,
            id,
            (customer, now) -> {
              customer.tag(Tag.of("重点客户"), now);
              customer.delete(now.plusSeconds(1));
            });

    List<OutboxMessage> messages = drain(tenant, 100);

    assertThat(messages).hasSize(3).hasSameSizeAs(events);
    for (int i = 0; i < messages.size(); i++) {
      CrmEvent event = events.get(i);
      OutboxEntry entry = messages.get(i).entry();
      assertThat(entry.tenant()).isEqualTo(tenant);
      assertThat(entry.aggregateType()).isEqualTo("customer");
      assertThat(entry.aggregateId()).isEqualTo(id.toString());
      assertThat(entry.eventType()).isEqualTo(event.getClass().getSimpleName());
      assertThat(entry.occurredAt()).isEqualTo(event.occurredAt());
      assertThat(entry.payload())
          .startsWith("{\"tenant\":\"" + tenant.value() + "\",\"customer\":\"" + id + "\"")
          .endsWith("}");
    }
    assertThat(messages)
        .extracting(m -> m.entry().eventType())
        .containsExactly("CustomerRegistered", "CustomerChanged", "CustomerDeleted");
    assertThat(messages.get(0).entry().payload())
        .contains("\"chinese\":\"华东机电集团 \\\"总部\\\" " + Fixtures.EMOJI + "\"");
    assertThat(messages.get(1).entry().payload()).contains("\"fields\":[");
    assertSequencesIncrease(messages);
  }

  @Test
  void unitOfWorkFails_leavesNothingInTheOutbox() {
    IllegalStateException failure = new IllegalStateException("the host's work failed");

    assertThatThrownBy(
            () ->
                store.write(
                    unitOfWork -> {
                      register(tenant, "回滚的客户");
                      throw failure;
                    }))
        .isSameAs(failure);
    CustomerId id = register(tenant, "后来的客户");
    assertThatThrownBy(
            () ->
                crm.customers()
                    .update(
                        tenant,
                        id,
                        (customer, now) -> {
                          customer.tag(Tag.of("lost"), now);
                          throw failure;
                        }))
        .isSameAs(failure);

    assertThat(drain(tenant, 100))
        .singleElement()
        .satisfies(m -> assertThat(m.entry().eventType()).isEqualTo("CustomerRegistered"))
        .satisfies(m -> assertThat(m.entry().aggregateId()).isEqualTo(id.toString()));
  }

  @Test
  void poll_deliveredMessages_areNeverDeliveredAgain() {
    register(tenant, "一号客户");
    register(tenant, "二号客户");

    List<OutboxMessage> first = new ArrayList<>();
    int delivered = poller.poll(tenant, 100, first::add);
    List<OutboxMessage> second = new ArrayList<>();
    int again = poller.poll(tenant, 100, second::add);

    assertThat(delivered).isEqualTo(2);
    assertThat(first).hasSize(2);
    assertThat(again).isZero();
    assertThat(second).isEmpty();
  }

  @Test
  void poll_handlerThrows_marksTheEarlierOnesDeliveredAndRedeliversFromTheFailedOne() {
    for (int i = 0; i < 5; i++) {
      register(tenant, "客户 " + i);
    }
    List<OutboxMessage> seen = new ArrayList<>();
    IllegalStateException failure = new IllegalStateException("the broker is down");

    assertThatThrownBy(
            () ->
                poller.poll(
                    tenant,
                    100,
                    message -> {
                      seen.add(message);
                      if (seen.size() == 3) {
                        throw failure;
                      }
                    }))
        .isSameAs(failure);
    List<OutboxMessage> rest = drain(tenant, 100);

    assertThat(seen).hasSize(3);
    assertThat(rest).hasSize(3);
    assertThat(rest.get(0)).isEqualTo(seen.get(2));
    assertThat(rest.stream().map(m -> m.entry().aggregateId()).toList())
        .containsExactlyElementsOf(customersOf(events).subList(2, 5));
  }

  @Test
  void poll_inSmallBatches_deliversEveryAggregateInTheOrderItsEventsWereRecorded() {
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      customers.add(register(tenant, "批次客户 " + i));
    }
    for (int round = 0; round < 4; round++) {
      for (CustomerId id : customers) {
        tag(id, "第" + round + "轮");
      }
    }

    List<OutboxMessage> delivered = new ArrayList<>();
    int batches = 0;
    for (int n; (n = poller.poll(tenant, 2, delivered::add)) > 0; batches++) {
      assertThat(n).isLessThanOrEqualTo(2);
    }

    assertThat(batches).isEqualTo(8);
    assertThat(delivered).hasSize(15).hasSameSizeAs(events);
    assertSequencesIncrease(delivered);
    assertThat(perAggregate(delivered)).isEqualTo(recordedPerAggregate());
  }

  @Test
  void poll_twoPollersAtOnce_deliverEveryMessageOnceAndEachAggregateInOrder() {
    store.assume(StoreCapability.THREAD_SAFE);
    List<CustomerId> customers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      customers.add(register(tenant, "并发客户 " + i));
    }
    for (int round = 0; round < 8; round++) {
      for (CustomerId id : customers) {
        tag(id, "r" + round);
      }
    }
    int expected = events.size();
    List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
    AtomicInteger count = new AtomicInteger();

    try (Background background = new Background()) {
      List<Future<Integer>> pollers = new ArrayList<>();
      for (int p = 0; p < 2; p++) {
        pollers.add(
            background.start(
                () -> {
                  int mine = 0;
                  long deadline = System.nanoTime() + Background.PATIENCE.toNanos();
                  while (count.get() < expected && System.nanoTime() < deadline) {
                    mine +=
                        poller.poll(
                            tenant,
                            3,
                            message -> {
                              delivered.add(message);
                              count.incrementAndGet();
                              Thread.yield();
                            });
                  }
                  return mine;
                }));
      }
      int total = 0;
      for (Future<Integer> one : pollers) {
        total += Background.join(one);
      }

      assertThat(total).isEqualTo(expected);
    }
    assertThat(delivered).hasSize(expected);
    assertThat(delivered.stream().map(OutboxMessage::sequence).distinct()).hasSize(expected);
    assertThat(perAggregate(delivered)).isEqualTo(recordedPerAggregate());
    assertThat(poller.poll(tenant, 100, m -> {})).isZero();
  }

  @Test
  void poll_whileAnotherPollHoldsMessages_waitsForItAndThenContinuesAfterThem() {
    store.assume(StoreCapability.THREAD_SAFE);
    CustomerId id = register(tenant, "顺序客户");
    for (int i = 0; i < 3; i++) {
      tag(id, "t" + i);
    }
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<OutboxMessage> first = new CopyOnWriteArrayList<>();
    List<OutboxMessage> second = new CopyOnWriteArrayList<>();

    try (Background background = new Background()) {
      Future<Integer> holder =
          background.start(
              () ->
                  poller.poll(
                      tenant,
                      2,
                      message -> {
                        first.add(message);
                        holding.countDown();
                        Background.await(release, Background.PATIENCE);
                      }));
      Background.await(holding, Background.PATIENCE);
      Future<Integer> waiter = background.start(() -> poller.poll(tenant, 10, second::add));
      Background.awaitCondition(() -> waiter.isDone(), HOLD);

      // the second poll must not overtake the first one's messages of the same aggregate
      assertThat(second).isEmpty();
      release.countDown();
      assertThat(Background.join(holder)).isEqualTo(2);
      assertThat(Background.join(waiter)).isEqualTo(2);
    }
    List<OutboxMessage> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(perAggregate(all)).isEqualTo(recordedPerAggregate());
  }

  @Test
  void poll_everyTenant_deliversTheMessagesOfEachTenantInOrder() {
    CustomerId mine = register(tenant, "本租户客户");
    CustomerId theirs = register(otherTenant, "其他租户客户");
    tag(mine, "a");
    crm.customers().update(otherTenant, theirs, (customer, now) -> customer.tag(Tag.of("b"), now));

    // the store may be shared with other tests: deliver everything, keep what these tenants own
    List<OutboxMessage> all = new ArrayList<>();
    while (poller.poll(OutboxPoller.MAX_BATCH, all::add) > 0) {
      // until the outbox is empty
    }

    assertSequencesIncrease(all);
    List<OutboxMessage> ours =
        all.stream().filter(m -> Set.of(tenant, otherTenant).contains(m.entry().tenant())).toList();
    assertThat(ours).extracting(m -> m.entry().aggregateId()).hasSize(4);
    assertThat(perAggregate(ours)).isEqualTo(recordedPerAggregate());
    assertThat(poller.poll(tenant, 10, m -> {})).isZero();
    assertThat(poller.poll(otherTenant, 10, m -> {})).isZero();
  }

  @Test
  void poll_maxOutOfRange_isRefused() {
    register(tenant, "不被投递的客户");

    assertThatThrownBy(() -> poller.poll(tenant, 0, m -> {}))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("max");
    assertThatThrownBy(() -> poller.poll(OutboxPoller.MAX_BATCH + 1, m -> {}))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("max");
    assertThat(drain(tenant, 10)).hasSize(1);
  }

  private CustomerId register(TenantId owner, String name) {
    return crm.customers().register(NewCustomer.organization(owner, name));
  }

  private void tag(CustomerId id, String tag) {
    clock.advance(Duration.ofSeconds(1));
    crm.customers().update(tenant, id, (customer, now) -> customer.tag(Tag.of(tag), now));
  }

  /** Polls the tenant until nothing is left and returns what was delivered. */
  private List<OutboxMessage> drain(TenantId owner, int max) {
    List<OutboxMessage> delivered = new ArrayList<>();
    while (poller.poll(owner, max, delivered::add) > 0) {
      assertThat(delivered).hasSizeLessThan(100_000);
    }
    return delivered;
  }

  private static void assertSequencesIncrease(List<OutboxMessage> messages) {
    for (int i = 1; i < messages.size(); i++) {
      assertThat(messages.get(i).sequence())
          .as("sequence of message %d", i)
          .isGreaterThan(messages.get(i - 1).sequence());
    }
  }

  /** Returns the event types of each aggregate in the order the poller delivered them. */
  private static Map<String, List<String>> perAggregate(List<OutboxMessage> messages) {
    Map<String, List<String>> order = new LinkedHashMap<>();
    Set<Long> seen = new HashSet<>();
    for (OutboxMessage message : messages) {
      assertThat(seen.add(message.sequence())).as("delivered twice: %s", message).isTrue();
      OutboxEntry entry = message.entry();
      order
          .computeIfAbsent(
              entry.aggregateType() + ":" + entry.aggregateId(), k -> new ArrayList<>())
          .add(entry.eventType() + "@" + entry.occurredAt());
    }
    return order;
  }

  /** Returns the event types of each aggregate in the order the kit recorded them. */
  private Map<String, List<String>> recordedPerAggregate() {
    Map<String, List<String>> order = new LinkedHashMap<>();
    for (CrmEvent event : events) {
      order
          .computeIfAbsent(
              event.aggregateType() + ":" + event.aggregateId(), k -> new ArrayList<>())
          .add(event.getClass().getSimpleName() + "@" + event.occurredAt());
    }
    return order;
  }

  private static List<String> customersOf(List<CrmEvent> events) {
    return events.stream().map(CrmEvent::aggregateId).toList();
  }
}
