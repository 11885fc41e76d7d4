package io.crmkit.jpa.internal;

import io.crmkit.spi.OutboxEntry;
import io.crmkit.spi.OutboxRepository;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The event outbox of one JPA unit of work: appends rows to {@code crm_event_outbox} in the unit of
 * work's transaction, each numbered from {@code crm_event_outbox_seq} in the order given.
 */
final class JpaOutboxRepository implements OutboxRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaOutboxRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public void append(List<OutboxEntry> entries) {
    List<OutboxEntry> copy = List.copyOf(entries);
    unitOfWork.call(
        "the event outbox",
        () -> {
          copy.forEach(entry -> em.persist(OutboxRow.of(entry)));
          return null;
        });
  }
}
