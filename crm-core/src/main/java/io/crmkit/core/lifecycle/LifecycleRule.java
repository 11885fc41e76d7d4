package io.crmkit.core.lifecycle;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.customer.CustomerSnapshot;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides where a customer stands in the lifecycle; a pure function of the customer, its facts, its
 * current stage and the day. crm-rules supplies the built-in rule ({@code LifecycleRules}); hosts
 * may register their own with {@code CrmKit.builder().lifecycleRule(...)}.
 *
 * @since 0.1
 */
public interface LifecycleRule {

  /** Returns the rule's id, recorded as the actor of every move it makes ({@code rule:<id>}). */
  String id();

  /**
   * Returns the stage the customer should move to, or empty to leave it where it is; {@code
   * current} is absent for a customer whose lifecycle has not begun.
   */
  Optional<StageDecision> decide(
      CustomerSnapshot customer,
      CustomerFacts facts,
      @Nullable LifecycleStage current,
      LocalDate asOf);
}
