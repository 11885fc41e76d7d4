package io.crmkit.examples.report;

import io.crmkit.rules.forecast.BgNbdModel;
import io.crmkit.rules.forecast.GammaGammaModel;
import io.crmkit.rules.keyaccount.ParetoPoint;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the report as plain text, one titled section after another. */
final class TerminalReport {
  /** How many top accounts, key accounts and reminders the terminal lists. */
  static final int LISTED = 10;

  private final PrintStream out;

  TerminalReport(PrintStream out) {
    this.out = out;
  }

  void print(Report report) {
    String currency = report.currency().getCurrencyCode();
    out.println("Key-account report as of " + report.asOf() + " (amounts in " + currency + ")");
    out.printf(
        "Input: %d rows, %d filtered out, %d rejected, %d orders of %d customers in %d groups%n",
        report.rows(),
        report.filtered(),
        report.rejects().size(),
        report.orders(),
        report.customers().size(),
        report.groups().size());
    out.println("Total revenue: " + report.totalRevenue().toPlainString() + " " + currency);

    section("Top accounts by revenue (groups with their subsidiaries)");
    out.printf(
        "%4s  %-32s %15s %8s %8s %3s%n", "rank", "account", "revenue", "share", "cum.", "abc");
    List<AccountLine> groups = report.groups();
    for (int i = 0; i < Math.min(LISTED, groups.size()); i++) {
      AccountLine g = groups.get(i);
      out.printf(
          "%4d  %s %15s %8s %8s %3s%n",
          i + 1,
          fit(g.customer() + (g.members() > 1 ? " (+" + (g.members() - 1) + ")" : ""), 32),
          g.revenue().toPlainString(),
          percent(g.share()),
          percent(g.cumulativeShare()),
          g.abcClass());
    }

    section("ABC classes and the Pareto point");
    out.println("Customers per class: " + report.abcCounts());
    out.println("Customers: " + pareto(report.customerPareto(), report.customers().size()));
    out.println("Groups:    " + pareto(report.groupPareto(), report.groups().size()));

    section(
        "Key accounts (groups; large order = "
            + report.largeOrderThreshold().toPlainString()
            + " "
            + currency
            + ")");
    List<AccountLine> keyAccounts = Report.keyAccounts(groups);
    out.println(keyAccounts.size() + " of " + groups.size() + " groups are key accounts");
    for (AccountLine k : keyAccounts.subList(0, Math.min(LISTED, keyAccounts.size()))) {
      out.println("  " + fit(k.customer(), 32) + " " + String.join("; ", k.keyAccountReasons()));
    }
    if (keyAccounts.size() > LISTED) {
      out.println("  … and " + (keyAccounts.size() - LISTED) + " more");
    }

    section("Tiers (rule: " + report.tierRule().strip().replace("\n", "; ") + ")");
    counts(report.tierCounts());

    section("RFM segments");
    counts(report.segmentCounts());

    section("Lifecycle stages");
    counts(report.stageCounts());

    section("Reminders due in the next " + report.reminderDays() + " days");
    List<ReminderLine> reminders = report.reminders();
    out.println(reminders.size() + " reminders");
    for (ReminderLine r : reminders.subList(0, Math.min(LISTED, reminders.size()))) {
      out.println("  " + r.due().toLocalDate() + "  " + r.kind() + "  " + r.title());
    }
    if (reminders.size() > LISTED) {
      out.println("  … and " + (reminders.size() - LISTED) + " more");
    }
    forecast(report);
    if (!report.rejects().isEmpty()) {
      section("Rejected rows");
      for (Reject reject : report.rejects().subList(0, Math.min(LISTED, report.rejects().size()))) {
        out.println("  " + reject.message());
      }
      if (report.rejects().size() > LISTED) {
        out.println(
            "  … and " + (report.rejects().size() - LISTED) + " more (see rejects.csv with --out)");
      }
    }
  }

  /** Prints the forecast: the fitted models, the totals, the hold-out and the accounts at risk. */
  private void forecast(Report report) {
    ForecastSection f = report.forecast();
    String currency = report.currency().getCurrencyCode();
    section(
        "Forecast (BG/NBD purchases, Gamma-Gamma spend; fitted on the orders up to "
            + f.calibrationEnd()
            + ")");
    BgNbdModel purchases = f.purchases();
    if (purchases == null) {
      out.println("The forecast is unavailable: " + f.unavailable() + ".");
      return;
    }
    out.printf(
        Locale.ROOT,
        "Purchase model: r=%.6g alpha=%.6g a=%.6g b=%.6g, log-likelihood %.2f, %d customers%n",
        purchases.r(),
        purchases.alpha(),
        purchases.a(),
        purchases.b(),
        purchases.logLikelihood(),
        purchases.customers());
    GammaGammaModel spend = f.spend();
    if (spend == null) {
      out.println(
          "Spend model unavailable, so no order value or CLV: " + f.spendUnavailable() + ".");
    } else {
      out.printf(
          Locale.ROOT,
          "Spend model: p=%.6g q=%.6g gamma=%.6g, %d customers with repeat purchases;"
              + " mean value per order %s %s%n",
          spend.p(),
          spend.q(),
          spend.gamma(),
          spend.customers(),
          spend.populationAverageValue().amount().toPlainString(),
          currency);
    }
    StringBuilder next =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Next %d weeks after %s: %.1f expected orders",
                f.forecastWeeks(),
                f.calibrationEnd(),
                f.expectedOrders()));
    if (f.expectedRevenue() != null && f.expectedClv() != null) {
      next.append(", ")
          .append(f.expectedRevenue().toPlainString())
          .append(' ')
          .append(currency)
          .append(" expected revenue, CLV ")
          .append(f.expectedClv().toPlainString())
          .append(' ')
          .append(currency)
          .append(
              String.format(
                  Locale.ROOT,
                  " (discounted at %s%% a month)",
                  percentOf(f.monthlyDiscountRate())));
    }
    out.println(next);
    if (!f.unscored().isEmpty()) {
      Map.Entry<String, String> first = f.unscored().entrySet().iterator().next();
      out.println(
          "Not scored (cells left empty): "
              + f.unscored().size()
              + ", such as "
              + first.getKey()
              + ": "
              + first.getValue());
    }
    ForecastSection.Holdout h = f.holdout();
    if (h != null) {
      out.printf(
          Locale.ROOT,
          "Hold-out %s to %s (%.1f weeks): predicted %.1f repeat purchases, actual %d (%s);"
              + " per-customer correlation %s%n",
          f.calibrationEnd().plusDays(1),
          h.end(),
          h.weeks(),
          h.predicted(),
          h.actual(),
          h.actual() == 0
              ? "no purchase to compare with"
              : String.format(
                  Locale.ROOT, "error %+.1f%%", 100 * (h.predicted() - h.actual()) / h.actual()),
          h.correlation() == null
              ? "not defined (no variation)"
              : String.format(Locale.ROOT, "%.3f", h.correlation()));
      if (h.predictedRevenue() != null) {
        out.println(
            "Hold-out revenue: predicted "
                + h.predictedRevenue().toPlainString()
                + " "
                + currency
                + ", actual "
                + h.actualRevenue().toPlainString()
                + " "
                + currency);
      }
    }
    List<AccountLine> lost = mostLikelyLost(report.customers());
    out.println(
        "Accounts most likely lost (P(alive) below 50%, by past revenue times the chance they are"
            + " gone):");
    if (lost.isEmpty()) {
      out.println("  none");
    }
    for (AccountLine line : lost) {
      AccountForecast a = line.forecast();
      out.printf(
          Locale.ROOT,
          "  %s %15s %s  P(alive) %5.1f%%%n",
          fit(line.customer(), 32),
          a.pastRevenue().toPlainString(),
          currency,
          100 * a.probabilityAlive());
    }
  }

  /**
   * Returns the customers the forecast says are most likely lost: P(alive) below one half, ranked
   * by past revenue times {@code 1 − P(alive)}, at most {@value #LISTED}.
   */
  static List<AccountLine> mostLikelyLost(List<AccountLine> lines) {
    return lines.stream()
        .filter(l -> l.forecast() != null && l.forecast().probabilityAlive() < 0.5)
        .sorted(
            Comparator.comparingDouble(
                    (AccountLine l) ->
                        l.forecast().pastRevenue().doubleValue()
                            * (1 - l.forecast().probabilityAlive()))
                .reversed()
                .thenComparing(AccountLine::customer))
        .limit(LISTED)
        .toList();
  }

  private static String percentOf(double rate) {
    return BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private void section(String title) {
    out.println();
    out.println("== " + title);
  }

  private void counts(Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    counts.forEach(
        (name, count) ->
            out.printf(
                "  %s %7d  %6s%n",
                fit(name, 20),
                count,
                percent(
                    total == 0
                        ? BigDecimal.ZERO
                        : BigDecimal.valueOf(count)
                            .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN))));
  }

  static String pareto(ParetoPoint point, int population) {
    return point.accounts()
        + " of "
        + population
        + " ("
        + percent(point.accountShare())
        + ") make "
        + percent(point.revenueShare())
        + " of revenue";
  }

  static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /**
   * Cuts or pads text to a width in terminal columns, counting East Asian wide characters (汉字,
   * full-width forms) as two columns so that Chinese names line up.
   */
  static String fit(String text, int width) {
    int total = text.codePoints().map(TerminalReport::columns).sum();
    if (total <= width) {
      return text + " ".repeat(width - total);
    }
    StringBuilder fitted = new StringBuilder();
    int used = 0;
    for (int c : text.codePoints().toArray()) {
      if (used + columns(c) > width - 1) {
        break;
      }
      fitted.appendCodePoint(c);
      used += columns(c);
    }
    return fitted.append('…') + " ".repeat(width - 1 - used);
  }

  private static int columns(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    boolean wide =
        Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
            || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61
            || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || block == Character.UnicodeBlock.HIRAGANA
            || block == Character.UnicodeBlock.KATAKANA
            || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
    return wide ? 2 : 1;
  }
}
