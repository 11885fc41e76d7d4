package io.crmkit.examples.adapter;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierLadder;
import io.crmkit.spi.TierLadderRepository;
import java.util.List;
import java.util.Optional;

/** Tier ladders, one row per ladder keyed by its code, listed in code order. */
final class KeyValueTierLadderRepository implements TierLadderRepository {
  static final Table<LadderKey, TierLadder> LADDERS =
      new Table<>(
          "tier-ladder",
          TierLadder.class,
          KeyFormat.code(LadderKey::code, LadderKey::of),
          TierLadder::tenant,
          TierLadder::key,
          TierLadder::version,
          TierLadder::withVersion);

  private final Transaction transaction;

  KeyValueTierLadderRepository(Transaction transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<TierLadder> find(TenantId tenant, LadderKey key) {
    return LADDERS.find(transaction, tenant, key);
  }

  @Override
  public TierLadder save(TierLadder ladder) {
    return LADDERS.save(transaction, ladder);
  }

  @Override
  public boolean delete(TenantId tenant, LadderKey key) {
    return LADDERS.delete(transaction, tenant, key);
  }

  @Override
  public List<TierLadder> findAll(TenantId tenant) {
    return LADDERS.all(transaction, tenant, ladder -> true);
  }
}
