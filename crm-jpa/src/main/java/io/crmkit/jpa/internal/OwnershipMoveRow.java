package io.crmkit.jpa.internal;

import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.shared.UserRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One {@link OwnershipMove} of a customer's ownership history, a row of {@code crm_ownership_move}
 * numbered by its position in the history. Moves are rows rather than a text column because {@code
 * OwnershipQuery.claimedBy} filters on them, through the index {@code (tenant_id, new_owner, kind,
 * at_us, customer_id)}. Written and removed with their ownership in the same unit of work, which
 * guards them with its versions. Not final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_ownership_move")
@IdClass(MoveRowKey.class)
public class OwnershipMoveRow {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String customer = "";

  @Id
  @Column(name = "move_no")
  int number;

  @Column(name = "kind")
  String kind = "";

  @Column(name = "previous_owner")
  @Nullable String previousOwner;

  @Column(name = "new_owner")
  @Nullable String newOwner;

  @Column(name = "pool_id")
  @Nullable String pool;

  @Column(name = "actor")
  String actor = "";

  @Column(name = "at_us")
  long at;

  @Column(name = "reason")
  String reason = "";

  /** For the provider. */
  protected OwnershipMoveRow() {}

  OwnershipMoveRow(String tenant, String customer, int number) {
    this.tenant = tenant;
    this.customer = customer;
    this.number = number;
  }

  /** Writes every column of the move, except the key. */
  void write(OwnershipMove move) {
    kind = move.kind().name();
    previousOwner = move.previousOwner() == null ? null : move.previousOwner().value();
    newOwner = move.newOwner() == null ? null : move.newOwner().value();
    pool = move.pool() == null ? null : move.pool().code();
    actor = move.actor().value();
    at = Micros.of("moves.at", move.at());
    reason = move.reason();
  }

  /** Returns the move the row holds. */
  OwnershipMove read() {
    return new OwnershipMove(
        MoveKind.valueOf(kind),
        previousOwner == null ? null : UserRef.of(previousOwner),
        newOwner == null ? null : UserRef.of(newOwner),
        pool == null ? null : PoolId.of(pool),
        UserRef.of(actor),
        Micros.instant(at),
        reason);
  }
}
