package io.crmkit.benchmarks;

import io.crmkit.core.shared.StorageException;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checks B3's set-up, tear-down and tests share. */
final class ImportChecks {
  /** Every table B3 writes, each with its primary key columns. */
  static final List<List<String>> TABLES =
      List.of(
          List.of("crm_customer", "tenant_id", "id"),
          List.of("crm_customer_tag", "tenant_id", "customer_id", "tag"),
          List.of("crm_customer_name_key", "tenant_id", "customer_id", "search_key"),
          List.of("crm_ownership", "tenant_id", "customer_id"),
          List.of("crm_ownership_move", "tenant_id", "customer_id", "move_no"),
          List.of("crm_contact", "tenant_id", "id"),
          List.of("crm_contact_key", "tenant_id", "contact_id", "search_key"),
          List.of("crm_activity", "tenant_id", "id"),
          List.of("crm_customer_facts", "tenant_id", "customer_id"));

  private ImportChecks() {}

  /**
   * Imports the data through the library and through JDBC, each into a fresh schema of its own, and
   * requires both to hold the same rows in every table; drops both schemas.
   *
   * @return the digest both agree on
   * @throws IllegalStateException naming every table that differs
   */
  static TableDigest requireSameRows(BenchDatabase database, ImportData data) {
    try (BenchDatabase.Schema library = database.open("b3lib");
        BenchDatabase.Schema jdbc = database.open("b3jdbc")) {
      EntityManagerFactory factory = BenchJpa.hibernate(library);
      try {
        LibraryImport.run(factory, data);
      } finally {
        factory.close();
      }
      JdbcImport.run(jdbc, data);
      TableDigest expected = TableDigest.of(jdbc, TABLES);
      TableDigest.of(library, TABLES)
          .requireSame(expected, "on " + database + " the library's and the JDBC import's rows");
      requireCounts(library, data);
      return expected;
    }
  }

  /**
   * Requires the schema to hold exactly the customers, contacts, orders and facts of the data.
   *
   * @throws IllegalStateException naming every table with another count
   */
  static void requireCounts(BenchDatabase.Schema schema, ImportData data) {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("crm_customer", (long) data.customers().size());
    expected.put(
        "crm_customer_tag", data.customers().stream().mapToLong(c -> c.tags().size()).sum());
    long owned = data.customers().stream().filter(c -> c.owner() != null).count();
    expected.put("crm_ownership", owned);
    expected.put("crm_ownership_move", owned);
    expected.put("crm_contact", (long) data.contacts().size());
    expected.put("crm_activity", (long) data.orders().size());
    expected.put("crm_customer_facts", (long) data.customers().size());
    StringBuilder problems = new StringBuilder();
    try (Connection c = schema.connect();
        Statement s = c.createStatement()) {
      for (Map.Entry<String, Long> e : expected.entrySet()) {
        try (ResultSet r = s.executeQuery("select count(*) from " + e.getKey())) {
          r.next();
          long rows = r.getLong(1);
          if (rows != e.getValue()) {
            problems.append(
                String.format("%n  %s: %d rows, expected %d", e.getKey(), rows, e.getValue()));
          }
        }
      }
    } catch (SQLException e) {
      throw new StorageException("cannot count the imported rows: " + e.getMessage(), e);
    }
    if (problems.length() > 0) {
      throw new IllegalStateException(
          "the import on " + schema.database() + " is incomplete:" + problems);
    }
  }
}
