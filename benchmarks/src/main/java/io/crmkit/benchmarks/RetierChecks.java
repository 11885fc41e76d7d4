package io.crmkit.benchmarks;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.rules.CustomerEvaluator;
import io.crmkit.rules.Evaluations;
import io.crmkit.rules.Subject;
import java.util.ArrayList;
import java.util.List;

/** The agreement checks of B1 and B2, shared by the benchmark set-up and the tests. */
public final class RetierChecks {
  private RetierChecks() {}

  /**
   * Checks that the baseline, the library in the calling thread and the library in parallel give
   * the same tally over the base, and that re-evaluating only the changed customers gives what a
   * full pass over the changed base gives for them.
   *
   * @return the agreed tally of the base
   * @throws IllegalStateException naming both tallies at the first disagreement
   */
  public static Tally checkAgreement(
      CustomerBase base,
      CustomerBase.Change change,
      CustomerEvaluator sequential,
      CustomerEvaluator parallel) {
    Tally baseline = HandWrittenRetier.run(base.subjects());
    Tally library = Tally.of(sequential.evaluate(base.subjects()), RetierRules.TIERS);
    same("b1 library", library, "b1 baseline", baseline);
    Tally inParallel = Tally.of(parallel.evaluate(base.subjects()), RetierRules.TIERS);
    same("b1 parallel library", inParallel, "b1 baseline", baseline);

    Evaluations full = sequential.evaluate(change.after().subjects());
    Evaluations incremental = RetierBenchmark.reevaluateChanged(change, sequential);
    Tally fromFull = new Tally(RetierRules.TIERS.size(), RetierRules.SEGMENTS.size());
    List<Subject> changed = new ArrayList<>();
    for (CustomerId id : change.changed()) {
      int at = change.after().indexOf(id);
      int memberships = 0;
      for (int k = 0; k < full.segments().size(); k++) {
        memberships |= full.isMember(at, k) ? 1 << k : 0;
      }
      fromFull.add(RetierRules.TIERS.indexOf(full.tier(at)), memberships);
      changed.add(change.after().subject(id));
    }
    Tally fromIncremental = Tally.of(incremental, RetierRules.TIERS);
    same("b2 incremental", fromIncremental, "b2 full pass", fromFull);
    same("b2 incremental", fromIncremental, "b2 baseline", HandWrittenRetier.run(changed));
    return baseline;
  }

  static void same(String name, Tally tally, String otherName, Tally other) {
    if (!tally.equals(other)) {
      throw new IllegalStateException(
          name + " and " + otherName + " disagree: " + tally + " but " + other);
    }
  }
}
