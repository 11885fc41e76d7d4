package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A fitted BG/NBD model (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way"): while
 * alive, a customer buys at a Poisson rate λ that varies across customers as Gamma(r, α); after any
 * transaction the customer drops out with probability p that varies as Beta(a, b). Time is in
 * weeks.
 *
 * <p>Fit it once per tenant or segment with {@link #fit}, store the record (its parameters, fit
 * date and log-likelihood) and score customers from their current {@link PurchaseSummary} as their
 * facts change; scoring never refits.
 *
 * @param r the shape of the purchase-rate distribution
 * @param alpha the scale of the purchase-rate distribution, in weeks
 * @param a the first shape of the drop-out distribution
 * @param b the second shape of the drop-out distribution
 * @param fitDate the day the model was fitted (the end of the calibration period)
 * @param logLikelihood the log-likelihood of the calibration data at the parameters
 * @param customers how many customers the model was fitted on
 * @since 0.1
 */
public record BgNbdModel(
    double r,
    double alpha,
    double a,
    double b,
    LocalDate fitDate,
    double logLikelihood,
    int customers) {

  /** The kind under which {@link #toFitted} stores the model: {@value}. */
  public static final String KIND = "bg-nbd";

  private static final List<String> PARAMETERS = List.of("r", "alpha", "a", "b");

  /** The fewest customers {@link #fit} accepts. */
  public static final int MIN_CUSTOMERS = 10;

  /** The longest horizon, in weeks, predictions accept: a hundred years. */
  public static final double MAX_WEEKS = 5200;

  private static final double NEAR_POLE = 1e-4;

  /**
   * Validates the parameters and lists every problem.
   *
   * @throws ValidationException if a parameter is not positive and finite, the log-likelihood is
   *     not finite or no customer was fitted
   */
  public BgNbdModel {
    requireNonNull(fitDate, "fitDate");
    List<FieldError> errors = new ArrayList<>();
    positive(errors, "r", r);
    positive(errors, "alpha", alpha);
    positive(errors, "a", a);
    positive(errors, "b", b);
    if (!Double.isFinite(logLikelihood)) {
      errors.add(new FieldError("logLikelihood", String.valueOf(logLikelihood), "must be finite"));
    }
    if (customers < 1) {
      errors.add(new FieldError("customers", String.valueOf(customers), "must be at least 1"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  /**
   * Fits the model by maximum likelihood to the customers' summaries.
   *
   * @param customers one summary per customer, all observed to the same or to different ends
   * @param fitDate the day of the fit, recorded in the model
   * @return the model, or why there is none: fewer than {@value #MIN_CUSTOMERS} customers, no
   *     repeat purchase, or no converged maximum
   */
  public static FitResult<BgNbdModel> fit(
      Collection<PurchaseSummary> customers, LocalDate fitDate) {
    requireNonNull(customers, "customers");
    requireNonNull(fitDate, "fitDate");
    if (customers.size() < MIN_CUSTOMERS) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.TOO_FEW_CUSTOMERS,
          "BG/NBD needs at least " + MIN_CUSTOMERS + " customers but had " + customers.size());
    }
    if (customers.stream().noneMatch(PurchaseSummary::hasRepeats)) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.NO_REPEAT_PURCHASES,
          "none of the " + customers.size() + " customers bought again");
    }
    if (customers.stream().allMatch(c -> c.age() == 0)) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.TOO_FEW_CUSTOMERS, "every customer was observed for 0 weeks");
    }
    BgNbdLikelihood likelihood = new BgNbdLikelihood(customers);
    double meanAge = customers.stream().mapToDouble(PurchaseSummary::age).average().orElse(1);
    double[] start = {0, Math.log(Math.max(meanAge, 1) / 10), 0, 0};
    LogLikelihoodMaximizer.Optimum optimum = LogLikelihoodMaximizer.maximize(likelihood::at, start);
    if (optimum == null) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.NOT_CONVERGED,
          "the simplex found no maximum of the likelihood of " + customers.size() + " customers");
    }
    double[] theta = optimum.logParameters();
    String[] names = {"r", "alpha", "a", "b"};
    for (int i = 0; i < theta.length; i++) {
      if (Math.abs(theta[i]) > LogLikelihoodMaximizer.LOG_PARAMETER_LIMIT) {
        return new FitResult.Unavailable<>(
            FitResult.Reason.DEGENERATE,
            "the likelihood is highest at the edge of the parameter space, where "
                + names[i]
                + " runs to "
                + Math.exp(theta[i])
                + "; the data cannot identify the model");
      }
    }
    return new FitResult.Fitted<>(
        new BgNbdModel(
            Math.exp(theta[0]),
            Math.exp(theta[1]),
            Math.exp(theta[2]),
            Math.exp(theta[3]),
            fitDate,
            optimum.logLikelihood(),
            customers.size()));
  }

  /**
   * Returns the model as a new (version 0) {@link FittedModel} of kind {@value #KIND} with the
   * parameters {@code r}, {@code alpha}, {@code a} and {@code b}, for {@code crm.models().save}.
   * {@link #fromFitted} gives back an equal model.
   *
   * @param tenant the tenant the model was fitted for
   * @param key the key to store it under
   */
  public FittedModel toFitted(TenantId tenant, ModelKey key) {
    return FittedModel.of(
        tenant,
        key,
        KIND,
        fitDate,
        logLikelihood,
        customers,
        java.util.Map.of("r", r, "alpha", alpha, "a", a, "b", b));
  }

  /**
   * Restores a model stored by {@link #toFitted}: its parameters, fit date, log-likelihood and
   * customer count, bit for bit.
   *
   * @throws ValidationException if the stored model is of another kind, lacks one of {@code r},
   *     {@code alpha}, {@code a}, {@code b} or has any other parameter (each problem listed), or a
   *     parameter is not positive
   */
  public static BgNbdModel fromFitted(FittedModel model) {
    requireNonNull(model, "model");
    double[] p = StoredParameters.read(model, KIND, model.kind().equals(KIND), PARAMETERS);
    return new BgNbdModel(
        p[0], p[1], p[2], p[3], model.fitDate(), model.logLikelihood(), model.customers());
  }

  /**
   * Returns the log-likelihood of other customers' summaries under this model's parameters.
   *
   * @param customers the summaries
   */
  public double logLikelihoodOf(Collection<PurchaseSummary> customers) {
    requireNonNull(customers, "customers");
    return new BgNbdLikelihood(customers).of(r, alpha, a, b);
  }

  /**
   * Returns the probability that the customer is still alive (has not dropped out) at the end of
   * its observation: 1 for a customer without repeats, whom the model lets drop out only after a
   * purchase.
   */
  public double probabilityAlive(PurchaseSummary customer) {
    requireNonNull(customer, "customer");
    if (!customer.hasRepeats()) {
      return 1;
    }
    double x = customer.frequency();
    double logOdds =
        Math.log(a / (b + x - 1))
            + (r + x) * (Math.log(alpha + customer.age()) - Math.log(alpha + customer.recency()));
    return 1 / (1 + Math.exp(logOdds));
  }

  /**
   * Returns how many transactions the customer is expected to make in the next {@code weeks} weeks
   * .
   *
   * @throws ValidationException if {@code weeks} is negative, not finite or above {@value
   *     #MAX_WEEKS}
   * @throws ArithmeticException if the hypergeometric series does not converge, which happens only
   *     for horizons far longer than the customer's history on a model with a tiny {@code alpha}
   */
  public double expectedPurchases(PurchaseSummary customer, double weeks) {
    requireNonNull(customer, "customer");
    checkWeeks(weeks);
    if (weeks == 0) {
      return 0;
    }
    double x = customer.frequency();
    double ageTerm = alpha + customer.age();
    double z = weeks / (ageTerm + weeks);
    double logOneMinusZ = Math.log(ageTerm) - Math.log(ageTerm + weeks);
    double growth =
        removingPoles(
            1 - b - x,
            shape ->
                (shape + b + x - 1)
                    / (shape - 1)
                    * complement(r + x, b + x, shape + b + x - 1, z, logOneMinusZ));
    return growth * probabilityAlive(customer);
  }

  /**
   * Returns how many transactions a customer is expected to make in its first {@code weeks} weeks :
   * the population curve of expected repeat purchases.
   *
   * @throws ValidationException if {@code weeks} is negative, not finite or above {@value
   *     #MAX_WEEKS}
   * @throws ArithmeticException if the hypergeometric series does not converge
   */
  public double expectedPurchasesPopulation(double weeks) {
    checkWeeks(weeks);
    if (weeks == 0) {
      return 0;
    }
    double z = weeks / (alpha + weeks);
    double logOneMinusZ = Math.log(alpha) - Math.log(alpha + weeks);
    return removingPoles(
        1 - b,
        shape -> (shape + b - 1) / (shape - 1) * complement(r, b, shape + b - 1, z, logOneMinusZ));
  }

  /**
   * Returns the population curve: the expected cumulative repeat purchases of a new customer at the
   * end of each of {@code periods} periods of {@code weeksPerPeriod} weeks.
   *
   * @throws ValidationException if {@code periods} is negative, {@code weeksPerPeriod} is not
   *     positive or the horizon exceeds {@value #MAX_WEEKS} weeks
   * @throws ArithmeticException if the hypergeometric series does not converge
   */
  public List<Double> expectedPurchasesPopulation(int periods, double weeksPerPeriod) {
    checkHorizon(periods, weeksPerPeriod);
    List<Double> curve = new ArrayList<>(periods);
    for (int i = 1; i <= periods; i++) {
      curve.add(expectedPurchasesPopulation(i * weeksPerPeriod));
    }
    return List.copyOf(curve);
  }

  /**
   * Evaluates a function of the shape {@code a} with two removable singularities: at {@code a = 1},
   * where the prefactor's denominator {@code a − 1} vanishes, and at {@code a = pole}, where the
   * hypergeometric parameter {@code c = a + b + x − 1} is zero and the prefactor's numerator {@code
   * c} cancels the pole of {@code 2F1} in {@code c}. Within {@value #NEAR_POLE} of either (of both,
   * when they lie close together) it interpolates linearly between the values just outside.
   */
  private double removingPoles(double pole, DoubleUnaryOperator ofShape) {
    double low = Math.min(1, pole);
    double high = Math.max(1, pole);
    double from;
    double to;
    if (high - low < 2 * NEAR_POLE) {
      from = low - NEAR_POLE;
      to = high + NEAR_POLE;
    } else {
      double nearest = Math.abs(a - low) < Math.abs(a - high) ? low : high;
      from = nearest - NEAR_POLE;
      to = nearest + NEAR_POLE;
    }
    if (!(a > from && a < to)) {
      return ofShape.applyAsDouble(a);
    }
    double below = ofShape.applyAsDouble(from);
    double above = ofShape.applyAsDouble(to);
    return below + (above - below) * (a - from) / (to - from);
  }

  /**
   * Returns {@code 1 − (1 − z)^p · 2F1(p, q; c; z)}, in logarithms where the series is positive.
   */
  private static double complement(double p, double q, double c, double z, double logOneMinusZ) {
    if (c > 0) {
      return -Math.expm1(p * logOneMinusZ + Hypergeometric.logF21(p, q, c, z));
    }
    return 1 - Math.exp(p * logOneMinusZ) * Hypergeometric.f21(p, q, c, z);
  }

  private static void checkWeeks(double weeks) {
    if (!(weeks >= 0 && weeks <= MAX_WEEKS)) {
      throw ValidationException.of("weeks", weeks, "must lie between 0 and " + MAX_WEEKS);
    }
  }

  /**
   * Checks a horizon of {@code periods} periods of {@code weeksPerPeriod} weeks and lists every
   * problem.
   *
   * @throws ValidationException if {@code periods} is negative, {@code weeksPerPeriod} is not
   *     positive and finite or the whole horizon exceeds {@value #MAX_WEEKS} weeks
   */
  static void checkHorizon(int periods, double weeksPerPeriod) {
    List<FieldError> errors = new ArrayList<>();
    if (periods < 0) {
      errors.add(new FieldError("periods", String.valueOf(periods), "must not be negative"));
    }
    if (!(weeksPerPeriod > 0 && Double.isFinite(weeksPerPeriod))) {
      errors.add(
          new FieldError(
              "weeksPerPeriod", String.valueOf(weeksPerPeriod), "must be positive and finite"));
    }
    if (errors.isEmpty() && !(periods * weeksPerPeriod <= MAX_WEEKS)) {
      errors.add(
          new FieldError(
              "periods",
              String.valueOf(periods),
              "of "
                  + weeksPerPeriod
                  + " weeks must end within "
                  + MAX_WEEKS
                  + " weeks, so at most "
                  + (int) (MAX_WEEKS / weeksPerPeriod)
                  + " periods"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private static void positive(List<FieldError> errors, String field, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      errors.add(new FieldError(field, String.valueOf(value), "must be positive and finite"));
    }
  }
}
