package io.crmkit.jpa.internal;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.TierLadderRepository;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tier-ladder repository of one JPA unit of work: {@code crm_tier_ladder}, one row per ladder.
 * {@link #findAll} sorts the tenant's ladders in Java, by {@link LadderKey#compareTo}: the
 * databases' bytewise orders are code point orders, which differ from Java's for keys with
 * characters beyond U+FFFF.
 */
final class JpaTierLadderRepository implements TierLadderRepository {
  private final JpaUnitOfWork unitOfWork;
  private final EntityManager em;

  JpaTierLadderRepository(JpaUnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
  }

  @Override
  public Optional<TierLadder> find(TenantId tenant, LadderKey key) {
    return unitOfWork.call(
        "tier ladder " + key,
        () ->
            Optional.ofNullable(em.find(TierLadderRow.class, key(tenant, key)))
                .map(TierLadderMapper::read));
  }

  @Override
  public TierLadder save(TierLadder ladder) {
    String what = "tier ladder " + ladder.key();
    return unitOfWork.call(
        what,
        () -> {
          RowKey key = key(ladder.tenant(), ladder.key());
          long expected = ladder.version();
          TierLadderRow stored = RowVersions.stored(em, TierLadderRow.class, key, expected, what);
          RowVersions.write(
              em,
              stored,
              () -> new TierLadderRow(key),
              expected,
              row -> TierLadderMapper.write(ladder, row));
          return ladder.withVersion(expected + 1);
        });
  }

  @Override
  public boolean delete(TenantId tenant, LadderKey key) {
    return unitOfWork.call(
        "tier ladder " + key,
        () -> RowVersions.remove(em, em.find(TierLadderRow.class, key(tenant, key)), () -> {}));
  }

  @Override
  public List<TierLadder> findAll(TenantId tenant) {
    return unitOfWork.call(
        "tier ladders of tenant " + tenant,
        () ->
            em
                .createQuery(
                    "select r from TierLadderRow r where r.tenant = :tenant", TierLadderRow.class)
                .setParameter("tenant", tenant.value())
                .getResultList()
                .stream()
                .map(TierLadderMapper::read)
                .sorted(Comparator.comparing(TierLadder::key))
                .toList());
  }

  private static RowKey key(TenantId tenant, LadderKey key) {
    return new RowKey(tenant.value(), key.code());
  }
}
