package io.crmkit.benchmarks;

import java.util.SplittableRandom;

/**
 * A deterministic order history for B6, kept as primitive columns (5M {@code Order} records would
 * measure the generator, not RFM): for order {@code k}, the buying customer, the order day (epoch
 * day) and the amount in fen. Most orders go to customers uniformly; three in ten go to a heavy
 * minority, so frequency and money are skewed as in real books. Days span the two years before
 * {@link CustomerBase#AS_OF}; amounts are log-uniform from about 1 to 160,000 CNY.
 *
 * @param customers the number of customers orders may go to
 * @param customer the buying customer of each order, {@code 0 .. customers - 1}
 * @param day the order day of each order, as an epoch day
 * @param fen the amount of each order in fen (hundredths of a yuan)
 */
public record OrderLog(int customers, int[] customer, int[] day, long[] fen) {

  /** Generates {@code orders} orders over {@code customers} customers from {@code seed}. */
  public static OrderLog generate(int customers, int orders, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] customer = new int[orders];
    int[] day = new int[orders];
    long[] fen = new long[orders];
    int last = (int) CustomerBase.AS_OF.toEpochDay();
    for (int k = 0; k < orders; k++) {
      double u = random.nextDouble();
      customer[k] =
          random.nextInt(10) < 7 ? random.nextInt(customers) : (int) (customers * u * u * u);
      day[k] = last - random.nextInt(730);
      fen[k] = (long) Math.exp(random.nextDouble(Math.log(100), Math.log(16_000_000)));
    }
    return new OrderLog(customers, customer, day, fen);
  }

  /** Returns the number of orders. */
  public int size() {
    return customer.length;
  }
}
