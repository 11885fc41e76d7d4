package io.crmkit.benchmarks;

import io.crmkit.rules.rfm.RfmInput;
import io.crmkit.rules.rfm.RfmMethod;
import io.crmkit.rules.rfm.RfmScore;
import io.crmkit.rules.rfm.RfmScoring;
import java.util.List;

/** The agreement check of B6, shared by the benchmark set-up and the tests. */
public final class RfmChecks {
  private RfmChecks() {}

  /**
   * Checks that the library and the baseline give every customer the same cell.
   *
   * @return the checksum both agree on
   * @throws IllegalStateException naming the first customer whose cells differ
   */
  public static long checkAgreement(
      RfmAggregates aggregates, List<RfmInput> inputs, RfmMethod method) {
    int[] cells = PrimitiveRfm.cells(aggregates, method, 5);
    List<RfmScore> scores = RfmScoring.score(inputs, method, 5);
    if (scores.size() != cells.length) {
      throw new IllegalStateException(
          "b6 " + method + ": library scored " + scores.size() + " but baseline " + cells.length);
    }
    for (int i = 0; i < cells.length; i++) {
      if (scores.get(i).cell() != cells[i]) {
        throw new IllegalStateException(
            "b6 "
                + method
                + ": customer "
                + aggregates.keys()[i]
                + " is "
                + scores.get(i)
                + " in the library but cell "
                + cells[i]
                + " in the baseline");
      }
    }
    return PrimitiveRfm.checksum(cells);
  }
}
