package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

/**
 * One input row the report could not use: where it is (file, line, column), the value found and
 * what was expected there.
 *
 * @param file the file as named on the command line
 * @param line the 1-based line the row starts on
 * @param column the column as named by its option, such as {@code close_value} or {@code 4}
 * @param value the value found, empty when the cell was blank or missing
 * @param expected what the column should have held
 * @since 0.1
 */
record Reject(String file, long line, String column, String value, String expected) {

  /** Requires every part. */
  public Reject {
    requireNonNull(file, "file");
    requireNonNull(column, "column");
    requireNonNull(value, "value");
    requireNonNull(expected, "expected");
  }

  /** Returns the problem as one line: {@code file:line: column 'c': expected … but found '…'}. */
  public String message() {
    return file
        + ":"
        + line
        + ": column '"
        + column
        + "': expected "
        + expected
        + (value.isEmpty() ? " but the cell is blank" : " but found '" + value + "'");
  }
}
