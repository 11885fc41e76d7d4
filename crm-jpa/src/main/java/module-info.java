/**
 * crmkit on Jakarta Persistence: {@code JpaCrmStore} keeps crmkit's data in the host's relational
 * database through the host's JPA provider, and {@code CrmSchema} migrates the schema.
 *
 * <p>The row classes are opened to every module because the provider (Hibernate, EclipseLink, …) is
 * the host's choice and reflects on them. Flyway is {@code requires static}: only {@code
 * CrmSchema.migrate} uses it, and hosts that run the shipped SQL with their own Flyway (or another
 * tool) do not need it at run time.
 *
 * <p>The migration folders are opened so that Flyway (in the host's module or on the class path)
 * can read the SQL files when crm-jpa runs as a module; resources of a named module's packages are
 * otherwise encapsulated.
 */
module io.crmkit.jpa {
  requires transitive io.crmkit.core;
  requires transitive jakarta.persistence;
  requires transitive java.sql;
  requires static flyway.core;

  exports io.crmkit.jpa;

  opens io.crmkit.jpa.internal;
  opens io.crmkit.jpa.migration.h2;
  opens io.crmkit.jpa.migration.postgresql;
  opens io.crmkit.jpa.migration.mariadb;
}
