package io.crmkit.jpa.internal;

import static io.crmkit.jpa.internal.ValueTexts.nonNull;

import io.crmkit.core.shared.TenantId;
import io.crmkit.core.tier.Entitlements;
import io.crmkit.core.tier.LadderKey;
import io.crmkit.core.tier.TierCode;
import io.crmkit.core.tier.TierDefinition;
import io.crmkit.core.tier.TierLadder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link TierLadder} to a {@link TierLadderRow} and back.
 *
 * <p>The tiers text has one record per tier, lowest rank first: {@code
 * T|code|rank|visitCadence|responseTime|dedicatedManager|discountRate|names|extra}, with the
 * cadence an ISO period, the response time an ISO duration, the discount {@link
 * BigDecimal#toString()} (keeping its scale), absent values {@code null}; {@code names} is itself a
 * {@link TextRecords} text of {@code N|languageTag|name} records and {@code extra} the {@link
 * ValueTexts} form of the typed extra entitlements (TextRecords escapes both inside the field).
 */
final class TierLadderMapper {
  private TierLadderMapper() {}

  static void write(TierLadder ladder, TierLadderRow row) {
    row.downgradeGraceDays = ladder.downgradeGraceDays();
    List<List<@Nullable String>> records = new ArrayList<>(ladder.tiers().size());
    for (TierDefinition tier : ladder.tiers()) {
      Entitlements e = tier.entitlements();
      List<List<@Nullable String>> names = new ArrayList<>();
      tier.displayNames().forEach((tag, name) -> names.add(ValueTexts.fields("N", tag, name)));
      records.add(
          ValueTexts.fields(
              "T",
              tier.code().code(),
              Integer.toString(tier.rank()),
              e.visitCadence() == null ? null : e.visitCadence().toString(),
              e.responseTime() == null ? null : e.responseTime().toString(),
              Boolean.toString(e.dedicatedManager()),
              e.discountRate() == null ? null : e.discountRate().toString(),
              TextRecords.encode(names),
              ValueTexts.attributes(e.extra())));
    }
    row.tiers = TextRecords.encode(records);
  }

  static TierLadder read(TierLadderRow row) {
    List<TierDefinition> tiers = new ArrayList<>();
    for (List<@Nullable String> record : TextRecords.decode(row.tiers)) {
      List<@Nullable String> t = ValueTexts.require(record, "T", 9);
      Map<String, String> names = new TreeMap<>();
      for (List<@Nullable String> name : TextRecords.decode(nonNull(t.get(7)))) {
        List<@Nullable String> n = ValueTexts.require(name, "N", 3);
        names.put(nonNull(n.get(1)), nonNull(n.get(2)));
      }
      String cadence = t.get(3);
      String response = t.get(4);
      String discount = t.get(6);
      Entitlements entitlements =
          new Entitlements(
              cadence == null ? null : Period.parse(cadence),
              response == null ? null : Duration.parse(response),
              Boolean.parseBoolean(nonNull(t.get(5))),
              discount == null ? null : new BigDecimal(discount),
              ValueTexts.attributes(nonNull(t.get(8))));
      tiers.add(
          new TierDefinition(
              TierCode.of(nonNull(t.get(1))),
              Integer.parseInt(nonNull(t.get(2))),
              names,
              entitlements));
    }
    return new TierLadder(
        TenantId.of(row.tenant), LadderKey.of(row.id), row.version, tiers, row.downgradeGraceDays);
  }
}
