package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.ownership.ClaimLoad;
import io.crmkit.core.ownership.Claimant;
import io.crmkit.core.ownership.MoveKind;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.core.ownership.OwnershipMove;
import io.crmkit.core.ownership.OwnershipSnapshot;
import io.crmkit.core.ownership.PoolId;
import io.crmkit.core.ownership.PublicPool;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.spi.CrmStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What crm-jpa's ownership repository promises beyond the TCK, whose aggregates only ever append
 * moves: a snapshot whose history was rewritten at the stored version (moves changed, dropped or
 * added in the middle) is stored exactly, and an ownership deleted and saved anew in one unit of
 * work keeps only the new moves.
 */
abstract class JpaOwnershipBehaviour {
  private static final UserRef ADMIN = UserRef.of("director.zhao");
  private static final UserRef MANAGER = UserRef.of("王芳");
  private static final Instant AT = Instant.parse("2024-03-10T02:30:00.123456Z");

  private TenantId tenant;
  private PublicPool pool;

  abstract CrmStore store();

  @BeforeEach
  void newTenant() {
    tenant = TenantId.of("jpa-" + UUID.randomUUID());
    pool = PublicPool.of(tenant, PoolId.of("华东"), "华东公海", ADMIN).withMembers(MANAGER);
  }

  @Test
  void save_historyRewrittenAtTheStoredVersion_storesExactlyTheNewMoves() {
    Ownership first = pooledClaimedAndReleased();
    OwnershipSnapshot stored = save(Ownership.restore(first.snapshot())).snapshot();
    List<OwnershipMove> moves = stored.moves();
    OwnershipMove locked =
        new OwnershipMove(MoveKind.LOCKED, null, null, null, ADMIN, AT.plusSeconds(50), "改写");

    OwnershipSnapshot shorter = withMoves(stored, List.of(moves.get(0), locked));
    OwnershipSnapshot afterShorter = save(Ownership.restore(shorter)).snapshot();
    List<OwnershipMove> longer = new ArrayList<>(List.of(locked, moves.get(2)));
    longer.addAll(moves);
    OwnershipSnapshot afterLonger =
        save(Ownership.restore(withMoves(afterShorter, longer))).snapshot();

    assertThat(moves).hasSize(3);
    assertThat(afterShorter).isEqualTo(shorter.withVersion(2));
    assertThat(afterLonger.moves()).containsExactlyElementsOf(longer);
    assertThat(find(stored.customer())).isEqualTo(afterLonger);
  }

  @Test
  void save_afterDeleteInTheSameUnitOfWork_keepsOnlyTheNewMoves() {
    Ownership first = pooledClaimedAndReleased();
    save(first);
    Ownership again = Ownership.none(tenant, first.customer());
    again.lock(ADMIN, AT.plusSeconds(60), "重新开始");

    OwnershipSnapshot saved =
        store()
            .inTransaction(
                u -> {
                  u.ownerships().delete(tenant, first.customer());
                  return u.ownerships().save(again);
                })
            .snapshot();

    assertThat(saved.moves()).extracting(OwnershipMove::kind).containsExactly(MoveKind.LOCKED);
    assertThat(find(first.customer())).isEqualTo(again.snapshot().withVersion(1));
  }

  private Ownership pooledClaimedAndReleased() {
    Ownership o = Ownership.none(tenant, CustomerId.of(UUID.randomUUID()));
    o.putInPool(pool, ADMIN, AT, "入池");
    o.claim(pool, Claimant.of(MANAGER), new ClaimLoad(0, 0), AT.plusSeconds(10), "认领");
    o.release(pool, MANAGER, AT.plusSeconds(20), "释放");
    o.pullEvents();
    return o;
  }

  private static OwnershipSnapshot withMoves(OwnershipSnapshot s, List<OwnershipMove> moves) {
    return new OwnershipSnapshot(
        s.tenant(), s.customer(), s.version(), s.owner(), s.pool(), s.locked(), s.team(), moves);
  }

  private Ownership save(Ownership ownership) {
    return store().inTransaction(u -> u.ownerships().save(ownership));
  }

  private OwnershipSnapshot find(CustomerId customer) {
    return store()
        .inTransaction(u -> u.ownerships().find(tenant, customer))
        .orElseThrow()
        .snapshot();
  }
}
