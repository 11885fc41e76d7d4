package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.shared.Cursor;
import io.crmkit.core.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderCursorTest {
  private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  @Test
  void parse_cursorAfterARow_returnsItsDueMicrosAndId() {
    ReminderRow row = ReminderRow.create();
    row.dueAt = Micros.of("due", Instant.parse("1969-12-31T23:59:59.999999Z"));
    row.id = ID;

    Cursor cursor = ReminderCursor.after(row);

    assertThat(cursor.token()).isEqualTo("1969-12-31T23:59:59.999999Z|" + ID);
    assertThat(ReminderCursor.parse(cursor)).isEqualTo(new ReminderCursor(-1, ID));
  }

  @Test
  void parse_upperCaseId_returnsTheCanonicalLowerCaseId() {
    Cursor cursor = Cursor.of("2024-05-01T02:00:00Z|" + ID.toUpperCase(java.util.Locale.ROOT));

    assertThat(ReminderCursor.parse(cursor).id()).isEqualTo(ID);
  }

  @Test
  void parse_tokensThisStoreDidNotMake_throwValidationExceptionNamingTheCursor() {
    for (String token :
        List.of(
            "garbage",
            "|",
            "2024-05-01T02:00:00Z",
            "2024-13-01T00:00:00Z|" + ID,
            "2024-05-01T02:00:00Z|" + ID + "|x",
            "+1000000000-01-01T00:00:00Z|" + ID)) {
      assertThatThrownBy(() -> ReminderCursor.parse(Cursor.of(token)))
          .as(token)
          .isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).fields()).containsExactly("cursor"));
    }
  }
}
