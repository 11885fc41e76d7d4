package io.crmkit.rules.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 2F1 against closed forms (Abramowitz and Stegun 15.1) and its own transformations. */
class HypergeometricTest {

  private static Offset<Double> relative(double expected, double tolerance) {
    return within(Math.abs(expected) * tolerance);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-20, -3, -0.6, -0.5, -0.1, 1e-6, 0.3, 0.5, 0.9, 0.95, 0.99, 0.99999})
  void f21_oneOneTwo_isMinusLogOfOneMinusZOverZ(double z) {
    // A&S 15.1.3: F(1, 1; 2; z) = −ln(1 − z) / z; c − a − b = 0 is the integer case
    double expected = -Math.log1p(-z) / z;
    assertThat(Hypergeometric.f21(1, 1, 2, z)).isCloseTo(expected, relative(expected, 1e-13));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-5, -0.7, 0.2, 0.8, 0.91, 0.97, 0.9999})
  void f21_cEqualsB_isBinomial(double z) {
    // A&S 15.1.8: F(a, b; b; z) = (1 − z)^(−a)
    double expected = Math.pow(1 - z, -0.3);
    assertThat(Hypergeometric.f21(0.3, 2.7, 2.7, z)).isCloseTo(expected, relative(expected, 1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.5, 0.85, 0.95, 0.999})
  void f21_halfHalfThreeHalves_isArcsine(double s) {
    // A&S 15.1.6: F(1/2, 1/2; 3/2; z²) = arcsin(z) / z; above 0.9 via the 1 − z transformation
    double z = Math.sqrt(s);
    double expected = Math.asin(z) / z;
    assertThat(Hypergeometric.f21(0.5, 0.5, 1.5, s)).isCloseTo(expected, relative(expected, 1e-12));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 0.7, 1, 2, 10})
  void f21_halfOneThreeHalvesOfMinusSquare_isArctangent(double z) {
    // A&S 15.1.5: F(1/2, 1; 3/2; −z²) = arctan(z) / z; beyond −1/2 via the Pfaff transformation
    double expected = Math.atan(z) / z;
    assertThat(Hypergeometric.f21(0.5, 1, 1.5, -z * z))
        .isCloseTo(expected, relative(expected, 1e-13));
  }

  @Test
  void f21_negativeIntegerA_isAPolynomial() {
    double b = 1.7;
    double c = 3.2;
    double z = 0.8;
    double expected = 1 - 2 * b * z / c + b * (b + 1) * z * z / (c * (c + 1));
    assertThat(Hypergeometric.f21(-2, b, c, z)).isCloseTo(expected, within(1e-15));
  }

  @Test
  void f21_closeToOne_approachesGaussSum() {
    // Gauss: F(a, b; c; 1) = Γ(c) Γ(c − a − b) / (Γ(c − a) Γ(c − b)) when c > a + b
    double a = 0.5;
    double b = 0.7;
    double c = 2.5;
    double gauss =
        Math.exp(
            Gamma.logGamma(c)
                + Gamma.logGamma(c - a - b)
                - Gamma.logGamma(c - a)
                - Gamma.logGamma(c - b));
    assertThat(Hypergeometric.f21(a, b, c, 1 - 1e-10)).isCloseTo(gauss, relative(gauss, 1e-8));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.243, 1.3, 5.243, 30.243})
  void f21_acrossTheSwitchToTheOneMinusZTransformation_isContinuous(double r) {
    // The BG/NBD shapes: F(r + x, b + x; a + b + x − 1; z) with CDNOW's a and b
    double a = 0.793;
    double b = 2.426;
    double x = r - 0.243;
    double below = Hypergeometric.f21(r, b + x, a + b + x - 1, 0.9);
    double above = Hypergeometric.f21(r, b + x, a + b + x - 1, Math.nextUp(0.9));
    assertThat(above).isCloseTo(below, relative(below, 1e-11));
    assertThat(Math.exp(Hypergeometric.logF21(r, b + x, a + b + x - 1, 0.9)))
        .isCloseTo(below, relative(below, 1e-13));
  }

  @Test
  void logF21_bgNbdShapesCloseToOne_transformationAgreesWithThePositiveSeries() {
    // F(r + x, b + x; a + b + x − 1; z) for CDNOW's shapes; the all-positive series is slow there
    // but exact, so it checks the 1 − z transformation, including large x where c − a − b < −100
    double r = 0.243;
    double a = 0.793;
    double b = 2.426;
    for (int x : new int[] {0, 1, 5, 20, 60, 150}) {
      for (double z : new double[] {0.92, 0.97, 0.995, 0.9999}) {
        double series = Hypergeometric.logPositiveSeries(r + x, b + x, a + b + x - 1, z);
        assertThat(Hypergeometric.logF21(r + x, b + x, a + b + x - 1, z))
            .as("x=%d z=%s", x, z)
            .isCloseTo(series, within(1e-10 * Math.max(1, Math.abs(series))));
      }
    }
  }

  @Test
  void logF21_largeParameters_doesNotOverflow() {
    // every term is positive; the value is about e^900, beyond a double
    double log = Hypergeometric.logF21(300, 300, 2, 0.95);
    assertThat(log).isFinite().isGreaterThan(709);
    // and it matches the ratio of neighbouring values computed with smaller parameters
    assertThat(Hypergeometric.logF21(3, 3, 2, 0.5))
        .isCloseTo(Math.log(Hypergeometric.f21(3, 3, 2, 0.5)), within(1e-14));
  }

  @Test
  void logAbsGamma_negativeArgument_usesReflection() {
    // Γ(−1/2) = −2√π
    assertThat(Hypergeometric.logAbsGamma(-0.5))
        .isCloseTo(Math.log(2 * Math.sqrt(Math.PI)), within(1e-14));
  }

  @Test
  void f21_outsideTheDomain_throws() {
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("z was 1.0");
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, -2, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2.0");
    assertThatThrownBy(() -> Hypergeometric.f21(Double.NaN, 1, 2, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hypergeometric.logF21(-1, 1, 2, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void f21_seriesThatCannotConverge_throwsInsteadOfGuessing() {
    // integer c − a − b rules out the transformation; at 1 − 1e-12 the series needs ~3e13 terms
    assertThatThrownBy(() -> Hypergeometric.f21(1, 1, 2, 1 - 1e-12))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("did not converge");
  }
}
