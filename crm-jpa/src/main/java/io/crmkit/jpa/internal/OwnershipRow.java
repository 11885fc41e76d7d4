package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code crm_ownership}: an {@link OwnershipSnapshot} without its moves, which are rows
 * of {@code crm_ownership_move} ({@link OwnershipMoveRow}). Owner and pool, which {@link
 * io.crmkit.core.ownership.OwnershipQuery} filters on, are columns with an index led by the tenant;
 * the account team, read whole and never filtered on, is a {@link MemberTexts#team} text. Not
 * final, because JPA forbids final entity classes.
 */
@Entity
@Table(name = "crm_ownership")
@IdClass(RowKey.class)
public class OwnershipRow extends VersionColumns<RowKey> {
  @Id
  @Column(name = "tenant_id")
  String tenant = "";

  @Id
  @Column(name = "customer_id")
  String id = "";

  @Column(name = "owner_ref")
  @Nullable String owner;

  @Column(name = "pool_id")
  @Nullable String pool;

  @Column(name = "locked")
  boolean locked;

  @Column(name = "team")
  String team = "";

  /** For the provider. */
  protected OwnershipRow() {}

  OwnershipRow(RowKey key) {
    this.tenant = key.tenant;
    this.id = key.id;
  }

  /** Writes every column of the snapshot, except the key; the version becomes one more. */
  void write(OwnershipSnapshot s) {
    version = s.version() + 1;
    owner = s.owner() == null ? null : s.owner().value();
    pool = s.pool() == null ? null : s.pool().code();
    locked = s.locked();
    team = MemberTexts.team(s.team());
  }

  /** Returns the snapshot the row and its moves, oldest first, hold. */
  OwnershipSnapshot read(List<OwnershipMove> moves) {
    return new OwnershipSnapshot(
        TenantId.of(tenant),
        CustomerId.parse(id),
        version,
        owner == null ? null : UserRef.of(owner),
        pool == null ? null : PoolId.of(pool),
        locked,
        MemberTexts.team(team),
        moves);
  }

  @Override
  public String describe() {
    return "ownership of customer " + id;
  }

  @Override
  public RowKey key() {
    return new RowKey(tenant, id);
  }
}
