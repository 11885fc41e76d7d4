package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.rfm.RfmSegment.Range;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The segment table: first match by priority, {@code Others}, and the standard preset. */
class RfmSegmentTableTest {
  private static final RfmInput IN = new RfmInput("a", 1, 1, BigDecimal.ONE);

  private static RfmScore score(int r, int f, int m) {
    return new RfmScore(IN, r, f, m);
  }

  private static String standard(int r, int f, int m) {
    return RfmSegmentTable.standard().segmentOf(score(r, f, m));
  }

  @Test
  void segmentOf_overlappingRows_lowestPriorityNumberWins() {
    RfmSegment broad = new RfmSegment("Broad", 2, Range.of(1, 5), Range.of(1, 5), Range.of(1, 5));
    RfmSegment narrow = new RfmSegment("Narrow", 1, Range.of(4, 5), Range.of(1, 5), Range.of(1, 5));
    RfmSegmentTable table = RfmSegmentTable.of(List.of(broad, narrow));
    assertThat(table.segmentOf(score(4, 1, 1))).isEqualTo("Narrow");
    assertThat(table.segmentOf(score(3, 1, 1))).isEqualTo("Broad");
    assertThat(table.rows()).extracting(RfmSegment::name).containsExactly("Narrow", "Broad");
  }

  @Test
  void segmentOf_noRowHolds_isOthers() {
    RfmSegment top = new RfmSegment("Top", 1, Range.of(5, 5), Range.of(5, 5), Range.of(5, 5));
    assertThat(RfmSegmentTable.of(List.of(top)).segmentOf(score(5, 5, 4)))
        .isEqualTo(RfmSegmentTable.OTHERS);
  }

  @Test
  void of_repeatedNameAndPriority_listsBoth() {
    RfmSegment a = new RfmSegment("A", 1, Range.of(1, 5), Range.of(1, 5), Range.of(1, 5));
    RfmSegment b = new RfmSegment("A", 1, Range.of(1, 2), Range.of(1, 5), Range.of(1, 5));
    assertThatThrownBy(() -> RfmSegmentTable.of(List.of(a, b)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("rows.name", "rows.priority"));
  }

  @Test
  void range_badEnds_listsBoth() {
    assertThatThrownBy(() -> Range.of(0, 11))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.fields()).containsExactly("low", "high"));
  }

  @Test
  void segment_namedOthers_throwsValidation() {
    assertThatThrownBy(
            () -> new RfmSegment("Others", 1, Range.of(1, 5), Range.of(1, 5), Range.of(1, 5)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void standard_hasTheTenSegmentsInTheRPackageOrder() {
    assertThat(RfmSegmentTable.standard().rows())
        .extracting(RfmSegment::name)
        .containsExactly(
            "Champions",
            "Potential Loyalist",
            "Loyal Customers",
            "Promising",
            "New Customers",
            "Can't Lose Them",
            "At Risk",
            "Need Attention",
            "About To Sleep",
            "Lost");
  }

  @Test
  void standard_cells_getTheSegmentOfTheFirstMatchingRow() {
    assertThat(standard(5, 5, 5)).isEqualTo("Champions");
    assertThat(standard(5, 5, 4)).isEqualTo("Potential Loyalist");
    assertThat(standard(4, 3, 2)).isEqualTo("Potential Loyalist");
    assertThat(standard(2, 2, 2)).isEqualTo("Loyal Customers");
    assertThat(standard(3, 1, 3)).isEqualTo("Promising");
    assertThat(standard(5, 1, 1)).isEqualTo("New Customers");
    assertThat(standard(1, 3, 4)).isEqualTo("Can't Lose Them");
    assertThat(standard(2, 5, 5)).isEqualTo("At Risk");
    assertThat(standard(1, 5, 3)).isEqualTo("Need Attention");
    assertThat(standard(3, 1, 1)).isEqualTo("About To Sleep");
    assertThat(standard(1, 1, 1)).isEqualTo("Lost");
    assertThat(standard(2, 1, 5)).isEqualTo(RfmSegmentTable.OTHERS);
    assertThat(standard(4, 4, 1)).isEqualTo(RfmSegmentTable.OTHERS);
  }
}
