/**
 * The JPA storage adapter's API: {@link io.crmkit.jpa.JpaCrmStore}, a {@link
 * io.crmkit.spi.CrmStore} over an {@code EntityManagerFactory} or a host-supplied {@code
 * EntityManager}; {@link io.crmkit.jpa.CrmSchema}, the versioned SQL migrations for H2, PostgreSQL
 * and MariaDB; {@link io.crmkit.jpa.JpaBulkImport}, the fast path for loading many new customers;
 * and {@link io.crmkit.jpa.CrmPersistenceUnit}, a ready persistence unit on a JDBC URL for hosts
 * without a JPA setup of their own.
 *
 * <p>This first slice of crm-jpa stores customers, contacts, activities, customer facts, lifecycle
 * histories, tier ladders and tier histories; every other repository of the SPI throws {@link
 * UnsupportedOperationException} naming itself (see {@link io.crmkit.jpa.JpaCrmStore}).
 */
@NullMarked
package io.crmkit.jpa;

import org.jspecify.annotations.NullMarked;
