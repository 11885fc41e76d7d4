package io.crmkit.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the text form of conditions, so that administrators can edit thresholds without a rebuild:
 *
 * <pre>
 * spend_365d &gt;= 100000 CNY and orders_365d &gt;= 5
 * industry in ("manufacturing", "制造业") or tags contains "strategic"
 * not (days_since_last_order &gt; 90) and satisfaction &gt;= 4
 * </pre>
 *
 * Precedence: {@code or} &lt; {@code and} &lt; {@code not} &lt; comparisons; arithmetic {@code + -
 * * /} on numbers. Money fields compare with an amount and an ISO currency. Every error is a {@link
 * RuleSyntaxException} with line, column and what was expected.
 *
 * @since 0.1
 */
public final class RuleParser {
  private final Fields fields;

  private RuleParser(Fields fields) {
    this.fields = fields;
  }

  /** Returns a parser over the given fields. */
  public static RuleParser over(Fields fields) {
    return new RuleParser(requireNonNull(fields, "fields"));
  }

  /**
   * Parses a condition.
   *
   * @param rule the rule's name, used in errors
   * @param text the condition's text
   * @throws RuleSyntaxException at the first problem, with its position
   */
  public Condition parse(String rule, String text) {
    requireNonNull(rule, "rule");
    Parse parse = new Parse(rule, RuleLexer.tokens(rule, requireNonNull(text, "text")));
    Condition condition = parse.or();
    parse.expectEnd();
    return condition;
  }

  /** Quotes a string literal for the text form. */
  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** One parse: a cursor over the tokens. */
  private final class Parse {
    private final String rule;
    private final List<RuleLexer.Token> tokens;
    private int at;

    Parse(String rule, List<RuleLexer.Token> tokens) {
      this.rule = rule;
      this.tokens = tokens;
    }

    Condition or() {
      List<Condition> parts = new ArrayList<>(List.of(and()));
      while (keyword("or")) {
        parts.add(and());
      }
      return parts.size() == 1 ? parts.get(0) : new Condition.Any(parts);
    }

    Condition and() {
      List<Condition> parts = new ArrayList<>(List.of(unary()));
      while (keyword("and")) {
        parts.add(unary());
      }
      return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    Condition unary() {
      if (keyword("not")) {
        return new Condition.Negation(unary());
      }
      if (keyword("true")) {
        return new Condition.Constant(true);
      }
      if (keyword("false")) {
        return new Condition.Constant(false);
      }
      if (peek().is("(")) {
        int start = at;
        try {
          return comparison();
        } catch (RuleSyntaxException notAComparison) {
          at = start;
          next();
          Condition inner = or();
          expect(")", "')'");
          return inner;
        }
      }
      return comparison();
    }

    Condition comparison() {
      RuleLexer.Token first = peek();
      if (first.kind() == RuleLexer.Kind.WORD) {
        Field field = fields.find(first.text()).orElse(null);
        if (field == null && !isKeyword(first.text())) {
          throw problem(
              first, "unknown field '" + first.text() + "'; known fields are " + fields.names());
        }
        if (field instanceof Field.Amount amount) {
          next();
          RuleLexer.Token after = peek();
          if (after.is("+") || after.is("-") || after.is("*") || after.is("/")) {
            throw problem(
                after,
                amount.name()
                    + " is money and cannot be used in arithmetic; compare it with an amount like 100000 CNY");
          }
          Comparison op = operator();
          return new Condition.AmountComparison(amount, op, money(amount));
        }
        if (field instanceof Field.Code code) {
          next();
          return codeCondition(code);
        }
        if (field instanceof Field.Codes codes) {
          next();
          expectKeyword("contains");
          RuleLexer.Token literal = expectString();
          try {
            codes.contains().apply(literal.text());
          } catch (ValidationException e) {
            throw problem(
                literal, "'" + literal.text() + "' is not a valid code: " + e.getMessage());
          }
          return new Condition.Contains(codes, literal.text());
        }
      }
      NumberExpr left = sum();
      Comparison op = operator();
      NumberExpr right = sum();
      return new Condition.NumberComparison(left, op, right);
    }

    private Condition codeCondition(Field.Code code) {
      if (keyword("in")) {
        expect("(", "'(' after in");
        Set<String> codes = new LinkedHashSet<>();
        do {
          codes.add(expectString().text());
        } while (symbol(","));
        expect(")", "')' or ','");
        return new Condition.CodeIn(code, codes);
      }
      RuleLexer.Token opToken = peek();
      Comparison op = operator();
      String literal = expectString().text();
      if (op == Comparison.EQ) {
        return new Condition.CodeIn(code, Set.of(literal));
      }
      if (op == Comparison.NE) {
        return new Condition.Negation(new Condition.CodeIn(code, Set.of(literal)));
      }
      throw problem(opToken, code.name() + " is a code: compare it with =, != or in (...)");
    }

    private Money money(Field.Amount field) {
      RuleLexer.Token number = peek();
      if (number.kind() != RuleLexer.Kind.NUMBER) {
        throw problem(
            number,
            field.name() + " is money: compare it with an amount and a currency like 100000 CNY");
      }
      next();
      RuleLexer.Token currency = peek();
      if (currency.kind() != RuleLexer.Kind.WORD) {
        throw error(currency, "a currency code after " + number.text() + ", like CNY");
      }
      next();
      try {
        return Money.of(new BigDecimal(number.text()), Money.currency(currency.text()));
      } catch (ValidationException e) {
        throw error(currency, "an amount in an ISO currency: " + e.getMessage());
      }
    }

    private NumberExpr sum() {
      NumberExpr left = product();
      while (peek().is("+") || peek().is("-")) {
        char op = next().text().charAt(0);
        left = new NumberExpr.Arithmetic(op, left, product());
      }
      return left;
    }

    private NumberExpr product() {
      NumberExpr left = factor();
      while (peek().is("*") || peek().is("/")) {
        char op = next().text().charAt(0);
        left = new NumberExpr.Arithmetic(op, left, factor());
      }
      return left;
    }

    private NumberExpr factor() {
      RuleLexer.Token token = peek();
      if (token.kind() == RuleLexer.Kind.NUMBER) {
        next();
        return new NumberExpr.Literal(new BigDecimal(token.text()));
      }
      if (token.is("-")) {
        next();
        return new NumberExpr.Arithmetic('-', new NumberExpr.Literal(BigDecimal.ZERO), factor());
      }
      if (token.is("(")) {
        next();
        NumberExpr inner = sum();
        expect(")", "')'");
        return inner;
      }
      if (token.kind() == RuleLexer.Kind.WORD) {
        Field field = fields.find(token.text()).orElse(null);
        if (field instanceof Field.Number number) {
          next();
          return new NumberExpr.FieldRef(number);
        }
        if (field != null) {
          throw problem(token, field.name() + " is not a number and cannot be used in arithmetic");
        }
        throw problem(
            token, "unknown field '" + token.text() + "'; known fields are " + fields.names());
      }
      if (token.kind() == RuleLexer.Kind.STRING) {
        throw error(token, "a number or a number field, not the text " + quote(token.text()));
      }
      throw error(token, "a number, a field or '('");
    }

    private Comparison operator() {
      RuleLexer.Token token = peek();
      for (Comparison op : Comparison.values()) {
        if (token.is(op.symbol()) || op == Comparison.EQ && token.is("==")) {
          next();
          return op;
        }
      }
      throw error(token, "a comparison operator (<, <=, >, >=, =, !=)");
    }

    private RuleLexer.Token expectString() {
      RuleLexer.Token token = peek();
      if (token.kind() != RuleLexer.Kind.STRING) {
        throw error(token, "a quoted code like \"manufacturing\"");
      }
      return next();
    }

    private void expect(String symbol, String what) {
      if (!symbol(symbol)) {
        throw error(peek(), what);
      }
    }

    private void expectKeyword(String word) {
      if (!keyword(word)) {
        throw error(peek(), "'" + word + "'");
      }
    }

    void expectEnd() {
      RuleLexer.Token token = peek();
      if (token.kind() != RuleLexer.Kind.END) {
        throw error(token, "'and', 'or' or the end of the rule");
      }
    }

    private boolean symbol(String symbol) {
      if (peek().is(symbol)) {
        next();
        return true;
      }
      return false;
    }

    private boolean keyword(String word) {
      RuleLexer.Token token = peek();
      if (token.kind() == RuleLexer.Kind.WORD
          && token.text().toLowerCase(Locale.ROOT).equals(word)) {
        next();
        return true;
      }
      return false;
    }

    private boolean isKeyword(String word) {
      return Set.of("and", "or", "not", "in", "contains", "true", "false")
          .contains(word.toLowerCase(Locale.ROOT));
    }

    private RuleLexer.Token peek() {
      return tokens.get(at);
    }

    private RuleLexer.Token next() {
      return tokens.get(at++);
    }

    private RuleSyntaxException problem(RuleLexer.Token token, String problem) {
      return new RuleSyntaxException(rule, token.line(), token.column(), problem);
    }

    private RuleSyntaxException error(RuleLexer.Token token, String expected) {
      String found =
          token.kind() == RuleLexer.Kind.END ? "the end of the rule" : "'" + token.text() + "'";
      return new RuleSyntaxException(
          rule, token.line(), token.column(), "expected " + expected + " but found " + found);
    }
  }
}
