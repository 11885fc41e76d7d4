package io.crmkit.rules.forecast;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The outcome of fitting a model: the fitted model, or why no model is available. A fit never
 * returns a model with a {@code NaN} or infinite parameter.
 *
 * @param <M> the model type
 * @since 0.1
 */
public sealed interface FitResult<M> permits FitResult.Fitted, FitResult.Unavailable {

  /** Returns the model, or empty when the fit gave none. */
  Optional<M> model();

  /**
   * Returns the model.
   *
   * @throws IllegalStateException naming the reason when no model is available
   */
  default M orElseThrow() {
    return model()
        .orElseThrow(
            () -> new IllegalStateException("no model: " + ((Unavailable<?>) this).explain()));
  }

  /**
   * A fitted model.
   *
   * @param value the model
   * @param <M> the model type
   */
  record Fitted<M>(M value) implements FitResult<M> {
    /** Requires the model. */
    public Fitted {
      requireNonNull(value, "value");
    }

    @Override
    public Optional<M> model() {
      return Optional.of(value);
    }
  }

  /**
   * No model: the data could not support one.
   *
   * @param reason the kind of problem
   * @param detail what exactly, in words, naming the numbers
   * @param <M> the model type
   */
  record Unavailable<M>(Reason reason, String detail) implements FitResult<M> {
    /** Requires both parts. */
    public Unavailable {
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }

    @Override
    public Optional<M> model() {
      return Optional.empty();
    }

    /** Returns the reason and the detail as one sentence. */
    public String explain() {
      return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + detail;
    }
  }

  /**
   * Why a fit gave no model.
   *
   * @since 0.1
   */
  enum Reason {
    /** Fewer customers than the model needs. */
    TOO_FEW_CUSTOMERS,
    /** No customer bought again, so repeat behaviour cannot be estimated. */
    NO_REPEAT_PURCHASES,
    /** The optimiser did not reach a maximum of the likelihood. */
    NOT_CONVERGED,
    /**
     * The maximum lies where the model's predictions are undefined (for Gamma-Gamma, {@code q ≤ 1}:
     * an infinite mean spend).
     */
    DEGENERATE
  }
}
