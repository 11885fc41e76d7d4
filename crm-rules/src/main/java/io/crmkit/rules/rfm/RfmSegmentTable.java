package io.crmkit.rules.rfm;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.shared.FieldError;
import io.crmkit.core.shared.ValidationException;
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
   * @throws ValidationException if there are no rows, or a name or priority repeats
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
    return new RfmSegmentTable(
        copy.stream().sorted(Comparator.comparingInt(RfmSegment::priority)).toList());
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
