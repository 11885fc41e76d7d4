package io.crmkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.Feedback;
import io.crmkit.core.activity.FeedbackChannel;
import io.crmkit.core.activity.Order;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.NewCustomer;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RuleParserTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final CustomerId ID = CustomerId.of(new UUID(0, 1));
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
  private static final RuleParser PARSER = RuleParser.over(Fields.standard());

  private static Subject subject(int orders, String amountEach, String industry, String... tags) {
    Customer customer =
        Customer.register(
            ID,
            NewCustomer.organization(TENANT, "华东机电集团").industry(industry).tags(tags),
            NOW.minusSeconds(86_400L * 400));
    List<RecordedActivity> history = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      Order order = Order.of(TENANT, ID, Money.of(amountEach, "CNY"), AS_OF.minusDays(10L * i));
      history.add(new RecordedActivity(ActivityId.of(new UUID(1, i)), NOW, order));
    }
    history.add(
        new RecordedActivity(
            ActivityId.of(new UUID(2, 0)),
            NOW,
            Feedback.satisfaction(TENANT, ID, 4, FeedbackChannel.SURVEY, NOW)));
    return new Subject(customer.snapshot(), CustomerFacts.rebuild(TENANT, ID, history), AS_OF);
  }

  private static boolean eval(String text, Subject subject) {
    return PARSER.parse("test", text).compile().test(subject);
  }

  @Test
  void parse_spendAndOrders_decidesOnTheFacts() {
    Subject big = subject(6, "20000", "manufacturing");
    Subject small = subject(2, "20000", "manufacturing");

    String gold = "spend_365d >= 100000 CNY and orders_365d >= 5";
    assertThat(eval(gold, big)).isTrue();
    assertThat(eval(gold, small)).isFalse();
    assertThat(eval("spend_365d >= 100000 USD", big))
        .as("spend is read in the rule's currency")
        .isFalse();
  }

  @Test
  void parse_codesTagsArithmeticAndNot() {
    Subject s = subject(3, "1000", "制造业", "strategic");

    assertThat(eval("industry in (\"manufacturing\", \"制造业\")", s)).isTrue();
    assertThat(eval("industry != \"制造业\"", s)).isFalse();
    assertThat(eval("tags contains \"strategic\" and not tags contains \"vip\"", s)).isTrue();
    assertThat(eval("(orders_lifetime + 1) * 2 = 8", s)).isTrue();
    assertThatThrownBy(() -> eval("spend_lifetime / 3 > 0", s))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("spend_lifetime is money and cannot be used in arithmetic");
  }

  @Test
  void parse_absentValues_makeComparisonsFalse() {
    Subject none = subject(0, "1", "x");
    assertThat(eval("days_since_last_order > 90", none)).isFalse();
    assertThat(eval("days_since_last_order <= 90", none)).isFalse();
    assertThat(eval("satisfaction >= 4", none)).isTrue();
    assertThat(eval("orders_365d / 0 > 1", none)).isFalse();
  }

  @Test
  void parse_precedence_andBindsTighterThanOr() {
    Subject s = subject(1, "10", "x");
    assertThat(eval("true or false and false", s)).isTrue();
    assertThat(eval("(true or false) and false", s)).isFalse();
    assertThat(eval("not true or true", s)).isTrue();
  }

  @Test
  void toString_readsBackToAnEqualCondition() {
    for (String text :
        List.of(
            "spend_365d >= 100000 CNY and orders_365d >= 5",
            "industry in (\"a\", \"b\") or tags contains \"x\\\"y\"",
            "not (orders_30d > 1 or nps < 0) and (orders_lifetime + 2) * 3 != 7")) {
      Condition parsed = PARSER.parse("round-trip", text);
      assertThat(PARSER.parse("round-trip", parsed.toString())).isEqualTo(parsed);
    }
  }

  @Test
  void parse_unknownField_namesLineAndColumn() {
    assertThatThrownBy(() -> PARSER.parse("gold", "orders_365d >= 5 and\n  spend_12m >= 1 CNY"))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("gold");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isEqualTo(3);
            })
        .hasMessageContaining("unknown field 'spend_12m'");
  }

  @Test
  void parse_typeMismatches_areCaughtAtParseTime() {
    assertThatThrownBy(() -> PARSER.parse("r", "spend_365d >= \"abc\""))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("spend_365d is money");
    assertThatThrownBy(() -> PARSER.parse("r", "spend_365d >= 100 XYZ"))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("ISO currency");
    assertThatThrownBy(() -> PARSER.parse("r", "orders_365d >= \"five\""))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("not the text \"five\"");
    assertThatThrownBy(() -> PARSER.parse("r", "industry > \"a\""))
        .isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("industry is a code");
    assertThatThrownBy(() -> PARSER.parse("r", "industry + 1 > 2"))
        .isInstanceOf(RuleSyntaxException.class);
  }

  @Test
  void parse_syntaxErrors_sayWhatWasExpected() {
    assertThatThrownBy(() -> PARSER.parse("r", "orders_365d >="))
        .isInstanceOfSatisfying(
            RuleSyntaxException.class, e -> assertThat(e.column()).isEqualTo(15))
        .hasMessageContaining("expected a number, a field or '(' but found the end of the rule");
    assertThatThrownBy(() -> PARSER.parse("r", "orders_365d >= 5 5"))
        .hasMessageContaining("expected 'and', 'or' or the end of the rule but found '5'");
    assertThatThrownBy(() -> PARSER.parse("r", "industry in (\"a\""))
        .hasMessageContaining("expected ')' or ','");
    assertThatThrownBy(() -> PARSER.parse("r", "tags contains \"unclosed"))
        .hasMessageContaining("closing \"");
    assertThatThrownBy(() -> PARSER.parse("r", "orders_365d # 5"))
        .hasMessageContaining("found '#'");
  }

  @Test
  void conditions_obeyDeMorgan() {
    qt().forAll(integers().between(0, 12), integers().between(0, 12), integers().between(0, 12))
        .checkAssert(
            (orders, a, b) -> {
              Subject s = subject(orders, "100", "x");
              Condition left = PARSER.parse("a", "orders_lifetime >= " + a);
              Condition right = PARSER.parse("b", "orders_365d < " + b);
              assertThat(left.and(right).not().compile().test(s))
                  .isEqualTo(left.not().or(right.not()).compile().test(s));
              assertThat(left.or(right).not().compile().test(s))
                  .isEqualTo(left.not().and(right.not()).compile().test(s));
            });
  }
}
