/**
 * The storage SPI: what a storage adapter implements so that crmkit keeps its data there. The
 * javadoc of every method is its contract, and crm-tck's {@code *Contract} classes check it; an
 * adapter that passes the TCK is a correct crmkit store.
 *
 * <p>Rules every method follows: all data is keyed by tenant and id, and no method reads or changes
 * another tenant's data; lists are keyset-paged in ascending id order (the 16 bytes of the UUID,
 * unsigned), lists keyed by a code (tier ladders, pools, segments) in {@link String#compareTo}
 * order of the code, and reminders by due instant, then id; saves are optimistic, by version;
 * instants have microsecond precision.
 */
@NullMarked
package io.crmkit.spi;

import org.jspecify.annotations.NullMarked;
