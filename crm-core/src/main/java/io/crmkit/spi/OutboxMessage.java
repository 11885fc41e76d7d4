package io.crmkit.spi;

import static java.util.Objects.requireNonNull;

/**
 * An outbox entry as a poller delivers it, with the sequence number the store gave it when the unit
 * of work that recorded it appended it. Sequence numbers grow with every append (never reused, not
 * necessarily without gaps); a host deduplicates redelivered messages by them.
 *
 * @param sequence the store-assigned sequence number, positive
 * @param entry the event
 * @since 0.1
 */
public record OutboxMessage(long sequence, OutboxEntry entry) {

  /**
   * Requires every part.
   *
   * @throws IllegalArgumentException if the sequence is not positive
   */
  public OutboxMessage {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive but was " + sequence);
    }
    requireNonNull(entry, "entry");
  }
}
