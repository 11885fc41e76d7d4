package io.crmkit.spi;

import java.util.List;

/**
 * The event outbox of one unit of work, offered by stores that declare {@link
 * StoreCapability#EVENT_OUTBOX}: entries appended here are stored when the unit of work commits and
 * are lost with it when it fails, so that events and the change they describe are durable together.
 *
 * <p>Contract (checked by crm-tck's {@code EventOutboxContract}): entries appended by one unit of
 * work get increasing sequence numbers in the order given; an entry appended by a unit of work that
 * begins after another one committed gets a higher sequence number than every entry of that one.
 *
 * @since 0.1
 */
public interface OutboxRepository {

  /**
   * Appends entries, in order, to the outbox of this unit of work.
   *
   * @param entries the entries, oldest first; an empty list appends nothing
   */
  void append(List<OutboxEntry> entries);
}
