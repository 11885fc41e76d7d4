package io.crmkit.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule's text into tokens with their line and column. */
final class RuleLexer {
  private static final String[] SYMBOLS = {
    ">=", "<=", "!=", "==", ">", "<", "=", "(", ")", ",", "+", "-", "*", "/"
  };

  /** What a token is. */
  enum Kind {
    WORD,
    NUMBER,
    STRING,
    SYMBOL,
    END
  }

  /** One token. */
  record Token(Kind kind, String text, int line, int column) {
    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  private RuleLexer() {}

  /**
   * Splits the text.
   *
   * @throws RuleSyntaxException for a character no token starts with, or an unclosed string
   */
  static List<Token> tokens(String rule, String text) {
    List<Token> tokens = new ArrayList<>();
    int line = 1;
    int lineStart = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int column = i - lineStart + 1;
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < text.length()
            && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
        tokens.add(new Token(Kind.WORD, text.substring(start, i), line, column));
      } else if (Character.isDigit(c)) {
        int start = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        String number = text.substring(start, i);
        if (number.endsWith(".") || number.indexOf('.') != number.lastIndexOf('.')) {
          throw new RuleSyntaxException(
              rule, line, column, "expected a number like 100 or 4.5 but found '" + number + "'");
        }
        tokens.add(new Token(Kind.NUMBER, number, line, column));
      } else if (c == '"') {
        StringBuilder literal = new StringBuilder();
        i++;
        while (true) {
          if (i >= text.length() || text.charAt(i) == '\n') {
            throw new RuleSyntaxException(
                rule, line, column, "expected a closing \" for the text that starts here");
          }
          char d = text.charAt(i);
          if (d == '\\' && i + 1 < text.length()) {
            literal.append(text.charAt(i + 1));
            i += 2;
          } else if (d == '"') {
            i++;
            break;
          } else {
            literal.append(d);
            i++;
          }
        }
        tokens.add(new Token(Kind.STRING, literal.toString(), line, column));
      } else {
        String symbol = symbolAt(text, i);
        if (symbol == null) {
          throw new RuleSyntaxException(
              rule,
              line,
              column,
              "expected a field, a number, a quoted code or an operator but found '" + c + "'");
        }
        tokens.add(new Token(Kind.SYMBOL, symbol, line, column));
        i += symbol.length();
      }
    }
    tokens.add(new Token(Kind.END, "", line, text.length() - lineStart + 1));
    return tokens;
  }

  private static String symbolAt(String text, int i) {
    for (String symbol : SYMBOLS) {
      if (text.startsWith(symbol, i)) {
        return symbol;
      }
    }
    return null;
  }
}
