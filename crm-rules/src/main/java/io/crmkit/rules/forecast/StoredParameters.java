package io.crmkit.rules.forecast;

import io.crmkit.core.forecast.FittedModel;
import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a model's parameters back from a {@link FittedModel}: the kind must match and the
 * parameters must be exactly the model's, no more and no fewer.
 */
final class StoredParameters {
  private StoredParameters() {}

  /**
   * Returns the values of {@code names}, in that order, after checking the kind and that no
   * parameter is missing or unknown.
   *
   * @throws ValidationException listing a wrong kind, every missing and every unknown parameter
   */
  static double[] read(FittedModel model, String kind, boolean kindMatches, List<String> names) {
    List<FieldError> errors = new ArrayList<>();
    if (!kindMatches) {
      errors.add(new FieldError("kind", model.kind(), "must be " + kind));
    }
    Map<String, Double> parameters = model.parameters();
    double[] values = new double[names.size()];
    for (int i = 0; i < names.size(); i++) {
      Double value = parameters.get(names.get(i));
      if (value == null) {
        errors.add(
            new FieldError(
                "parameters." + names.get(i), null, "is missing; " + kind + " needs " + names));
      } else {
        values[i] = value;
      }
    }
    for (Map.Entry<String, Double> entry : parameters.entrySet()) {
      if (!names.contains(entry.getKey())) {
        errors.add(
            new FieldError(
                "parameters." + entry.getKey(),
                String.valueOf(entry.getValue()),
                "is not a parameter of " + kind + ", which has " + names));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return values;
  }
}
