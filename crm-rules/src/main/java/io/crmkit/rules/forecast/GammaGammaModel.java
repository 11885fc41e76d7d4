package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.forecast.ModelKey;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * A fitted Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV: Using Iso-Value
 * Curves for Customer Base Analysis"): a customer's transaction values vary around its mean as
 * Gamma(p, ν), and ν varies across customers as Gamma(q, γ); spend is independent of how often the
 * customer buys. It is fitted on the customers with repeat transactions, from the mean value of
 * those repeats.
 *
 * @param p the shape of a customer's transaction values
 * @param q the shape of the distribution of ν across customers
 * @param gamma the scale of the distribution of ν across customers, in {@code currency}
 * @param currency the currency of the values
 * @param fitDate the day the model was fitted
 * @param logLikelihood the log-likelihood of the calibration data at the parameters
 * @param customers how many customers (with valued repeat transactions) it was fitted on
 * @since 0.1
 */
public record GammaGammaModel(
    double p,
    double q,
    double gamma,
    Currency currency,
    LocalDate fitDate,
    double logLikelihood,
    int customers) {

  /**
   * The start of the kind under which {@link #toFitted} stores the model; the ISO 4217 code of the
   * currency follows, as in {@code gamma-gamma:CNY}. The currency is part of the kind, not a
   * parameter, because it says what {@code gamma} means (a scale in that currency) and parameters
   * are numbers only: a model in another currency is another kind of model.
   */
  public static final String KIND_PREFIX = "gamma-gamma:";

  private static final List<String> PARAMETERS = List.of("p", "q", "gamma");

  /** The fewest customers with valued repeat transactions {@link #fit} accepts. */
  public static final int MIN_CUSTOMERS = 10;

  /**
   * Validates the parameters and lists every problem.
   *
   * @throws ValidationException if a parameter is not positive and finite, {@code q} is not above 1
   *     (the mean spend would be infinite), the log-likelihood is not finite or no customer was
   *     fitted
   */
  public GammaGammaModel {
    requireNonNull(currency, "currency");
    requireNonNull(fitDate, "fitDate");
    List<FieldError> errors = new ArrayList<>();
    if (!(p > 0 && Double.isFinite(p))) {
      errors.add(new FieldError("p", String.valueOf(p), "must be positive and finite"));
    }
    if (!(q > 1 && Double.isFinite(q))) {
      errors.add(new FieldError("q", String.valueOf(q), "must be finite and above 1"));
    }
    if (!(gamma > 0 && Double.isFinite(gamma))) {
      errors.add(new FieldError("gamma", String.valueOf(gamma), "must be positive and finite"));
    }
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
   * Fits the model by maximum likelihood to the customers with valued repeat transactions; the
   * others are skipped.
   *
   * @param customers the customers' summaries
   * @param fitDate the day of the fit, recorded in the model
   * @return the model, or why there is none: fewer than {@value #MIN_CUSTOMERS} customers with
   *     valued repeats, no converged maximum, or a maximum at {@code q ≤ 1}
   * @throws ValidationException if the customers with valued repeats are in more than one currency
   */
  public static FitResult<GammaGammaModel> fit(
      Collection<PurchaseSummary> customers, LocalDate fitDate) {
    requireNonNull(customers, "customers");
    requireNonNull(fitDate, "fitDate");
    List<PurchaseSummary> repeaters =
        customers.stream().filter(c -> c.valuedRepeats() > 0).toList();
    if (repeaters.isEmpty()) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.NO_REPEAT_PURCHASES,
          "none of the " + customers.size() + " customers has a valued repeat transaction");
    }
    if (repeaters.size() < MIN_CUSTOMERS) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.TOO_FEW_CUSTOMERS,
          "Gamma-Gamma needs at least "
              + MIN_CUSTOMERS
              + " customers with repeat transactions but had "
              + repeaters.size());
    }
    Currency currency = repeaters.get(0).currency();
    for (PurchaseSummary c : repeaters) {
      if (!c.currency().equals(currency)) {
        throw ValidationException.of(
            "customers",
            c.currency(),
            "must all be valued in one currency, " + currency + ", but one was " + c.currency());
      }
    }
    Likelihood likelihood = new Likelihood(repeaters);
    double meanValue = likelihood.meanOfMeans();
    double[] start = {0, Math.log(2), Math.log(meanValue)};
    LogLikelihoodMaximizer.Optimum optimum = LogLikelihoodMaximizer.maximize(likelihood::at, start);
    if (optimum == null) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.NOT_CONVERGED,
          "the simplex found no maximum of the likelihood of " + repeaters.size() + " customers");
    }
    double[] theta = optimum.logParameters();
    for (double t : theta) {
      if (Math.abs(t) > LogLikelihoodMaximizer.LOG_PARAMETER_LIMIT) {
        return new FitResult.Unavailable<>(
            FitResult.Reason.DEGENERATE,
            "the likelihood is highest at the edge of the parameter space, where a parameter runs to "
                + Math.exp(t)
                + "; the spend data cannot identify the model");
      }
    }
    double q = Math.exp(theta[1]);
    if (!(q > 1)) {
      return new FitResult.Unavailable<>(
          FitResult.Reason.DEGENERATE,
          "the fitted q is " + q + " ≤ 1, so the expected spend per transaction is infinite");
    }
    return new FitResult.Fitted<>(
        new GammaGammaModel(
            Math.exp(theta[0]),
            q,
            Math.exp(theta[2]),
            currency,
            fitDate,
            optimum.logLikelihood(),
            repeaters.size()));
  }

  /**
   * Returns the mean spend per transaction across all customers: {@code pγ / (q − 1)}.
   *
   * @throws ArithmeticException if the mean overflows, for {@code q} barely above 1
   */
  public Money populationAverageValue() {
    return money(p * gamma / (q - 1));
  }

  /**
   * Returns the expected mean value of the customer's future transactions: a weighted mean of the
   * population mean and the customer's own mean repeat value, the more weight on the customer's the
   * more repeats it has; the population mean for a customer without valued repeats.
   *
   * @throws ValidationException if the customer is valued in another currency
   * @throws ArithmeticException if the expected value overflows, for {@code q} barely above 1
   */
  public Money expectedAverageValue(PurchaseSummary customer) {
    return money(expectedAverage(customer));
  }

  /**
   * Returns the model as a new (version 0) {@link FittedModel} of kind {@code gamma-gamma:} and the
   * currency code (see {@link #KIND_PREFIX}) with the parameters {@code p}, {@code q} and {@code
   * gamma}, for {@code crm.models().save}. {@link #fromFitted} gives back an equal model.
   *
   * @param tenant the tenant the model was fitted for
   * @param key the key to store it under
   */
  public FittedModel toFitted(TenantId tenant, ModelKey key) {
    return FittedModel.of(
        tenant,
        key,
        KIND_PREFIX + currency.getCurrencyCode(),
        fitDate,
        logLikelihood,
        customers,
        java.util.Map.of("p", p, "q", q, "gamma", gamma));
  }

  /**
   * Restores a model stored by {@link #toFitted}: its currency, parameters, fit date,
   * log-likelihood and customer count, bit for bit.
   *
   * @throws ValidationException if the kind is not {@code gamma-gamma:} followed by an ISO 4217
   *     currency code, one of {@code p}, {@code q}, {@code gamma} is missing or another parameter
   *     is present (each problem listed), or a parameter is out of range
   */
  public static GammaGammaModel fromFitted(FittedModel model) {
    requireNonNull(model, "model");
    Currency currency = null;
    if (model.kind().startsWith(KIND_PREFIX)) {
      try {
        currency = Currency.getInstance(model.kind().substring(KIND_PREFIX.length()));
      } catch (IllegalArgumentException e) {
        currency = null;
      }
    }
    double[] values =
        StoredParameters.read(model, KIND_PREFIX + "<ISO 4217 code>", currency != null, PARAMETERS);
    return new GammaGammaModel(
        values[0],
        values[1],
        values[2],
        requireNonNull(currency),
        model.fitDate(),
        model.logLikelihood(),
        model.customers());
  }

  /** Returns the expected mean transaction value as a number, in {@link #currency()}. */
  double expectedAverage(PurchaseSummary customer) {
    requireNonNull(customer, "customer");
    if (customer.valuedRepeats() == 0) {
      return p * gamma / (q - 1);
    }
    if (!customer.currency().equals(currency)) {
      throw ValidationException.of(
          "customer",
          customer.currency(),
          "must be valued in the model's currency " + currency + " but was " + customer.currency());
    }
    double x = customer.valuedRepeats();
    double mean = customer.meanRepeatValue().doubleValue();
    return (gamma + mean * x) * p / (p * x + q - 1);
  }

  /**
   * Returns the amount in {@link #currency()}, rounded to its minor unit.
   *
   * @throws ArithmeticException if the amount is not finite, as when {@code q} lies so close to 1
   *     that the mean spend overflows, naming the amount and the parameters
   */
  Money money(double amount) {
    if (!Double.isFinite(amount)) {
      throw new ArithmeticException(
          "the Gamma-Gamma model with p="
              + p
              + ", q="
              + q
              + ", gamma="
              + gamma
              + " gives an amount of "
              + amount
              + ", not a finite number of "
              + currency);
    }
    return Money.of(
        BigDecimal.valueOf(amount)
            .setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN),
        currency);
  }

  /**
   * The Gamma-Gamma log-likelihood of customers with valued repeats. The terms that depend on the
   * number of repeats only are computed once per distinct count, and the logarithms of the data
   * once for all, so that a customer costs one logarithm per evaluation.
   */
  static final class Likelihood {
    private final int[] xIndex;
    private final double[] distinctX;
    private final double[] x;
    private final double[] mean;
    private final double[] logMean;
    private final double[] logX;

    Likelihood(List<PurchaseSummary> repeaters) {
      int n = repeaters.size();
      x = new double[n];
      mean = new double[n];
      logMean = new double[n];
      logX = new double[n];
      xIndex = new int[n];
      java.util.TreeMap<Integer, Integer> indexOfX = new java.util.TreeMap<>();
      for (PurchaseSummary c : repeaters) {
        indexOfX.putIfAbsent(c.valuedRepeats(), 0);
      }
      distinctX = new double[indexOfX.size()];
      int next = 0;
      for (var entry : indexOfX.entrySet()) {
        distinctX[next] = entry.getKey();
        entry.setValue(next++);
      }
      for (int i = 0; i < n; i++) {
        PurchaseSummary c = repeaters.get(i);
        x[i] = c.valuedRepeats();
        mean[i] = c.meanRepeatValue().doubleValue();
        logMean[i] = Math.log(mean[i]);
        logX[i] = Math.log(x[i]);
        xIndex[i] = indexOfX.get(c.valuedRepeats());
      }
    }

    double meanOfMeans() {
      double sum = 0;
      for (double m : mean) {
        sum += m;
      }
      return sum / mean.length;
    }

    double at(double[] logParameters) {
      return of(Math.exp(logParameters[0]), Math.exp(logParameters[1]), Math.exp(logParameters[2]));
    }

    /**
     * Returns {@code Σ ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m + px ln x − (px +
     * q) ln(γ + mx)}.
     */
    double of(double p, double q, double gamma) {
      double[] gammas = new double[distinctX.length];
      double constant = -Gamma.logGamma(q) + q * Math.log(gamma);
      for (int j = 0; j < distinctX.length; j++) {
        double px = p * distinctX[j];
        gammas[j] = Gamma.logGamma(px + q) - Gamma.logGamma(px) + constant;
      }
      double sum = 0;
      for (int i = 0; i < x.length; i++) {
        double px = p * x[i];
        sum +=
            gammas[xIndex[i]]
                + (px - 1) * logMean[i]
                + px * logX[i]
                - (px + q) * Math.log(gamma + mean[i] * x[i]);
      }
      return sum;
    }
  }
}
