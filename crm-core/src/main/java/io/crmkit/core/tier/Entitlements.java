package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Problems;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a tier gives its customers: how often the account manager visits, how fast the tenant
 * answers, whether a dedicated account manager (专属客户经理) is required, the standard discount, and
 * free-form typed entitlements an ERP vendor adds ({@code erp.creditDays}).
 *
 * @param visitCadence how often to visit (e.g. one month), if visits are due at all
 * @param responseTime the response-time target, if any
 * @param dedicatedManager whether each customer of the tier must have a dedicated account manager
 * @param discountRate the standard discount as a fraction from 0 to 1 (0.05 is 5%), if any
 * @param extra host-defined typed entitlements
 * @since 0.1
 */
public record Entitlements(
    @Nullable Period visitCadence,
    @Nullable Duration responseTime,
    boolean dedicatedManager,
    @Nullable BigDecimal discountRate,
    CustomAttributes extra) {
  /** No entitlements at all. */
  public static final Entitlements NONE =
      new Entitlements(null, null, false, null, CustomAttributes.empty());

  /**
   * Validates every part and lists all problems.
   *
   * @throws io.crmkit.core.shared.ValidationException if the cadence or response time is not
   *     positive, or the discount rate is outside 0 to 1
   */
  public Entitlements {
    requireNonNull(extra, "extra");
    Problems problems = Problems.create();
    problems.check(
        visitCadence == null || !visitCadence.isNegative() && !visitCadence.isZero(),
        "visitCadence",
        visitCadence,
        "must be a positive period");
    problems.check(
        responseTime == null || !responseTime.isNegative() && !responseTime.isZero(),
        "responseTime",
        responseTime,
        "must be a positive duration");
    problems.check(
        discountRate == null
            || discountRate.signum() >= 0 && discountRate.compareTo(BigDecimal.ONE) <= 0,
        "discountRate",
        discountRate == null ? null : discountRate.toPlainString(),
        "must be between 0 and 1");
    problems.throwIfAny();
  }

  /** Returns a copy with the visit cadence. */
  public Entitlements visitEvery(Period cadence) {
    return new Entitlements(cadence, responseTime, dedicatedManager, discountRate, extra);
  }

  /** Returns a copy with the response-time target. */
  public Entitlements respondWithin(Duration target) {
    return new Entitlements(visitCadence, target, dedicatedManager, discountRate, extra);
  }

  /** Returns a copy that requires a dedicated account manager. */
  public Entitlements withDedicatedManager() {
    return new Entitlements(visitCadence, responseTime, true, discountRate, extra);
  }

  /** Returns a copy with the standard discount, e.g. {@code new BigDecimal("0.05")}. */
  public Entitlements discount(BigDecimal rate) {
    return new Entitlements(visitCadence, responseTime, dedicatedManager, rate, extra);
  }

  /** Returns a copy with a host-defined entitlement. */
  public <T> Entitlements with(AttributeKey<T> key, T value) {
    return new Entitlements(
        visitCadence, responseTime, dedicatedManager, discountRate, extra.with(key, value));
  }

  /** Returns a host-defined entitlement, if set. */
  public <T> Optional<T> get(AttributeKey<T> key) {
    return extra.get(key);
  }
}
