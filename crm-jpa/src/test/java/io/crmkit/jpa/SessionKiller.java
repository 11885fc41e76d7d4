package io.crmkit.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Kills, from a session of its own, the one other session that has written to a test schema and not
 * committed, the way an operator or a crash would: H2 {@code ABORT_SESSION}, PostgreSQL {@code
 * pg_terminate_backend}, MariaDB {@code KILL CONNECTION}. Only sessions of the test's own schema
 * (database on MariaDB, in-memory database on H2) are candidates, so that tests running beside it
 * are never touched.
 */
final class SessionKiller {
  private SessionKiller() {}

  /** Kills the writing sessions of the schema and waits until they are gone; returns how many. */
  static int killTheOtherWriter(TestDatabase.Schema schema) {
    try (Connection c = schema.dataSource().getConnection()) {
      List<Long> writers = writers(c, schema);
      for (long session : writers) {
        kill(c, schema.database(), session);
      }
      awaitGone(c, schema, writers);
      return writers.size();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot kill the writing session: " + e.getMessage(), e);
    }
  }

  private static List<Long> writers(Connection c, TestDatabase.Schema schema) throws SQLException {
    String sql =
        switch (schema.database()) {
          case H2 ->
              "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS"
                  + " WHERE CONTAINS_UNCOMMITTED AND SESSION_ID <> SESSION_ID()";
          case POSTGRESQL ->
              "SELECT DISTINCT l.pid FROM pg_locks l JOIN pg_class t ON t.oid = l.relation"
                  + " JOIN pg_namespace n ON n.oid = t.relnamespace"
                  + " WHERE n.nspname = ? AND t.relname = 'crm_customer'"
                  + " AND l.pid <> pg_backend_pid()";
          case MARIADB ->
              "SELECT t.trx_mysql_thread_id FROM information_schema.innodb_trx t"
                  + " JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id"
                  + " WHERE p.db = ? AND p.id <> CONNECTION_ID()";
        };
    List<Long> sessions = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (schema.database() != TestDatabase.H2) {
        // an in-memory H2 database is the test's own
        s.setString(1, name(schema));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sessions.add(rs.getLong(1));
        }
      }
    }
    return sessions;
  }

  private static void kill(Connection c, TestDatabase database, long session) throws SQLException {
    String sql =
        switch (database) {
          case H2 -> "SELECT ABORT_SESSION(?)";
          case POSTGRESQL -> "SELECT pg_terminate_backend(?)";
          case MARIADB -> "KILL CONNECTION " + session;
        };
    try (PreparedStatement s = c.prepareStatement(sql)) {
      if (database == TestDatabase.H2) {
        s.setLong(1, session);
      } else if (database == TestDatabase.POSTGRESQL) {
        s.setInt(1, Math.toIntExact(session));
      }
      s.execute();
    }
  }

  /** Waits until the killed sessions are gone: PostgreSQL ends a terminated backend a bit later. */
  private static void awaitGone(Connection c, TestDatabase.Schema schema, List<Long> killed)
      throws SQLException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (writers(c, schema).stream().anyMatch(killed::contains)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the killed sessions " + killed + " are still there");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Returns the schema's name: PostgreSQL's {@code currentSchema}, MariaDB's database. */
  private static String name(TestDatabase.Schema schema) {
    String url = schema.url();
    return switch (schema.database()) {
      case H2 -> throw new IllegalArgumentException("an H2 database has one schema only");
      case POSTGRESQL -> {
        int at = url.indexOf("currentSchema=") + "currentSchema=".length();
        int end = url.indexOf('&', at);
        yield end < 0 ? url.substring(at) : url.substring(at, end);
      }
      case MARIADB -> {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        yield path.substring(path.lastIndexOf('/') + 1);
      }
    };
  }
}
