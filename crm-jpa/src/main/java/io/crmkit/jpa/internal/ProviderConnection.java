package io.crmkit.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Reads through the JDBC connection an entity manager hands over, in the two ways JPA offers: first
 * {@link EntityManager#callWithConnection} (JPA 3.2; Hibernate hands over its transaction's
 * connection), then {@code em.unwrap(Connection.class)} (EclipseLink, whose {@code
 * callWithConnection} hands over its server session's connection instead). A way is skipped when
 * the provider does not offer it, hands over no connection, or the read returns {@code null} on the
 * connection it handed over (e.g. because that connection does not see the transaction's
 * uncommitted rows).
 */
final class ProviderConnection {
  /** How the connection was handed over. */
  enum Access {
    CALL_WITH_CONNECTION,
    UNWRAP
  }

  /** A read on a connection. */
  @FunctionalInterface
  interface Read<T> {
    /** Returns what was read, or {@code null} to try the next way. */
    @Nullable T apply(Connection connection) throws SQLException;
  }

  /**
   * What a read returned, the way its connection was handed over and, for {@link Access#UNWRAP},
   * the connection, which stays valid for the entity manager's transaction.
   */
  record Handed<T>(T value, Access access, @Nullable Connection unwrapped) {}

  private ProviderConnection() {}

  /**
   * Runs {@code read} on the connection handed over the first way that gives a non-null value.
   *
   * @return the value and the way, or {@code null} when no way gave one
   * @throws SQLException when the read fails on a handed-over connection
   */
  static <T> @Nullable Handed<T> read(EntityManager em, Read<T> read) throws SQLException {
    try {
      T value =
          em.<Connection, @Nullable T>callWithConnection(
              connection -> connection == null ? null : read.apply(connection));
      if (value != null) {
        return new Handed<>(value, Access.CALL_WITH_CONNECTION, null);
      }
    } catch (UnsupportedOperationException | AbstractMethodError | PersistenceException e) {
      // the provider does not hand a connection over this way: try unwrap
    } catch (RuntimeException e) {
      // Hibernate wraps the SQLException of the read
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e;
    }
    Connection connection;
    try {
      connection = em.unwrap(Connection.class);
    } catch (PersistenceException e) {
      return null; // the provider does not unwrap to a connection
    }
    T value = connection == null ? null : read.apply(connection);
    return value == null ? null : new Handed<>(value, Access.UNWRAP, connection);
  }
}
