package io.crmkit.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * The columns of one input file: the names of its header line, or, for whitespace-separated input,
 * positions only. A column option is matched by exact name, then by name ignoring case and
 * surrounding blanks, then as a 1-based position.
 *
 * @param file the file as named on the command line
 * @param names the header names, trimmed; empty for positional input
 * @since 0.1
 */
record Header(String file, List<String> names) {

  /** Copies the names. */
  public Header {
    requireNonNull(file, "file");
    names = List.copyOf(names);
  }

  /**
   * Returns the 0-based index of the column an option names.
   *
   * @param option the option that named it, for the message, such as {@code --date-column}
   * @param spec the column name or 1-based position
   * @throws BadInputException if the file has no such column
   */
  public int index(String option, String spec) {
    requireNonNull(option, "option");
    requireNonNull(spec, "spec");
    int exact = names.indexOf(spec);
    if (exact >= 0) {
      return exact;
    }
    String wanted = spec.strip().toLowerCase(Locale.ROOT);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
        return i;
      }
    }
    if (spec.strip().matches("[0-9]{1,4}")) {
      int position = Integer.parseInt(spec.strip());
      if (position >= 1 && (names.isEmpty() || position <= names.size())) {
        return position - 1;
      }
    }
    String expected =
        names.isEmpty()
            ? "a 1-based column position for " + option
            : "a column named in the header for "
                + option
                + " (the header has: "
                + String.join(", ", names)
                + ")";
    throw new BadInputException(new Reject(file, 1, spec, spec, expected));
  }
}
