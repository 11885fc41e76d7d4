package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One chunk of the bulk import, written in the transaction of its entity manager.
 *
 * <p>The first customer is persisted and flushed through the entity manager, which makes the
 * provider start its transaction on its connection. The rows of the others are gathered and, every
 * flush-size customers, inserted with JDBC batches ({@link RowInserts}) on that same connection, so
 * that the provider builds no entity state for them. The connection is the one {@link
 * EntityManager#runWithConnection} hands over (Hibernate) or else {@code
 * em.unwrap(Connection.class)} (EclipseLink, whose {@code runWithConnection} hands the connection
 * of its server session rather than the transaction's), and it is used only once it has proved to
 * be the transaction's: it sees the flushed, uncommitted first customer, whose lock version every
 * inserted row then gets. A provider that offers neither gets every row persisted, flushed and
 * cleared every flush-size customers.
 */
public final class BulkChunk {
  /** Rows per JDBC batch of the inserts: the batch size crm-jpa's persistence unit sets. */
  public static final int BATCH_SIZE = 50;

  /** How the gathered rows reach the database. */
  private enum Route {
    UNDECIDED,
    RUN_WITH_CONNECTION,
    UNWRAPPED_CONNECTION,
    PERSIST
  }

  private final EntityManager em;
  private final int flushSize;
  private final RowInserts rows = new RowInserts(BATCH_SIZE);
  private @Nullable Object first;
  private @Nullable Connection unwrapped;
  private long lockVersion;
  private long customers;
  private Route route = Route.UNDECIDED;

  /**
   * Starts a chunk in the active transaction of {@code em}.
   *
   * @param flushSize customers between two writes of the gathered rows
   */
  public BulkChunk(EntityManager em, int flushSize) {
    this.em = em;
    this.flushSize = flushSize;
  }

  /**
   * Adds a new customer with its contacts, activities and facts to the chunk; writes the rows
   * gathered so far when flush-size customers have been added since the last write.
   *
   * @param facts the customer's facts, or {@code null} to store none
   */
  public void add(
      Customer customer,
      List<Contact> contacts,
      List<RecordedActivity> activities,
      @Nullable CustomerFacts facts) {
    if (customers == 0) {
      BulkRows.of(
          customer,
          contacts,
          activities,
          facts,
          row -> {
            if (first == null) {
              first = row;
            }
            em.persist(row);
          });
      em.flush();
    } else {
      BulkRows.of(customer, contacts, activities, facts, rows::add);
    }
    customers++;
    if (customers % flushSize == 0) {
      write();
    }
  }

  /**
   * Returns whether the rows gathered so far were inserted with JDBC batches rather than persisted;
   * false until the first write.
   */
  public boolean insertsWithJdbc() {
    return route == Route.RUN_WITH_CONNECTION || route == Route.UNWRAPPED_CONNECTION;
  }

  /** Writes the rows gathered since the last write; the caller commits next. */
  public void finish() {
    write();
    em.flush();
  }

  private void write() {
    if (rows.isEmpty()) {
      return;
    }
    if (route == Route.UNDECIDED) {
      route = decide();
    }
    try {
      switch (route) {
        case RUN_WITH_CONNECTION ->
            em.<Connection>runWithConnection(connection -> rows.insert(connection, lockVersion));
        case UNWRAPPED_CONNECTION -> rows.insert(requireNonNull(unwrapped), lockVersion);
        default -> {
          rows.drainTo(em::persist);
          em.flush();
          em.clear();
        }
      }
    } catch (SQLException e) {
      throw failed(e);
    } catch (PersistenceException e) {
      throw e;
    } catch (RuntimeException e) {
      // Hibernate's runWithConnection wraps the SQLException in a RuntimeException
      if (e.getCause() instanceof SQLException sql) {
        throw failed(sql);
      }
      throw e;
    }
  }

  private static PersistenceException failed(SQLException e) {
    return new PersistenceException("the JDBC inserts failed: " + e.getMessage(), e);
  }

  /** Finds the transaction's connection, and the lock version of new rows, or else persists. */
  private Route decide() {
    Object row = requireNonNull(first, "the chunk's first row");
    ProviderConnection.Handed<Long> seen;
    try {
      seen =
          ProviderConnection.read(
              em,
              connection -> {
                OptionalLong version = RowInserts.storedLockVersion(connection, row);
                return version.isPresent() ? version.getAsLong() : null;
              });
    } catch (SQLException e) {
      throw new PersistenceException("cannot read the chunk's first row: " + e.getMessage(), e);
    }
    if (seen == null) {
      return Route.PERSIST;
    }
    lockVersion = seen.value();
    unwrapped = seen.unwrapped();
    return seen.access() == ProviderConnection.Access.UNWRAP
        ? Route.UNWRAPPED_CONNECTION
        : Route.RUN_WITH_CONNECTION;
  }
}
