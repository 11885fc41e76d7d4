package io.crmkit.spi;

import io.crmkit.core.shared.TenantId;

/**
 * Delivers the messages of an event outbox to the host (a message broker, a webhook, a search
 * index): at least once, each aggregate's messages in the order they were appended, and marks each
 * delivered once the handler returned. A store with {@link StoreCapability#EVENT_OUTBOX} offers
 * one; the host calls {@link #poll} on a schedule.
 *
 * <p>Contract (checked by crm-tck's {@code EventOutboxContract}):
 *
 * <ul>
 *   <li>a poll hands the undelivered messages to the handler one at a time, lowest sequence first,
 *       and marks each one delivered after the handler returned for it; a delivered message is
 *       never handed out again;
 *   <li>when the handler throws, the poll marks the messages handled before it delivered, leaves
 *       the failed one and the rest undelivered for the next poll, and rethrows the exception; a
 *       crash (or a failed commit) before a poll ends may redeliver every message of that poll
 *       (hence at least once: a handler must tolerate seeing a message again, by its {@link
 *       OutboxMessage#sequence()});
 *   <li>polls may run on several threads or processes at once: a poll locks the messages it
 *       delivers until it ends, and another poll waits for them, then continues after them — so two
 *       pollers never deliver one aggregate's messages out of order, and take turns rather than
 *       share the work (run a second one for failover, not for throughput).
 * </ul>
 *
 * <p>Order is the sequence order, which for one aggregate is the order of the units of work that
 * changed it: crmkit's saves are optimistic, so of two units of work that changed one aggregate the
 * later one began after the earlier one committed. Events of units of work that ran concurrently
 * without touching a common row have no order between them.
 *
 * @since 0.1
 */
public interface OutboxPoller {

  /** The most messages one poll delivers. */
  int MAX_BATCH = 10_000;

  /**
   * Delivers up to {@code max} undelivered messages of every tenant.
   *
   * @param max the most messages to deliver, 1 to {@value #MAX_BATCH}
   * @param handler receives each message
   * @return how many messages were delivered and marked
   * @throws io.crmkit.core.shared.ValidationException if {@code max} is out of range
   * @throws io.crmkit.core.shared.StorageException if the storage failed
   */
  int poll(int max, Handler handler);

  /**
   * Delivers up to {@code max} undelivered messages of one tenant, like {@link #poll(int,
   * Handler)}.
   *
   * @param tenant the tenant
   * @param max the most messages to deliver, 1 to {@value #MAX_BATCH}
   * @param handler receives each message
   * @return how many messages were delivered and marked
   * @throws io.crmkit.core.shared.ValidationException if {@code max} is out of range
   * @throws io.crmkit.core.shared.StorageException if the storage failed
   */
  int poll(TenantId tenant, int max, Handler handler);

  /**
   * Receives outbox messages; returning means the message was delivered.
   *
   * @since 0.1
   */
  @FunctionalInterface
  interface Handler {

    /**
     * Delivers one message; throws to leave it (and every later one of the poll) undelivered.
     *
     * @param message the message
     */
    void deliver(OutboxMessage message);
  }
}
