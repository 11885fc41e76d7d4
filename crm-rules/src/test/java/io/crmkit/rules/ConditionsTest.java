package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ValidationException;
import org.junit.jupiter.api.Test;

class ConditionsTest {
  private final Conditions c = Conditions.standard();

  @Test
  void dsl_buildsTheConditionTheParserReads() {
    Condition built =
        Conditions.all(
            c.amount("spend_365d", Comparison.GE, Money.of("100000", "CNY")),
            c.compare(c.number("orders_365d"), Comparison.GE, Conditions.value(5)),
            Conditions.any(c.codeIn("industry", "制造业"), c.contains("tags", "strategic")));

    Condition parsed =
        RuleParser.over(Fields.standard())
            .parse(
                "gold",
                "spend_365d >= 100000 CNY and orders_365d >= 5.0 and (industry in (\"制造业\") or tags contains \"strategic\")");
    assertThat(built).isEqualTo(parsed);
  }

  @Test
  void dsl_wrongFieldOrType_throwsValidation() {
    assertThatThrownBy(() -> c.number("spend_365d"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be a number field");
    assertThatThrownBy(() -> c.codeIn("nonsense", "x")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> c.contains("tags", " ")).isInstanceOf(ValidationException.class);
  }
}
