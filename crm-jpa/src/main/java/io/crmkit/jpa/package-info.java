/**
 * The JPA storage adapter's API: {@link io.crmkit.jpa.JpaCrmStore}, a {@link
 * io.crmkit.spi.CrmStore} over an {@code EntityManagerFactory} or a host-supplied {@code
 * EntityManager}; {@link io.crmkit.jpa.CrmSchema}, the versioned SQL migrations for H2, PostgreSQL
 * and MariaDB; {@link io.crmkit.jpa.JpaBulkImport}, the fast path for loading many new customers;
 * and {@link io.crmkit.jpa.CrmPersistenceUnit}, a ready persistence unit on a JDBC URL for hosts
 * without a JPA setup of their own.
 *
 * <p>The store keeps every repository of the SPI and the event outbox, and passes the whole crm-tck
 * on H2, PostgreSQL and MariaDB with Hibernate and EclipseLink.
 */
@NullMarked
package io.crmkit.jpa;

import org.jspecify.annotations.NullMarked;
