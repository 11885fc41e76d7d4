package io.crmkit.rules.forecast;

import org.hipparchus.special.Gamma;

/**
 * The Gaussian hypergeometric function {@code 2F1(a, b; c; z)}, which Hipparchus does not have and
 * the BG/NBD predictions need.
 *
 * <p>Inside the unit disc the function is the series {@code Σ (a)n (b)n / (c)n · zⁿ / n!}. The sum
 * stops only when a bound on the whole remaining tail (the current term times {@code q / (1 − q)},
 * where {@code q} bounds every later term ratio) falls below the requested precision; a series that
 * needs more than {@link #MAX_TERMS} terms is reported as an {@link ArithmeticException}, never as
 * a wrong number. Close to {@code z = 1}, where the series converges like {@code zⁿ}, the linear
 * transformation to {@code 1 − z} (Abramowitz and Stegun 15.3.6) is used when {@code c − a − b} is
 * safely away from an integer; below {@code z = −1/2} the Pfaff transformation (15.3.4) maps the
 * argument into {@code (1/3, 1)}.
 */
final class Hypergeometric {
  /** The most terms a series may take. */
  static final int MAX_TERMS = 20_000_000;

  private static final double EPSILON = 1e-16;
  private static final double TRANSFORM_ABOVE = 0.9;
  private static final double MIN_INTEGER_DISTANCE = 0.05;
  private static final double RESCALE = 1e250;
  private static final double LOG_RESCALE = Math.log(RESCALE);

  private Hypergeometric() {}

  /**
   * Returns {@code 2F1(a, b; c; z)} for {@code z < 1}.
   *
   * @throws IllegalArgumentException if {@code z ≥ 1}, a value is not finite or {@code c} is zero
   *     or a negative integer
   * @throws ArithmeticException if the series does not converge within {@link #MAX_TERMS} terms
   */
  static double f21(double a, double b, double c, double z) {
    checkArguments(a, b, c, z);
    if (z < -0.5) {
      // Pfaff: F(a, b; c; z) = (1 − z)^(−a) F(a, c − b; c; z / (z − 1)).
      return Math.pow(1 - z, -a) * f21(a, c - b, c, z / (z - 1));
    }
    if (z > TRANSFORM_ABOVE && canTransform(a, b, c)) {
      return oneMinusZ(a, b, c, z);
    }
    if (a > 0 && b > 0 && c > 0 && z >= 0) {
      return Math.exp(logPositiveSeries(a, b, c, z));
    }
    return series(a, b, c, z);
  }

  /**
   * Returns {@code ln 2F1(a, b; c; z)} for positive {@code a, b, c} and {@code 0 ≤ z < 1}, where
   * every term is positive: summed with rescaling, so that it neither overflows for large
   * parameters nor loses precision to cancellation.
   *
   * @throws IllegalArgumentException if a parameter is not positive or {@code z} is outside {@code
   *     [0, 1)}
   * @throws ArithmeticException if the series does not converge within {@link #MAX_TERMS} terms
   */
  static double logF21(double a, double b, double c, double z) {
    checkArguments(a, b, c, z);
    if (!(a > 0 && b > 0 && c > 0 && z >= 0)) {
      throw new IllegalArgumentException(
          "logF21 needs positive a, b, c and z in [0, 1) but had a="
              + a
              + ", b="
              + b
              + ", c="
              + c
              + ", z="
              + z);
    }
    if (z > TRANSFORM_ABOVE && canTransform(a, b, c)) {
      double value = oneMinusZ(a, b, c, z);
      if (value > 0 && Double.isFinite(value)) {
        return Math.log(value);
      }
    }
    return logPositiveSeries(a, b, c, z);
  }

  private static void checkArguments(double a, double b, double c, double z) {
    if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c) || !Double.isFinite(z)) {
      throw new IllegalArgumentException("2F1 needs finite arguments");
    }
    if (z >= 1) {
      throw new IllegalArgumentException("2F1 is defined here for z < 1 but z was " + z);
    }
    if (c <= 0 && c == Math.rint(c)) {
      throw new IllegalArgumentException("c must not be zero or a negative integer but was " + c);
    }
  }

  static double logPositiveSeries(double a, double b, double c, double z) {
    double term = 1;
    double sum = 1;
    double compensation = 0;
    double logScale = 0;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      term *= ratio;
      // Kahan summation: millions of terms near z = 1 would otherwise lose digits
      double y = term - compensation;
      double next = sum + y;
      compensation = (next - sum) - y;
      sum = next;
      if (sum > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        compensation /= RESCALE;
        logScale += LOG_RESCALE;
      }
      double bound = Math.max(ratio, z);
      if (bound < 1 && term * bound / (1 - bound) <= EPSILON * sum) {
        return logScale + Math.log(sum);
      }
    }
    throw new ArithmeticException(
        "2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in " + MAX_TERMS);
  }

  private static double series(double a, double b, double c, double z) {
    double term = 1;
    double sum = 1;
    double largest = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      term *= ratio;
      if (term == 0) {
        return sum;
      }
      sum += term;
      largest = Math.max(largest, Math.abs(term));
      double bound = Math.max(Math.abs(ratio), Math.abs(z));
      // Past the parameters the ratios tend monotonically to z, so q bounds every later ratio.
      if (n + 1 > Math.max(Math.abs(a), Math.abs(b))
          && n + 1 > Math.abs(c)
          && bound < 1
          && Math.abs(term) * bound / (1 - bound) <= EPSILON * Math.max(Math.abs(sum), 1e-300)) {
        return sum;
      }
    }
    throw new ArithmeticException(
        "2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in " + MAX_TERMS);
  }

  private static boolean canTransform(double a, double b, double c) {
    double d = c - a - b;
    return Math.abs(d - Math.rint(d)) >= MIN_INTEGER_DISTANCE
        && notPole(c - a)
        && notPole(c - b)
        && notPole(a)
        && notPole(b);
  }

  private static boolean notPole(double x) {
    return !(x <= 0 && x == Math.rint(x));
  }

  /** Abramowitz and Stegun 15.3.6: the connection to the series in {@code 1 − z}. */
  private static double oneMinusZ(double a, double b, double c, double z) {
    double d = c - a - b;
    double w = 1 - z;
    double first =
        signedGammaRatio(new double[] {c, d}, new double[] {c - a, c - b}) * series(a, b, 1 - d, w);
    double second =
        signedGammaRatio(new double[] {c, -d}, new double[] {a, b})
            * Math.exp(d * Math.log(w))
            * series(c - a, c - b, 1 + d, w);
    return first + second;
  }

  /** Returns {@code Π Γ(top) / Π Γ(bottom)}, zero when a bottom argument is a pole of Γ. */
  private static double signedGammaRatio(double[] top, double[] bottom) {
    double log = 0;
    int sign = 1;
    for (double x : top) {
      log += logAbsGamma(x);
      sign *= gammaSign(x);
    }
    for (double x : bottom) {
      if (!notPole(x)) {
        return 0;
      }
      log -= logAbsGamma(x);
      sign *= gammaSign(x);
    }
    return sign * Math.exp(log);
  }

  /** Returns {@code ln|Γ(x)|}, by the reflection formula for negative {@code x}. */
  static double logAbsGamma(double x) {
    if (x > 0) {
      return Gamma.logGamma(x);
    }
    // Γ(x) Γ(1 − x) = π / sin(πx)
    return Math.log(Math.PI) - Math.log(Math.abs(Math.sin(Math.PI * x))) - Gamma.logGamma(1 - x);
  }

  private static int gammaSign(double x) {
    if (x > 0) {
      return 1;
    }
    // On (−n − 1, −n) the sign of Γ is (−1)^(n + 1).
    long n = (long) Math.floor(-x);
    return n % 2 == 0 ? -1 : 1;
  }
}
