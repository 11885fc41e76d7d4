package io.crmkit.core.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.OutboxEntry;
import io.crmkit.spi.OutboxMessage;
import io.crmkit.spi.OutboxPoller;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The event outbox of the in-memory store: the undelivered messages in sequence order. The store
 * appends the entries of a unit of work while it commits it, under its write lock; polls take turns
 * under a lock of their own, so that two pollers never deliver one aggregate out of order. A
 * delivered message is forgotten.
 */
final class InMemoryOutbox implements OutboxPoller {
  private final ConcurrentSkipListMap<Long, OutboxMessage> pending = new ConcurrentSkipListMap<>();
  private final ReentrantLock polling = new ReentrantLock();
  private long last;

  /** Appends the entries of a committing unit of work, numbering them on. */
  synchronized void append(List<OutboxEntry> entries) {
    for (OutboxEntry entry : entries) {
      last++;
      pending.put(last, new OutboxMessage(last, entry));
    }
  }

  @Override
  public int poll(int max, Handler handler) {
    return pollOf(null, max, handler);
  }

  @Override
  public int poll(TenantId tenant, int max, Handler handler) {
    return pollOf(requireNonNull(tenant, "tenant"), max, handler);
  }

  private int pollOf(@Nullable TenantId tenant, int max, Handler handler) {
    if (max < 1 || max > MAX_BATCH) {
      throw ValidationException.of("max", max, "must be between 1 and " + MAX_BATCH);
    }
    requireNonNull(handler, "handler");
    Predicate<OutboxMessage> wanted = m -> tenant == null || m.entry().tenant().equals(tenant);
    polling.lock();
    try {
      List<OutboxMessage> batch = new ArrayList<>(Math.min(max, 256));
      for (OutboxMessage message : pending.values()) {
        if (batch.size() == max) {
          break;
        }
        if (wanted.test(message)) {
          batch.add(message);
        }
      }
      int delivered = 0;
      for (OutboxMessage message : batch) {
        handler.deliver(message);
        pending.remove(message.sequence());
        delivered++;
      }
      return delivered;
    } finally {
      polling.unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryCrmStore.outboxPoller()";
  }
}
