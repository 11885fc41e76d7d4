package io.crmkit.benchmarks;

import io.crmkit.rules.rfm.RfmInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-customer RFM measures folded from an {@link OrderLog}, for every customer with at least one
 * order, in customer order: days from the last order to {@link CustomerBase#AS_OF}, the number of
 * orders, and the money spent in fen. Both B6 sides start from these.
 *
 * @param keys each customer's key
 * @param recencyDays days since each customer's last order
 * @param frequency each customer's number of orders
 * @param fen each customer's spend in fen
 */
public record RfmAggregates(String[] keys, long[] recencyDays, long[] frequency, long[] fen) {

  /** Folds the orders into per-customer measures. */
  public static RfmAggregates of(OrderLog orders) {
    int n = orders.customers();
    int[] lastDay = new int[n];
    long[] count = new long[n];
    long[] total = new long[n];
    java.util.Arrays.fill(lastDay, Integer.MIN_VALUE);
    for (int k = 0; k < orders.size(); k++) {
      int c = orders.customer()[k];
      lastDay[c] = Math.max(lastDay[c], orders.day()[k]);
      count[c]++;
      total[c] += orders.fen()[k];
    }
    int buyers = 0;
    for (long c : count) {
      buyers += c > 0 ? 1 : 0;
    }
    String[] keys = new String[buyers];
    long[] recency = new long[buyers];
    long[] frequency = new long[buyers];
    long[] fen = new long[buyers];
    long asOf = CustomerBase.AS_OF.toEpochDay();
    for (int c = 0, b = 0; c < n; c++) {
      if (count[c] > 0) {
        keys[b] = "customer-" + c;
        recency[b] = asOf - lastDay[c];
        frequency[b] = count[c];
        fen[b] = total[c];
        b++;
      }
    }
    return new RfmAggregates(keys, recency, frequency, fen);
  }

  /** Returns the number of customers with orders. */
  public int size() {
    return keys.length;
  }

  /** Returns the library's input: one {@link RfmInput} per customer, money in yuan. */
  public List<RfmInput> inputs() {
    List<RfmInput> inputs = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      inputs.add(
          new RfmInput(keys[i], recencyDays[i], frequency[i], BigDecimal.valueOf(fen[i], 2)));
    }
    return List.copyOf(inputs);
  }
}
