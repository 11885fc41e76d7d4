package io.crmkit.jpa.internal;

/** A row with a {@code @Version}: what a conflict message needs to know about it. */
interface VersionedRow {
  /** Returns the aggregate the row holds, for messages ({@code customer 1f…}). */
  String describe();

  /** Returns crm-core's version the row holds (after a save: the new one). */
  long version();

  /** Returns the primary key, an instance of the row's id class. */
  Object key();
}
