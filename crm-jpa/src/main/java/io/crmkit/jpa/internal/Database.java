package io.crmkit.jpa.internal;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The database behind a persistence unit, as far as crm-jpa writes a query differently for it. The
 * only difference so far is how a keyset list spells its {@code order by}:
 *
 * <ul>
 *   <li>H2 reads an index in order only when the {@code order by} names the index's columns from
 *       the first, so a list spells the columns its {@code where} fixes by equality too ({@code
 *       tenant_id, owner_ref, due_at_us, id});
 *   <li>MariaDB sorts the whole range ({@code Using filesort}) when the {@code order by} names a
 *       text column that the {@code where} compares with a parameter of another collation, which
 *       every parameter is when the connection's collation (the driver's default {@code
 *       utf8mb4_general_ci}) differs from the schema's {@code utf8mb4_nopad_bin}; so a list orders
 *       by the remaining columns only ({@code due_at_us, id}), which MariaDB reads in index order;
 *   <li>PostgreSQL reads the index in order either way, and gets H2's spelling.
 * </ul>
 */
public enum Database {
  H2,
  POSTGRESQL,
  /** MariaDB, or MySQL, whose optimizer shares the behaviour above. */
  MARIADB,
  /** Any other database: treated as PostgreSQL. */
  OTHER;

  /**
   * Returns the database of a JDBC {@code DatabaseMetaData.getDatabaseProductName()}.
   *
   * @param productName the product name, or {@code null} when unknown
   */
  public static Database named(@Nullable String productName) {
    String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb") || name.contains("mysql")) {
      return MARIADB;
    }
    return OTHER;
  }

  /**
   * Returns the database an entity manager works on, read from the JDBC metadata of a connection
   * the provider hands over ({@link ProviderConnection}); {@link #OTHER} when the metadata cannot
   * be read; {@code null} when the provider hands over no connection now. EclipseLink hands over
   * none outside a transaction until the entity manager has one; inside an active transaction it
   * does.
   */
  public static @Nullable Database detect(EntityManager em) {
    try {
      ProviderConnection.Handed<String> name =
          ProviderConnection.read(em, c -> c.getMetaData().getDatabaseProductName());
      return name == null ? null : named(name.value());
    } catch (SQLException | RuntimeException e) {
      return OTHER;
    }
  }

  /**
   * Returns whether a keyset list's {@code order by} names the columns its {@code where} fixes by
   * equality before the ordering columns (see the class description).
   */
  boolean ordersByEqualityColumns() {
    return this != MARIADB;
  }
}
