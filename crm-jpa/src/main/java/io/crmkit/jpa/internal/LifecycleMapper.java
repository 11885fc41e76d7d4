package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.lifecycle.LifecycleSnapshot;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.StageChange;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import java.util.ArrayList;
import java.util.List;

/** Maps a {@link LifecycleSnapshot} to a {@link LifecycleRow} with its change rows and back. */
final class LifecycleMapper
    extends HistoryMapping<LifecycleSnapshot, LifecycleRow, LifecycleChangeRow> {
  /** The mapper. */
  static final LifecycleMapper INSTANCE = new LifecycleMapper();

  private LifecycleMapper() {
    super("lifecycle", LifecycleRow.class, LifecycleChangeRow.class, "c.seq");
  }

  @Override
  LifecycleRow newRow(RowKey key) {
    return new LifecycleRow(key);
  }

  @Override
  void write(LifecycleSnapshot snapshot, LifecycleRow row) {
    row.currentStage = snapshot.changes().get(snapshot.changes().size() - 1).to().name();
  }

  @Override
  List<LifecycleChangeRow> children(LifecycleSnapshot snapshot) {
    String tenant = snapshot.tenant().value();
    String owner = snapshot.customer().toString();
    List<LifecycleChangeRow> rows = new ArrayList<>(snapshot.changes().size());
    for (StageChange change : snapshot.changes()) {
      LifecycleChangeRow row = new LifecycleChangeRow(tenant, owner, rows.size());
      row.fromStage = change.from() == null ? null : change.from().name();
      row.toStage = change.to().name();
      row.at = Micros.of("at", change.at());
      row.reason = change.reason();
      row.actor = change.actor().value();
      rows.add(row);
    }
    return rows;
  }

  @Override
  String owner(LifecycleChangeRow child) {
    return child.owner;
  }

  @Override
  Object childKey(LifecycleChangeRow child) {
    return child.seq;
  }

  @Override
  void update(LifecycleChangeRow stored, LifecycleChangeRow wanted) {
    stored.fromStage = wanted.fromStage;
    stored.toStage = wanted.toStage;
    stored.at = wanted.at;
    stored.reason = wanted.reason;
    stored.actor = wanted.actor;
  }

  @Override
  LifecycleSnapshot read(LifecycleRow row, List<LifecycleChangeRow> children) {
    List<StageChange> changes = new ArrayList<>(children.size());
    for (LifecycleChangeRow c : children) {
      changes.add(
          new StageChange(
              c.fromStage == null ? null : LifecycleStage.valueOf(c.fromStage),
              LifecycleStage.valueOf(c.toStage),
              Micros.instant(c.at),
              c.reason,
              UserRef.of(c.actor)));
    }
    return new LifecycleSnapshot(
        TenantId.of(row.tenant), CustomerId.parse(row.id), row.version, changes);
  }
}
