package io.crmkit.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads orders from input files by a {@link ColumnMapping}, checking every cell: a row that cannot
 * be used becomes a {@link Reject} naming file, line, column and what was expected, or, when
 * strict, stops the read with a {@link BadInputException}.
 */
final class OrderReader {
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");
  private static final int MAX_INTEGER_DIGITS = 15;

  /** What a read produced: the orders in file order, the rejected rows and the row counts. */
  record Result(List<OrderLine> orders, List<Reject> rejects, long rows, long filtered) {}

  private final ColumnMapping mapping;
  private final boolean strict;
  private final Progress progress;
  private final @Nullable DateTimeFormatter dates;
  private final List<OrderLine> orders = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private @Nullable Currency seen;
  private String seenAt = "";
  private long rows;
  private long filtered;

  OrderReader(ColumnMapping mapping, boolean strict, Progress progress) {
    this.mapping = mapping;
    this.strict = strict;
    this.progress = progress;
    this.dates =
        mapping.dateFormat() == null
            ? null
            : DateTimeFormatter.ofPattern(mapping.dateFormat(), Locale.ROOT);
    this.seen = mapping.currency();
    if (seen != null) {
      seenAt = " as --currency says";
    }
  }

  /** Reads every file in turn. */
  Result read(List<InputFile> files) {
    for (InputFile file : files) {
      TableReader.read(file, mapping.format(), header -> rowsOf(file, header));
    }
    return new Result(List.copyOf(orders), List.copyOf(rejects), rows, filtered);
  }

  private TableReader.RowHandler rowsOf(InputFile file, Header header) {
    int customer = header.index("--customer-column", mapping.customer());
    int date = header.index("--date-column", mapping.date());
    int amount = header.index("--amount-column", mapping.amount());
    int currency =
        mapping.currencyColumn() == null
            ? -1
            : header.index("--currency-column", mapping.currencyColumn());
    int parent = mapping.parent() == null ? -1 : header.index("--parent-column", mapping.parent());
    Map<Integer, String> filters = new LinkedHashMap<>();
    mapping
        .filters()
        .forEach((column, value) -> filters.put(header.index("--filter", column), value));
    return (line, cells) -> {
      rows++;
      progress.step(1);
      for (Map.Entry<Integer, String> filter : filters.entrySet()) {
        if (!cell(cells, filter.getKey()).strip().equals(filter.getValue())) {
          filtered++;
          return;
        }
      }
      Row row = new Row(file.name(), line, cells);
      String key = cell(cells, customer).strip();
      if (key.isEmpty()) {
        row.reject(mapping.customer(), "", "a customer key");
      }
      LocalDate day = parseDate(row, date);
      Currency money = parseCurrency(row, currency);
      BigDecimal value = parseAmount(row, amount, money);
      String parentKey = parent < 0 ? "" : cell(cells, parent).strip();
      if (row.problem != null) {
        reject(row.problem);
      } else if (day != null && value != null && money != null) {
        orders.add(
            new OrderLine(
                file.name(),
                line,
                key,
                parentKey.isEmpty() || parentKey.equals(key) ? null : parentKey,
                day,
                value,
                money));
      }
    };
  }

  private void reject(Reject reject) {
    if (strict) {
      throw new BadInputException(reject);
    }
    rejects.add(reject);
  }

  private @Nullable LocalDate parseDate(Row row, int column) {
    String text = cell(row.cells, column).strip();
    try {
      if (dates != null) {
        return LocalDate.parse(text, dates);
      }
      if (text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
        return LocalDate.parse(text.substring(0, 10));
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      String pattern = mapping.dateFormat() == null ? "yyyy-MM-dd" : mapping.dateFormat();
      row.reject(mapping.date(), text, "a date as " + pattern);
      return null;
    }
  }

  private @Nullable Currency parseCurrency(Row row, int column) {
    Currency currency = mapping.currency();
    if (column >= 0) {
      String code = cell(row.cells, column).strip();
      if (!code.isEmpty()) {
        try {
          currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          row.reject(mapping.currencyColumn(), code, "an ISO 4217 currency code such as USD");
          return null;
        }
      } else if (currency == null) {
        row.reject(mapping.currencyColumn(), "", "an ISO 4217 currency code such as USD");
        return null;
      }
    }
    if (currency == null) {
      return null;
    }
    if (seen == null) {
      seen = currency;
      seenAt = " like the first order (" + row.file + ":" + row.line + ")";
    } else if (!seen.equals(currency)) {
      row.reject(
          mapping.currencyColumn() == null ? "currency" : mapping.currencyColumn(),
          currency.getCurrencyCode(),
          "one currency for all orders: " + seen.getCurrencyCode() + seenAt);
      return null;
    }
    return currency;
  }

  private @Nullable BigDecimal parseAmount(Row row, int column, @Nullable Currency currency) {
    String text = cell(row.cells, column).strip();
    String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
    BigDecimal amount;
    try {
      amount = new BigDecimal(plain);
    } catch (NumberFormatException e) {
      row.reject(mapping.amount(), text, "a decimal amount of 0 or more, such as 1234.50");
      return null;
    }
    if (amount.signum() < 0) {
      row.reject(mapping.amount(), text, "an amount of 0 or more");
      return null;
    }
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      row.reject(mapping.amount(), text, "an amount below 10^" + MAX_INTEGER_DIGITS);
      return null;
    }
    if (currency != null
        && currency.getDefaultFractionDigits() >= 0
        && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
      row.reject(
          mapping.amount(),
          text,
          "at most "
              + currency.getDefaultFractionDigits()
              + " decimals for "
              + currency.getCurrencyCode());
      return null;
    }
    return amount;
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** One row being checked; keeps its first problem. */
  private static final class Row {
    private final String file;
    private final long line;
    private final List<String> cells;
    private @Nullable Reject problem;

    Row(String file, long line, List<String> cells) {
      this.file = file;
      this.line = line;
      this.cells = cells;
    }

    void reject(@Nullable String column, String value, String expected) {
      if (problem == null) {
        problem = new Reject(file, line, column == null ? "" : column, value, expected);
      }
    }
  }
}
