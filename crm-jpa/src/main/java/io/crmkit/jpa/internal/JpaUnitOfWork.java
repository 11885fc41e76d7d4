package io.crmkit.jpa.internal;

import io.crmkit.spi.ActivityRepository;
import io.crmkit.spi.ContactRepository;
import io.crmkit.spi.CustomerFactsRepository;
import io.crmkit.spi.CustomerRepository;
import io.crmkit.spi.FittedModelRepository;
import io.crmkit.spi.JobCheckpointRepository;
import io.crmkit.spi.LifecycleRepository;
import io.crmkit.spi.OutboxRepository;
import io.crmkit.spi.OwnershipRepository;
import io.crmkit.spi.PoolRepository;
import io.crmkit.spi.ReminderRepository;
import io.crmkit.spi.SegmentMembershipRepository;
import io.crmkit.spi.SegmentRepository;
import io.crmkit.spi.TierHistoryRepository;
import io.crmkit.spi.TierLadderRepository;
import io.crmkit.spi.UnitOfWork;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One unit of work of the JPA store, over one {@link EntityManager} inside one transaction (the
 * store's own, or the host's). Every repository call runs through {@link #call} or {@link #read},
 * which refuse use after the work returned and turn provider exceptions into crmkit's.
 *
 * <p>The store's own transaction ({@link #beginningOnFirstWrite}) begins at the first {@link
 * #call}: list queries ({@link #read}) that come before it run without one, each a statement of its
 * own that the database commits (on a pool with auto-commit on) — a unit of work that only lists
 * pays no {@code COMMIT} round trip. A read of that kind sees what was committed when it ran, as
 * every statement does under {@code READ COMMITTED}; what a later save changes is still guarded by
 * the version checks, and every write and every read after it share one transaction.
 */
public final class JpaUnitOfWork implements UnitOfWork {
  /**
   * Asks the provider to read a row from the database, not from a shared (second-level) cache; only
   * for reads in a fresh entity manager: EclipseLink's {@code find} with it does not see rows
   * persisted but not yet flushed in the same persistence context.
   */
  static final Map<String, Object> BYPASS_CACHE =
      Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS);

  private final EntityManager entityManager;
  private final @Nullable EntityTransaction ownTransaction;
  private final Database database;
  private boolean closed;

  /**
   * Starts a unit of work on an entity manager whose transaction is active.
   *
   * @param database the database behind it ({@link Database#detect})
   */
  public JpaUnitOfWork(EntityManager entityManager, Database database) {
    this(entityManager, null, database);
  }

  private JpaUnitOfWork(
      EntityManager entityManager, @Nullable EntityTransaction ownTransaction, Database database) {
    this.entityManager = entityManager;
    this.ownTransaction = ownTransaction;
    this.database = database;
  }

  /**
   * Starts a unit of work on a fresh resource-local entity manager whose transaction this unit
   * begins at its first {@link #call}; the caller commits it when {@link #inTransaction} says so.
   */
  public static JpaUnitOfWork beginningOnFirstWrite(
      EntityManager entityManager, Database database) {
    return new JpaUnitOfWork(entityManager, entityManager.getTransaction(), database);
  }

  /** Returns the database behind the unit's entity manager. */
  Database database() {
    return database;
  }

  /** Returns whether the unit's transaction is active (always, for a host's entity manager). */
  public boolean inTransaction() {
    return ownTransaction == null || ownTransaction.isActive();
  }

  @Override
  public CustomerRepository customers() {
    return new JpaCustomerRepository(this);
  }

  @Override
  public ContactRepository contacts() {
    return new JpaContactRepository(this);
  }

  @Override
  public ActivityRepository activities() {
    return new JpaActivityRepository(this);
  }

  @Override
  public CustomerFactsRepository facts() {
    return new JpaCustomerFactsRepository(this);
  }

  @Override
  public LifecycleRepository lifecycle() {
    return new JpaLifecycleRepository(this);
  }

  @Override
  public TierLadderRepository tierLadders() {
    return new JpaTierLadderRepository(this);
  }

  @Override
  public TierHistoryRepository tierHistories() {
    return new JpaTierHistoryRepository(this);
  }

  @Override
  public OwnershipRepository ownerships() {
    return new JpaOwnershipRepository(this);
  }

  @Override
  public PoolRepository pools() {
    return new JpaPoolRepository(this);
  }

  @Override
  public SegmentRepository segments() {
    return new JpaSegmentRepository(this);
  }

  @Override
  public SegmentMembershipRepository memberships() {
    return new JpaSegmentMembershipRepository(this);
  }

  @Override
  public ReminderRepository reminders() {
    return new JpaReminderRepository(this);
  }

  @Override
  public JobCheckpointRepository jobCheckpoints() {
    return new JpaJobCheckpointRepository(this);
  }

  @Override
  public FittedModelRepository fittedModels() {
    return new JpaFittedModelRepository(this);
  }

  @Override
  public OutboxRepository outbox() {
    return new JpaOutboxRepository(this);
  }

  /**
   * Flushes every pending write, turning provider exceptions into crmkit's; nothing to do before
   * the own transaction began, since every write begins it.
   */
  public void flush() {
    if (inTransaction()) {
      call("this unit of work", () -> flushNow());
    }
  }

  /** Ends the unit of work: later calls through its repositories are refused. */
  public void close() {
    closed = true;
  }

  /** Returns the committed version of a row, read in a fresh entity manager; -1 if none. */
  public static long storedVersion(EntityManagerFactory factory, Class<?> rowType, Object key) {
    try {
      EntityManager fresh = factory.createEntityManager();
      try {
        Object row = fresh.find(rowType, key, BYPASS_CACHE);
        return row instanceof VersionedRow versioned ? versioned.version() : -1;
      } finally {
        fresh.close();
      }
    } catch (RuntimeException e) {
      return -1;
    }
  }

  EntityManager entityManager() {
    return entityManager;
  }

  /**
   * Runs one repository operation in the unit's transaction (beginning the own transaction if it
   * has not begun), turning provider exceptions into crmkit's.
   */
  <T> T call(String what, Supplier<T> operation) {
    requireOpen();
    return translated(
        what,
        () -> {
          if (ownTransaction != null && !ownTransaction.isActive()) {
            ownTransaction.begin();
          }
          return operation.get();
        });
  }

  /**
   * Runs one query that reads and writes nothing, such as a list: in the transaction once it has
   * begun, before that without one (see the class comment).
   */
  <T> T read(String what, Supplier<T> query) {
    requireOpen();
    return translated(what, query);
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException(
          "this unit of work has ended; start a new one with inTransaction");
    }
  }

  private <T> T translated(String what, Supplier<T> operation) {
    try {
      return operation.get();
    } catch (PersistenceException e) {
      throw Failures.translate(
          e,
          what,
          (type, key) -> storedVersion(entityManager.getEntityManagerFactory(), type, key));
    }
  }

  /** Flushes now (inside {@link #call}). */
  @Nullable Void flushNow() {
    entityManager.flush();
    return null;
  }
}
