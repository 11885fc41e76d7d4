package io.crmkit.jpa;

import static java.util.Objects.requireNonNull;

import io.crmkit.jpa.internal.Database;
import io.crmkit.jpa.internal.Failures;
import io.crmkit.jpa.internal.JpaOutboxPoller;
import io.crmkit.jpa.internal.JpaUnitOfWork;
import io.crmkit.spi.CrmStore;
import io.crmkit.spi.OutboxPoller;
import io.crmkit.spi.StoreCapability;
import io.crmkit.spi.TransactionWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CrmStore} on Jakarta Persistence: crmkit's data in the host's relational database (H2,
 * PostgreSQL or MariaDB, schema from {@link CrmSchema}), through the host's provider (tested with
 * Hibernate 7.4 and EclipseLink 5.0).
 *
 * <p>Two ways to run units of work:
 *
 * <ul>
 *   <li>{@link #create(EntityManagerFactory)}: every outermost {@link #inTransaction} opens its own
 *       entity manager and resource-local transaction, commits when the work returns and rolls back
 *       when it throws. The transaction begins at the work's first repository call other than a
 *       reminder list or count: a unit of work that only lists reminders runs its queries without
 *       one (each sees what was committed when it ran, as under {@code READ COMMITTED}) and pays no
 *       {@code COMMIT}; every write, and every read after it, is in the transaction;
 *   <li>{@link #joining(Supplier)}: every unit of work uses the entity manager the host supplies,
 *       inside the transaction the host already began; crmkit flushes at the end of the work (so
 *       that conflicts surface as crmkit exceptions) and never commits — the host does, and rolls
 *       back when {@code inTransaction} throws.
 * </ul>
 *
 * <p>What the persistence unit needs: the classes of {@link #managedClassNames()}; the shared
 * (second-level) cache off for them ({@code shared-cache-mode NONE}; EclipseLink turns it on by
 * default, and a find served from it may return a state older than the database's); and for bulk
 * writes JDBC batching, which each provider configures its own way: Hibernate {@code
 * hibernate.jdbc.batch_size=50} (with {@code hibernate.order_inserts=true}), EclipseLink {@code
 * eclipselink.jdbc.batch-writing=JDBC} and {@code eclipselink.jdbc.batch-writing.size=50}; on
 * PostgreSQL add {@code reWriteBatchedInserts=true} to the JDBC URL. Hosts without a JPA setup of
 * their own get such a unit from {@link CrmPersistenceUnit}.
 *
 * <p>Saves are optimistic: a row keeps crm-core's version in a column of its own (1 after the
 * insert, one more per save), compared before every save, and the provider's {@code @Version} in
 * another ({@code lock_version}), which guards every update against concurrent ones. A stale save
 * throws {@link io.crmkit.core.shared.ConcurrentUpdateException} from the save, a later read, or
 * the commit, and the whole unit of work is rolled back. Constraint violations become {@link
 * io.crmkit.core.shared.CrmException}s, never a raw {@code PersistenceException}.
 *
 * <p><b>What it stores:</b> every repository of the SPI's {@link io.crmkit.spi.UnitOfWork} —
 * customers, contacts, activities, customer facts, lifecycle histories, tier ladders and histories,
 * ownerships and public pools, segments and memberships, reminders, batch-job checkpoints and
 * fitted models — and the event outbox ({@link StoreCapability#EVENT_OUTBOX}): {@code CrmKit}
 * appends the events of a unit of work to {@code crm_event_outbox} in its transaction, and {@link
 * #outboxPoller} delivers them. It passes the whole crm-tck on H2, PostgreSQL and MariaDB with
 * Hibernate and EclipseLink.
 *
 * <p>Large loads of new customers with their contacts and activities go through {@link
 * JpaBulkImport} (chunked transactions, no read before each insert) rather than one unit of work
 * per record.
 *
 * @since 0.1
 */
public final class JpaCrmStore implements CrmStore {
  private static final List<String> MANAGED_CLASSES =
      List.of(
          "io.crmkit.jpa.internal.CustomerRow",
          "io.crmkit.jpa.internal.CustomerTagRow",
          "io.crmkit.jpa.internal.CustomerNameKeyRow",
          "io.crmkit.jpa.internal.ContactRow",
          "io.crmkit.jpa.internal.ContactKeyRow",
          "io.crmkit.jpa.internal.ActivityRow",
          "io.crmkit.jpa.internal.CustomerFactsRow",
          "io.crmkit.jpa.internal.ReminderRow",
          "io.crmkit.jpa.internal.JobCheckpointRow",
          "io.crmkit.jpa.internal.JobRangeRow",
          "io.crmkit.jpa.internal.FittedModelRow",
          "io.crmkit.jpa.internal.FittedModelParameterRow",
          "io.crmkit.jpa.internal.OutboxRow",
          "io.crmkit.jpa.internal.LifecycleRow",
          "io.crmkit.jpa.internal.LifecycleChangeRow",
          "io.crmkit.jpa.internal.TierLadderRow",
          "io.crmkit.jpa.internal.TierHistoryRow",
          "io.crmkit.jpa.internal.TierAssignmentRow",
          "io.crmkit.jpa.internal.PoolRow",
          "io.crmkit.jpa.internal.OwnershipRow",
          "io.crmkit.jpa.internal.OwnershipMoveRow",
          "io.crmkit.jpa.internal.SegmentRow",
          "io.crmkit.jpa.internal.MembershipRow");

  private final @Nullable EntityManagerFactory factory;
  private final @Nullable Supplier<EntityManager> hostEntityManager;
  private final ThreadLocal<@Nullable JpaUnitOfWork> current = new ThreadLocal<>();

  /** The database behind the entity managers, once detected ({@link #database}). */
  private volatile @Nullable Database database;

  private JpaCrmStore(
      @Nullable EntityManagerFactory factory, @Nullable Supplier<EntityManager> hostEntityManager) {
    this.factory = factory;
    this.hostEntityManager = hostEntityManager;
  }

  /**
   * Returns a store that runs every unit of work in its own entity manager and resource-local
   * transaction of the factory.
   *
   * @param factory a factory whose persistence unit manages {@link #managedClassNames()}
   * @return the store
   */
  public static JpaCrmStore create(EntityManagerFactory factory) {
    return new JpaCrmStore(requireNonNull(factory, "factory"), null);
  }

  /**
   * Returns a store that joins the host's transaction: every unit of work uses the entity manager
   * {@code entityManager} returns, which must be joined to an active transaction.
   *
   * @param entityManager supplies the host's current entity manager (for example a container's
   *     transaction-scoped one)
   * @return the store
   */
  public static JpaCrmStore joining(Supplier<EntityManager> entityManager) {
    return new JpaCrmStore(null, requireNonNull(entityManager, "entityManager"));
  }

  /**
   * Returns the fully qualified names of the row classes a persistence unit must manage for this
   * store ({@code <class>} entries of {@code persistence.xml}, or {@code
   * PersistenceConfiguration.managedClass}).
   *
   * @return the class names, in a fixed order
   */
  public static List<String> managedClassNames() {
    return MANAGED_CLASSES;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if a joining store's entity manager is not in a transaction
   */
  @Override
  public <T> T inTransaction(TransactionWork<T> work) {
    requireNonNull(work, "work");
    JpaUnitOfWork outer = current.get();
    if (outer != null) {
      return work.execute(outer);
    }
    return factory != null ? ownTransaction(factory, work) : hostTransaction(work);
  }

  /**
   * Returns the poller of the event outbox in the factory's database ({@code crm_event_outbox}),
   * which runs every poll in a transaction of its own; it serves a {@link #joining} store as well,
   * given a factory of the same persistence unit.
   *
   * <p>A poll reads the oldest undelivered messages with a pessimistic write lock ({@code SELECT …
   * FOR UPDATE}), hands them to the handler one by one, marks each delivered ({@code
   * delivered_at_us}, from {@code clock}) after the handler returned, and commits; when the handler
   * throws, it commits the marks of the messages before and rethrows. A concurrent poll waits for
   * the locked rows (up to the database's lock timeout, after which it fails with a {@link
   * io.crmkit.core.shared.StorageException}) and then continues after them, so that pollers take
   * turns. Delivered rows stay in the table; delete old ones with SQL when they are no longer
   * needed.
   *
   * @param factory a factory whose persistence unit manages {@link #managedClassNames()}
   * @param clock the clock delivery instants are read from
   * @return the poller
   * @since 0.1
   */
  public static OutboxPoller outboxPoller(EntityManagerFactory factory, Clock clock) {
    return new JpaOutboxPoller(factory, clock);
  }

  /**
   * Returns atomic units of work, thread safety and durability (as durable as the database: an
   * in-memory H2 database is not), an event outbox, and for a {@link #joining} store the joining of
   * host transactions.
   */
  @Override
  public Set<StoreCapability> capabilities() {
    EnumSet<StoreCapability> capabilities =
        EnumSet.of(
            StoreCapability.ATOMIC_UNITS_OF_WORK,
            StoreCapability.THREAD_SAFE,
            StoreCapability.DURABLE,
            StoreCapability.EVENT_OUTBOX);
    if (hostEntityManager != null) {
      capabilities.add(StoreCapability.JOINS_HOST_TRANSACTION);
    }
    return capabilities;
  }

  /**
   * Returns the database behind the store, detected once ({@link Database#detect}): from {@code
   * em}, else, for a store with its own factory, from an entity manager of its own in a transaction
   * that is rolled back. A joining store whose host entity manager hands over no connection yet
   * gets {@link Database#OTHER} and tries again with its next unit of work.
   */
  Database database(EntityManager em) {
    Database known = database;
    if (known != null) {
      return known;
    }
    known = Database.detect(em);
    if (known == null && factory != null) {
      known = detectInTransaction(factory);
    }
    if (known == null) {
      return Database.OTHER;
    }
    database = known;
    return known;
  }

  private static @Nullable Database detectInTransaction(EntityManagerFactory factory) {
    EntityManager em = factory.createEntityManager();
    try {
      EntityTransaction transaction = em.getTransaction();
      transaction.begin();
      try {
        return Database.detect(em);
      } finally {
        transaction.rollback();
      }
    } finally {
      em.close();
    }
  }

  private <T> T ownTransaction(EntityManagerFactory factory, TransactionWork<T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      EntityTransaction transaction = em.getTransaction();
      // begun by the unit's first call that is not a plain list query (JpaUnitOfWork)
      JpaUnitOfWork unitOfWork = JpaUnitOfWork.beginningOnFirstWrite(em, database(em));
      current.set(unitOfWork);
      try {
        T result = work.execute(unitOfWork);
        unitOfWork.flush();
        if (transaction.isActive()) {
          try {
            transaction.commit();
          } catch (RuntimeException e) {
            throw Failures.translate(
                e, null, (type, key) -> JpaUnitOfWork.storedVersion(factory, type, key));
          }
        }
        return result;
      } catch (RuntimeException | Error e) {
        rollback(transaction, e);
        throw e;
      } finally {
        current.remove();
        unitOfWork.close();
      }
    } finally {
      em.close();
    }
  }

  private <T> T hostTransaction(TransactionWork<T> work) {
    EntityManager em = requireNonNull(hostEntityManager).get();
    if (em == null || !em.isJoinedToTransaction()) {
      throw new IllegalStateException(
          "the host's entity manager must be joined to an active transaction");
    }
    JpaUnitOfWork unitOfWork = new JpaUnitOfWork(em, database(em));
    current.set(unitOfWork);
    try {
      T result = work.execute(unitOfWork);
      unitOfWork.flush();
      return result;
    } catch (RuntimeException | Error e) {
      markRollbackOnly(em, e);
      throw e;
    } finally {
      current.remove();
      unitOfWork.close();
    }
  }

  private static void rollback(EntityTransaction transaction, Throwable failure) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void markRollbackOnly(EntityManager em, Throwable failure) {
    try {
      // resource-local: make sure the host cannot commit half a unit of work; a JTA entity
      // manager refuses getTransaction(), and the host's container rolls back on the exception
      EntityTransaction transaction = em.getTransaction();
      if (transaction.isActive()) {
        transaction.setRollbackOnly();
      }
    } catch (IllegalStateException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public String toString() {
    return factory != null ? "JpaCrmStore(own transactions)" : "JpaCrmStore(host transactions)";
  }
}
