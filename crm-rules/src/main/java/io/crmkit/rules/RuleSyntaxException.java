package io.crmkit.rules;

import io.crmkit.core.shared.CrmErrorCode;
import io.crmkit.core.shared.CrmException;

/**
 * A rule's text could not be read: a syntax error, an unknown field or a type mismatch, found when
 * the rule is parsed, never when it runs. The message names the rule, the line and column, and what
 * was expected.
 *
 * @since 0.1
 */
public final class RuleSyntaxException extends CrmException {
  private static final long serialVersionUID = 1L;

  private final String rule;
  private final int line;
  private final int column;

  /** Creates the exception for a position of a rule's text. */
  public RuleSyntaxException(String rule, int line, int column, String problem) {
    super(
        CrmErrorCode.RULE_INVALID,
        "rule '" + rule + "', line " + line + ", column " + column + ": " + problem,
        null);
    this.rule = rule;
    this.line = line;
    this.column = column;
  }

  /** Returns the name of the rule. */
  public String rule() {
    return rule;
  }

  /** Returns the line of the problem, from 1. */
  public int line() {
    return line;
  }

  /** Returns the column of the problem, from 1. */
  public int column() {
    return column;
  }
}
