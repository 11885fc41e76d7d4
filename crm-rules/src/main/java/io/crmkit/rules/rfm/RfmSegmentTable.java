package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.RuleSyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names customers by their RFM scores: the rows are checked by priority, lowest number first, and
 * the first whose ranges hold all three scores gives the segment; a score no row holds is {@value
 * #OTHERS}.
 *
 * <p>Rows may overlap, and the earlier row wins where they do; but a row whose every score
 * combination is taken by earlier rows can never match, and a table with one is refused, naming the
 * row and the rows that shadow it.
 *
 * <p>The text form has one row a line, in priority order, with inclusive score ranges:
 *
 * <pre>
 * # segments checked top down
 * Champions: R 4-5, F 4-5, M 4-5
 * At Risk: R 1-2, F 3-5, M 3-5
 * Lost: R 1, F 1-5, M 1-5
 * </pre>
 *
 * @since 0.1
 */
public final class RfmSegmentTable {
  /** The segment of a score that no row holds. */
  public static final String OTHERS = "Others";

  private final List<RfmSegment> rows;

  private RfmSegmentTable(List<RfmSegment> rows) {
    this.rows = rows;
  }

  /**
   * Returns a table of the given rows.
   *
   * @throws ValidationException if there are no rows, a name or priority repeats, or a row can
   *     never match because earlier rows hold every score it holds (naming both)
   */
  public static RfmSegmentTable of(List<RfmSegment> rows) {
    List<RfmSegment> copy = List.copyOf(requireNonNull(rows, "rows"));
    List<FieldError> errors = new ArrayList<>();
    if (copy.isEmpty()) {
      errors.add(new FieldError("rows", "[]", "must hold at least one segment"));
    }
    Set<String> names = new HashSet<>();
    Set<Integer> priorities = new HashSet<>();
    for (RfmSegment row : copy) {
      if (!names.add(row.name())) {
        errors.add(new FieldError("rows.name", row.name(), "must be unique"));
      }
      if (!priorities.add(row.priority())) {
        errors.add(
            new FieldError("rows.priority", String.valueOf(row.priority()), "must be unique"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    List<RfmSegment> sorted =
        copy.stream().sorted(Comparator.comparingInt(RfmSegment::priority)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      List<RfmSegment> shadowing = shadowing(sorted, i);
      if (!shadowing.isEmpty()) {
        errors.add(
            new FieldError(
                "rows[" + i + "]",
                sorted.get(i).name(),
                "can never match: every score it holds is taken by the earlier "
                    + (shadowing.size() == 1 ? "row " : "rows ")
                    + names(shadowing)));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return new RfmSegmentTable(sorted);
  }

  /**
   * Reads a table from its text form: one {@code NAME: R low-high, F low-high, M low-high} a line
   * (a single score such as {@code R 5} stands for {@code 5-5}), in priority order, so that the
   * first line gets priority 1; blank lines and lines starting with {@code #} are skipped.
   *
   * @throws RuleSyntaxException at the first problem, with its line and column and what was
   *     expected: a line without ':', a blank or reserved name, a measure other than R, F or M, a
   *     measure missing or given twice, a range out of 1..{@value RfmScore#MAX_SCORE} or reversed,
   *     a repeated name, no rows at all, or a row that earlier rows shadow completely
   */
  public static RfmSegmentTable parse(String text) {
    return RfmSegmentTableText.parse(requireNonNull(text, "text"));
  }

  /**
   * Writes the text form, one row a line in priority order; {@link #parse} reads it back to the
   * same rows, numbered 1..n.
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    for (RfmSegment row : rows) {
      text.append(row.name())
          .append(": R ")
          .append(range(row.recency()))
          .append(", F ")
          .append(range(row.frequency()))
          .append(", M ")
          .append(range(row.monetary()))
          .append('\n');
    }
    return text.toString();
  }

  /**
   * Returns the earlier rows that together hold every score the row at {@code index} holds, each
   * the first to match some of them; empty if the row can match.
   */
  static List<RfmSegment> shadowing(List<RfmSegment> rowsByPriority, int index) {
    RfmSegment row = rowsByPriority.get(index);
    java.util.LinkedHashSet<RfmSegment> firstMatches = new java.util.LinkedHashSet<>();
    for (int r = row.recency().low(); r <= row.recency().high(); r++) {
      for (int f = row.frequency().low(); f <= row.frequency().high(); f++) {
        for (int m = row.monetary().low(); m <= row.monetary().high(); m++) {
          RfmSegment first = null;
          for (int i = 0; i < index && first == null; i++) {
            RfmSegment earlier = rowsByPriority.get(i);
            if (earlier.recency().contains(r)
                && earlier.frequency().contains(f)
                && earlier.monetary().contains(m)) {
              first = earlier;
            }
          }
          if (first == null) {
            return List.of();
          }
          firstMatches.add(first);
        }
      }
    }
    return rowsByPriority.stream().filter(firstMatches::contains).toList();
  }

  private static String names(List<RfmSegment> rows) {
    return rows.stream()
        .map(r -> "'" + r.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  private static String range(RfmSegment.Range range) {
    return range.low() == range.high() ? "" + range.low() : range.low() + "-" + range.high();
  }

  /**
   * Returns the widely used ten-segment table on 1–5 scores, with the ranges and order of the
   * example in the R package {@code rfm} ({@code rsquaredacademy/rfm}, {@code R/rfm-segment.R}, the
   * {@code rfm_segment} documentation): Champions, Potential Loyalist, Loyal Customers, Promising,
   * New Customers, Can't Lose Them, At Risk, Need Attention, About To Sleep, Lost.
   */
  public static RfmSegmentTable standard() {
    return of(
        List.of(
            row("Champions", 1, 5, 5, 5, 5, 5, 5),
            row("Potential Loyalist", 2, 3, 5, 3, 5, 2, 5),
            row("Loyal Customers", 3, 2, 4, 2, 4, 2, 4),
            row("Promising", 4, 3, 4, 1, 3, 3, 5),
            row("New Customers", 5, 4, 5, 1, 3, 1, 5),
            row("Can't Lose Them", 6, 1, 2, 3, 4, 4, 5),
            row("At Risk", 7, 1, 2, 2, 5, 4, 5),
            row("Need Attention", 8, 1, 3, 3, 5, 3, 5),
            row("About To Sleep", 9, 2, 3, 1, 3, 1, 4),
            row("Lost", 10, 1, 1, 1, 5, 1, 5)));
  }

  /** Returns the rows, lowest priority number first. */
  public List<RfmSegment> rows() {
    return rows;
  }

  /** Returns the name of the first row, by priority, that holds the score, or {@value #OTHERS}. */
  public String segmentOf(RfmScore score) {
    requireNonNull(score, "score");
    for (RfmSegment row : rows) {
      if (row.matches(score)) {
        return row.name();
      }
    }
    return OTHERS;
  }

  private static RfmSegment row(
      String name, int priority, int rLow, int rHigh, int fLow, int fHigh, int mLow, int mHigh) {
    return new RfmSegment(
        name,
        priority,
        RfmSegment.Range.of(rLow, rHigh),
        RfmSegment.Range.of(fLow, fHigh),
        RfmSegment.Range.of(mLow, mHigh));
  }
}
