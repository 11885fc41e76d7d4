/**
 * Implementation details shared by the crm-core packages; not exported, never part of the API or
 * the SPI.
 */
@NullMarked
package io.crmkit.core.internal;

import org.jspecify.annotations.NullMarked;
