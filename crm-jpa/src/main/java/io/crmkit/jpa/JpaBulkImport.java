package io.crmkit.jpa;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.StorageException;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.jpa.internal.BulkChunk;
import io.crmkit.jpa.internal.Failures;
import io.crmkit.jpa.internal.JpaUnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * The bulk import path of crm-jpa: loads many new customers, each with its contacts and activities,
 * much faster than one unit of work per record, in chunks of customers that are each one
 * transaction.
 *
 * <pre>{@code
 * ImportReport report =
 *     JpaBulkImport.into(entityManagerFactory, clock)
 *         .withChunkSize(1000)
 *         .run(tenant, customers);   // Iterable<CustomerImport>, read twice
 * }</pre>
 *
 * <p>How it runs:
 *
 * <ol>
 *   <li><b>Checks first.</b> Every input is checked before anything is written, the way crm-core's
 *       services check a registration, a new contact or a recorded activity: every customer of the
 *       tenant and new (version 0, not stored yet), every id once in the import, contacts and
 *       activities of the customer they come with, no order dated after today and no interaction or
 *       feedback in the future (by the clock), an interaction's or feedback's contact one of the
 *       customer's, a renewed contract one of the customer's contracts, activities only for active
 *       customers, every parent an active customer (imported or stored) with no cycle and at most
 *       {@link io.crmkit.core.CustomerService#MAX_GROUP_DEPTH} levels. One {@link
 *       ValidationException} lists every problem, and nothing is stored. The checks keep the ids of
 *       the input in memory (about 100 bytes per customer, contact and activity) and read the
 *       stored customers 500 ids per query.
 *   <li><b>Then writes, chunk by chunk.</b> The input is read a second time; each chunk of {@link
 *       #withChunkSize chunk-size} customers is one transaction in a new entity manager. Its first
 *       customer is persisted and flushed through the entity manager; the rows of the others are
 *       gathered and, every {@link #withFlushSize flush-size} customers, inserted with JDBC batches
 *       of 50 on the transaction's own connection — the one {@link EntityManager#runWithConnection}
 *       hands over (Hibernate), else {@code em.unwrap(Connection.class)} (EclipseLink 5, whose
 *       {@code runWithConnection} hands another connection), used only after it has shown that it
 *       sees the flushed, uncommitted first customer. The inserts are derived from the row classes'
 *       mappings and bind the values crm-jpa's mappers put into the rows, so the rows are exactly
 *       the ones the provider would write, and the provider builds no entity state for them; the
 *       lock version of every row is the one the provider gave the first customer. A provider that
 *       offers neither connection gets every row persisted, flushed and cleared every flush-size
 *       customers. Then the chunk commits. A customer, its contacts, its activities, its {@link
 *       CustomerFacts} — folded from its activities by crm-core's {@link CustomerFacts#rebuild} —
 *       and its ownership are always in the same chunk, so a failure or crash never leaves part of
 *       a customer stored. The rows are written at version 1, as the repositories' first save
 *       writes them.
 * </ol>
 *
 * <p>A customer with an owner gets the ownership crm-core's registration stores ({@link
 * io.crmkit.core.ownership.Ownership#registered}: the owner assigned by themselves, one move), at
 * the customer's creation instant, so that {@code CrmKit.ownership()} sees the owner the customer
 * row names. The import publishes no events (neither the registrations' nor that move's).
 *
 * <p>If a chunk fails (a database error, a lost connection, a contact or activity id stored already
 * by someone else, which the checks do not look for), that chunk is rolled back and the exception
 * propagates; the chunks committed before it stay. The progress listener of {@link #run(TenantId,
 * Iterable, Consumer)} learns about each committed chunk, so that a host can resume after the
 * customers it has seen committed.
 *
 * @since 0.1
 */
public final class JpaBulkImport {
  /** Customers per chunk (transaction) unless {@link #withChunkSize} says otherwise. */
  public static final int DEFAULT_CHUNK_SIZE = 1000;

  /**
   * Customers between two writes of a chunk's rows unless {@link #withFlushSize} says otherwise: as
   * many as a default chunk holds, so a default chunk is written once, when it ends (on H2 that
   * imported 100k customers in about 45 s instead of 56 s with a write every 100 customers; the
   * rows of 1,000 customers take a few megabytes).
   */
  public static final int DEFAULT_FLUSH_SIZE = 1000;

  private final EntityManagerFactory factory;
  private final Clock clock;
  private final int chunkSize;
  private final int flushSize;

  private JpaBulkImport(EntityManagerFactory factory, Clock clock, int chunkSize, int flushSize) {
    this.factory = factory;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.flushSize = flushSize;
  }

  /**
   * Returns an import into the database of the factory, with the default chunk and flush sizes.
   *
   * @param factory a factory whose persistence unit manages {@link JpaCrmStore#managedClassNames()}
   *     (the one a {@link JpaCrmStore#create} store uses)
   * @param clock tells the checks today's date and the current instant
   * @return the import
   */
  public static JpaBulkImport into(EntityManagerFactory factory, Clock clock) {
    return new JpaBulkImport(
        requireNonNull(factory, "factory"),
        requireNonNull(clock, "clock"),
        DEFAULT_CHUNK_SIZE,
        DEFAULT_FLUSH_SIZE);
  }

  /**
   * Returns this import with another number of customers per chunk (transaction).
   *
   * @throws ValidationException if {@code customers} is less than 1
   */
  public JpaBulkImport withChunkSize(int customers) {
    positive("chunkSize", customers);
    return new JpaBulkImport(factory, clock, customers, flushSize);
  }

  /**
   * Returns this import with another number of customers between two writes (JDBC batches, or
   * flushes) within a chunk: the rows of that many customers are held in memory.
   *
   * @throws ValidationException if {@code customers} is less than 1
   */
  public JpaBulkImport withFlushSize(int customers) {
    positive("flushSize", customers);
    return new JpaBulkImport(factory, clock, chunkSize, customers);
  }

  /**
   * Checks every customer, then stores them chunk by chunk; see the class description.
   *
   * @param tenant the tenant every imported customer belongs to
   * @param customers the customers to import; read twice (once to check, once to write), and must
   *     yield the same customers in the same order both times, as a collection does
   * @return what was stored
   * @throws ValidationException listing every problem of the input; nothing was stored
   * @throws ConcurrentUpdateException if a chunk met a row stored by someone else
   * @throws StorageException if a chunk failed in the database; earlier chunks stay committed
   * @throws IllegalStateException if the second reading yields a customer the first did not
   */
  public ImportReport run(TenantId tenant, Iterable<CustomerImport> customers) {
    return run(tenant, customers, report -> {});
  }

  /**
   * Checks every customer, then stores them chunk by chunk, telling {@code afterEachChunk} the
   * totals stored so far after every commit; see the class description.
   *
   * @param tenant the tenant every imported customer belongs to
   * @param customers the customers to import; read twice (once to check, once to write), and must
   *     yield the same customers in the same order both times, as a collection does
   * @param afterEachChunk told the totals after each committed chunk
   * @return what was stored
   * @throws ValidationException listing every problem of the input; nothing was stored
   * @throws ConcurrentUpdateException if a chunk met a row stored by someone else
   * @throws StorageException if a chunk failed in the database; earlier chunks stay committed
   * @throws IllegalStateException if the second reading yields a customer the first did not
   */
  public ImportReport run(
      TenantId tenant, Iterable<CustomerImport> customers, Consumer<ImportReport> afterEachChunk) {
    requireNonNull(tenant, "tenant");
    requireNonNull(customers, "customers");
    requireNonNull(afterEachChunk, "afterEachChunk");
    ImportCheck check = check(tenant, customers);
    ImportReport total = ImportReport.none();
    Iterator<CustomerImport> input = customers.iterator();
    while (input.hasNext()) {
      total = total.plus(writeChunk(tenant, input, check, total.chunks() + 1));
      afterEachChunk.accept(total);
    }
    if (total.customers() != check.count()) {
      throw new IllegalStateException(
          "the customers to import yielded "
              + check.count()
              + " customers when checked but "
              + total.customers()
              + " when written; pass an iterable that yields the same customers every time");
    }
    return total;
  }

  private ImportCheck check(TenantId tenant, Iterable<CustomerImport> customers) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    EntityManager em = factory.createEntityManager();
    try {
      return ImportCheck.of(em, tenant, now, today, customers);
    } catch (PersistenceException e) {
      throw translate(e, "the checks of the bulk import");
    } finally {
      em.close();
    }
  }

  private ImportReport writeChunk(
      TenantId tenant, Iterator<CustomerImport> input, ImportCheck check, int chunk) {
    EntityManager em = factory.createEntityManager();
    try {
      EntityTransaction transaction = em.getTransaction();
      transaction.begin();
      try {
        BulkChunk rows = new BulkChunk(em, flushSize);
        long customers = 0;
        long contacts = 0;
        long activities = 0;
        long facts = 0;
        while (customers < chunkSize && input.hasNext()) {
          CustomerImport next = requireNonNull(input.next(), "a customer to import");
          if (!check.saw(next.customer().id())) {
            throw new IllegalStateException(
                "customer "
                    + next.customer().id()
                    + " was not among the customers checked; pass an iterable that yields the"
                    + " same customers every time");
          }
          CustomerFacts folded =
              next.activities().isEmpty()
                  ? null
                  : CustomerFacts.rebuild(tenant, next.customer().id(), next.activities());
          rows.add(next.customer(), next.contacts(), next.activities(), folded);
          customers++;
          contacts += next.contacts().size();
          activities += next.activities().size();
          facts += folded == null ? 0 : 1;
        }
        rows.finish();
        transaction.commit();
        return new ImportReport(customers, contacts, activities, facts, 1);
      } catch (RuntimeException | Error e) {
        rollback(transaction, e);
        if (e instanceof PersistenceException p) {
          throw translate(p, "chunk " + chunk + " of the bulk import");
        }
        throw e;
      }
    } finally {
      em.close();
    }
  }

  private RuntimeException translate(PersistenceException failure, String what) {
    return Failures.translate(
        failure, what, (type, key) -> JpaUnitOfWork.storedVersion(factory, type, key));
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

  private static void positive(String field, int value) {
    if (value < 1) {
      throw ValidationException.of(field, value, "must be at least 1");
    }
  }

  @Override
  public String toString() {
    return "JpaBulkImport(chunks of " + chunkSize + ", flush every " + flushSize + ")";
  }
}
