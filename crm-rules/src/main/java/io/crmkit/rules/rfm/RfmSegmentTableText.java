package io.crmkit.rules.rfm;

import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.RuleSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the text form of an {@link RfmSegmentTable}, reporting problems by line and column. */
final class RfmSegmentTableText {
  private static final String RULE = "rfm-segments";
  private static final String ROW = "'NAME: R low-high, F low-high, M low-high'";
  private static final String MEASURES = "RFM";

  private RfmSegmentTableText() {}

  static RfmSegmentTable parse(String text) {
    String[] lines = text.split("\n", -1);
    List<RfmSegment> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int lineNo = i + 1;
      int colon = line.lastIndexOf(':');
      if (colon < 0) {
        throw new RuleSyntaxException(
            RULE, lineNo, firstColumn(line), "expected " + ROW + " but found no ':'");
      }
      String name = line.substring(0, colon).strip();
      int nameColumn = firstColumn(line);
      if (name.isEmpty() || name.equals(RfmSegmentTable.OTHERS)) {
        throw new RuleSyntaxException(
            RULE,
            lineNo,
            nameColumn,
            "expected a segment name before ':' other than '" + RfmSegmentTable.OTHERS + "'");
      }
      Integer earlier = names.putIfAbsent(name, lineNo);
      if (earlier != null) {
        throw new RuleSyntaxException(
            RULE,
            lineNo,
            nameColumn,
            "expected each segment name once but '" + name + "' is already on line " + earlier);
      }
      RfmSegment.Range[] ranges = ranges(line, lineNo, colon + 1);
      rows.add(new RfmSegment(name, rows.size() + 1, ranges[0], ranges[1], ranges[2]));
      rowLines.add(lineNo);
    }
    if (rows.isEmpty()) {
      throw new RuleSyntaxException(RULE, 1, 1, "expected at least one row " + ROW);
    }
    for (int i = 0; i < rows.size(); i++) {
      List<RfmSegment> shadowing = RfmSegmentTable.shadowing(rows, i);
      if (!shadowing.isEmpty()) {
        List<String> by = new ArrayList<>();
        for (RfmSegment s : shadowing) {
          by.add("'" + s.name() + "' (line " + rowLines.get(s.priority() - 1) + ")");
        }
        throw new RuleSyntaxException(
            RULE,
            rowLines.get(i),
            firstColumn(lines[rowLines.get(i) - 1]),
            "expected a row that can match, but every score '"
                + rows.get(i).name()
                + "' holds is taken by the earlier "
                + (by.size() == 1 ? "row " : "rows ")
                + String.join(", ", by));
      }
    }
    return RfmSegmentTable.of(rows);
  }

  /** Reads {@code R a-b, F a-b, M a-b} from {@code start}; returns the ranges in R, F, M order. */
  private static RfmSegment.Range[] ranges(String line, int lineNo, int start) {
    RfmSegment.Range[] ranges = new RfmSegment.Range[3];
    int at = start;
    while (true) {
      int end = line.indexOf(',', at);
      String part = line.substring(at, end < 0 ? line.length() : end);
      int partColumn = at + 1 + leading(part);
      String spec = part.strip();
      if (spec.isEmpty()) {
        throw new RuleSyntaxException(
            RULE, lineNo, partColumn, "expected R, F or M and a score range but found nothing");
      }
      int measure = MEASURES.indexOf(spec.charAt(0));
      if (measure < 0 || spec.length() < 2 || !Character.isWhitespace(spec.charAt(1))) {
        throw new RuleSyntaxException(
            RULE,
            lineNo,
            partColumn,
            "expected R, F or M followed by a score range but found '" + spec + "'");
      }
      if (ranges[measure] != null) {
        throw new RuleSyntaxException(
            RULE,
            lineNo,
            partColumn,
            "expected each of R, F and M once but found " + spec.charAt(0) + " again");
      }
      String range = spec.substring(1).strip();
      int rangeColumn = partColumn + spec.indexOf(range, 1);
      ranges[measure] = range(range, lineNo, rangeColumn);
      if (end < 0) {
        break;
      }
      at = end + 1;
    }
    for (int m = 0; m < 3; m++) {
      if (ranges[m] == null) {
        throw new RuleSyntaxException(
            RULE,
            lineNo,
            line.length() + 1,
            "expected ranges for R, F and M but " + MEASURES.charAt(m) + " is missing");
      }
    }
    return ranges;
  }

  private static RfmSegment.Range range(String text, int lineNo, int column) {
    String expected =
        "expected a score or a range low-high within 1-"
            + RfmScore.MAX_SCORE
            + " but found '"
            + text
            + "'";
    if (!text.matches("[0-9]{1,2}(\\s*-\\s*[0-9]{1,2})?")) {
      throw new RuleSyntaxException(RULE, lineNo, column, expected);
    }
    String[] ends = text.split("-");
    int low = Integer.parseInt(ends[0].strip());
    int high = ends.length == 1 ? low : Integer.parseInt(ends[1].strip());
    try {
      return RfmSegment.Range.of(low, high);
    } catch (ValidationException e) {
      throw new RuleSyntaxException(RULE, lineNo, column, expected);
    }
  }

  private static int leading(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstColumn(String line) {
    return leading(line) + 1;
  }
}
