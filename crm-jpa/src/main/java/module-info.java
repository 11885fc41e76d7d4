/**
 * crmkit on Jakarta Persistence: {@code JpaCrmStore} keeps crmkit's data in the host's relational
 * database through the host's JPA provider, and {@code CrmSchema} migrates the schema.
 *
 * <p>The row classes are opened to every module because the provider (Hibernate, EclipseLink, …) is
 * the host's choice and reflects on them. Flyway is {@code requires static}: only {@code
 * CrmSchema.migrate} uses it, and hosts that run the shipped SQL with their own Flyway (or another
 * tool) do not need it at run time.
 */
module io.crmkit.jpa {
  requires transitive io.crmkit.core;
  requires transitive jakarta.persistence;
  requires transitive java.sql;
  requires static flyway.core;

  exports io.crmkit.jpa;

  opens io.crmkit.jpa.internal;
}
