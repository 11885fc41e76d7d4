package io.crmkit.examples.report;

import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.rfm.RfmSegment;
import io.crmkit.rules.rfm.RfmSegmentTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an RFM segment table from CSV with the header {@code
 * priority,segment,recency_lower,recency_upper,frequency_lower,frequency_upper,monetary_lower,monetary_upper}:
 * inclusive score ranges, the lowest priority number checked first, and a score no row holds is
 * {@code Others}.
 */
final class RfmSegmentsFile {
  /** The header the file must have, in any column order. */
  static final List<String> HEADER =
      List.of(
          "priority",
          "segment",
          "recency_lower",
          "recency_upper",
          "frequency_lower",
          "frequency_upper",
          "monetary_lower",
          "monetary_upper");

  private RfmSegmentsFile() {}

  /**
   * Reads the table.
   *
   * @throws BadInputException at the first problem, with its line and column
   */
  static RfmSegmentTable read(InputFile file) {
    List<RfmSegment> rows = new ArrayList<>();
    TableReader.read(
        file,
        InputFormat.CSV,
        header -> {
          int[] at = new int[HEADER.size()];
          for (int i = 0; i < HEADER.size(); i++) {
            at[i] = header.index("--rfm-segments", HEADER.get(i));
          }
          return (line, cells) -> {
            int[] numbers = new int[HEADER.size()];
            for (int i = 0; i < HEADER.size(); i++) {
              if (i == 1) {
                continue;
              }
              String text = at[i] < cells.size() ? cells.get(at[i]).strip() : "";
              try {
                numbers[i] = Integer.parseInt(text);
              } catch (NumberFormatException e) {
                throw new BadInputException(
                    new Reject(
                        file.name(),
                        line,
                        HEADER.get(i),
                        text,
                        i == 0
                            ? "a whole number"
                            : "a score from 1 to " + io.crmkit.rules.rfm.RfmScore.MAX_SCORE));
              }
            }
            String name = at[1] < cells.size() ? cells.get(at[1]).strip() : "";
            try {
              rows.add(
                  new RfmSegment(
                      name,
                      numbers[0],
                      RfmSegment.Range.of(numbers[2], numbers[3]),
                      RfmSegment.Range.of(numbers[4], numbers[5]),
                      RfmSegment.Range.of(numbers[6], numbers[7])));
            } catch (ValidationException e) {
              throw new BadInputException(
                  new Reject(
                      file.name(),
                      line,
                      "segment",
                      name,
                      "a valid segment row (" + e.getMessage() + ")"));
            }
          };
        });
    try {
      return RfmSegmentTable.of(rows);
    } catch (ValidationException e) {
      throw new BadInputException(
          new Reject(
              file.name(),
              0,
              "segment",
              "",
              "a segment table crmkit accepts (" + e.getMessage() + ")"));
    }
  }
}
