package io.crmkit.core;

import io.crmkit.core.internal.EventJson;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.CrmEvent;
import io.crmkit.core.shared.TenantId;
import io.crmkit.spi.CrmEventListener;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.IdGenerator;
import io.crmkit.spi.OutboxEntry;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TenantDirectory;
import io.crmkit.spi.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every service shares: the store, the clock, the id generator, the tenant directory and the
 * listeners; runs units of work and publishes their events after commit. Where the store declares
 * {@link StoreCapability#EVENT_OUTBOX}, the events of every outermost unit of work are also
 * appended to its outbox inside that unit of work, so that they commit or roll back with the
 * change.
 */
final class Kernel {
  private static final Logger LOG = LoggerFactory.getLogger(CrmKit.class);

  /** How often {@link #executeRetrying} tries. */
  static final int ATTEMPTS = 12;

  final CrmStore store;
  final Clock clock;
  private final IdGenerator ids;
  private final TenantDirectory tenants;
  private final List<CrmEventListener> listeners;
  private final boolean outbox;
  private final ThreadLocal<@Nullable Work> current = new ThreadLocal<>();

  Kernel(
      CrmStore store,
      Clock clock,
      IdGenerator ids,
      TenantDirectory tenants,
      List<CrmEventListener> listeners) {
    this.store = store;
    this.clock = clock;
    this.ids = ids;
    this.tenants = tenants;
    this.listeners = List.copyOf(listeners);
    this.outbox = store.capabilities().contains(StoreCapability.EVENT_OUTBOX);
  }

  Instant now() {
    return clock.instant();
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  UUID nextId() {
    return ids.next();
  }

  /** Records an error unless the tenant is known. */
  void checkTenant(Problems problems, TenantId tenant) {
    if (tenant != null && !tenants.exists(tenant)) {
      problems.add("tenant", tenant, "must be a known tenant");
    }
  }

  /** Throws a validation error unless the tenant is known. */
  void requireTenant(TenantId tenant) {
    Problems problems = Problems.create();
    problems.require(tenant, "tenant");
    checkTenant(problems, tenant);
    problems.throwIfAny();
  }

  /**
   * Runs work in one unit of work; the events it collects reach the listeners after the commit, and
   * never when the work or the commit fails. A call made from inside another call's work on the
   * same thread joins it: its events wait for the outermost commit.
   */
  <T> T execute(Function<Work, T> work) {
    Work outer = current.get();
    if (outer != null) {
      return work.apply(outer);
    }
    Work context = new Work();
    current.set(context);
    T result;
    try {
      result =
          store.inTransaction(unitOfWork -> context.complete(work.apply(context.bind(unitOfWork))));
    } finally {
      current.remove();
    }
    publish(context.events);
    return result;
  }

  /** Returns whether a unit of work of this kit is running on the calling thread. */
  boolean inUnitOfWork() {
    return current.get() != null;
  }

  /**
   * Runs work in one unit of work that is rolled back instead of committed: nothing it saved is
   * stored and none of its events is published. Returns what the work returned. Must not be called
   * from inside another unit of work, which cannot be rolled back in part.
   *
   * @throws IllegalStateException if a unit of work is running on this thread
   */
  <T> T executeAndRollBack(Function<Work, T> work) {
    if (current.get() != null) {
      throw new IllegalStateException("a dry run cannot join a unit of work already running");
    }
    Work context = new Work();
    current.set(context);
    try {
      store.inTransaction(
          unitOfWork -> {
            throw new RolledBack(context.complete(work.apply(context.bind(unitOfWork))));
          });
    } catch (RolledBack signal) {
      @SuppressWarnings("unchecked")
      T result = (T) signal.result;
      return result;
    } finally {
      current.remove();
    }
    throw new IllegalStateException(store + " committed a unit of work whose work threw");
  }

  /** Carries a dry run's result out of its unit of work, rolling the unit of work back. */
  private static final class RolledBack extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient @Nullable Object result;

    RolledBack(@Nullable Object result) {
      super("rolled back on purpose", null, false, false);
      this.result = result;
    }
  }

  /**
   * Like {@link #execute}, but runs the work again (up to {@value #ATTEMPTS} times in all, after a
   * short random back-off) when it loses an optimistic race; only for work that is safe to repeat,
   * such as appending an activity and folding it into the customer's facts.
   */
  <T> T executeRetrying(Function<Work, T> work) {
    if (current.get() != null) {
      return execute(work); // inside another call's unit of work: its caller decides on retries
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return execute(work);
      } catch (ConcurrentUpdateException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        LOG.debug("attempt {} lost an optimistic race, retrying: {}", attempt, e.getMessage());
        backOff(attempt);
      }
    }
  }

  static void backOff(int attempt) {
    long maxMillis = Math.min(1L << attempt, 64);
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(maxMillis + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying a unit of work", e);
    }
  }

  private void publish(List<CrmEvent> events) {
    for (CrmEvent event : events) {
      for (CrmEventListener listener : listeners) {
        try {
          listener.on(event);
        } catch (RuntimeException e) {
          // the change is committed; one failing listener must not hide it from the others
          LOG.warn("event listener {} failed on {}", listener, event, e);
        }
      }
    }
  }

  /** Returns an event as its outbox entry, its payload JSON built from its record components. */
  static OutboxEntry outboxEntry(CrmEvent event) {
    if (!(event instanceof Record record)) {
      throw new IllegalArgumentException(
          "an event must be a record to be stored in an outbox but was " + event.getClass());
    }
    return new OutboxEntry(
        event.tenant(),
        event.aggregateType(),
        event.aggregateId(),
        event.getClass().getSimpleName(),
        event.occurredAt(),
        EventJson.of(record));
  }

  /** One unit of work and the events it recorded. */
  final class Work {
    private UnitOfWork unitOfWork;
    private final List<CrmEvent> events = new ArrayList<>();

    private Work bind(UnitOfWork bound) {
      this.unitOfWork = bound;
      events.clear();
      return this;
    }

    UnitOfWork store() {
      return unitOfWork;
    }

    /**
     * Ends the work of the outermost unit of work: appends its events to the store's outbox, if it
     * has one, before the unit of work commits; returns the work's result.
     */
    private <T> T complete(T result) {
      if (outbox && !events.isEmpty()) {
        unitOfWork.outbox().append(events.stream().map(Kernel::outboxEntry).toList());
      }
      return result;
    }

    void record(List<CrmEvent> recorded) {
      events.addAll(recorded);
    }

    /** Returns how many events were recorded so far; a mark for {@link #eventsSince}. */
    int mark() {
      return events.size();
    }

    /** Returns the events recorded since the mark. */
    List<CrmEvent> eventsSince(int mark) {
      return List.copyOf(events.subList(mark, events.size()));
    }
  }
}
