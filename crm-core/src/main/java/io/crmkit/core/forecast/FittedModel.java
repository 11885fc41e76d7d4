package io.crmkit.core.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Codes;
import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.TenantId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A model fitted once for a tenant (or one of its segments) and stored so that customers can be
 * scored as their facts change without refitting: what kind of model it is, its named parameters,
 * the day it was fitted, the log-likelihood of the calibration data and how many customers it was
 * fitted on. The kind says what the parameters mean (crm-rules writes {@code bg-nbd} with {@code
 * r}, {@code alpha}, {@code a}, {@code b}); crm-core stores the numbers and does not interpret
 * them.
 *
 * @param tenant the tenant
 * @param key the model's key within the tenant
 * @param kind what model the parameters belong to: 1 to 64 characters, no control characters
 * @param fitDate the day the model was fitted (the end of its calibration period)
 * @param logLikelihood the log-likelihood of the calibration data at the parameters; finite
 * @param customers how many customers the model was fitted on; at least 1
 * @param parameters the parameters by name, kept unmodifiable in name order: 1 to {@value
 *     #MAX_PARAMETERS} names of a letter followed by up to 63 letters, digits, {@code _}, {@code .}
 *     or {@code -}, each with a finite value
 * @param version the stored version; 0 before the first save
 * @since 0.1
 */
public record FittedModel(
    TenantId tenant,
    ModelKey key,
    String kind,
    LocalDate fitDate,
    double logLikelihood,
    int customers,
    Map<String, Double> parameters,
    long version) {

  /** The most parameters a model may have. */
  public static final int MAX_PARAMETERS = 64;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  /**
   * Validates the model and lists every problem; the parameters are copied in name order.
   *
   * @throws io.crmkit.core.shared.ValidationException if the kind is blank, too long or has control
   *     characters, the log-likelihood is not finite, fewer than one customer was fitted, there are
   *     no or too many parameters, or a parameter's name is malformed or its value not finite
   * @throws IllegalArgumentException if the version is negative
   */
  public FittedModel {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "key");
    requireNonNull(kind, "kind");
    requireNonNull(fitDate, "fitDate");
    requireNonNull(parameters, "parameters");
    Problems problems = Problems.create();
    String givenKind = kind;
    String normalizedKind = problems.value("kind", () -> Codes.normalize("kind", givenKind));
    problems.check(
        Double.isFinite(logLikelihood), "logLikelihood", logLikelihood, "must be finite");
    problems.check(customers >= 1, "customers", customers, "must be at least 1");
    TreeMap<String, Double> sorted = new TreeMap<>();
    parameters.forEach(
        (name, value) -> {
          requireNonNull(name, "parameter name");
          requireNonNull(value, () -> "parameter " + name);
          problems.check(
              NAME.matcher(name).matches(),
              "parameters",
              name,
              "must be a letter followed by up to 63 letters, digits, '_', '.' or '-'");
          problems.check(
              Double.isFinite(value), "parameters." + name, value, "must be a finite number");
          sorted.put(name, value);
        });
    problems.check(!sorted.isEmpty(), "parameters", key, "must not be empty");
    problems.check(
        sorted.size() <= MAX_PARAMETERS,
        "parameters",
        sorted.size(),
        "must be at most " + MAX_PARAMETERS);
    problems.throwIfAny();
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative but was " + version);
    }
    kind = requireNonNull(normalizedKind);
    parameters = Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * Returns a new (unsaved, version 0) model.
   *
   * @throws io.crmkit.core.shared.ValidationException as the constructor does
   */
  public static FittedModel of(
      TenantId tenant,
      ModelKey key,
      String kind,
      LocalDate fitDate,
      double logLikelihood,
      int customers,
      Map<String, Double> parameters) {
    return new FittedModel(tenant, key, kind, fitDate, logLikelihood, customers, parameters, 0);
  }

  /** Returns the value of a parameter, or empty when the model has no parameter of that name. */
  public OptionalDouble parameter(String name) {
    requireNonNull(name, "name");
    Double value = parameters.get(name);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Returns a copy at another version (stores check the version on save). */
  public FittedModel withVersion(long newVersion) {
    return new FittedModel(
        tenant, key, kind, fitDate, logLikelihood, customers, parameters, newVersion);
  }
}
