package io.crmkit.jpa.internal;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.UserRef;
import io.crmkit.core.tier.AssignmentSource;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.PendingDowngrade;
import io.crmkit.core.tier.TierAssignment;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierHistorySnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link TierHistorySnapshot} to a {@link TierHistoryRow} with its assignment rows and back.
 */
final class TierHistoryMapper
    extends HistoryMapping<TierHistorySnapshot, TierHistoryRow, TierAssignmentRow> {
  /** The mapper. */
  static final TierHistoryMapper INSTANCE = new TierHistoryMapper();

  private TierHistoryMapper() {
    super("tier history", TierHistoryRow.class, TierAssignmentRow.class, "c.ladder, c.start");
  }

  @Override
  TierHistoryRow newRow(RowKey key) {
    return new TierHistoryRow(key);
  }

  @Override
  void write(TierHistorySnapshot snapshot, TierHistoryRow row) {
    List<List<@Nullable String>> records = new ArrayList<>();
    for (PendingDowngrade p : snapshot.pendingDowngrades()) {
      records.add(ValueTexts.fields("P", p.ladder().code(), p.tier().code(), p.since().toString()));
    }
    row.pendingDowngrades = TextRecords.encode(records);
  }

  @Override
  List<TierAssignmentRow> children(TierHistorySnapshot snapshot) {
    String tenant = snapshot.tenant().value();
    String owner = snapshot.customer().toString();
    List<TierAssignmentRow> rows = new ArrayList<>(snapshot.assignments().size());
    for (TierAssignment a : snapshot.assignments()) {
      TierAssignmentRow row =
          new TierAssignmentRow(tenant, owner, a.ladder().code(), Micros.of("from", a.from()));
      row.tier = a.tier().code();
      row.thru = Micros.ofNullable("thru", a.thru());
      row.sourceKind = a.source().kind().name();
      row.ruleId = a.source().ruleId();
      row.reason = a.reason();
      row.decidedBy = a.by().value();
      row.lockedUntil = Micros.ofNullable("lockedUntil", a.lockedUntil());
      rows.add(row);
    }
    return rows;
  }

  @Override
  String owner(TierAssignmentRow child) {
    return child.owner;
  }

  @Override
  Object childKey(TierAssignmentRow child) {
    return List.of(child.ladder, child.start);
  }

  @Override
  void update(TierAssignmentRow stored, TierAssignmentRow wanted) {
    stored.tier = wanted.tier;
    stored.thru = wanted.thru;
    stored.sourceKind = wanted.sourceKind;
    stored.ruleId = wanted.ruleId;
    stored.reason = wanted.reason;
    stored.decidedBy = wanted.decidedBy;
    stored.lockedUntil = wanted.lockedUntil;
  }

  @Override
  TierHistorySnapshot read(TierHistoryRow row, List<TierAssignmentRow> children) {
    List<TierAssignment> assignments = new ArrayList<>(children.size());
    for (TierAssignmentRow a : children) {
      assignments.add(
          new TierAssignment(
              LadderKey.of(a.ladder),
              TierCode.of(a.tier),
              Micros.instant(a.start),
              Micros.instantOrNull(a.thru),
              new AssignmentSource(AssignmentSource.Kind.valueOf(a.sourceKind), a.ruleId),
              a.reason,
              UserRef.of(a.decidedBy),
              Micros.instantOrNull(a.lockedUntil)));
    }
    List<PendingDowngrade> pending = new ArrayList<>();
    for (List<@Nullable String> record : TextRecords.decode(row.pendingDowngrades)) {
      List<@Nullable String> p = ValueTexts.require(record, "P", 4);
      pending.add(
          new PendingDowngrade(
              LadderKey.of(ValueTexts.nonNull(p.get(1))),
              TierCode.of(ValueTexts.nonNull(p.get(2))),
              LocalDate.parse(ValueTexts.nonNull(p.get(3)))));
    }
    return new TierHistorySnapshot(
        TenantId.of(row.tenant), CustomerId.parse(row.id), row.version, assignments, pending);
  }
}
