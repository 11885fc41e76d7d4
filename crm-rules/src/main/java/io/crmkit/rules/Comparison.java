package io.crmkit.rules;

/**
 * A comparison operator of the rule language.
 *
 * @since 0.1
 */
public enum Comparison {
  /** {@code <} */
  LT("<"),
  /** {@code <=} */
  LE("<="),
  /** {@code >} */
  GT(">"),
  /** {@code >=} */
  GE(">="),
  /** {@code =} */
  EQ("="),
  /** {@code !=} */
  NE("!=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the operator as written in the text form. */
  public String symbol() {
    return symbol;
  }

  /** Applies the operator to the sign of a comparison result ({@code compareTo}). */
  public boolean holds(int sign) {
    return switch (this) {
      case LT -> sign < 0;
      case LE -> sign <= 0;
      case GT -> sign > 0;
      case GE -> sign >= 0;
      case EQ -> sign == 0;
      case NE -> sign != 0;
    };
  }

  /**
   * Compares two numbers; with an absent value ({@code NaN}, e.g. no satisfaction score yet) every
   * operator but {@code !=} is false.
   */
  public boolean holds(double left, double right) {
    if (Double.isNaN(left) || Double.isNaN(right)) {
      return this == NE;
    }
    return holds(Double.compare(left, right));
  }
}
