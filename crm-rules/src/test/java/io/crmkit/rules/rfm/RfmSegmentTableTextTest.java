package io.crmkit.rules.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.ValidationException;
import io.crmkit.rules.RuleSyntaxException;
import io.crmkit.rules.rfm.RfmSegment.Range;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RfmSegmentTableTextTest {

  @Test
  void parse_rowsInOrder_givesPrioritiesAndRanges() {
    RfmSegmentTable table =
        RfmSegmentTable.parse(
            """
            # best first
            Champions: R 4-5, F 4-5, M 4-5

              Can't Lose Them:  M 4-5 , R 1-2,F 3-4
            Lost: R 1, F 1-5, M 1-5
            """);

    assertThat(table.rows())
        .containsExactly(
            new RfmSegment("Champions", 1, Range.of(4, 5), Range.of(4, 5), Range.of(4, 5)),
            new RfmSegment("Can't Lose Them", 2, Range.of(1, 2), Range.of(3, 4), Range.of(4, 5)),
            new RfmSegment("Lost", 3, Range.of(1, 1), Range.of(1, 5), Range.of(1, 5)));
    assertThat(table.segmentOf(score(5, 4, 4))).isEqualTo("Champions");
    assertThat(table.segmentOf(score(1, 1, 1))).isEqualTo("Lost");
  }

  @Test
  void toText_standardTable_readsBackToTheSameRows() {
    RfmSegmentTable standard = RfmSegmentTable.standard();

    String text = standard.toText();

    assertThat(RfmSegmentTable.parse(text).rows()).isEqualTo(standard.rows());
    assertThat(text)
        .startsWith("Champions: R 5, F 5, M 5\nPotential Loyalist: R 3-5, F 3-5, M 2-5\n")
        .endsWith("Lost: R 1, F 1-5, M 1-5\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          no rows           | `# nothing\\n`                                   | 1 | 1  | expected at least one row
          no colon          | Champions R 4-5, F 4-5, M 4-5                     | 1 | 1  | found no ':'
          blank name        | A: R 1, F 1, M 1\\n  : R 2, F 2, M 2              | 2 | 3  | expected a segment name before ':'
          reserved name     | Others: R 1, F 1, M 1                             | 1 | 1  | other than 'Others'
          repeated name     | A: R 1, F 1, M 1\\nA: R 2, F 2, M 2               | 2 | 1  | expected each segment name once but 'A' is already on line 1
          unknown measure   | A: R 1, X 1, M 1                                  | 1 | 9  | expected R, F or M followed by a score range but found 'X 1'
          measure twice     | A: R 1, R 2, M 1                                  | 1 | 9  | expected each of R, F and M once but found R again
          measure missing   | A: R 1, M 1                                       | 1 | 12 | expected ranges for R, F and M but F is missing
          empty part        | A: R 1,, F 1, M 1                                 | 1 | 8  | expected R, F or M and a score range but found nothing
          range zero        | A: R 0-3, F 1, M 1                                | 1 | 6  | expected a score or a range low-high within 1-10 but found '0-3'
          range reversed    | A: R 5-3, F 1, M 1                                | 1 | 6  | but found '5-3'
          range not numbers | A: R a-b, F 1, M 1                                | 1 | 6  | but found 'a-b'
          range too high    | A: R 1, F 1, M 1-11                               | 1 | 16 | but found '1-11'
          """)
  void parse_error_givesLineColumnAndWhatWasExpected(
      String kind, String text, int line, int column, String expected) {
    assertThatThrownBy(() -> RfmSegmentTable.parse(text.replace("\\n", "\n")))
        .as(kind)
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.line()).as("%s: line of %s", kind, e.getMessage()).isEqualTo(line);
              assertThat(e.column()).as("%s: column of %s", kind, e.getMessage()).isEqualTo(column);
            })
        .hasMessageContaining(expected);
  }

  @Test
  void parse_rowShadowedByEarlierRows_namesItAndTheRowsThatShadowIt() {
    String text =
        """
        High R: R 4-5, F 1-5, M 1-5
        Mid: R 3, F 1-5, M 1-5
        # everything from R 3 up is taken
        Middle And Up: R 3-5, F 2-4, M 1-5
        Low: R 1-2, F 1-5, M 1-5
        """;

    assertThatThrownBy(() -> RfmSegmentTable.parse(text))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.line()).isEqualTo(4);
              assertThat(e.column()).isEqualTo(1);
            })
        .hasMessageContaining(
            "every score 'Middle And Up' holds is taken by the earlier rows 'High R' (line 1),"
                + " 'Mid' (line 2)");
  }

  @Test
  void of_rowShadowedByOneEarlierRow_throwsValidationNamingBoth() {
    RfmSegment broad = new RfmSegment("Broad", 1, Range.of(1, 5), Range.of(1, 5), Range.of(1, 5));
    RfmSegment narrow = new RfmSegment("Narrow", 2, Range.of(4, 5), Range.of(1, 5), Range.of(1, 5));

    assertThatThrownBy(() -> RfmSegmentTable.of(List.of(narrow, broad)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .hasToString(
                        "rows[1] can never match: every score it holds is taken by the earlier"
                            + " row 'Broad' but was 'Narrow'"));
  }

  @Test
  void of_overlapThatStillMatchesSomewhere_isAllowed() {
    RfmSegment narrow = new RfmSegment("Narrow", 1, Range.of(4, 5), Range.of(1, 5), Range.of(1, 5));
    RfmSegment broad = new RfmSegment("Broad", 2, Range.of(1, 5), Range.of(1, 5), Range.of(1, 5));

    assertThat(RfmSegmentTable.of(List.of(narrow, broad)).rows()).hasSize(2);
  }

  private static RfmScore score(int r, int f, int m) {
    return new RfmScore(new RfmInput("c", 1, 1, BigDecimal.ONE), r, f, m);
  }
}
