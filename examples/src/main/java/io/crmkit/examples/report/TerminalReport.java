package io.crmkit.examples.report;

import io.crmkit.rules.keyaccount.ParetoPoint;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
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
