package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
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
abstract class HistoryMapping<S, P extends VersionColumns<RowKey>, C> {
  private final String noun;
  private final Class<P> rowType;
  private final Class<C> childType;
  private final String childOrder;

  /**
   * Describes the tables.
   *
   * @param noun names a history for messages, before the customer id ({@code lifecycle})
   * @param rowType the row class
   * @param childType the child row class, whose entity name is its simple name
   * @param childOrder the JPQL order of one history's child rows ({@code c.seq}), alias {@code c}
   */
  HistoryMapping(String noun, Class<P> rowType, Class<C> childType, String childOrder) {
    this.noun = noun;
    this.rowType = rowType;
    this.childType = childType;
    this.childOrder = childOrder;
  }

  /** Names one history for messages: {@code lifecycle of customer 1f…}. */
  final String describe(CustomerId customer) {
    return noun + " of customer " + customer;
  }

  final Class<P> rowType() {
    return rowType;
  }

  final Class<C> childType() {
    return childType;
  }

  final String childOrder() {
    return childOrder;
  }

  /** Returns a new, empty row with its key. */
  abstract P newRow(RowKey key);

  /** Writes the snapshot's own columns (not the version) into the row. */
  abstract void write(S snapshot, P row);

  /** Returns the child rows of the snapshot's entries, keyed under the snapshot's row. */
  abstract List<C> children(S snapshot);

  /** Returns a child row's owner id (the customer id). */
  abstract String owner(C child);

  /** Returns the part of a child row's primary key that tells it from its siblings. */
  abstract Object childKey(C child);

  /** Copies every non-key column of {@code wanted} into the stored child row with its key. */
  abstract void update(C stored, C wanted);

  /** Reads a row and its child rows (in {@link #childOrder()}) back into a snapshot. */
  abstract S read(P row, List<C> children);
}
