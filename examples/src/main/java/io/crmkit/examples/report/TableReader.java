package io.crmkit.examples.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of one input file with the line each starts on: CSV (header line first, quoted
 * fields that may span lines, CRLF or LF) or whitespace-separated columns without a header. Blank
 * lines are skipped.
 */
final class TableReader {
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

  /** Receives the rows of a file. */
  @FunctionalInterface
  interface RowHandler {
    /** Takes one row: the 1-based line it starts on and its cells. */
    void row(long line, List<String> cells);
  }

  private TableReader() {}

  /**
   * Reads a file, handing its header to {@code start} and every row after it to the handler that
   * {@code start} returns.
   *
   * @throws BadInputException if the file cannot be read, is not UTF-8, or is a CSV file without a
   *     header
   */
  static void read(InputFile file, InputFormat format, Function<Header, RowHandler> start) {
    try (BufferedReader text = file.openText()) {
      if (format == InputFormat.WHITESPACE) {
        readWhitespace(text, start.apply(new Header(file.name(), List.of())));
      } else {
        readCsv(file, text, start);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new BadInputException(
          new Reject(file.name(), 0, "", "", "a readable UTF-8 file (" + describe(e) + ")"));
    }
  }

  private static void readWhitespace(BufferedReader text, RowHandler rows) throws IOException {
    long line = 0;
    for (String row = text.readLine(); row != null; row = text.readLine()) {
      line++;
      String stripped = row.strip();
      if (!stripped.isEmpty()) {
        rows.row(line, Arrays.asList(BLANKS.split(stripped)));
      }
    }
  }

  private static void readCsv(
      InputFile file, BufferedReader text, Function<Header, RowHandler> start) throws IOException {
    try (CSVParser parser = CSV.parse(text)) {
      Iterator<CSVRecord> records = parser.iterator();
      RowHandler rows = null;
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
          cells.add(cell);
        }
        if (rows == null) {
          rows = start.apply(new Header(file.name(), cells.stream().map(String::strip).toList()));
        } else {
          rows.row(line, cells);
        }
      }
      if (rows == null) {
        throw new BadInputException(
            new Reject(file.name(), 1, "", "", "a header line naming the columns"));
      }
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
