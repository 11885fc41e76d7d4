package io.crmkit.examples.report;

import io.crmkit.rules.forecast.BgNbdModel;
import io.crmkit.rules.keyaccount.ParetoPoint;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code report.html}: one self-contained page with the summary, a Pareto chart and a
 * tier/segment chart drawn as inline SVG, the forecast with a chart of expected against actual
 * repeat purchases when there is a hold-out, and the top accounts, key accounts and reminders as
 * tables. It loads nothing: no script, no font, no style sheet from the network.
 */
final class HtmlReport {
  /** How many top groups the Pareto chart draws. */
  static final int PARETO_BARS = 20;

  /** How many points the Pareto curve has at most. */
  static final int CURVE_POINTS = 500;

  private static final int WIDTH = 760;
  private static final int HEIGHT = 300;
  private static final int LEFT = 60;
  private static final int RIGHT = 50;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;

  private HtmlReport() {}

  static String of(Report report) {
    String currency = report.currency().getCurrencyCode();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Key-account report as of ")
        .append(report.asOf())
        .append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}")
        .append("td{vertical-align:top}td.n{text-align:right}svg{display:block;margin:1em 0}")
        .append("\n</style>\n</head>\n<body>\n<h1>Key-account report</h1>\n<p>As of ")
        .append(report.asOf())
        .append(", amounts in ")
        .append(currency)
        .append(": ")
        .append(report.orders())
        .append(" orders of ")
        .append(report.customers().size())
        .append(" customers in ")
        .append(report.groups().size())
        .append(" groups, total revenue ")
        .append(report.totalRevenue().toPlainString())
        .append(" ")
        .append(currency)
        .append(". ")
        .append(escape(TerminalReport.pareto(report.customerPareto(), report.customers().size())))
        .append(" (customers); ")
        .append(escape(TerminalReport.pareto(report.groupPareto(), report.groups().size())))
        .append(" (groups).</p>\n");

    html.append("<h2>Pareto chart: top groups by revenue</h2>\n");
    pareto(html, report.groups().subList(0, Math.min(PARETO_BARS, report.groups().size())));

    html.append("<h2>Pareto curve: cumulative share of revenue over the share of customers</h2>\n");
    curve(html, report.customers(), report.customerPareto());

    html.append("<h2>Tiers and RFM segments (customers)</h2>\n");
    counts(html, report.tierCounts(), report.segmentCounts());

    forecast(html, report.forecast(), currency);

    html.append("<h2>Top accounts</h2>\n<table>\n<tr><th>rank</th><th>account</th><th>members</th>")
        .append("<th>revenue</th><th>share</th><th>cumulative</th><th>ABC</th><th>tier</th>")
        .append("<th>RFM segment</th><th>stage</th><th>key account</th></tr>\n");
    List<AccountLine> groups = report.groups();
    for (int i = 0; i < Math.min(PARETO_BARS, groups.size()); i++) {
      AccountLine g = groups.get(i);
      html.append("<tr><td class=\"n\">")
          .append(i + 1)
          .append("</td><td>")
          .append(escape(g.customer()))
          .append("</td><td class=\"n\">")
          .append(g.members())
          .append("</td><td class=\"n\">")
          .append(g.revenue().toPlainString())
          .append("</td><td class=\"n\">")
          .append(TerminalReport.percent(g.share()))
          .append("</td><td class=\"n\">")
          .append(TerminalReport.percent(g.cumulativeShare()))
          .append("</td><td>")
          .append(g.abcClass())
          .append("</td><td>")
          .append(escape(g.tier()))
          .append("</td><td>")
          .append(escape(g.rfmSegment()))
          .append("</td><td>")
          .append(escape(g.lifecycleStage()))
          .append("</td><td>")
          .append(escape(g.keyAccount() ? String.join("; ", g.keyAccountReasons()) : ""))
          .append("</td></tr>\n");
    }
    html.append("</table>\n<h2>Reminders due in the next ")
        .append(report.reminderDays())
        .append(
            " days</h2>\n<table>\n<tr><th>due</th><th>kind</th><th>customer</th><th>title</th></tr>\n");
    for (ReminderLine r : report.reminders()) {
      html.append("<tr><td>")
          .append(r.due().toLocalDate())
          .append("</td><td>")
          .append(escape(r.kind()))
          .append("</td><td>")
          .append(escape(r.customer()))
          .append("</td><td>")
          .append(escape(r.title()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n</body>\n</html>\n");
    return html.toString();
  }

  /** Draws revenue bars on the left axis and the cumulative share as a line on the right axis. */
  private static void pareto(StringBuilder html, List<AccountLine> bars) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    html.append(svgOpen(WIDTH, HEIGHT, "Pareto chart of the top groups by revenue"));
    BigDecimal max = bars.isEmpty() ? BigDecimal.ONE : bars.get(0).revenue().max(BigDecimal.ONE);
    double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < bars.size(); i++) {
      AccountLine bar = bars.get(i);
      double h = bar.revenue().doubleValue() / max.doubleValue() * plotHeight;
      double x = LEFT + i * slot + slot * 0.1;
      html.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#4e79a7\"><title>%s: %s</title></rect>%n",
              x,
              TOP + plotHeight - h,
              slot * 0.8,
              h,
              escape(bar.customer()),
              bar.revenue().toPlainString()));
      double cy = TOP + plotHeight - bar.cumulativeShare().doubleValue() * plotHeight;
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + (i + 0.5) * slot, cy));
    }
    double y80 = TOP + plotHeight * 0.2;
    html.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n",
            LEFT,
            y80,
            WIDTH - RIGHT,
            y80));
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%.1f\" font-size=\"11\">80%%</text>%n",
            WIDTH - RIGHT + 4,
            y80 + 4));
    html.append(
            "<polyline class=\"cumulative\" fill=\"none\" stroke=\"#e15759\" stroke-width=\"2\" points=\"")
        .append(line.toString().strip())
        .append("\"/>\n");
    axes(html, plotWidth, plotHeight);
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%s</text>%n",
            LEFT - 4,
            TOP + 8,
            escape(max.toPlainString())));
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\">100%%</text>%n",
            WIDTH - RIGHT + 4,
            TOP + 4));
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\">top %d groups by revenue (bars) and cumulative share of revenue (line)</text>%n",
            LEFT,
            HEIGHT - 10,
            bars.size()));
    html.append("</svg>\n");
  }

  /**
   * Draws the Pareto curve of every customer (at most {@value #CURVE_POINTS} points): customers
   * ranked by revenue along x, cumulative share of revenue up y, with the 80% line and the Pareto
   * point marked.
   */
  private static void curve(StringBuilder html, List<AccountLine> customers, ParetoPoint point) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    html.append(svgOpen(WIDTH, HEIGHT, "Pareto curve of the customers"));
    int n = customers.size();
    int step = Math.max(1, n / CURVE_POINTS);
    StringBuilder line =
        new StringBuilder(String.format(Locale.ROOT, "%d,%d ", LEFT, TOP + plotHeight));
    for (int i = 0; i < n; i += step) {
      int rank = Math.min(n, i + step);
      double x = LEFT + (double) rank / n * plotWidth;
      double y =
          TOP + plotHeight - customers.get(rank - 1).cumulativeShare().doubleValue() * plotHeight;
      line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    html.append(
            "<polyline class=\"pareto-curve\" fill=\"none\" stroke=\"#e15759\" stroke-width=\"2\" points=\"")
        .append(line.toString().strip())
        .append("\"/>\n");
    double y80 = TOP + plotHeight * (1 - point.revenueShare().doubleValue());
    double x80 = LEFT + point.accountShare().doubleValue() * plotWidth;
    html.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n"
                + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n"
                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#e15759\"/>%n"
                + "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\">%s</text>%n",
            LEFT,
            y80,
            x80,
            y80,
            x80,
            y80,
            x80,
            TOP + plotHeight,
            x80,
            y80,
            x80 + 6,
            y80 - 6,
            escape(TerminalReport.pareto(point, n))));
    axes(html, plotWidth, plotHeight);
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\">0%%</text>%n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">100%% of %d customers</text>%n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">100%%</text>%n",
            LEFT,
            HEIGHT - 22,
            WIDTH - RIGHT,
            HEIGHT - 22,
            n,
            LEFT - 4,
            TOP + 8));
    html.append("</svg>\n");
  }

  /**
   * Writes the forecast: the fitted models and totals in a sentence (or why there is no forecast)
   * and, when a hold-out exists, a chart of the expected against the actual cumulative repeat
   * purchases.
   */
  private static void forecast(StringBuilder html, ForecastSection f, String currency) {
    html.append("<h2>Forecast</h2>\n<p>");
    BgNbdModel purchases = f.purchases();
    if (purchases == null) {
      html.append("The forecast is unavailable: ")
          .append(escape(String.valueOf(f.unavailable())))
          .append(".</p>\n");
      return;
    }
    html.append(
        escape(
            String.format(
                Locale.ROOT,
                "BG/NBD fitted on %d customers' orders up to %s: r=%.6g, alpha=%.6g, a=%.6g,"
                    + " b=%.6g. Next %d weeks: %.1f expected orders",
                purchases.customers(),
                f.calibrationEnd(),
                purchases.r(),
                purchases.alpha(),
                purchases.a(),
                purchases.b(),
                f.forecastWeeks(),
                f.expectedOrders())));
    if (f.expectedRevenue() != null && f.expectedClv() != null) {
      html.append(", ")
          .append(f.expectedRevenue().toPlainString())
          .append(' ')
          .append(currency)
          .append(" expected revenue, discounted CLV ")
          .append(f.expectedClv().toPlainString())
          .append(' ')
          .append(currency)
          .append(".");
    } else {
      html.append(". ").append(escape(String.valueOf(f.spendUnavailable()))).append(".");
    }
    html.append("</p>\n");
    ForecastSection.Holdout holdout = f.holdout();
    if (holdout == null || holdout.curve().isEmpty()) {
      html.append("<p>No hold-out: give --calibration-end to compare the forecast with later")
          .append(" orders.</p>\n");
      return;
    }
    html.append("<h2>Expected against actual cumulative repeat purchases</h2>\n<p>")
        .append(
            escape(
                String.format(
                    Locale.ROOT,
                    "Hold-out %s to %s (%.1f weeks): predicted %.1f repeat purchases, actual %d;"
                        + " per-customer correlation %s.",
                    f.calibrationEnd().plusDays(1),
                    holdout.end(),
                    holdout.weeks(),
                    holdout.predicted(),
                    holdout.actual(),
                    holdout.correlation() == null
                        ? "not defined"
                        : String.format(Locale.ROOT, "%.3f", holdout.correlation()))))
        .append("</p>\n");
    holdoutChart(html, holdout, f.calibrationEnd());
  }

  /** Draws the expected and the actual cumulative repeat purchases, with the calibration end. */
  private static void holdoutChart(
      StringBuilder html, ForecastSection.Holdout holdout, java.time.LocalDate calibrationEnd) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    List<ForecastSection.CurvePoint> curve = holdout.curve();
    double max = 1;
    for (ForecastSection.CurvePoint p : curve) {
      max = Math.max(max, Math.max(p.expected(), p.actual()));
    }
    java.time.LocalDate start = curve.get(0).day().minusWeeks(1);
    double span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, holdout.end()));
    StringBuilder expected = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    for (ForecastSection.CurvePoint p : curve) {
      double x =
          LEFT + java.time.temporal.ChronoUnit.DAYS.between(start, p.day()) / span * plotWidth;
      expected.append(
          String.format(
              Locale.ROOT, "%.1f,%.1f ", x, TOP + plotHeight - p.expected() / max * plotHeight));
      actual.append(
          String.format(
              Locale.ROOT, "%.1f,%.1f ", x, TOP + plotHeight - p.actual() / max * plotHeight));
    }
    html.append(svgOpen(WIDTH, HEIGHT, "Expected against actual cumulative repeat purchases"));
    html.append(
            "<polyline class=\"expected\" fill=\"none\" stroke=\"#4e79a7\" stroke-width=\"2\""
                + " stroke-dasharray=\"6 3\" points=\"")
        .append(expected.toString().strip())
        .append("\"/>\n")
        .append(
            "<polyline class=\"actual\" fill=\"none\" stroke=\"#e15759\" stroke-width=\"2\""
                + " points=\"")
        .append(actual.toString().strip())
        .append("\"/>\n");
    double xEnd =
        LEFT + java.time.temporal.ChronoUnit.DAYS.between(start, calibrationEnd) / span * plotWidth;
    html.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>%n"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">calibration end %s</text>%n",
            xEnd,
            TOP,
            xEnd,
            TOP + plotHeight,
            xEnd + 4,
            TOP + 12,
            calibrationEnd));
    axes(html, plotWidth, plotHeight);
    html.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">%.0f</text>%n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>%n"
                + "<text x=\"%d\" y=\"%d\" font-size=\"11\">expected (dashed, blue) and actual"
                + " (red) cumulative repeat purchases</text>%n",
            LEFT - 4,
            TOP + 8,
            max,
            LEFT,
            HEIGHT - 22,
            start,
            WIDTH - RIGHT,
            HEIGHT - 22,
            holdout.end(),
            LEFT,
            HEIGHT - 6));
    html.append("</svg>\n");
  }

  /** Draws two horizontal bar charts side by side: tier counts and RFM segment counts. */
  private static void counts(
      StringBuilder html, Map<String, Long> tiers, Map<String, Long> segments) {
    int rows = Math.max(tiers.size(), segments.size());
    int height = TOP + rows * 22 + BOTTOM;
    html.append(svgOpen(WIDTH, height, "Customers per tier and per RFM segment"));
    bars(html, "tier", tiers, 0, "#59a14f");
    bars(html, "rfm-segment", segments, WIDTH / 2, "#f28e2b");
    html.append("</svg>\n");
  }

  private static void bars(
      StringBuilder html, String kind, Map<String, Long> counts, int x0, String colour) {
    long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
    int labelWidth = 130;
    int barWidth = WIDTH / 2 - labelWidth - 60;
    int y = TOP;
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      double w = (double) entry.getValue() / max * barWidth;
      html.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n"
                  + "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\"><title>%s: %d</title></rect>%n"
                  + "<text x=\"%.1f\" y=\"%d\" font-size=\"12\">%d</text>%n",
              x0 + 4,
              y + 12,
              escape(entry.getKey()),
              kind,
              x0 + labelWidth,
              y,
              w,
              colour,
              escape(entry.getKey()),
              entry.getValue(),
              x0 + labelWidth + w + 4,
              y + 12,
              entry.getValue()));
      y += 22;
    }
  }

  private static void axes(StringBuilder html, int plotWidth, int plotHeight) {
    html.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
            LEFT,
            TOP + plotHeight,
            LEFT + plotWidth,
            TOP + plotHeight,
            LEFT,
            TOP,
            LEFT,
            TOP + plotHeight));
  }

  private static String svgOpen(int width, int height, String label) {
    return String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
        width,
        height,
        width,
        height,
        escape(label));
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
