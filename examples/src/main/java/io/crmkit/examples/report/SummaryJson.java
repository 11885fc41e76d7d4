package io.crmkit.examples.report;

import io.crmkit.rules.forecast.BgNbdModel;
import io.crmkit.rules.forecast.GammaGammaModel;
import io.crmkit.rules.keyaccount.ParetoPoint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code summary.json}: totals, the Pareto points, and the counts per ABC class, tier, RFM
 * segment and lifecycle stage, and the forecast (fitted parameters, totals, hold-out). The JSON is
 * written by hand from maps, lists, strings, numbers and booleans, escaping strings as RFC 8259
 * requires.
 */
final class SummaryJson {
  private SummaryJson() {}

  static String of(Report report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("as_of", report.asOf().toString());
    json.put("currency", report.currency().getCurrencyCode());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("rows", report.rows());
    input.put("filtered", report.filtered());
    input.put("rejected", report.rejects().size());
    input.put("orders", report.orders());
    json.put("input", input);
    json.put("customers", report.customers().size());
    json.put("groups", report.groups().size());
    json.put("total_revenue", report.totalRevenue());
    json.put("pareto_point", pareto(report.customerPareto()));
    json.put("group_pareto_point", pareto(report.groupPareto()));
    json.put("abc_classes", report.abcCounts());
    json.put("key_accounts", Report.keyAccounts(report.customers()).size());
    json.put("key_account_groups", Report.keyAccounts(report.groups()).size());
    json.put("tier_rule", report.tierRule());
    json.put("large_order_threshold", report.largeOrderThreshold());
    json.put("tiers", report.tierCounts());
    json.put("rfm_segments", report.segmentCounts());
    json.put("lifecycle_stages", report.stageCounts());
    json.put("reminder_days", report.reminderDays());
    json.put("reminders", report.reminders().size());
    json.put("forecast", forecast(report.forecast()));
    StringBuilder text = new StringBuilder();
    write(text, json, "");
    return text.append('\n').toString();
  }

  /**
   * Returns the forecast object: the fitted parameters and totals, or {@code available: false} with
   * the reason; a model that is missing is an object with its own reason, never a {@code NaN}.
   */
  private static Map<String, Object> forecast(ForecastSection forecast) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("available", forecast.available());
    if (forecast.unavailable() != null || forecast.purchases() == null) {
      json.put("reason", String.valueOf(forecast.unavailable()));
      json.put("calibration_end", forecast.calibrationEnd().toString());
      return json;
    }
    BgNbdModel purchases = forecast.purchases();
    Map<String, Object> bgnbd = new LinkedHashMap<>();
    bgnbd.put("r", purchases.r());
    bgnbd.put("alpha", purchases.alpha());
    bgnbd.put("a", purchases.a());
    bgnbd.put("b", purchases.b());
    bgnbd.put("log_likelihood", purchases.logLikelihood());
    json.put("bgnbd", bgnbd);
    Map<String, Object> gammaGamma = new LinkedHashMap<>();
    GammaGammaModel spend = forecast.spend();
    if (spend == null) {
      gammaGamma.put("available", false);
      gammaGamma.put("reason", String.valueOf(forecast.spendUnavailable()));
    } else {
      gammaGamma.put("p", spend.p());
      gammaGamma.put("q", spend.q());
      gammaGamma.put("gamma", spend.gamma());
      gammaGamma.put("log_likelihood", spend.logLikelihood());
      gammaGamma.put("customers_fitted", spend.customers());
    }
    json.put("gamma_gamma", gammaGamma);
    json.put("customers_fitted", purchases.customers());
    json.put("calibration_end", forecast.calibrationEnd().toString());
    json.put("forecast_weeks", forecast.forecastWeeks());
    json.put("monthly_discount_rate", forecast.monthlyDiscountRate());
    json.put(
        "expected_orders",
        BigDecimal.valueOf(forecast.expectedOrders())
            .setScale(4, java.math.RoundingMode.HALF_EVEN));
    if (forecast.expectedRevenue() != null && forecast.expectedClv() != null) {
      json.put("expected_revenue", forecast.expectedRevenue());
      json.put("expected_clv", forecast.expectedClv());
    }
    json.put("customers_unscored", forecast.unscored().size());
    ForecastSection.Holdout holdout = forecast.holdout();
    if (holdout != null) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("end", holdout.end().toString());
      h.put("weeks", holdout.weeks());
      h.put("predicted_orders", holdout.predicted());
      h.put("actual_orders", holdout.actual());
      if (holdout.correlation() != null) {
        h.put("correlation", holdout.correlation());
      }
      if (holdout.predictedRevenue() != null) {
        h.put("predicted_revenue", holdout.predictedRevenue());
      }
      h.put("actual_revenue", holdout.actualRevenue());
      json.put("holdout", h);
    }
    return json;
  }

  private static Map<String, Object> pareto(ParetoPoint point) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("revenue_share", point.revenueShare());
    json.put("accounts", point.accounts());
    json.put("account_share", point.accountShare());
    return json;
  }

  private static void write(StringBuilder text, Object value, String indent) {
    if (value instanceof Map<?, ?> map) {
      text.append("{");
      String inner = indent + "  ";
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        text.append(first ? "\n" : ",\n").append(inner);
        string(text, entry.getKey().toString());
        text.append(": ");
        write(text, entry.getValue(), inner);
        first = false;
      }
      text.append(first ? "}" : "\n" + indent + "}");
    } else if (value instanceof List<?> list) {
      text.append("[");
      for (int i = 0; i < list.size(); i++) {
        text.append(i == 0 ? "" : ", ");
        write(text, list.get(i), indent);
      }
      text.append("]");
    } else if (value instanceof BigDecimal number) {
      text.append(number.toPlainString());
    } else if (value instanceof Double number) {
      if (!Double.isFinite(number)) {
        throw new IllegalStateException("summary.json must not hold " + number);
      }
      text.append(number);
    } else if (value instanceof Number || value instanceof Boolean) {
      text.append(value);
    } else {
      string(text, value.toString());
    }
  }

  /** Appends a JSON string: quotes, backslashes and control characters escaped. */
  static void string(StringBuilder text, String value) {
    text.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\t' -> text.append("\\t");
        case '\b' -> text.append("\\b");
        case '\f' -> text.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            text.append(String.format("\\u%04x", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
    text.append('"');
  }
}
