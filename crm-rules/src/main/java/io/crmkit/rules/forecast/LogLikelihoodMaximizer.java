package io.crmkit.rules.forecast;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximises a log-likelihood over the logarithms of positive parameters with the Hipparchus
 * Nelder-Mead simplex, restarted from its own optimum until a restart no longer improves it (the
 * usual guard against a simplex that collapsed early).
 */
final class LogLikelihoodMaximizer {
  /** The largest absolute log-parameter accepted; beyond it the fit has run off to a boundary. */
  static final double LOG_PARAMETER_LIMIT = 18;

  private static final int MAX_EVALUATIONS = 20_000;
  private static final int MAX_RESTARTS = 5;
  private static final double TOLERANCE = 1e-10;

  private LogLikelihoodMaximizer() {}

  /** The optimum: the log-parameters and the log-likelihood there. */
  record Optimum(double[] logParameters, double logLikelihood) {}

  /**
   * Maximises {@code logLikelihood} from {@code start}.
   *
   * @return the optimum, or {@code null} when the simplex ran out of evaluations or never found a
   *     finite likelihood
   */
  static Optimum maximize(ToDoubleFunction<double[]> logLikelihood, double[] start) {
    ObjectiveFunction objective =
        new ObjectiveFunction(
            theta -> {
              for (double t : theta) {
                if (!(Math.abs(t) <= LOG_PARAMETER_LIMIT + 5)) {
                  return Double.MAX_VALUE;
                }
              }
              double value = -logLikelihood.applyAsDouble(theta);
              return Double.isFinite(value) ? value : Double.MAX_VALUE;
            });
    SimplexOptimizer optimizer = new SimplexOptimizer(TOLERANCE, TOLERANCE);
    double[] point = start.clone();
    double best = Double.MAX_VALUE;
    try {
      for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
        PointValuePair pair =
            optimizer.optimize(
                new MaxEval(MAX_EVALUATIONS),
                objective,
                GoalType.MINIMIZE,
                new InitialGuess(point),
                new NelderMeadSimplex(step(point.length)));
        boolean improved = pair.getValue() < best - 1e-9 * Math.max(1, Math.abs(best));
        point = pair.getPoint();
        best = Math.min(best, pair.getValue());
        if (!improved) {
          break;
        }
      }
    } catch (MathIllegalStateException e) {
      return null;
    }
    if (best == Double.MAX_VALUE || !Arrays.stream(point).allMatch(Double::isFinite)) {
      return null;
    }
    return new Optimum(point, -best);
  }

  private static double[] step(int dimension) {
    double[] step = new double[dimension];
    Arrays.fill(step, 0.5);
    return step;
  }
}
