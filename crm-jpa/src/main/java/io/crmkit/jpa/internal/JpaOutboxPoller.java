package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.spi.OutboxPoller;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The poller of {@code crm_event_outbox}: each poll is one transaction of its own entity manager
 * that finds the oldest undelivered rows and reads them with a pessimistic write lock ({@code
 * SELECT … FOR UPDATE} on every database and provider), hands them to the handler one by one and
 * sets {@code delivered_at_us} on each after the handler returned, and commits. A concurrent poll
 * blocks on the first locked row until this one ends, then skips the rows it marked: the polls take
 * turns, and never deliver one aggregate out of order.
 */
public final class JpaOutboxPoller implements OutboxPoller {
  private static final String PENDING = " where r.deliveredAt is null";
  private static final String OF_TENANT = " and r.tenant = :tenant";

  private final EntityManagerFactory factory;
  private final Clock clock;

  /** Creates a poller whose polls run in their own transactions of the factory. */
  public JpaOutboxPoller(EntityManagerFactory factory, Clock clock) {
    this.factory = requireNonNull(factory, "factory");
    this.clock = requireNonNull(clock, "clock");
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
    EntityManager em = factory.createEntityManager();
    try {
      EntityTransaction transaction = em.getTransaction();
      Throwable failure = null;
      int delivered = 0;
      try {
        transaction.begin();
        for (OutboxRow row : pending(em, tenant, max)) {
          try {
            handler.deliver(row.message());
          } catch (RuntimeException | Error e) {
            failure = e; // keep what was delivered before it; this one and the rest come again
            break;
          }
          row.deliveredAt = Micros.of("deliveredAt", clock.instant());
          delivered++;
        }
        transaction.commit();
      } catch (RuntimeException e) {
        rollBack(transaction, e);
        if (failure != null) {
          failure.addSuppressed(e);
        } else {
          throw Failures.translate(e, "the event outbox", (type, key) -> -1);
        }
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      } else if (failure instanceof Error error) {
        throw error;
      }
      return delivered;
    } finally {
      em.close();
    }
  }

  /**
   * Reads the oldest undelivered rows and locks them: first the sequence number of the {@code
   * max}-th without a lock, then the undelivered rows up to it with a pessimistic write lock and no
   * row limit, because EclipseLink on H2 writes {@code FOR UPDATE LIMIT ?}, which H2 refuses.
   * Returns at most {@code max} rows, lowest sequence first.
   */
  private static List<OutboxRow> pending(EntityManager em, @Nullable TenantId tenant, int max) {
    String where = PENDING + (tenant == null ? "" : OF_TENANT);
    List<Long> sequences =
        bind(
                em.createQuery(
                    "select r.sequence from OutboxRow r" + where + " order by r.sequence",
                    Long.class),
                tenant)
            .setMaxResults(max)
            .getResultList();
    if (sequences.isEmpty()) {
      return List.of();
    }
    List<OutboxRow> rows =
        bind(
                em.createQuery(
                    "select r from OutboxRow r"
                        + where
                        + " and r.sequence <= :upTo order by r.sequence",
                    OutboxRow.class),
                tenant)
            .setParameter("upTo", sequences.get(sequences.size() - 1))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return rows.size() > max ? rows.subList(0, max) : rows;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, @Nullable TenantId tenant) {
    return tenant == null ? query : query.setParameter("tenant", tenant.value());
  }

  private static void rollBack(EntityTransaction transaction, RuntimeException failure) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public String toString() {
    return "JpaOutboxPoller(" + factory + ")";
  }
}
