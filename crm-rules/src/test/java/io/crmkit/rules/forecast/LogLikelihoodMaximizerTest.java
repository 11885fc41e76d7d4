package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogLikelihoodMaximizerTest {

  @Test
  void maximize_smoothFunction_convergesToTheMaximum() {
    LogLikelihoodMaximizer.Optimum optimum =
        LogLikelihoodMaximizer.maximize(
            t -> -(t[0] - 1) * (t[0] - 1) - 3 * (t[1] + 2) * (t[1] + 2) - 0.5 * t[0] * t[1] + 7,
            new double[] {0, 0});
    // ∂/∂t0: −2(t0 − 1) − 0.5 t1 = 0, ∂/∂t1: −6(t1 + 2) − 0.5 t0 = 0
    double t1 = (-12 - 0.5) / (6 - 0.125);
    double t0 = 1 - 0.25 * t1;
    assertThat(optimum.logParameters()[0]).isCloseTo(t0, within(1e-4));
    assertThat(optimum.logParameters()[1]).isCloseTo(t1, within(1e-4));
  }

  @Test
  void maximize_noFiniteValueAnywhere_givesNoOptimum() {
    assertThat(LogLikelihoodMaximizer.maximize(t -> Double.NaN, new double[] {0, 0, 0})).isNull();
  }

  @Test
  void maximize_supremumAtInfinity_stopsAtTheEdgeOfTheSearch() {
    LogLikelihoodMaximizer.Optimum optimum =
        LogLikelihoodMaximizer.maximize(t -> -Math.exp(-t[0]), new double[] {0});
    assertThat(optimum.logParameters()[0])
        .isGreaterThan(LogLikelihoodMaximizer.LOG_PARAMETER_LIMIT);
  }
}
