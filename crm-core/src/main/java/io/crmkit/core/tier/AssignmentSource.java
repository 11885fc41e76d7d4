package io.crmkit.core.tier;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Codes;
import org.jspecify.annotations.Nullable;

/**
 * Who decided a tier assignment: a person by hand, or a rule (named by its id, so that the decision
 * can be traced to the rule set that made it).
 *
 * @param kind manual or rule
 * @param ruleId the rule's id for {@link Kind#RULE}; absent for {@link Kind#MANUAL}
 * @since 0.1
 */
public record AssignmentSource(Kind kind, @Nullable String ruleId) {
  /** A manual assignment. */
  public static final AssignmentSource MANUAL = new AssignmentSource(Kind.MANUAL, null);

  /** How an assignment was decided. */
  public enum Kind {
    /** By a person. */
    MANUAL,
    /** By a rule. */
    RULE
  }

  /**
   * Requires a rule id exactly for rule assignments.
   *
   * @throws io.crmkit.core.shared.ValidationException if the rule id is missing, present for a
   *     manual assignment, or not a valid code
   */
  public AssignmentSource {
    requireNonNull(kind, "kind");
    if (kind == Kind.RULE) {
      if (ruleId == null) {
        throw io.crmkit.core.shared.ValidationException.of(
            "ruleId", null, "is required for a rule assignment");
      }
      ruleId = Codes.normalize("ruleId", ruleId);
    } else if (ruleId != null) {
      throw io.crmkit.core.shared.ValidationException.of(
          "ruleId", ruleId, "must be absent for a manual assignment");
    }
  }

  /** Returns the source for a rule. */
  public static AssignmentSource rule(String ruleId) {
    return new AssignmentSource(Kind.RULE, ruleId);
  }

  /** Returns whether a rule made the assignment. */
  public boolean isRule() {
    return kind == Kind.RULE;
  }

  @Override
  public String toString() {
    return kind == Kind.RULE ? "rule:" + ruleId : "manual";
  }
}
