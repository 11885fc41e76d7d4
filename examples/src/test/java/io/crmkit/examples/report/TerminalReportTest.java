package io.crmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalReportTest {

  @Test
  void fit_countsHanCharactersAsTwoColumns() {
    assertThat(TerminalReport.fit("上海", 6)).isEqualTo("上海  ");
    assertThat(TerminalReport.fit("Acme", 6)).isEqualTo("Acme  ");
  }

  @Test
  void fit_cutsLongTextWithAnEllipsisWithinTheWidth() {
    assertThat(TerminalReport.fit("华东机电集团", 8)).isEqualTo("华东机… ");
    assertThat(TerminalReport.fit("Smith, Jones & Co", 8)).isEqualTo("Smith, …");
  }
}
