package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columns of {@code accounts.csv} and {@code groups.csv}, in order, each a name and how to
 * write it from an {@link AccountLine}. A later section of the report adds a column by adding an
 * entry here; the header is part of the command-line contract, so columns are only ever appended.
 *
 * @since 0.1
 */
final class AccountColumns {
  /** The decimals shares are written with. */
  static final int SHARE_DECIMALS = 6;

  /**
   * One column: its header name and its value for a line.
   *
   * @param name the header name
   * @param value the cell for a line
   */
  public record Column(String name, Function<AccountLine, String> value) {
    /** Requires both parts. */
    public Column {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
    }
  }

  private static final List<Column> COLUMNS =
      List.of(
          new Column("customer", AccountLine::customer),
          new Column("parent", l -> l.parent() == null ? "" : l.parent()),
          new Column("orders", l -> Long.toString(l.orders())),
          new Column("revenue", l -> l.revenue().toPlainString()),
          new Column("share", l -> share(l.share())),
          new Column("cumulative_share", l -> share(l.cumulativeShare())),
          new Column("abc_class", l -> l.abcClass().name()),
          new Column(
              "recency_days", l -> l.recencyDays() == null ? "" : l.recencyDays().toString()),
          new Column("rfm_r", l -> l.rfm() == null ? "" : Integer.toString(l.rfm().recency())),
          new Column("rfm_f", l -> l.rfm() == null ? "" : Integer.toString(l.rfm().frequency())),
          new Column("rfm_m", l -> l.rfm() == null ? "" : Integer.toString(l.rfm().monetary())),
          new Column("rfm_segment", AccountLine::rfmSegment),
          new Column("tier", AccountLine::tier),
          new Column("lifecycle_stage", AccountLine::lifecycleStage),
          new Column("key_account", l -> Boolean.toString(l.keyAccount())),
          new Column("key_account_reasons", l -> String.join("; ", l.keyAccountReasons())),
          new Column(
              "p_alive",
              l -> l.forecast() == null ? "" : decimal(l.forecast().probabilityAlive(), 6)),
          new Column(
              "expected_orders",
              l -> l.forecast() == null ? "" : decimal(l.forecast().expectedOrders(), 4)),
          new Column(
              "expected_aov",
              l -> l.forecast() == null ? "" : plain(l.forecast().expectedAverageValue())),
          new Column(
              "expected_clv", l -> l.forecast() == null ? "" : plain(l.forecast().expectedClv())));

  private AccountColumns() {}

  /** Returns the columns in header order. */
  public static List<Column> all() {
    return COLUMNS;
  }

  /** Returns the header names in order. */
  public static List<String> names() {
    return COLUMNS.stream().map(Column::name).toList();
  }

  /** Returns a finite number as a plain decimal with the given decimals. */
  static String decimal(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String plain(@Nullable BigDecimal amount) {
    return amount == null ? "" : amount.toPlainString();
  }

  /** Returns a share as a plain decimal with {@value #SHARE_DECIMALS} decimals. */
  static String share(BigDecimal share) {
    return share.setScale(SHARE_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
  }
}
