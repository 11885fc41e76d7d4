package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import java.util.List;

/**
 * How one kind of customer history (a lifecycle, a tier history) maps to a row keyed {@code
 * (tenant_id, customer_id)} and the child rows of its entries, for {@link HistoryRows}.
 *
 * @param <S> the snapshot
 * @param <P> the row
 * @param <C> the child row of one entry; its JPA fields {@code tenant} and {@code owner} hold the
 *     row's key
 */
interface HistoryMapping<S, P extends VersionColumns, C> {
  /** Names one history for messages: {@code lifecycle of customer 1f…}. */
  String describe(CustomerId customer);

  /** Returns the row class. */
  Class<P> rowType();

  /** Returns the child row class, whose entity name is its simple name. */
  Class<C> childType();

  /** Returns the JPQL order of one history's child rows ({@code c.seq}), alias {@code c}. */
  String childOrder();

  /** Returns the snapshot's tenant. */
  TenantId tenant(S snapshot);

  /** Returns the snapshot's customer. */
  CustomerId customer(S snapshot);

  /** Returns the snapshot's version. */
  long version(S snapshot);

  /** Returns a new, empty row with its key. */
  P newRow(RowKey key);

  /** Writes the snapshot's own columns (not the version) into the row. */
  void write(S snapshot, P row);

  /** Returns the child rows of the snapshot's entries, keyed under the snapshot's row. */
  List<C> children(S snapshot);

  /** Returns a child row's owner id (the customer id). */
  String owner(C child);

  /** Returns the part of a child row's primary key that tells it from its siblings. */
  Object childKey(C child);

  /** Copies every non-key column of {@code wanted} into the stored child row with its key. */
  void update(C stored, C wanted);

  /** Reads a row and its child rows (in {@link #childOrder()}) back into a snapshot. */
  S read(P row, List<C> children);
}
