package io.crmkit.examples.report;

/**
 * How an input file separates its columns.
 *
 * @since 0.1
 */
enum InputFormat {
  /** Comma-separated with a header line, quoted fields as RFC 4180, UTF-8 with or without BOM. */
  CSV,
  /** Columns separated by blanks, no header; columns are named by their 1-based position. */
  WHITESPACE
}
