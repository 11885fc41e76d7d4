/**
 * The embedded default store: {@link io.crmkit.core.memory.InMemoryCrmStore}, thread-safe, with
 * atomic units of work, for tests, demos and hosts that keep their data in memory.
 */
@NullMarked
package io.crmkit.core.memory;

import org.jspecify.annotations.NullMarked;
