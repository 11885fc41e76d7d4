/**
 * The JPA adapter's internals: {@code @Entity} row classes (one table each, owned by the shipped
 * migrations), the mappers between rows and crm-core snapshots, the repositories and the
 * translation of provider exceptions into {@link io.crmkit.core.shared.CrmException}s. Not
 * exported.
 */
@NullMarked
package io.crmkit.jpa.internal;

import org.jspecify.annotations.NullMarked;
